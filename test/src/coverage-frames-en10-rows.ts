// Issue 13, coverage by meaning, tenth round (session 17): held-out English rows in the shapes whole
// app and website policies take for the items fresh policies were most often misread on (automated
// decisions, recipients, erasure, children, sources, purposes, rectification, whether data must be
// given, the officer, the operator, transfers, retention), each beside look-alikes that share the
// words but not the meaning. Written in our own words. Batch a was written BEFORE this round's
// changes, batch b AFTER them with the data frozen (the generalisation figure). `node
// scripts/score-rows.js <checkout> --rows=en10 --batch=a|b` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // automated decisions
  ['automated-decision-making', 'present', 'Your information is not subject to automated decision-making.'],
  ['automated-decision-making', 'present', 'None of the decisions we make about your membership are taken by a computer alone: a member of staff always looks at them.'],
  ['automated-decision-making', 'partial', 'We use your browsing history to build a profile of your interests, so the ads you see suit you better.'],
  ['automated-decision-making', 'notpresent', 'Our booking system automatically sends you a reminder the day before your visit.'],
  // recipients
  ['recipients', 'present', 'Your order details are passed to the courier who delivers your parcel.'],
  ['recipients', 'present', 'We do not pass your personal information on to anyone else.'],
  ['recipients', 'present', 'Our hosting provider stores the data on its servers in Frankfurt.'],
  ['recipients', 'notpresent', 'Please never share your password with anyone.'],
  ['recipients', 'notpresent', 'You can share your playlists with friends from the Library tab.'],
  // erasure
  ['right-erasure', 'present', 'You may request that we delete your personal information by e-mailing support@tidewatch.example.'],
  ['right-erasure', 'present', 'If you no longer want us to keep your information, get in touch and we will remove it.'],
  ['right-erasure', 'partial', 'You can delete your account at any time from the Profile screen.'],
  ['right-erasure', 'notpresent', 'Server logs are deleted automatically after 30 days.'],
  // children
  ['children', 'present', 'Our services are not aimed at anyone under 16.'],
  ['children', 'present', 'If we find out that a child under 13 has sent us information, we will delete it.'],
  ['children', 'notpresent', "Children's books make up half of our catalogue."],
  // sources
  ['data-source', 'present', 'We collect information directly from you when you register, and from the way you use the app.'],
  ['data-source', 'present', 'Some information comes from other services, such as a social network you sign in with.'],
  ['data-source', 'notpresent', 'Our recipes come from home cooks across the country.'],
  // purposes
  ['purposes', 'present', 'We use your e-mail address to send you order confirmations.'],
  ['purposes', 'present', 'Your location lets us show you the nearest charging points.'],
  ['purposes', 'notpresent', 'We use recycled packaging for every order.'],
  // rectification
  ['right-rectification', 'present', 'If any of your details are wrong, tell us and we will put them right.'],
  ['right-rectification', 'present', 'You can ask us to update information about you that is out of date.'],
  ['right-rectification', 'partial', 'You can edit your profile information in the app settings at any time.'],
  ['right-rectification', 'notpresent', 'Please make sure the information you give us is accurate.'],
  // must the data be given
  ['statutory-contractual', 'present', 'You do not have to give us any personal information, but without an e-mail address we cannot open an account for you.'],
  ['statutory-contractual', 'present', 'Giving us your phone number is optional.'],
  ['statutory-contractual', 'notpresent', 'We are required by law to keep invoices for seven years.'],
  // the officer
  ['dpo-contact', 'present', 'You can reach our Data Protection Officer at dpo@tidewatch.example.'],
  ['dpo-contact', 'present', "If you are not happy with our answer, you may write to our data protection officer at privacy@tidewatch.example."],
  ['dpo-contact', 'notpresent', 'Our customer service officer can be reached at help@tidewatch.example.'],
  // the operator
  ['controller-identity', 'present', 'This app is made and run by Kestrel Apps Ltd. Questions: hello@kestrelapps.example.'],
  ['controller-identity', 'notpresent', 'This policy applies to the Tidewatch app.'],
  // transfers
  ['international-transfers', 'partial', 'Your information may be transferred to, and processed in, countries other than your own.'],
  ['international-transfers', 'present', 'Where we send data outside the EEA, we use the standard contractual clauses approved by the European Commission.'],
  // retention
  ['retention', 'partial', 'We keep your data only for as long as we need it.'],
  ['retention', 'present', 'We keep your account data until you delete your account.'],
  ['retention', 'notpresent', "You can clear the app's cache in your phone settings."],
  // the basis
  ['lawful-basis', 'present', 'We process your data because we need it to carry out our contract with you.'],
  ['lawful-basis', 'notpresent', 'By downloading the app you accept these terms.'],
  // withdrawal, complaint, objection, portability, restriction
  ['withdraw-consent', 'present', 'You may withdraw your consent at any time by changing your settings or by contacting us.'],
  ['complaint-authority', 'present', "You also have the right to lodge a complaint with the Information Commissioner's Office."],
  ['complaint-authority', 'notpresent', 'If you are unhappy with our service, please write to our customer care team.'],
  ['right-objection', 'present', 'Where we rely on our legitimate interests, you can object to our use of your data.'],
  ['right-objection', 'partial', 'You can opt out of marketing e-mails at any time by clicking unsubscribe.'],
  ['right-portability', 'present', 'You can ask us to send your data to another company in a machine-readable format.'],
  ['right-restriction', 'present', 'You can ask us to stop using your data for a while, for example while we check whether it is accurate.'],
  // interests, cookies, security
  ['legitimate-interests', 'present', 'We rely on our legitimate interest in preventing fraud.'],
  ['cookies', 'present', 'We use cookies to remember your preferences; you can block them in your browser settings.'],
  ['cookies', 'partial', 'We use cookies. See our Cookie Policy for details.'],
  ['security', 'present', 'We protect your data with encryption in transit and at rest.'],
  ['security', 'notpresent', 'Keep your phone locked with a PIN when you are not using it.'],
];

export const BATCH_B: FrameRow[] = [];
