// Issue 13, coverage by meaning, round 12 (session 19): English false alarms, items given in words no
// cue or frame read, each beside look-alikes (coverage-frames-en12-rows.ts). Batch a was written
// before this round's changes, batch b after them with the data frozen (the generalisation figure).
// A row the checker still gets wrong is listed in KNOWN with what it lacks and runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en12-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets 15 of 36 wrong; this branch 6).
  'Now and then a florist we work with passes your phone number to us so we can plan the delivery.': 'round 12, batch a: the relative clause\'s "we" ("a florist we work with passes …") is read as the subject, so the reading is our own sharing',
  'If you sign up through a comparison website, we receive your name, your address, the plan you picked and the date you want to switch from that website.': 'round 12, batch a: too many words between "we receive" and "from" for the cue\'s gap',
  'Listings that break our rules may be removed automatically, without anyone on our team looking at them first.': 'round 12, batch a: a listing is someone\'s content (other-content), not a request or the reader\'s data; removal is no measure against the reader',
  'Accounts that send spam are blocked automatically for 24 hours.': 'round 12, batch a: the passive\'s subject is read as the nearest object before it, the relative clause\'s "spam", not "accounts"',
  'Gift Aid claims are sent to HM Revenue & Customs.': 'round 12, batch a: claims are no object of the reader\'s data, and the revenue office is no recipient word',
  'Date of the summer fair: 14 June 2025': 'round 12, batch a: any "Date …:" label before a date at the document\'s edge is read as the policy\'s date',
  // Batch b: written after the changes, data frozen (main at a7d60d1: 14 of 29 wrong; this branch: 5; 4 after the review's fixes, which made the lock cue ask what is locked away).
  'Each term the county sports partnership sends us the names of pupils who signed up for coaching.': 'round 12, batch b: "the names of pupils" is no object of the reader\'s data (no possessive, no class word), so the source reading has no object',
  'We verify the van\'s registered keeper against the national vehicle register.': 'round 12, batch b: "van\'s" breaks the word run the checked-with-a-register cue allows before "against"',
  'Registrations are passed to the county association, which manages the league tables.': 'round 12, batch b: "registrations" is no object of the reader\'s data, and an association is no recipient word',
  'November 2025': 'round 12, batch b: a line of only "November 2025" (or "December 2025") is not read as a date by the line-only cue, while "June 2025" is',
};

roundRows('frames round 12', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
