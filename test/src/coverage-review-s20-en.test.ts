// Look-alikes the review of session 20 found in that session's new English cues and frames, each
// beside a statement of the same kind that must still give the item. A row's text may open with a
// heading (the kinds that read a heading as context). Written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrongReviewRows } from './helpers/coverage-lang.js';

const ROWS: [id: string, gives: boolean, text: string][] = [
  // data-source: data we receive or obtain from an organisation, not data we use for a request "from" one.
  ['data-source', true, 'We may obtain your grades from your previous college.'],
  ['data-source', true, 'We receive your test results from the laboratory that ran them.'],
  ['data-source', false, 'We would use your contact details to answer a request from a court.'],
  ['data-source', false, 'We use your email address to send you updates from the league.'],
  ['data-source', false, 'We use your personal data to keep you safe from brokers and agents.'],
  // purposes: checking who asks is no purpose; a gerund that is a sentence's subject is no activity.
  ['purposes', false, 'We may need to confirm your identity before we share your personal data with you.'],
  ['purposes', false, '## How we use your information\n\nProtecting your privacy is important to us.'],
  ['purposes', false, '## What we use your data for\n\nContacting us is optional.'],
  ['purposes', true, '## How we use your information\n\nBooking your lessons and sending you reminders when they are due.'],
  // recipients: a kind of party as a list entry, not "As a client", "Unlike many providers"; a name with a bracket, not an adverb.
  ['recipients', false, '## Sharing your information\n\nUnlike many providers, we keep your data to ourselves.'],
  ['recipients', false, '## Who we share it with\n\nAs a client, you can ask us for a list.'],
  ['recipients', false, '## Sharing your information\n\nOccasionally (for example, in an emergency) we may pass it on.'],
  ['recipients', true, '## Who we share it with\n\nOur accountant, who prepares the yearly accounts.'],
  ['recipients', true, '## Who we share it with\n\nThe Downs Rowing Federation (for race entries).'],
  // legitimate interests after a label's colon: an interest, not "not applicable" or "see …".
  ['legitimate-interests', false, 'Legitimate interests (Art. 6(1)(f) GDPR): not applicable.'],
  ['legitimate-interests', false, 'Legitimate interests (Art. 6(1)(f) GDPR): see the table in section 4.'],
  ['legitimate-interests', true, 'Legitimate interests (Art. 6(1)(f) GDPR): keeping our systems free of fraud.'],
  // cookies: "no cookies" in a row of absences, not "no cookies for tracking".
  ['cookies', false, 'We use cookies on this website. There are no ads, no cookies for tracking across other sites.'],
  ['cookies', true, 'There are no accounts, no ads, no cookies and no trackers.'],
];

test('the review of session 20 (English): look-alikes of the new cues give nothing, their kind still does', () => {
  assert.deepEqual(wrongReviewRows(ROWS), []);
});
