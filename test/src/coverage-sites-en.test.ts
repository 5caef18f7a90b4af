// English website policies in the style of large US sites (a GDPR or CCPA section, "Your California
// rights", cookie banners described in prose), a blind mini-round written for this test in our own
// words before looking at what the data matched; the session's report gives the failures it showed
// before the fixes. Each row: [requirement, expected, body], as in coverage-styles-en.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishCoverageOf } from './helpers/coverage-lang.js';
import { show } from './helpers/coverage-lang.js';

type Row = [requirement: string, expected: 'present' | 'partial' | 'notpresent', body: string];

const ROWS: Row[] = [
  ['controller-identity', 'present', 'Brightline Media, Inc., 450 Market Street, Suite 300, San Francisco, CA 94105, is the controller of personal data collected through our websites; you may contact us at privacy@brightline.example.'],
  ['controller-identity', 'partial', 'For the purposes of the GDPR, the data controller is Brightline Media, Inc.'],
  ['controller-identity', 'notpresent', '"Brightline," "we," "us" and "our" refer to the websites and services described in this policy.'],
  ['dpo-contact', 'present', 'Our Data Protection Officer can be reached at dpo@brightline.example or by writing to the DPO at our Dublin office.'],
  ['dpo-contact', 'present', 'You can contact our EU representative and Data Protection Officer, Privacy Desk Ltd, at eurep@privacydesk.example.'],
  ['dpo-contact', 'notpresent', 'If you have questions about this policy, email our support team at help@brightline.example.'],
  ['international-transfers', 'present', 'We are headquartered in the United States; when we transfer personal data from the EEA, the UK or Switzerland, we rely on the Standard Contractual Clauses approved by the European Commission.'],
  ['international-transfers', 'present', 'Brightline participates in the EU-U.S. Data Privacy Framework and has certified its compliance with the Department of Commerce.'],
  ['international-transfers', 'partial', 'Your information may be stored and processed in the United States or any other country where we or our service providers operate.'],
  ['international-transfers', 'notpresent', 'We ship products to customers in over 60 countries.'],
  ['automated-decision-making', 'present', 'We do not make decisions about you based solely on automated processing that have legal or similarly significant effects.'],
  ['automated-decision-making', 'partial', 'We and our advertising partners use information about your browsing to build interest profiles and show you targeted ads.'],
  ['automated-decision-making', 'notpresent', 'Our newsletter is sent automatically every Monday morning.'],
  ['children', 'present', 'Our websites are not directed to children under 13, and we do not knowingly collect personal information from them; if we learn we have, we will delete it.'],
  ['children', 'present', 'Users under 16 in the EEA may only use our services with the consent of a parent or guardian.'],
  ['children', 'notpresent', 'Our store offers a wide range of toys for children of all ages.'],
  ['data-source', 'present', 'We also receive information about you from third parties, such as data brokers, social networks you connect to your account, and our marketing partners.'],
  ['data-source', 'present', 'If you sign in with Google or Facebook, we receive your name and email address from that service.'],
  ['data-source', 'notpresent', 'Sources cited in our articles are linked at the end of each story.'],
  ['security', 'present', 'We use administrative, technical and physical safeguards, including TLS encryption and access controls, designed to protect your personal information.'],
  ['security', 'notpresent', 'For your own safety, never share your password with anyone.'],
  ['right-access', 'present', 'Depending on where you live, you may have the right to request access to the personal information we hold about you.'],
  ['right-access', 'notpresent', 'Certain areas of our website are accessible only to registered members.'],
  ['right-erasure', 'present', 'You may ask us to delete personal information we have collected from you, subject to certain exceptions.'],
  ['right-erasure', 'notpresent', 'You can clear your browsing history and cookies in your browser settings.'],
  ['right-objection', 'present', 'Where we process your data based on legitimate interests, you can object to that processing by contacting us.'],
  ['right-objection', 'partial', 'You can opt out of promotional emails by clicking the unsubscribe link in any message.'],
  ['right-portability', 'present', 'EEA residents may request a copy of the personal data they provided to us in a portable, machine-readable format.'],
  ['cookies', 'present', 'We and our partners use cookies and similar technologies to remember your preferences, measure traffic and deliver ads; you can change your choices at any time through the "Cookie Settings" link in our footer.'],
  ['cookies', 'present', 'When you first visit our site, a banner asks whether you accept analytics and advertising cookies; if you decline, we set only the cookies needed for the site to work.'],
  ['cookies', 'partial', 'For more information about how we use cookies, please review our Cookie Notice.'],
  ['retention', 'present', 'We retain account information for as long as your account is active and for up to three years after it is closed.'],
  ['retention', 'partial', 'We retain personal information for as long as necessary to fulfill the purposes for which it was collected, including to satisfy legal, accounting or reporting requirements.'],
  ['complaint-authority', 'present', 'If you are located in the EEA, you have the right to lodge a complaint with your local data protection authority.'],
  ['complaint-authority', 'notpresent', 'If you have a complaint about our services, please contact our customer care team.'],
  ['lawful-basis', 'present', 'We rely on the following legal bases: performance of a contract, our legitimate interests, your consent, and compliance with legal obligations.'],
  ['legitimate-interests', 'present', 'We process usage data on the basis of our legitimate interests in securing our services and preventing fraud.'],
  ['legitimate-interests', 'partial', 'In some cases we rely on our legitimate interests to process your information.'],
  ['withdraw-consent', 'present', 'Where we rely on your consent, you may withdraw it at any time by adjusting your settings or contacting us, without affecting the lawfulness of processing before withdrawal.'],
  ['withdraw-consent', 'notpresent', 'You may cancel your subscription at any time from your account page.'],
  ['recipients', 'present', 'We share personal information with service providers that host our website, process payments and deliver email on our behalf.'],
  ['statutory-contractual', 'notpresent', 'We may disclose your information if required to do so by law or in response to valid requests by public authorities.'],
];

for (const [requirement, expected, body] of ROWS) {
  test(`en site ${requirement} ${expected}: "${body.length > 70 ? `${body.slice(0, 67)}...` : body}"`, () => {
    const c = englishCoverageOf(body, requirement);
    if (expected === 'notpresent') assert.notEqual(c.status, 'present', show(c));
    else assert.equal(c.status, expected, show(c));
  });
}
