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
  'We use recycled packaging for every order.': 'round 10, batch a: "we use X for Y" with no data word is read as a purpose',
  'Keep your phone locked with a PIN when you are not using it.': "round 10, batch a: advice to the reader about their own phone is read as the controller's security",
  // Batch a rows reworded after the fixes (own-words: they shared 7-word runs with the eval corpus); main misses them too.
  'You may request that we erase every detail we hold on you by e-mailing support@tidewatch.example.': 'round 10, batch a (reworded): "every detail we hold on you" is no object of the reader-data class and no cue reads "request that we erase"',
  'Once you would rather we kept nothing about you, get in touch and we will remove it.': 'round 10, batch a (reworded): "it" stands for nothing named (the wish "kept nothing about you" names no data object), so "we will remove it" is no erasure of the reader\'s data',
  'It is open to you to have us stop using your data for a while, for example while we check whether it is accurate.': 'round 10, batch a (reworded): the pause cue wants "ask", "request", "right", "you can" or "you may" before "stop"; "it is open to you to have us" is none',
  // Batch b: written after the changes, data frozen (main at 066fd35: 14 of 36 wrong; this branch: 5).
  'No computer decides on your application: a trustee reads every one.': 'round 10, batch b: "no computer decides" is no cue (the denial cues want "no decision … by a computer alone" or "solely automated")',
  'While we check a complaint about your data, you are free to have us stop using it.': 'round 10, batch b: the pause cue wants the data named after "stop using" and the check after it; here the check comes first and the data is "it"',
  'The planner works the same whether you sign in or not.': 'round 10, batch b: the "works the same whether or not" cue names its subjects (app, game, service, site, it); "the planner" is none of them',
  'Our mailing service stores your address in Canada, which both the EU and the UK regard as giving adequate protection.': 'round 10, batch b: the adequacy cue takes "the EU and the UK" but not with "both" before them',
};

roundRows('frames round 10', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
