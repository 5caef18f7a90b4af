// Whole English app policies (coverage-app-policies-en.ts), written in rounds before the checker read
// them: the whole coverage report under the UK GDPR profile is what a reviewer expects, and no other
// rule raises an alarm on them. Then, for every cue a round's fixes added, a sentence that says the
// item in those words and a look-alike that shares the cue's words but does not give the item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import { assertReport, assertRow, coverageReport, englishCoverageOf, type RowExpectation } from '../helpers/coverage-lang.js';
import { APP_POLICIES } from '../coverage-app-policies-en.js';

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
  // Round B's cues. A request written to an address, or "may ask for", offers more than self-service.
  ['right-erasure', 'present', 'If you want us to remove your data from the app, write to help@tidyapps.example.'],
  ['right-erasure', 'partial', 'You can delete your account in the app; questions about billing go to billing@tidyapps.example.'],
  ['right-access', 'present', 'You may ask for a copy of your data, or download it in your account settings.'],
  ['right-erasure', 'partial', 'Delete your account in the settings if you ask for a fresh start.'],
  // The date a version took effect.
  ['last-updated', 'present', 'In force since 3 March 2025.'],
  ['last-updated', 'notpresent', 'Vouchers are valid for 30 days.'],
  // The operator after its role, in non-native forms; a studio's name before its address.
  ['controller-identity', 'present', 'This game is develop by developer Sunfox Studio, contact sunfoxstudio@gmail.com for help.'],
  ['controller-identity', 'notpresent', 'Our app is made by developers for developers; mail appsupport@gmail.com.'],
  ['controller-identity', 'present', 'Feedback: Pinecone Labs, pinecone.labs@gmail.com'],
  ['controller-identity', 'notpresent', 'Our support address for Board Games, boardgames.help@gmail.com'],
  // A permission and what it is for; an identifier used for ads.
  ['purposes', 'present', 'The app need permission "Camera" for scan the code.'],
  ['purposes', 'notpresent', 'Grant the permission "Camera" in the settings.'],
  ['purposes', 'present', 'Partners use the advertising ID to show ads.'],
  ['purposes', 'notpresent', 'The advertising ID is a number from Google.'],
  // The network that serves ads; a named service used to count; a named receiver of identifiers.
  ['recipients', 'present', 'The game shows ads from Unity Ads.'],
  ['recipients', 'notpresent', 'We remove ads from Premium accounts.'],
  ['recipients', 'present', 'We use Yandex AppMetrica to count sessions.'],
  ['recipients', 'notpresent', 'We use the count of sessions to plan servers.'],
  ['recipients', 'present', 'Meta may receive your advertising ID.'],
  ['recipients', 'notpresent', 'You may receive your advertising ID from the phone settings.'],
  // Ads that fit the reader: profiling for ads, automated decisions not mentioned.
  ['automated-decision-making', 'partial', 'Our ad partners show ads that match your interests.'],
  ['automated-decision-making', 'notpresent', 'Our ads fit any screen size.'],
  // A blanket statement is not true of data an analytics tool collects.
  ['retention', 'notpresent', 'No personal data is collected by us. We use Firebase Analytics to see which screens are opened.'],
  ['retention', 'present', 'No personal data is collected by us. The app works offline.'],
  // No account needed; a reader who must share; a check the law requires.
  ['statutory-contractual', 'present', 'The app does not require an account.'],
  ['statutory-contractual', 'notpresent', 'The app does not require an internet connection.'],
  ['statutory-contractual', 'present', 'Drivers must share their location during a trip.'],
  ['statutory-contractual', 'notpresent', 'You can share your location with friends.'],
  ['statutory-contractual', 'present', 'An identity check is required by law.'],
  ['statutory-contractual', 'notpresent', 'A safety check is required before each flight.'],
  // Work handed out by software.
  ['automated-decision-making', 'present', 'Jobs are assigned to cleaners automatically by our matching software.'],
  ['automated-decision-making', 'notpresent', 'Orders are confirmed automatically by email.'],
  // A bare "Why?" heading over its answer.
  ['purposes', 'present', '## Why?\n\nTo send you reminders.'],
  ['purposes', 'notpresent', '## Why us?\n\nWe have 20 years of experience.'],
  // A copy sent on request.
  ['right-access', 'present', 'We will send you your data within a month of your request.'],
  ['right-access', 'notpresent', 'We will send you your order within a week.'],
  // The reader objecting to one named processing.
  ['right-objection', 'present', 'You can object to the crash reporting at any time.'],
  ['right-objection', 'notpresent', 'Some users object to the analytics dashboard colours.'],
  // A Californian opt-out of sale: one use only.
  ['right-objection', 'notpresent', '## Your rights\n\nYou may tell us not to sell what we know about you.'],
  ['right-objection', 'partial', '## Your rights\n\nYou can opt out of any "sale" of your data.'],
  // A regulator named by what it protects.
  ['complaint-authority', 'present', 'You may complain to the Authority for Privacy Protection in your country.'],
  ['complaint-authority', 'notpresent', 'The Authority for Road Safety sets speed limits.'],
  // "No personal data is transferred outside the EEA."
  ['international-transfers', 'present', 'No personal data is transferred outside the EEA.'],
  ['international-transfers', 'notpresent', 'No personal data is transferred outside the app’s encrypted channel.'],
  // Consent that the settings let the reader take back; a form is not consent.
  ['withdraw-consent', 'notpresent', 'Sign the consent form, which your child must take back to school.'],
  // What is collected, listed under its heading; a device's type when it is recorded.
  ['data-categories', 'present', '## What we collect\n\n- Your player ID and your progress.'],
  ['data-categories', 'present', 'The tool records usage statistics and the type of device.'],
  ['data-categories', 'notpresent', 'Choose the type of device you want to buy.'],
  // Found by reading the evidence sample: a generator's "Service Provider" is the developer, not a
  // recipient; nor is the app that collects; "the categories … depend on …" names none.
  ['recipients', 'notpresent', 'The Service Provider may use the details you give to send you notices.'],
  ['recipients', 'present', 'The Service Provider may share your data with analytics partners.'],
  ['recipients', 'notpresent', 'This app was made by Dunmore Apps (referred to as "Service Provider").'],
  ['recipients', 'notpresent', 'The Application collects information when you open it.'],
  ['recipients', 'present', 'Mixpanel receives usage data from the app.'],
  ['data-categories', 'notpresent', 'Which categories of personal data we hold varies with the features you turn on.'],
  ['data-categories', 'present', 'The types of data we collect vary: your name, e-mail address and city.'],
  // Round C's cues. A short label before a colon names the item as a column header does, in a run
  // of labelled lines; one labelled sentence alone is read as any sentence (review of round C).
  ['retention', 'present', '- Who we are: a two-person studio in Hull.\n- How long: until you close your account.'],
  ['purposes', 'present', '• Why: to send you the daily puzzle.\n• Who: only the two of us see it.'],
  ['purposes', 'notpresent', 'Why: see below.\n\nWho: the two of us.'],
  ['purposes', 'notpresent', 'Why: the law asks every company to publish a notice like this one.'],
  ['data-categories', 'notpresent', 'Information: for questions about this notice, write to our office in Hull.'],
  ['data-source', 'notpresent', 'Sources: the full list is in the annex at the end of this notice.'],
  // Objection to "it" once the processing is named; an opt-out of one sharing only.
  ['right-objection', 'present', 'Analytics rests on our legitimate interest; you may object to it by e-mail.'],
  ['right-objection', 'notpresent', 'If you object to it, the dog will stay home.'],
  ['right-objection', 'partial', 'You can opt out of this sharing in the app settings.'],
  // No decision taken solely by automated means.
  ['automated-decision-making', 'present', 'We do not make any decisions about your account based solely on automated means.'],
  ['automated-decision-making', 'notpresent', 'We do not make decisions quickly.'],
  // A service kept "running and secure" is a purpose, not a measure.
  ['security', 'notpresent', 'We use logs to keep the app running and secure.'],
  ['security', 'present', 'Your data is encrypted at rest.'],
  // Consent in an app's words; a ground in brackets.
  ['lawful-basis', 'present', 'With your permission, the app collects your location.'],
  ['lawful-basis', 'notpresent', 'Ask your parents for permission before you play.'],
  ['lawful-basis', 'present', 'We use your e-mail address to send receipts (contract).'],
  ['lawful-basis', 'notpresent', 'Receipts are sent by e-mail (see section 4).'],
  // An app permission taken back at any time.
  ['withdraw-consent', 'present', 'You can turn off this permission at any time in Settings.'],
  ['withdraw-consent', 'notpresent', 'You can change the notification sound at any time.'],
  // Non-native "for + verb" as a purpose.
  ['purposes', 'present', 'We keep your scores for show the leaderboard.'],
  ['purposes', 'notpresent', 'Thank you for play our game.'],
  // News of app updates is not a change of the policy.
  ['policy-changes', 'notpresent', 'We will e-mail you about app updates.'],
  ['policy-changes', 'present', 'We will tell you about updates to this policy by e-mail.'],
  // A glossary entry in bold defines a word.
  ['recipients', 'notpresent', '- **Processor** means a company that handles data for us.'],
  // A store that payments go through; a service sent data.
  ['recipients', 'present', 'Payments go through Google Play.'],
  ['recipients', 'notpresent', 'Payments go through quickly.'],
  ['recipients', 'present', 'We send them your booking details.'],
  ['recipients', 'notpresent', 'We send them a thank-you card.'],
  // "Keeping it" over its answer.
  ['retention', 'present', '## Keeping it\n\nUntil you delete the app.'],
  // Data received "from them"; a copy of what we hold.
  ['data-source', 'present', 'If you sign in with Apple, we receive your e-mail address from them.'],
  ['data-source', 'notpresent', 'We receive e-mail replies from you.'],
  ['right-access', 'present', 'You can request a copy of what we hold.'],
  ['right-access', 'notpresent', 'Request a copy of what we sell in the shop.'],
];

for (const [requirement, expected, body] of CUES) {
  test(`en app cue: ${requirement} ${expected} on "${body.replace(/\n+/g, ' / ')}"`, () => {
    assertRow(englishCoverageOf(body, requirement), expected);
  });
}

test('evidence: a lead-in that only announces its list is shown after the items that state the item', () => {
  const c = englishCoverageOf('The app may gather the kinds of information below:\n\n- Your e-mail address, to answer you.\n- Your city, for local news.', 'data-categories');
  assert.equal(c.status, 'present');
  assert.match(c.evidence[0].text, /e-mail address/, c.evidence.map((e) => e.text).join(' | '));
});
