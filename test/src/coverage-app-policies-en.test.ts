// Whole English app policies (coverage-app-policies-en.ts), written in rounds before the checker read
// them: the whole coverage report under the UK GDPR profile is what a reviewer expects, and no other
// rule raises an alarm on them. Then, for every cue a round's fixes added, a sentence that says the
// item in those words and a look-alike that shares the cue's words but does not give the item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { assertReport, assertRow, coverageReport, englishCoverageOf, type RowExpectation } from './helpers/coverage-lang.js';
import { APP_POLICIES } from './coverage-app-policies-en.js';

for (const p of APP_POLICIES) {
  test(`en app policy (${p.name}): its whole coverage report is right`, () => {
    assertReport(coverageReport(p.text, ['uk-gdpr']), p.expected);
  });
  // (Under the UK profile, stale-law rightly asks a policy that speaks only of the EEA to name the
  // UK GDPR; these are read as EU policies for the other rules.)
  test(`en app policy (${p.name}): no other rule raises an alarm`, () => {
    const others = check(p.text, { profiles: ['eu-gdpr'] }).diagnostics.filter((d) => d.rule !== 'required-info');
    assert.deepEqual(others.map((d) => `${d.rule} (line ${d.range.start.line + 1}): ${d.message}`), []);
  });
}

type Row = [requirement: string, expected: RowExpectation, body: string];

/** Each cue the rounds added: the item in its words, and a look-alike that must not count. */
const CUES: Row[] = [
  // A blanket statement with a list of verbs, by the app's name; not a refusal to hand data on.
  ['retention', 'present', 'Pebble Timer does not collect, keep or share any personal data.'],
  ['retention', 'notpresent', 'We do not store, sell or share personal information with advertisers.'],
  // The policy's own change as a condition, or its changes announced on the page.
  ['policy-changes', 'present', 'Should this notice change, the new text goes up on this page.'],
  ['policy-changes', 'present', 'Any updates will be posted on this page.'],
  ['policy-changes', 'notpresent', 'If your delivery address changes we will update this page for you.'],
  ['policy-changes', 'notpresent', 'Changes to your booking will appear on this page.'],
  // The operator by its store account.
  ['controller-identity', 'present', 'The app is listed on Google Play under the publisher name "Harbour Pixel Works"; write to harbourpixel@gmail.com.'],
  ['controller-identity', 'notpresent', 'Open your developer account settings and write to us at help@buildbox.example.'],
  // A refusal to transfer with a condition states a transfer without its safeguard.
  ['international-transfers', 'partial', 'We will not move your data to other countries unless suitable protections apply.'],
  ['international-transfers', 'present', 'We do not send any of your data outside the UK.'],
  // The interests in the sentence before the basis.
  ['legitimate-interests', 'present', 'Crash logs help us fix faults faster. This processing is based on our legitimate interests.'],
  ['legitimate-interests', 'partial', 'We keep your account for two years. This processing rests on our legitimate interests.'],
  // Art. 6(1)(f) cited alone names the basis, not the interests.
  ['legitimate-interests', 'partial', 'Some of this processing is carried out under Art. 6(1)(f) GDPR.'],
  // The reader moving their own data is portability, not a recipient of ours.
  ['right-portability', 'present', 'You may download your data in a standard format that you can take to another provider.'],
  ['right-portability', 'notpresent', 'Partners receive data in an encrypted format and send it to other servers.'],
  ['recipients', 'notpresent', 'You can move your data to another app whenever you like.'],
  ['recipients', 'present', 'We pass your order details to our delivery partner.'],
  ['right-portability', 'present', '## Your rights\n\n- Request transfer of your personal data.'],
  ['right-portability', 'notpresent', '## Your rights\n\n- Request transfer of your personal data outside the UK.'],
  // A list of verbs the reader may apply to their data.
  ['right-access', 'present', 'You can review, correct, access or delete your information by e-mailing us whenever you wish.'],
  ['right-access', 'notpresent', 'You may access the app and share your data with friends.'],
  ['right-restriction', 'present', 'You may erase, restrict or export your personal data by writing to us.'],
  ['right-restriction', 'notpresent', 'You may restrict who sees your posts in your profile.'],
  ['right-portability', 'present', 'You can port or delete your data whenever you ask.'],
  // The basis in other words.
  ['lawful-basis', 'present', 'We depend on our agreement with you to hold your booking details.'],
  ['lawful-basis', 'notpresent', 'Our agreement with you is governed by the law of Scotland.'],
  // Consent taken back, with a parenthesis between.
  ['withdraw-consent', 'present', 'Location is used only with your consent (given when the app first asks), which you can withdraw whenever you like.'],
  ['withdraw-consent', 'present', 'Your consent to reminders, which you can take back at any time, is asked for once.'],
  ['withdraw-consent', 'notpresent', 'Bring the signed consent form and take back your ticket.'],
  // Data handed over by a store or a health platform.
  ['data-source', 'present', 'Your heart rate is imported from Health Connect if you switch on syncing.'],
  ['data-source', 'present', '- The purchase token from Google Play.'],
  ['data-source', 'notpresent', 'Download the app from Google Play or the App Store.'],
  // Erasure asked for by its purpose.
  ['right-erasure', 'present', 'To have your profile and all your messages erased, send a request to us by e-mail.'],
  ['right-erasure', 'notpresent', 'To have your order printed on the receipt, tick the box.'],
  // An account needed for one feature only.
  ['statutory-contractual', 'present', 'Registering an account is optional; without it the game still works offline.'],
  ['statutory-contractual', 'notpresent', 'Creating an account is quick and takes a minute.'],
  // "correct" as the adjective of a delivery.
  ['right-rectification', 'notpresent', 'We use your location to send the driver to the correct address.'],
  ['right-rectification', 'present', 'You can ask us to correct your delivery address at any time.'],
  // Promotional messages stopped by the reader: marketing only.
  ['right-objection', 'partial', 'You can stop promotional text messages by replying STOP.'],
  ['right-objection', 'notpresent', 'We may stop a promotion at any time.'],
  // A complaint resolved by the company's own officer is no complaint to an authority.
  ['complaint-authority', 'partial', 'Our grievance officer will resolve any complaint within a month.'],
  ['complaint-authority', 'notpresent', 'Our support team resolves complaints within a week.'],
  // An app's advertising identifier, managed by the reader, in place of the cookie.
  ['cookies', 'present', 'Our ad partner uses cookies and similar identifiers to choose ads. You can reset your advertising ID in your phone settings.'],
  ['cookies', 'partial', 'Our ad partner uses cookies and similar identifiers to choose ads. It reads your advertising ID to count installs.'],
];

for (const [requirement, expected, body] of CUES) {
  test(`en app cue: ${requirement} ${expected} on "${body.replace(/\n+/g, ' / ')}"`, () => {
    assertRow(englishCoverageOf(body, requirement), expected);
  });
}
