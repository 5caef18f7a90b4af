// Issue 13, coverage by meaning, round 10 (session 17): the shapes whole app and website policies take
// for the items fresh policies are most often misread on, each beside look-alikes
// (coverage-frames-en10-rows.ts). Batch a was written before this round's changes, batch b after them
// with the data frozen (the generalisation figure). A row the checker still gets wrong is listed in
// KNOWN with what it lacks and runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en10-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 066fd35 gets these wrong).
  'Your information is not subject to automated decision-making.': 'round 10, batch a: "not subject to automated decision-making" with the data as subject is no statement of absence yet',
  'Please never share your password with anyone.': 'round 10, batch a: the reader sharing their own password is read as a disclosure',
  'Some information comes from other services, such as a social network you sign in with.': 'round 10, batch a: "information comes from <a source>" is no source statement yet',
  'We use recycled packaging for every order.': 'round 10, batch a: "we use X for Y" with no data word is read as a purpose',
  'You can ask us to stop using your data for a while, for example while we check whether it is accurate.': 'round 10, batch a: "stop using … for a while" is no restriction yet',
  'Keep your phone locked with a PIN when you are not using it.': "round 10, batch a: advice to the reader about their own phone is read as the controller's security",
};

roundRows('frames round 10', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
