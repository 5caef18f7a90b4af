// English website policies in the style of large US sites (a GDPR or CCPA section, "Your California
// rights", cookie banners described in prose), a blind mini-round written for this test in our own
// words before looking at what the data matched; the session's report gives the failures it showed
// before the fixes (2 of 42). Fifteen rows were then reworded, still blind, because stock phrases
// of such policies ran seven words alike with the labelled sets; three of the rewordings failed
// (servers that "sit" abroad, "erase what we hold on you", records that "stay with us") and were
// fixed as data. Each row: [requirement, expected, body], as in coverage-styles-en.test.ts.
import { test } from 'node:test';
import { assertRow, englishCoverageOf, type RowExpectation } from './helpers/coverage-lang.js';

type Row = [requirement: string, expected: RowExpectation, body: string];

const ROWS: Row[] = [
  ['controller-identity', 'present', 'Brightline Media, Inc., 450 Market Street, Suite 300, San Francisco, CA 94105, is the controller of personal data collected through our websites; you may contact us at privacy@brightline.example.'],
  ['controller-identity', 'partial', 'For the purposes of the GDPR, the data controller is Brightline Media, Inc.'],
  ['controller-identity', 'notpresent', '"Brightline," "we," "us" and "our" refer to the websites and services described in this policy.'],
  ['dpo-contact', 'present', 'Our Data Protection Officer can be reached at dpo@brightline.example or by writing to the DPO at our Dublin office.'],
  ['dpo-contact', 'present', 'You can contact our EU representative and Data Protection Officer, Privacy Desk Ltd, at eurep@privacydesk.example.'],
  ['dpo-contact', 'notpresent', 'Questions on anything in this notice can go to our help desk, help@brightline.example.'],
  ['international-transfers', 'present', 'We are headquartered in the United States; personal data sent here from the EEA, the UK or Switzerland travels under the Commission’s standard contractual clauses.'],
  ['international-transfers', 'present', 'Brightline has self-certified to the Data Privacy Framework run by the US Commerce Department, which covers data it receives from Europe.'],
  ['international-transfers', 'partial', 'Servers holding your details may sit in the United States or wherever our vendors run theirs.'],
  ['international-transfers', 'notpresent', 'We ship products to customers in over 60 countries.'],
  ['automated-decision-making', 'present', 'We do not make decisions about you based solely on automated processing that have legal or similarly significant effects.'],
  ['automated-decision-making', 'partial', 'We and our advertising partners use information about your browsing to build interest profiles and show you targeted ads.'],
  ['automated-decision-making', 'notpresent', 'Our newsletter is sent automatically every Monday morning.'],
  ['children', 'present', 'Nothing on our sites is meant for kids younger than 13, and we never knowingly gather their details; any we discover get erased.'],
  ['children', 'present', 'Users under 16 in the EEA may only use our services with the consent of a parent or guardian.'],
  ['children', 'notpresent', 'Our store offers a wide range of toys for children of all ages.'],
  ['data-source', 'present', 'Some details reach us from outside sources too: data brokers, social networks you link to your account, and marketing partners.'],
  ['data-source', 'present', 'If you sign in with Google or Facebook, we receive your name and email address from that service.'],
  ['data-source', 'notpresent', 'Sources cited in our articles are linked at the end of each story.'],
  ['security', 'present', 'We use administrative, technical and physical safeguards, including TLS encryption and access controls, designed to protect your personal information.'],
  ['security', 'notpresent', 'For your own safety, never share your password with anyone.'],
  ['right-access', 'present', 'Residents of some states and countries can ask to see the personal information we hold on them.'],
  ['right-access', 'notpresent', 'Certain areas of our website are accessible only to registered members.'],
  ['right-erasure', 'present', 'You can ask us to erase what we hold on you, apart from records the law makes us keep.'],
  ['right-erasure', 'notpresent', 'You can clear your browsing history and cookies in your browser settings.'],
  ['right-objection', 'present', 'Where we process your data based on legitimate interests, you can object to that processing by contacting us.'],
  ['right-objection', 'partial', 'You can opt out of promotional emails by clicking the unsubscribe link in any message.'],
  ['right-portability', 'present', 'EEA residents may request a copy of the personal data they provided to us in a portable, machine-readable format.'],
  ['cookies', 'present', 'We and our partners use cookies and similar technologies to remember your preferences, measure traffic and deliver ads; you can change your choices at any time through the "Cookie Settings" link in our footer.'],
  ['cookies', 'present', 'When you first visit our site, a banner asks whether you accept analytics and advertising cookies; if you decline, we set only the cookies needed for the site to work.'],
  ['cookies', 'partial', 'Our Cookie Notice explains the cookies on this site.'],
  ['retention', 'present', 'Account records stay with us while the account is open and for up to three years after its closure.'],
  ['retention', 'partial', 'We hold on to personal information only as long as it serves the purposes described here, including legal, accounting or reporting needs.'],
  ['complaint-authority', 'present', 'People in the EEA may also complain to the data protection regulator where they live.'],
  ['complaint-authority', 'notpresent', 'If you have a complaint about our services, please contact our customer care team.'],
  ['lawful-basis', 'present', 'The grounds we process on are: a contract with you, our legitimate interests, your consent, and duties the law places on us.'],
  ['legitimate-interests', 'present', 'Usage data is processed under our legitimate interests in keeping the service secure and stopping fraud.'],
  ['legitimate-interests', 'partial', 'In some cases we rely on our legitimate interests to process your information.'],
  ['withdraw-consent', 'present', 'Where we rely on your consent, you may withdraw it at any time by adjusting your settings or contacting us, without affecting the lawfulness of processing before withdrawal.'],
  ['withdraw-consent', 'notpresent', 'You may cancel your subscription at any time from your account page.'],
  ['recipients', 'present', 'We share personal information with service providers that host our website, process payments and deliver email on our behalf.'],
  ['statutory-contractual', 'notpresent', 'Courts and police can obtain records from us when a subpoena or warrant compels it.'],
  // A second probe, blind after the first round's fixes, on the five items the website set labels:
  // 3 of 12 failed before their fixes (no decision "taken by our systems alone", partners who "pass
  // us" data, access "limited to staff"), fixed as English data.
  ['dpo-contact', 'present', 'Our privacy office in Dublin, led by our Data Protection Officer, answers questions sent to privacyoffice@brightline.example.'],
  ['dpo-contact', 'partial', 'We have designated a Data Protection Officer for our European operations.'],
  ['dpo-contact', 'notpresent', 'Press enquiries should be sent to media@brightline.example.'],
  ['automated-decision-making', 'present', 'No decision that significantly affects you is ever taken by our systems alone; a member of staff always reviews it.'],
  ['automated-decision-making', 'notpresent', 'Orders are confirmed automatically by email within a few minutes.'],
  ['children', 'present', 'Teens aged 13 to 15 need a parent to approve their account before they can post.'],
  ['children', 'notpresent', 'Kids eat free on Tuesdays at participating restaurants.'],
  ['data-source', 'present', 'Retail partners pass us the purchase history of customers who link their loyalty cards.'],
  ['data-source', 'notpresent', 'Our recipes draw on sources from around the world.'],
  ['security', 'present', 'Card numbers are tokenised by our payment processor and never touch our servers.'],
  ['security', 'present', 'Access to customer records is logged and limited to staff who need it for their job.'],
  ['security', 'notpresent', 'Security guards patrol our stores at night.'],
];

for (const [requirement, expected, body] of ROWS) {
  test(`en site ${requirement} ${expected}: "${body.length > 70 ? `${body.slice(0, 67)}...` : body}"`, () => {
    assertRow(englishCoverageOf(body, requirement), expected);
  });
}
