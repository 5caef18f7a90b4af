// Look-alikes the end-of-session review of session 19 found in that session's new cues and frames, each
// beside a statement of the same kind that must still give the item. Written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrongReviewRows } from './helpers/coverage-lang.js';

const ROWS: [id: string, gives: boolean, sentence: string][] = [
  // statutory-contractual: a confidentiality veto ("staff cannot see your logs unless you send them") must not take a real duty.
  ['statutory-contractual', true, 'Giving us your email is a requirement of the contract; we cannot open your account unless you provide it.'],
  ['statutory-contractual', false, 'Our staff cannot see your logs unless you send them to us.'],
  // data-source: what partners show the reader is vetoed, not what we receive from them.
  ['data-source', true, 'We receive messages from third parties such as credit reference agencies about your payment history.'],
  ['data-source', false, 'You may see personalised ads from our partners.'],
  // automated decisions: software as a word is not a decision made by software.
  ['automated-decision-making', false, 'Accounts that use cheat software are banned.'],
  ['automated-decision-making', false, 'Loan applications are declined if the software licence has expired.'],
  // an unknown subject's possessive phrase is not also the data it sends.
  ['data-source', false, 'Your coach sends us a postcard.'],
  ['data-source', true, 'Your coach sends us your race times.'],
  // policy changes: the change is what is described.
  ['policy-changes', false, 'We update this page every week and describe the new menu items.'],
  ['policy-changes', true, 'If we change this notice we will update this page and explain the changes.'],
  // security: a lock or a password guards data, not equipment or the Wi-Fi.
  ['security', false, 'Locked rooms at the venue are used for storage of equipment.'],
  ['security', false, 'Each user has individual passwords for the Wi-Fi.'],
  ['security', true, 'Paper forms are kept in a locked cabinet in our office.'],
  // recipients: work on data done for us, not any service.
  ['recipients', false, 'The building is run for us by the council.'],
  ['recipients', true, 'Payments are handled for us by Tillpoint Ltd.'],
  // data-source: the reader's details checked against an outside register, not stock.
  ['data-source', false, 'Orders are checked against the stock records of the supplier.'],
  ['data-source', true, 'Your address is compared with the electoral register.'],
  // a comparison sign is no menu path.
  ['right-erasure', true, 'Users aged > 16 may delete their account data at any time, and you can ask us to erase your data.'],
];

test('the review of session 19: look-alikes of the new cues give nothing, their kind still does', () => {
  assert.deepEqual(wrongReviewRows(ROWS), []);
});
