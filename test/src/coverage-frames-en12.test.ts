// Issue 13, coverage by meaning, round 12 (session 19): English false alarms, items given in words no
// cue or frame read, each beside look-alikes (coverage-frames-en12-rows.ts). Batch a was written
// before this round's changes, batch b after them with the data frozen (the generalisation figure).
// A row the checker still gets wrong is listed in KNOWN with what it lacks and runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en12-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets these wrong: 15 of 36).
  'Now and then a florist we work with passes your phone number to us so we can plan the delivery.': 'round 12, batch a: a subject no actor class knows (a florist) handing the data to us is no source reading',
  'The league office sends us each season\'s registration list with your name and date of birth.': 'round 12, batch a: a subject no actor class knows sending to us is no source reading',
  'Your landlord may give me your contact details when a repair is needed.': 'round 12, batch a: a landlord is no actor class, and "give me" is no mark of us',
  'If you sign up through a comparison website, we receive your name, your address, the plan you picked and the date you want to switch from that website.': 'round 12, batch a: too many words between "we receive" and "from" for the cue\'s gap',
  'We confirm the registered owner of the boat with the harbour authority.': 'round 12, batch a: details checked with an outside body is no source cue',
  'Details of pupils under twelve are collected from a parent or carer.': 'round 12, batch a: collected from someone else than the reader, named by a word no cue lists',
  'You trust us with your health information, so we use commercially reasonable methods to protect it.': 'round 12, batch a: the data protected named by a pronoun ("protect it")',
  'Membership forms are locked in a filing cabinet in the club office.': 'round 12, batch a: a lock on paper records is no measure cue',
  'Each volunteer logs in with a personal password and a code sent to their phone.': 'round 12, batch a: a password and a second code named as the measure',
  'Listings that break our rules may be removed automatically, without anyone on our team looking at them first.': 'round 12, batch a: removal is no decision verb',
  'Accounts that send spam are blocked automatically for 24 hours.': 'round 12, batch a: blocking an account automatically is no decision reading',
  'We do not use any program to rank or reject applicants; I decide myself.': 'round 12, batch a: "no program" rejecting and "I decide" is no reading of a person deciding',
  'Payments are handled for us by Tillcraft Payments Ltd.': 'round 12, batch a: a company that handles something for us is no recipient reading',
  'Gift Aid claims are sent to HM Revenue & Customs.': 'round 12, batch a: claims are no object of the reader\'s data, and the revenue office is no recipient word',
  'Date of the summer fair: 14 June 2025': 'round 12, batch a: any "Date …:" label before a date at the document\'s edge is read as the policy\'s date',
};

roundRows('frames round 12', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
