// Hostile files grow linearly: each shape is checked at a size and at twice that size, and the
// time may grow at most 3.5x (linear is 2x, quadratic 4x; the slack is for a busy machine). Compared as a ratio within one run, never
// against a clock. Slow (about a minute): run by .ci/run, not by `npm test`:
//   npx tsc -b && node --test test/out/slow/
// Shapes whose cost lies in a rule another change owns are marked todo with the reason; they
// still run and print their ratio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import { SHAPES } from '../../../scripts/lib/hostile.js';

const SIZE = 64 * 1024;
const BOUND = 3.5;

function seconds(text: string): number {
  const t = performance.now();
  check(text);
  return performance.now() - t;
}

check('# Privacy\n\nWe keep your email address.\n');
for (const [name, shape] of Object.entries(SHAPES)) {
  test(`${name}: twice the text takes at most ${BOUND}x the time`, (t) => {
    seconds(shape(SIZE / 4, 1)); // warm the code on this shape
    // The best of three runs with different words, so a pause elsewhere on the machine (or a
    // collection of the garbage) does not decide: some shapes take under 100 ms.
    const once = Math.min(seconds(shape(SIZE, 2)), seconds(shape(SIZE, 3)), seconds(shape(SIZE, 6)));
    const twice = Math.min(seconds(shape(2 * SIZE, 4)), seconds(shape(2 * SIZE, 5)), seconds(shape(2 * SIZE, 7)));
    const ratio = twice / Math.max(once, 1);
    t.diagnostic(`${name}: ${once.toFixed(0)} ms → ${twice.toFixed(0)} ms, ${ratio.toFixed(2)}x`);
    assert.ok(ratio <= BOUND, `${name}: ${(SIZE / 1024).toFixed(0)} KB took ${once.toFixed(0)} ms, ${((2 * SIZE) / 1024).toFixed(0)} KB took ${twice.toFixed(0)} ms (${ratio.toFixed(2)}x)`);
  });
}
