// Linear growth, measured as a ratio within one run and never against a clock: the work at a size
// and at twice that size, in CPU time, the best of a few runs with other words each; when the ratio
// is over the bound, measured once more with more runs (a quadratic shape fails again, a pause
// elsewhere on a busy machine does not).
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';

/** Linear is 2x, quadratic 4x; the slack is for a busy machine. */
export const BOUND = 3.5;

/** CPU milliseconds `f` takes (this process's user + system time: waiting for a core does not count). */
export function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/**
 * Asserts that `run(make(2n))` takes at most BOUND times `run(make(n))`. `make(n, variant)` builds
 * the input (outside the timed part); variants (0 to 12) give other words so a memo does not decide.
 */
export function assertLinear(t: TestContext, name: string, size: number, make: (n: number, variant: number) => string, run: (text: string) => void): void {
  run(make(Math.max(1, Math.floor(size / 4)), 0)); // warm the code on this shape
  const best = (n: number, runs: number, first: number) => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const text = make(n, first + i);
      min = Math.min(min, cpuMs(() => run(text)));
    }
    return min;
  };
  let once = best(size, 2, 1);
  let twice = best(2 * size, 2, 3);
  let ratio = twice / Math.max(once, 1);
  if (ratio > BOUND) {
    t.diagnostic(`${name}: ${ratio.toFixed(2)}x at first; measured again with more runs`);
    once = best(size, 4, 5);
    twice = best(2 * size, 4, 9);
    ratio = twice / Math.max(once, 1);
  }
  t.diagnostic(`${name}: ${once.toFixed(0)} ms → ${twice.toFixed(0)} ms, ${ratio.toFixed(2)}x`);
  assert.ok(ratio <= BOUND, `${name}: size ${size} took ${once.toFixed(0)} ms, ${2 * size} took ${twice.toFixed(0)} ms (${ratio.toFixed(2)}x)`);
}

/**
 * Sentences of many actions, objects, marks and pronouns (a unit repeated, and how many readings
 * each unit gives): read at 5,000 units by coverage-frames-en.test.ts, doubled from 25,000 by
 * slow/linear-rules.test.ts.
 */
export const FRAME_SENTENCES = [
  ['members may get us to erase your details at your request or fix them, ', 2],
  ['delete it, ', 1],
  ['is deleted, ', 1],
] as const;
