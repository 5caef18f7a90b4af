// Issue 13, coverage by meaning, round 13 (session 19): items a policy does not fully give that the
// checker read as given, each beside statements that do give them (coverage-frames-en13-rows.ts).
// Batch a was written before this round's changes, batch b after them with the data frozen (the
// generalisation figure). A row the checker still gets wrong is listed in KNOWN with what it lacks and
// runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B } from './coverage-frames-en13-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets these wrong).
  '## Your rights\n\nTo delete a single workout, swipe it to the left.': 'round 13, batch a: a gesture in the app (swipe) is no self-service word of `narrow`',
  '## Your choices\n\n- **Close your account:** Profile › Privacy › Close account erases your profile.': 'round 13, batch a: a menu path (Profile › Privacy) is no self-service word of `narrow`',
  '## Your rights\n\nTo remove a saved recipe, press and hold it and choose Delete.': 'round 13, batch a: a gesture in the app (press and hold) is no self-service word of `narrow`',
  '## Your rights\n\nDrivers can download their trip log as a CSV file from **Account › Trips**.': 'round 13, batch a: a menu path (Account › Trips) is no self-service word of `narrow`',
  '## Your rights as a student\n\nYou can withdraw your application at any time before the offer date.': 'round 13, batch a: in a rights section any "withdraw" gives the item, whatever is withdrawn',
  '## Your rights\n\nMembers may withdraw money from their savings pot at any time.': 'round 13, batch a: in a rights section any "withdraw" gives the item, whatever is withdrawn',
  'Our data protection officer checks that we follow this notice. For any question, write to hello@quillfeather.example.': 'round 13, batch a: any address in the block completes the officer, also a general one not said to be the officer’s',
  '## Your rights\n\nStaff may object to their transfer to another branch.': 'round 13, batch a: "their transfer" reads as a transfer of the reader’s data',
  '## Your rights\n\nResidents may file an objection with the planning committee against a new building permit.': 'round 13, batch a: any "objection" in a rights section gives the right, whatever it is against',
  'Legitimate interests are not the basis for any of our newsletters.': 'round 13, batch a: "legitimate interests are … the basis for" is read without its "not"',
  'Our website does not use cookies explicitly; embedded maps and videos may use their own.': 'round 13, batch a: a hedged "no cookies" is read as a statement of none, beside others’ cookies',
  'We may revise this notice now and then.': 'round 13, batch a: a bare "we may update" gives policy-changes (two writers’ house rule says partial: how readers are told is absent)',
};

roundRows('frames round 13', { a: BATCH_A, b: BATCH_B }, KNOWN, englishRow);
