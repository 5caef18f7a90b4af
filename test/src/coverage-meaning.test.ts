// Coverage by what a sentence says, not by its words. For each requirement: sentences that must
// never be its evidence (a keyword without its meaning, evidence about another topic), sentences
// that give it in other words, and sentences that give it only in part (with the absent element).
// Every sentence here is written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishCoverageOf } from './helpers/coverage-lang.js';

const coverageOf = englishCoverageOf;

/** Sentences that must never be evidence for the requirement (it must not come out present). */
const NEVER: Record<string, string[]> = {
  'right-rectification': [
    'The details you give us when you sign up must be true, correct and complete.',
    'Users are responsible for keeping their profile accurate and up to date.',
    'No defence is perfect, so intruders, fraudsters, or other people without permission might one day get past it and alter your information.',
    'We cannot promise that criminals, hackers, or other attackers will never break in and change your records.',
  ],
  'right-objection': ['We remove objectionable content that breaks our community rules.'],
  retention: [
    'You can delete cookies at any time in your browser settings.',
    'Old hard drives are wiped securely before they are thrown away.',
    'We keep your data as long as necessary.',
  ],
  'right-access': [
    'The app asks for access to your camera so that you can scan receipts.',
    'Our support staff may access your account only to fix a problem you reported.',
    'The app does not request access to your location or your contacts.',
    'All copies of the documents you send for verification are destroyed afterwards.',
  ],
  'complaint-authority': [
    'We cooperate with data protection authorities when they investigate a complaint.',
    'We disclose information to regulatory authorities where the law requires it.',
  ],
  'right-erasure': [
    'Old hard drives are wiped securely before they are thrown away.',
    'Accounts that stay inactive for two years are deleted automatically.',
    'Once we have no further business reason to hold your details, we erase them or make them anonymous.',
    'Should we find that someone under 13 has sent us personal data, we delete it promptly.',
    'You can clear cookies from your browser whenever you like.',
    'Unsubscribing removes your address from our mailing list straight away.',
    'All data is deleted a year after you close your account.',
    'Should the company change hands, there is no option to have your records removed beforehand.',
  ],
  'right-restriction': ['In your browser you can block cookies on your device or limit which ones are placed.'],
  'withdraw-consent': ['You can unsubscribe from our newsletter with the link at the foot of every e-mail.'],
  'legitimate-interests': ['We rely on our legitimate interests for some processing.'],
  'international-transfers': ['Your data may be processed outside your country, with adequate controls in place.'],
  'automated-decision-making': ['You have the right not to be subjected to a decision taken by automated processing alone.'],
  'controller-identity': ['Questions about this notice? Write to hello@gmail.com.'],
  recipients: [
    'We never sell or rent your data to others for their marketing.',
    // Not selling names no one who receives the data.
    'We do not sell your personal data to third parties.',
    'Your details are never rented or traded to outside companies.',
    'You can share your recipes with other users of the community.',
    'Once you post a review it becomes visible to other users.',
    // An opening sentence about caring for privacy says nothing of who receives data.
    'Quillfeather knows how much you value privacy and how carefully you want your details handled and passed on.',
  ],
  // The officer without a way to reach them tells the reader nothing they can use.
  'dpo-contact': ['We work closely with our data protection officer on every new feature.'],
  security: [
    'You will receive security alerts when someone signs in from a new device.',
    'We use your data to set up your account securely and to prevent fraud.',
    'Your data may go to countries that do not offer an adequate level of protection.',
    'We keep children safe online with strict moderation.',
    'We take reasonable steps to keep your data accurate.',
  ],
  children: [
    'Most changes to this notice are likely to be minor.',
    // A list of other notices points elsewhere; it does not say how children’s data is treated.
    'These separate notices give further information about particular products: Family Profiles for children under 13, Smart Speakers and the Photo Printer.',
  ],
  'data-source': [
    'We keep the information we obtain from our registered users private.',
    'Our group companies may send information that supplements this notice.',
    'You can access your data from your account page at any time.',
  ],
};

for (const [requirement, sentences] of Object.entries(NEVER)) {
  for (const sentence of sentences) {
    test(`${requirement}: never given by "${sentence}"`, () => {
      const c = coverageOf(sentence, requirement);
      assert.notEqual(c.status, 'present', `${requirement} present on: ${c.evidence.map((e) => e.text).join(' | ')}`);
    });
  }
}

