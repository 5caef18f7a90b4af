// Issue 13, coverage by meaning, round 9 (session 16): the shapes fresh whole policies (development
// rounds s15-E and s15-F) brought — interests listed after the basis, no solely automated decisions,
// the operator beside "we are the controller of the data you give us when …", a parent's dashboard,
// "no tracking cookies", sources under a heading about them, the notice's date and changes, recipients
// as noun lists, a one-person controller's rights, a person responsible for data protection, whether
// the data must be given (coverage-frames-en9-rows.ts). Batch a was written before this round's
// changes, batch b after them with the data frozen (the generalisation figure). A row the checker
// still gets wrong is listed in KNOWN with what it lacks and runs as a `todo`.
import { test } from 'node:test';
import { assertRow, englishCoverageOf, rowTests } from './helpers/coverage-lang.js';
import { BATCH_A, BATCH_B } from './coverage-frames-en9-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {};

rowTests(
  ([['a', BATCH_A], ['b', BATCH_B]] as const).flatMap(([batch, rows]) =>
    rows.map(([requirement, expected, body]) => ({ name: `frames round 9, batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [requirement, expected, body] as const, why: KNOWN[body] })),
  ),
  ([requirement, expected, body]) => assertRow(englishCoverageOf(body, requirement), expected),
  'round 9, known misses',
);

test('round 9: every known miss is a row of the batches', () => {
  const bodies = new Set([...BATCH_A, ...BATCH_B].map(([, , body]) => body));
  for (const body of Object.keys(KNOWN)) if (!bodies.has(body)) throw new Error(`not a row: ${body}`);
});
