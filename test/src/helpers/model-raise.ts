// The built coverage model's raise (coverage-check.ts `raiseMissing`), set for the length of one
// test: a test of something else (a memo, a pointer) runs with it off, and a test of how a raised
// item is read runs with a τ of its own, so neither hangs on where a retrained model scores one
// sentence.
import { coverageModel } from '../../../server/out/generated/coverage-model.js';
import type { CoverageModelData } from '../../../server/out/engine/coverage-check.js';

/** Runs `f` with the built model's `raiseMissing` replaced by `raise` (null: no item is raised). */
export function withRaise<T>(raise: Record<string, number> | null, f: () => T): T {
  const model = coverageModel as CoverageModelData;
  const kept = model.raiseMissing;
  model.raiseMissing = raise;
  try {
    return f();
  } finally {
    model.raiseMissing = kept;
  }
}

/** Runs `f` with the raise off: the model's pointer alone. */
export const pointerOnly = <T>(f: () => T): T => withRaise(null, f);

/** Runs `f` with the built model's raise, `requirement` raised from `tau` (the others as built). */
export const raisingAt = <T>(requirement: string, tau: number, f: () => T): T =>
  withRaise({ ...((coverageModel as CoverageModelData).raiseMissing ?? {}), [requirement]: tau }, f);
