// Issue 13, coverage by meaning, round 8 (session 15): where the data comes from, a one-person
// controller, purposes and recipients in plain words, whether the data must be given (a disclosure
// the law requires is no such statement), withdrawal of consent with and without "at any time", a
// blanket "we collect nothing" in other words, the notice's changes and its date
// (coverage-frames-en8-rows.ts). Batch 1 was written before this round's changes, batch 2 after them
// with the data frozen (the generalisation figure). A row the checker still gets wrong is listed in
// KNOWN with what it lacks and runs as a `todo`.
import { test } from 'node:test';
import { assertRow, englishCoverageOf, rowTests } from './helpers/coverage-lang.js';
import { BATCH1, BATCH2 } from './coverage-frames-en8-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {};

rowTests(
  ([['1', BATCH1], ['2', BATCH2]] as const).flatMap(([batch, rows]) =>
    rows.map(([requirement, expected, body]) => ({ name: `frames round 8, batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [requirement, expected, body] as const, why: KNOWN[body] })),
  ),
  ([requirement, expected, body]) => assertRow(englishCoverageOf(body, requirement), expected),
  'round 8, known misses',
);

test('round 8: every known miss is a row of the batches', () => {
  const bodies = new Set([...BATCH1, ...BATCH2].map(([, , body]) => body));
  for (const body of Object.keys(KNOWN)) if (!bodies.has(body)) throw new Error(`not a row: ${body}`);
});
