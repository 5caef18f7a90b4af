// The example policies under examples/ (README excluded), for tests that run on every one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export const EXAMPLES = join(ROOT, 'examples');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.md$/.test(f) && f !== 'README.md' ? [p] : [];
  });
}

export const EXAMPLE_FILES = walk(EXAMPLES);
