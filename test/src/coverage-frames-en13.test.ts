// Issue 13, coverage by meaning, round 13 (session 19): items a policy does not fully give that the
// checker read as given, each beside statements that do give them (coverage-frames-en13-rows.ts).
// Batch a was written before this round's changes, batch b after them with the data frozen (the
// generalisation figure). A row the checker still gets wrong is listed in KNOWN with what it lacks and
// runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en13-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets 12 of 32 wrong; this branch 2).
  '## Your rights\n\nResidents may file an objection with the planning committee against a new building permit.': 'round 13, batch a: any "objection" in a rights section gives the right, whatever it is against',
  // Batch b: written after the changes, data frozen (main at a7d60d1: 9 of 30 wrong; this branch: 1).
  '## Your rights\n\nEmployees can object to their relocation to the Leeds office.': 'round 13, batch b: "relocation" is no action of any class, so "their relocation" reads as the reader’s data (a possessive before a word no class knows) and the objection is not vetoed',
};

roundRows('frames round 13', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
