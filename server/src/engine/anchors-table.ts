// The word gate's anchors of the cue expressions, computed ahead of time. Empty here: anchors.ts
// then reads each expression with regexpp when it is compiled. scripts/bundle.js (the command
// line's and the language server's bundles) puts in this module's place a table computed by the engine, because
// reading every cue expression at start-up was a third of a small check. A table is derived data,
// the same function's results, looked up by the expression's source (`anchorKey`, anchor-key.ts).

/** Expression key → its gate (`Gate` in anchors.ts: branches of clauses of anchor codes), or null for an expression never gated. */
export const PRECOMPUTED_ANCHORS: ReadonlyMap<string, number[][][] | null> = new Map();

/** A cue list's alternation key → what edge each of its cues needs, a letter each (`edgeNeeds` in cues.ts). */
export const PRECOMPUTED_EDGE_NEEDS: ReadonlyMap<string, string> = new Map();

/**
 * The requirements' cue lists of a chain of languages ("nl,en": coverage.ts `compileRequirements`)
 * compiled ahead of time: a list's key (`listKey` in cues.ts, of its flags and cues) → the source
 * of the expression `compileCues` makes of it (null: none). A start-up then makes each expression
 * from its source instead of building the source again (every cue read a character at a time,
 * the list sorted, its edges looked up). Read when a chain is first compiled; empty here.
 */
export function precompiledLists(chain: string): ReadonlyMap<string, string | null> {
  void chain;
  return NONE;
}
const NONE: ReadonlyMap<string, string | null> = new Map();
