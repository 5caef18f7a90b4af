// Hostile files grow linearly: each shape is checked at a size and at twice that size, and the
// time may grow at most 3.5x (helpers/doubling.ts: CPU time, a ratio within one run, never against
// a clock). Slow (about a minute): run by .ci/run, not by `npm test`:
//   npx tsc -b && node --test test/out/slow/
// Shapes whose cost lies in a rule another change owns are marked todo with the reason; they
// still run and print their ratio.
import { test } from 'node:test';
import { BOUND, assertLinear } from '../helpers/doubling.js';
import { check } from '../../../server/out/engine/check.js';
import { SHAPES } from '../../../scripts/lib/hostile.js';

const SIZE = 64 * 1024;

check('# Privacy\n\nWe keep your email address.\n');
for (const [name, shape] of Object.entries(SHAPES)) {
  test(`${name}: twice the text takes at most ${BOUND}x the time`, (t) => assertLinear(t, name, SIZE, shape, (text) => check(text)));
}
