// Missing-item detection must not get worse: the figures of `npm run eval` on the GoPPC
// development split must stay at or above the best reached so far (test/eval-floor.json), and
// every seed's missing and present lists must hold. Raise the floor when the figures improve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SKIP_NO_SHARED } from './helpers/paths.js';
import { scoreGoppc, scoreSeeds } from '../../scripts/eval-lib.js';

interface Floor {
  overall: { precision: number; recall: number };
  perRequirement: Record<string, { precision: number; recall: number }>;
}

test('GoPPC dev: precision and recall of missing items stay at or above the floor', { skip: SKIP_NO_SHARED }, () => {
  const floor = JSON.parse(readFileSync(join(ROOT, 'test', 'eval-floor.json'), 'utf8')) as Floor;
  const score = scoreGoppc();
  const eps = 1e-9;
  const below: string[] = [];
  const cmp = (name: string, got: { precision: number; recall: number }, min: { precision: number; recall: number }) => {
    if (got.precision + eps < min.precision) below.push(`${name} precision ${got.precision.toFixed(3)} < ${min.precision}`);
    if (got.recall + eps < min.recall) below.push(`${name} recall ${got.recall.toFixed(3)} < ${min.recall}`);
  };
  cmp('overall', score.overall, floor.overall);
  for (const [id, min] of Object.entries(floor.perRequirement)) cmp(id, score.perRequirement[id] ?? { precision: 0, recall: 0 }, min);
  assert.deepEqual(below, []);
});

test('seeds: every expected missing item is missing and every expected present item present', { skip: SKIP_NO_SHARED }, () => {
  const { seeds } = scoreSeeds();
  const wrong = Object.entries(seeds).flatMap(([file, s]) => s.wrong.map((w) => `${file} ${w.requirement}: expected ${w.expected}, got ${w.got}`));
  assert.deepEqual(wrong, []);
});
