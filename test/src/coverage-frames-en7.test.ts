// Issue 13, coverage by meaning, round 7 (session 14): the source of the data named in plain words, and
// one kind of decision denied to the machine alone ("no refusal is made solely by automated means")
// (coverage-frames-en7-rows.ts). Batch 1 was written before this round's change, batch 2 after it
// with the data frozen. A row the checker still gets wrong is listed in KNOWN and runs as a `todo`.
import { test } from 'node:test';
import { assertRow, englishCoverageOf, rowTests } from './helpers/coverage-lang.js';
import { BATCH1, BATCH2 } from './coverage-frames-en7-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch 2: written after the change, data frozen.
  'No membership is suspended purely by software; a moderator reviews every report first.': 'round 7, batch 2: "suspended" is no verb of deciding the new cue lists (based, made, taken, refused, rejected, declined, cancelled, turned down, approved)',
};

rowTests(
  ([['1', BATCH1], ['2', BATCH2]] as const).flatMap(([batch, rows]) =>
    rows.map(([requirement, expected, body]) => ({ name: `frames round 7, batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [requirement, expected, body] as const, why: KNOWN[body] })),
  ),
  ([requirement, expected, body]) => assertRow(englishCoverageOf(body, requirement), expected),
  'round 7, known misses',
);

test('round 7: every known miss is a row of the batches', () => {
  const bodies = new Set([...BATCH1, ...BATCH2].map(([, , body]) => body));
  for (const body of Object.keys(KNOWN)) if (!bodies.has(body)) throw new Error(`not a row: ${body}`);
});
