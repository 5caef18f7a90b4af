// How many findings of a rule a check made: those listed, and those counted past the per-rule limit
// (check.ts `capFindings`: one finding of the rule says how many more there are).
import type { Diagnostic } from '../../../server/out/engine/types.js';

export function countOf(diagnostics: Diagnostic[], rule: string): number {
  let n = 0;
  for (const d of diagnostics) {
    if (d.rule !== rule) continue;
    const more = (d.data as { notListed?: unknown } | undefined)?.notListed;
    n += typeof more === 'number' ? more : 1;
  }
  return n;
}
