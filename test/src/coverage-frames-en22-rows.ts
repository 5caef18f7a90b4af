// Issue 13, session 23 (helper half): held-out rows for items reported present that the policy does
// not give, or gives only in half, each by what the sentence says, in varied wording and domains,
// beside look-alikes that share the words and must still count as given:
// - retention tied to an event ("while you are a member", "for as long as the account stays open") whose
//   time after the event is left open ("and afterwards for as long as necessary", "and for a
//   reasonable period after that"): no period or criteria a reader can apply, so partial; with a
//   period after the event ("and six years afterwards") it is given;
// - a sentence about a transfer abroad that says the data stays protected ("the transfer is made
//   with suitable safeguards", "when they do, we make sure your data is adequately protected"): the
//   transfers item's safeguard, no security measure; a measure named in such a sentence still is one;
// - a refusal to delete ("we cannot delete these records on request") is no right to erasure;
// - the policy-changes notice read in the statement of the change, not anywhere in its paragraph
//   ("we will notify you of a breach" beside "we may update this notice").
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en22 --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. retention tied to an event, the time after it left open ----
  ['en', 'retention', 'partial', 'We hold your loyalty card details while your card is active and afterwards for as long as we need them for legal and business reasons.'],
  ['en', 'retention', 'partial', 'Volunteer records are kept while you volunteer with us and for a reasonable period after that.'],
  ['en', 'retention', 'partial', 'Tenancy files are retained for the duration of your tenancy and thereafter for as long as is necessary.'],
  ['en', 'retention', 'partial', 'We store your profile as long as your subscription is active, and after that for as long as required for our records.'],
  ['en', 'retention', 'partial', 'Patient notes stay on our system while you are registered with the practice and for an appropriate period afterwards.'],
  // look-alikes: a period after the event is given
  ['en', 'retention', 'present', 'We hold your loyalty card details while your card is active and for six years afterwards.'],
  ['en', 'retention', 'present', 'Volunteer records are kept while you volunteer with us and deleted 12 months after you leave.'],
  ['en', 'retention', 'present', 'We store your profile as long as your subscription is active, and delete it once you close your account.'],
  ['en', 'retention', 'present', 'Tenancy files are retained for the duration of your tenancy and thereafter for seven years, as tax law requires.'],
  // ---- 2. a transfer's protection read as security ----
  ['en', 'security', 'notpresent', 'Some of our contractors work from outside the EEA. When they do, we make sure your information is adequately protected.'],
  ['en', 'security', 'notpresent', 'Where records are transferred to our partner in Canada, the transfer is made with suitable safeguards in place.'],
  ['en', 'security', 'notpresent', 'If your data is sent outside the UK, we ensure it remains adequately protected.'],
  ['en', 'security', 'notpresent', 'Our payroll provider is based in India; any transfer to them is protected by appropriate safeguards.'],
  ['en', 'right-portability', 'notpresent', 'Our mailing house is in the United States. When we send them your address, we take steps to keep it adequately protected.'],
  ['en', 'right-portability', 'notpresent', 'We take steps to make sure your account details are protected.'],
  ['en', 'right-portability', 'notpresent', 'We take reasonable measures to keep your records safe.'],
  ['en', 'right-portability', 'present', 'You can ask us to transfer your data to another provider.'],
  ['en', 'right-portability', 'present', 'You can take a copy of your data with you at any time by e-mailing us.'],
  // look-alikes: a measure named, or protection with no transfer
  ['en', 'security', 'present', 'Where records are transferred to our partner in Canada, they are encrypted in transit.'],
  ['en', 'security', 'present', 'We protect your information with encryption and strict access controls.'],
  ['en', 'security', 'present', 'Your account data is stored on secure servers, and only two staff can access it.'],
  // ---- 3. a refusal to delete is no right ----
  ['en', 'right-erasure', 'notpresent', 'Because exam results are kept under a legal duty, we are not able to delete them on request.'],
  ['en', 'right-erasure', 'notpresent', 'We cannot erase invoices when you ask, as the tax office requires us to keep them.'],
  ['en', 'right-erasure', 'notpresent', 'Safety records are held by law, so we are unable to remove them if you ask.'],
  // look-alikes: the right with a limit is still the right
  ['en', 'right-erasure', 'present', 'Members may ask the club to erase their details; some records the law makes us hold may stay.'],
  ['en', 'right-erasure', 'present', 'Each customer is entitled to have their personal data erased.'],
  ['en', 'right-erasure', 'present', 'If you are unable to sign in, you can still ask us to delete your account by e-mail.'],
  // ---- 4. policy-changes: the notice read in the statement of the change ----
  ['en', 'policy-changes', 'partial', 'We may update this notice from time to time. If we ever suffer a data breach that affects you, we will notify you promptly.'],
  ['en', 'policy-changes', 'partial', 'This policy can change. We will let you know by e-mail if your order is delayed.'],
  ['en', 'policy-changes', 'partial', 'We review this notice each year and may revise it. Should a security incident put your data at risk, we will tell you without delay.'],
  // look-alikes: the notice in the change's own sentence or the next one about it
  ['en', 'policy-changes', 'present', 'We may update this notice from time to time and will e-mail you before any big change takes effect.'],
  ['en', 'policy-changes', 'present', 'This policy can change. If we make a significant change, we will let you know in the app.'],
];

export const LABEL = 'frames round 22 (half)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at aea1be0 gets 10 of the first 27 wrong; the four
  // portability and erasure rows after "take steps" and "unable" were added with those changes).
  "Volunteer records are kept while you volunteer with us and for a reasonable period after that.":
    'round 22, batch a: label conflict, left as it is: round s17-J (11) labels "and for a reasonable period afterwards" partial, gt200-dev (adjudicated, two policies) counts "and for a reasonable time thereafter" as given; the period cue for it stays',
  "Patient notes stay on our system while you are registered with the practice and for an appropriate period afterwards.":
    'round 22, batch a: missing, not partial: "stay on our system while" is no keeping statement (the phrase reads "stay with us"); and the same label conflict as the row above',
  "We may update this notice from time to time. If we ever suffer a data breach that affects you, we will notify you promptly.":
    'round 22, batch a: not done (issue 13, left from session 22): the notice element is still looked for in the whole paragraph',
  "This policy can change. We will let you know by e-mail if your order is delayed.":
    'round 22, batch a: not done: the notice element is still looked for in the whole paragraph',
  "We review this notice each year and may revise it. Should a security incident put your data at risk, we will tell you without delay.":
    'round 22, batch a: not done: the notice element is still looked for in the whole paragraph',
};
