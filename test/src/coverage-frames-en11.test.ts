// Issue 13, coverage by meaning, round 11 (session 18): the right to object read by what is objected
// to, and the items fresh policies gave in words the cues did not know, each beside look-alikes
// (coverage-frames-en11-rows.ts). Batch a was written before this round's changes, batch b after them
// with the data frozen (the generalisation figure). A row the checker still gets wrong is listed in
// KNOWN with what it lacks and runs as a `todo`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en11-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at e191f2c gets these wrong).
  '## Your rights\n\nYou may lodge an objection with the tenancy board against a rent increase.': 'round 11, batch a: any "objection" in a rights section gives the right (inContext), whatever it is against',
  'We may ask your previous landlord to confirm how long you rented from them.': 'round 11, batch a: asking another party to confirm something about the reader is no source cue',
  'When the app crashes, it sends a short report to our error-tracking service, Crashdesk Ltd.': 'round 11, batch a: "a report" is no object of the reader-data class, so sending it to a service is no recipient',
  '### My address is out of date. Can you change it?\n\nYes – let us know and we will update it.': 'round 11, batch a: a question heading with a statement before the question is not made a statement',
  // Batch b: written after the changes, data frozen (main at e191f2c: 14 of 30 wrong; this branch: 2).
  'Orders that look risky may be rejected automatically by our fraud filter.': 'round 11, batch b: right after batch b, refusal verbs were narrowed to decisions with a person (an earlier look-alike, "Orders are rejected automatically when the shop is closed", must leave the item missing); an automatic rejection is no decision verb now',
  'Sharing your weight with the coach is optional.': 'round 11, batch b: five words between the gerund and "is optional"; the cue allows four',
  'If you come to us through a referral scheme, we receive your name, your e-mail address, the course you chose and a short note from the scheme.': 'round 11, batch b: thirteen words between "we receive" and "from"; the cue allows twelve (a gap, not a reading of the list)',
};

roundRows('frames round 11', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);

// From the review: objections whose object is the reader or what was listed before.
test('frames round 11: an objection to us doing something to the reader, or to what was listed, still gives the right', () => {
  const status = (s: string) => check(`# Privacy notice of Quillfeather Ltd\n\n## Your rights\n\n${s}\n`, {}).coverage.find((c) => c.requirement === 'right-objection')!.status;
  assert.equal(status('You may object to us contacting you.'), 'present');
  assert.equal(status('You can object to any of the above.'), 'present');
  assert.notEqual(status('You may object to the club charging you a late fee.'), 'present');
  assert.notEqual(status('You can object to a ruling of the committee.'), 'present');
});
