// The coverage classifier's weights (server/data/models/coverage.json) are what training on the
// coverage tests' labelled texts gives now: the same inputs give the same bytes. This runs every
// coverage test file once more (recording its texts) and trains: slow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

test('server/data/models/coverage.json is up to date with the coverage tests (node scripts/train-coverage.js)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train-coverage.js'), '--check'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
});
