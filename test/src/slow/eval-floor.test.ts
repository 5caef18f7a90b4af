// Slow (it checks about a hundred real policies): run by .ci/run and `npm run test:slow`, not by `npm test`.
// Missing-item detection must not get worse: on each labelled set (gt200-dev, goppc-dev, and our
// own held-out rounds in test/fixtures/rounds) precision
// and recall of "not given" and the share of policies whose whole report is right must stay at or
// above the best reached so far (test/eval-floor.json), and no more seed expectations may fail
// than at the floor. Raise the floor when the figures improve (`node scripts/eval.js --write-floor`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SKIP_NO_SHARED } from '../helpers/paths.js';
import { roundSets, scoreAll, scoreSet, SETS, type Floor, type PR, type Scores, type SetFloor } from '../../../scripts/eval-lib.js';

const floor = JSON.parse(readFileSync(join(ROOT, 'test', 'eval-floor.json'), 'utf8')) as Floor;
let scores: Scores | undefined;
const score = () => (scores ??= scoreAll());
const eps = 1e-9;

function below(name: string, got: PR, min: PR): string[] {
  const out: string[] = [];
  if (got.precision + eps < min.precision) out.push(`${name} precision ${got.precision.toFixed(3)} < ${min.precision}`);
  if (got.recall + eps < min.recall) out.push(`${name} recall ${got.recall.toFixed(3)} < ${min.recall}`);
  return out;
}

// The labelled sets need ../shared; our own rounds (test/fixtures/rounds) are in the repository.
const rounds = roundSets();
for (const name of [...Object.keys(SETS), ...Object.keys(rounds)]) {
  const own = rounds[name];
  test(`${name}: precision, recall and whole reports right stay at or above the floor`, { skip: own ? false : SKIP_NO_SHARED }, () => {
    const min = floor[name] as SetFloor | undefined;
    assert.ok(min, `test/eval-floor.json has no figures for ${name}`);
    const s = own ? scoreSet(own) : score().sets[name]!;
    const wrong = [...below('overall', s.overall, min.overall)];
    if (s.wholeRight + eps < min.wholeRight) wrong.push(`whole reports right ${s.wholeRight.toFixed(3)} < ${min.wholeRight}`);
    for (const [id, m] of Object.entries(min.perRequirement)) wrong.push(...below(id, s.perRequirement[id] ?? { precision: 0, recall: 0 }, m));
    assert.deepEqual(wrong, []);
  });
}

test('seeds: no more expectations fail than at the floor, and precision and recall hold', { skip: SKIP_NO_SHARED }, () => {
  const s = score().seeds;
  const wrong = Object.entries(s.seeds).flatMap(([file, x]) => x.wrong.map((w) => `${file} ${w.requirement}: expected ${w.expected}, got ${w.got}`));
  assert.ok(s.held >= floor.seeds.held, `${s.held}/${s.total} seed expectations hold, fewer than the floor's ${floor.seeds.held}:\n${wrong.join('\n')}`);
  assert.deepEqual(below('seeds', s.overall, floor.seeds.overall), []);
});
