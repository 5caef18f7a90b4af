// Where the tests find things: the repository root, our fixtures, and ../shared (optional).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SHARED = process.env.POLICYWRIGHT_SHARED ?? join(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'seeds', 'expected.json'));
/** Pass as a test's `skip` option: a visible reason when ../shared is absent. */
export const SKIP_NO_SHARED = HAS_SHARED ? false : `../shared not found at ${SHARED}: seed and corpus tests skipped`;