/** The same fact in other words: each sentence alone gives the requirement. */
const GIVES: Record<string, string[]> = {
  'right-portability': ['You can ask us to send you an export of your data in a machine-readable file.'],
  'right-erasure': [
    'Once you ask us to delete your profile, we remove it and everything linked to it.',
    // Composed from the concepts {ask}, {we-or-them}, {delete} and {our-data}.
    'Simply instruct the team to erase the information we hold.',
    'You have the right to access or delete your data, or opt out of its sale.',
    // A list of rights in one sentence where a pronoun stands for the data.
    'You have the right to see the data we hold about you, to have it corrected, to have it erased and to take it elsewhere.',
    'If you ask us to delete your data, we will do so within 30 days.',
  ],
  'right-access': [
    'At any time you may ask to see what personal information we have on you.',
    'Users may at any time learn whether we store their data and what it contains.',
    'You are entitled to receive a copy of the information we keep about you.',
  ],
  'lawful-basis': [
    'Personal data is collected only with your explicit consent.',
    'We process your data because it is necessary to provide the service you signed up for.',
  ],
  'automated-decision-making': [
    'We do not make decisions about you by automated means alone.',
    'Our scoring runs automatically, but nothing about you is decided by it alone.',
  ],
  retention: ['We keep your order history for six years after your last purchase, then delete it.'],
  'international-transfers': ['Where data leaves the EEA we rely on standard contractual clauses that the European Commission approved.'],
  'legitimate-interests': ['We rely on our legitimate interests in preventing fraud and keeping the service secure.'],
  'complaint-authority': ['You may complain to a supervisory authority, above all the one in your country of residence.'],
  'controller-identity': [
    'Quillfeather Ltd is the data controller for what you give us; write to privacy@quillfeather.example.',
    'The responsible party within the meaning of Art. 4(7) GDPR is Quillfeather Ltd, 4 Mill Lane, Leeds LS1 4AB.',
    // The operator's name spells most of its own mail domain.
    'This notice covers the notebook tools of Harbour Tide Software. Questions go to help@harbourtidesoft.example.',
  ],
  'withdraw-consent': ['You can change your mind at any time by writing to us.', 'Where we rely on consent, you may withdraw it at any time.'],
  'data-categories': ['No personal data other than your registration details is stored.'],
  'dpo-contact': [
    'You can reach our data protection officer at dpo@quillfeather.example.',
    'To contact our Data Protection Officer, use the form here.',
    'Our privacy officer can be reached at 12 Mill Lane, Leeds LS1 4AB.',
  ],
  security: [
    'We protect your personal data with encryption in transit and at rest.',
    'Your data is held on secure servers with restricted access.',
  ],
  children: ['We do not knowingly collect data from minors.'],
  'data-source': [
    'If you link your music account, we receive your playlists from that service.',
    'Our advertising partners may provide us with information about you.',
  ],
  recipients: ['The app shows ads from our partner Brightads.', 'We use Firebase Analytics, provided by Google, to understand how the app is used.'],
  purposes: ['The app collects crash details to help us fix bugs.'],
  'statutory-contractual': ['You need not give us any data to use the app; the sign-up form is optional.'],
};

for (const [requirement, sentences] of Object.entries(GIVES)) {
  for (const sentence of sentences) {
    test(`${requirement}: given by "${sentence}"`, () => {
      const c = coverageOf(sentence, requirement);
      assert.equal(c.status, 'present', `${requirement} is ${c.status}${c.absent ? ` (absent: ${c.absent.join(', ')})` : ''}`);
    });
  }
}

/** Half given: the item is addressed, an element the law names is absent. */
const PARTLY: [string, string, string][] = [
  ['retention', 'We keep your data as long as the service needs it.', 'period'],
  ['international-transfers', 'Your data may be stored on servers in the United States.', 'safeguard'],
  ['international-transfers', 'Our servers are located in the United States.', 'safeguard'],
  ['legitimate-interests', 'Some processing rests on our legitimate interests.', 'interests'],
  ['controller-identity', 'If you have questions, contact us at hello@gmail.com.', 'identity'],
  // A mail domain that spells only the app's own name names no operator.
  ['controller-identity', 'This notice covers our app “Tide Notes”. Questions go to hello@tidenotes.example.', 'identity'],
  ['right-erasure', 'You can delete your account from the settings screen of the app.', 'right'],
  ['right-objection', 'At any time you may opt out of our marketing e-mails.', 'right'],
  ['automated-decision-making', 'We use profiling to show you personalised advertising.', 'whether'],
];

for (const [requirement, sentence, element] of PARTLY) {
  test(`${requirement}: partly given by "${sentence}" (${element} absent)`, () => {
    const c = coverageOf(sentence, requirement);
    assert.equal(c.status, 'partial', `${requirement} is ${c.status}`);
    assert.deepEqual(c.absent, [element]);
    assert.ok(c.evidence.some((e) => sentence.includes(e.text.trim()) || e.text.includes(sentence.slice(0, 30))), 'the evidence is the sentence itself');
  });
}

test('a heading alone never gives an item', () => {
  const c = coverageOf('Please read this section carefully.', 'right-portability', 'Your right to data portability');
  assert.equal(c.status, 'missing');
});

test('a list item is read with its lead-in sentence', () => {
  const c = coverageOf('You can ask us to:\n\n- delete the personal data we keep on you;\n- stop sending you newsletters.', 'right-erasure');
  assert.equal(c.status, 'present');
});

test('a blanket "we collect no personal data" gives what is done with data, not the rights', () => {
  const body = 'We do not collect any personal data when you use the app. Everything stays on your device.';
  for (const id of ['purposes', 'retention', 'recipients', 'international-transfers', 'lawful-basis']) assert.equal(coverageOf(body, id).status, 'present', id);
  for (const id of ['right-access', 'complaint-authority']) assert.equal(coverageOf(body, id).status, 'missing', id);
});

test('a blanket statement gives nothing when the policy describes data it collects after all', () => {
  const body = 'We do not collect any personal data. The app sends crash reports to our analytics provider.';
  assert.notEqual(coverageOf(body, 'retention').status, 'present');
});

test('an abbreviation does not end the quoted sentence ("Inc. (“we”)", "Art. 4(7)")', () => {
  const c = coverageOf('The app is offered by Quillfeather Inc. (“we”), whose registered office is at 4 Mill Lane, Leeds LS1 4AB.', 'controller-identity');
  assert.equal(c.status, 'present');
  assert.ok(c.evidence.some((e) => e.text.includes('Quillfeather Inc.') && e.text.includes('(“we”)')), c.evidence.map((e) => e.text).join(' | '));
});
