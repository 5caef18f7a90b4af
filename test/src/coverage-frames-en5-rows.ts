// Issue 13, coverage by meaning, fifth round (session 13): held-out English rows in the registers a
// blind round of whole policies showed the reader missing: FAQ questions answered "Yes"/"No"
// without a modal ("Do you sell my data?" "No."), "who" questions over their answer, absence said
// in other words ("none of it leaves the EU", "nothing is decided automatically"), periods in number
// words ("fourteen days"), an interest as the subject of its sentence, bare "object" as a noun;
// app-store templates, non-native English, corporate and FAQ styles, and other items at random.
// Written in our own words. Batch 1 was written BEFORE this round's changes, batch 2 AFTER them,
// with the data frozen (the generalisation figure). Same shape as coverage-frames-en-rows.ts;
// `node scripts/score-rows.js <checkout> --rows=en5 --batch=1|2` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH1: FrameRow[] = [
  // yes/no questions with no modal, answered
  ['recipients', 'present', '### Do you sell or share my data?\n\nNo. It stays with us.'],
  ['international-transfers', 'present', '### Do you send my data outside Europe?\n\nNo, never. Everything is hosted in Frankfurt.'],
  ['automated-decision-making', 'present', '### Do you use my data to make automatic decisions about me?\n\nNo.'],
  ['retention', 'present', '### Do you keep my voice recordings?\n\nNo. They are deleted the moment the transcript is ready.'],
  ['right-access', 'present', '### Can I get a copy of the data you hold on me?\n\nYes. Write to privacy@quillfeather.example and we send it within a month.'],
  ['right-erasure', 'present', '### Can you delete everything you have about me?\n\nYes.'],
  ['right-rectification', 'present', '### Can I ask you to correct my details?\n\nYes, just tell our support team what is wrong.'],
  ['right-portability', 'present', '### Can I take my data to another service?\n\nYes: we export it for you as a CSV file that any other provider can read.'],
  ['right-erasure', 'notpresent', '### Do you delete old accounts?\n\nYes, after three years without a login.'],
  ['recipients', 'notpresent', '### Do you sell gift cards?\n\nNo, not at the moment.'],
  ['right-access', 'notpresent', '### Can I get a copy of my invoice?\n\nYes, from the billing page.'],
  // who questions
  ['recipients', 'present', '### Who sees my data?\n\nOur support staff and the company that hosts our servers.'],
  ['recipients', 'present', '### Who gets my information?\n\nThe shop you buy from and our payment processor.'],
  ['controller-identity', 'present', '### Who is in charge of my data?\n\nBirchway Analytics Ltd, 5 Mill Lane, Leeds LS1 4AB, hello@birchway.example.'],
  ['complaint-authority', 'present', '### Who can I complain to?\n\nYou can go to the Information Commissioner\'s Office when you are not happy about the way we handled your data.'],
  ['recipients', 'notpresent', '### Who are we?\n\nA small team of designers in Bristol.'],
  // absence in other words
  ['international-transfers', 'present', 'All our servers are in Finland, and none of your data leaves the EU.'],
  ['automated-decision-making', 'present', 'Nothing about you is decided automatically; a person looks at every application.'],
  ['automated-decision-making', 'present', 'We make no decisions about users by automated means.'],
  ['recipients', 'present', 'Your details go to nobody outside our company.'],
  ['international-transfers', 'present', 'No part of your information is ever sent abroad.'],
  ['retention', 'present', 'None of the photos you scan are kept; they exist only in memory while the app is open.'],
  ['international-transfers', 'notpresent', 'None of our staff travel abroad for work.'],
  ['automated-decision-making', 'notpresent', 'Nothing is decided about the new logo yet.'],
  // periods in number words
  ['retention', 'present', 'Chat logs are kept for fourteen days and then wiped.'],
  ['retention', 'present', 'We delete closed accounts after two years.'],
  ['retention', 'present', 'Applicant files are held for six months after the decision.'],
  ['retention', 'present', 'Backups are kept for thirty-five days.'],
  ['retention', 'present', 'Your receipts stay on file for seven years because tax law requires it.'],
  ['retention', 'notpresent', 'The free trial lasts fourteen days.'],
  ['retention', 'notpresent', 'Two years ago we moved to a new office.'],
  // an interest as the subject
  ['legitimate-interests', 'present', 'Our interest in keeping the service safe is the basis for logging the IP address of each login.'],
  ['legitimate-interests', 'present', 'Preventing fraud is our legitimate interest here.'],
  ['legitimate-interests', 'present', 'Our legitimate interest, namely understanding which features people use, allows us to collect usage statistics.'],
  ['legitimate-interests', 'notpresent', 'Our interest in your feedback is genuine, so please write to us.'],
  // bare "object" as a noun
  ['right-objection', 'notpresent', 'The object of this notice is to explain how we use your data.'],
  ['right-objection', 'notpresent', 'Every object you place in your virtual room is saved to your profile.'],
  ['right-objection', 'present', 'You may object, whenever you wish, to us using your data where we rely on our legitimate interests.'],
  ['right-objection', 'present', 'If you object to how we process your personal details, tell us and we will stop unless the law lets us continue.'],
  // app-store and non-native registers, other items
  ['controller-identity', 'present', 'This app is developed by Sunny Pixel Studio (sole trader, Vilnius). For any question please contact sunnypixelstudio@gmail.com.'],
  ['purposes', 'present', 'We are collecting your email only for send you the password reset link.'],
  ['data-categories', 'present', 'The app is collecting following information: device model, OS version and crash logs.'],
  ['right-erasure', 'present', 'If you want we remove your data, please send email to us and we will do it in 30 days.'],
  ['withdraw-consent', 'present', 'The consent you gave can be taken back by you whenever you like, with no effect on processing before that.'],
  ['withdraw-consent', 'notpresent', 'You can unsubscribe from our newsletter with the link in every email.'],
  ['complaint-authority', 'present', 'You are also free to bring a complaint before the data protection authority in your country.'],
  ['complaint-authority', 'notpresent', 'Complaints about our products are handled by our customer care team.'],
  ['lawful-basis', 'present', 'We handle your order details because we need them to fulfil the purchase contract.'],
  ['lawful-basis', 'notpresent', 'Please read our contract terms before ordering.'],
  ['statutory-contractual', 'present', 'You are free to leave the phone number field empty; the app works the same without it.'],
  ['data-source', 'present', 'Your employer gives us your name and work email when it signs up your team.'],
  ['dpo-contact', 'present', 'Our Data Protection Officer is available at dpo@quillfeather.example.'],
  ['right-restriction', 'present', 'You can ask us to put the use of your data on hold while we check a complaint you made.'],
  ['right-restriction', 'notpresent', 'Access to some features is restricted to paying members.'],
  ['cookies', 'present', 'We use cookies to remember your language and to count visits. You can block them in your browser settings.'],
  ['international-transfers', 'present', 'Our US hosting provider receives your data under the standard contractual clauses of the European Commission.'],
  ['recipients', 'present', 'We pass your shipping address to the delivery company.'],
  ['retention', 'partial', 'We will store your info for as long as it is needed.'],
  ['automated-decision-making', 'present', 'We do not use profiling or any kind of automated decision-making.'],
  ['right-objection', 'notpresent', 'You can opt out of promotional emails at any time.'],
];

export const BATCH2: FrameRow[] = [
  // questions answered yes/no, no modal
  ['international-transfers', 'present', '### Is my information stored outside the UK?\n\nNo. All of it sits on servers in Manchester.'],
  ['recipients', 'present', '### Do you pass my details to advertisers or anyone else?\n\nNo, we never do.'],
  ['automated-decision-making', 'present', '### Does a computer decide whether my loan is approved?\n\nNo. Every application is looked at by one of our advisers.'],
  ['right-portability', 'present', '### Can you send my workout history to another fitness app?\n\nYes, just ask us and we will transfer it in a standard format.'],
  ['right-rectification', 'present', '### Can I have wrong information about me fixed?\n\nYes. Tell us what is wrong and we correct it.'],
  ['withdraw-consent', 'present', '### Can I change my mind about the consent I gave?\n\nYes, you can withdraw it at any moment.'],
  ['right-erasure', 'missing', '### Can I delete my data?\n\nNo, not while your loan is still running.'],
  ['recipients', 'notpresent', '### Do you deliver on Sundays?\n\nNo.'],
  ['complaint-authority', 'present', '### Can I complain to a regulator?\n\nYes: the data protection authority where you live or work.'],
  // who questions
  ['recipients', 'present', '### Who looks at my answers?\n\nOnly the researcher running the study and our IT contractor.'],
  ['controller-identity', 'present', '### Who is responsible for this app?\n\nHollyhock Games Ltd, 8 Station Road, Cambridge CB1 2JW. Email: team@hollyhock.example.'],
  ['dpo-contact', 'present', '### Who is your data protection officer?\n\nMarta Kowalczyk; you can reach her at dpo@hollyhock.example.'],
  ['recipients', 'notpresent', '### Who is this app for?\n\nAnyone who likes crosswords.'],
  // absence in other words
  ['international-transfers', 'present', 'Not a single record leaves the European Economic Area.'],
  ['recipients', 'present', 'We give your personal information to no one.'],
  ['automated-decision-making', 'present', 'No decision about you is ever taken by software alone.'],
  ['retention', 'present', 'We store nothing: the text you paste is checked in your browser and never reaches our servers.'],
  ['international-transfers', 'notpresent', 'None of our products are sold abroad yet.'],
  ['recipients', 'notpresent', 'No one enjoys reading long legal documents.'],
  // number words
  ['retention', 'present', 'Support tickets are erased after eighteen months.'],
  ['retention', 'present', 'We hold your booking history for five years and then anonymise it.'],
  ['retention', 'present', 'CCTV footage is overwritten after thirty-one days.'],
  ['retention', 'present', 'Your draft messages are kept for ninety days unless you send them.'],
  ['retention', 'notpresent', 'Delivery takes four to six weeks.'],
  ['retention', 'notpresent', 'Our company was founded fifteen years ago.'],
  // interests
  ['legitimate-interests', 'present', 'Protecting our customers from scams is a legitimate interest we rely on when we check payments.'],
  ['legitimate-interests', 'present', 'Our interest in improving the app is why we analyse anonymous usage data on the basis of legitimate interests.'],
  ['legitimate-interests', 'notpresent', 'Our interest in sustainability shapes how we pick our suppliers.'],
  // "object" as a noun
  ['right-objection', 'notpresent', 'The main object of the game is to collect all twelve crystals.'],
  ['right-objection', 'present', 'You are entitled to object to processing that rests on our legitimate interests.'],
  // other items, other registers
  ['controller-identity', 'present', 'Company: Veltro Apps S.r.l., Via Roma 12, Turin. Mail us on info@veltroapps.example.'],
  ['purposes', 'present', 'We need your address so that we can send you the ordered items.'],
  ['data-categories', 'present', 'Data we use: your name, phone number and the photos you upload.'],
  ['right-access', 'present', 'You may ask us at any time which personal data we store about you.'],
  ['right-access', 'notpresent', 'You can see your order status in the app.'],
  ['right-restriction', 'present', 'You are entitled to ask that we limit how we use your information.'],
  ['lawful-basis', 'present', 'Where you agreed to it, we process your data on the basis of your consent.'],
  ['statutory-contractual', 'present', 'Giving us your birthday is optional; we only use it to send you a greeting.'],
  ['data-source', 'present', 'We receive your contact details from the friend who referred you.'],
  ['complaint-authority', 'notpresent', 'If you have a complaint about a delivery, call our hotline.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 5';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'None of the photos you scan are kept; they exist only in memory while the app is open.': '"the photos you scan" is no data object the reader knows, and "none of … are kept" is read as a plain negated passive, which alone ("your password is not stored in plain text") states no retention',
  // Batch 2: written after the changes, data frozen.
  '### Does a computer decide whether my loan is approved?\n\nNo. Every application is looked at by one of our advisers.': 'round 5, batch 2: a yes/no question whose subject is neither the reader nor we ("a computer") is not made a statement, and over "No" it says nothing; the answer\'s "looked at by one of our advisers" is no review the reader knows',
  '### Can you send my workout history to another fitness app?\n\nYes, just ask us and we will transfer it in a standard format.': 'round 5, batch 2: "another fitness app" is no other provider (the mark reads "another provider/service"), and "app" is a thing, not data',
  '### Who looks at my answers?\n\nOnly the researcher running the study and our IT contractor.': 'round 5, batch 2: "looks at" is not among the who-question cue\'s verbs (sees, receives, gets, reads), and a who question\'s answer is read by the cues only',
  'We store nothing: the text you paste is checked in your browser and never reaches our servers.': 'round 5, batch 2: "store nothing" (the negator as the object) is no absence the retention cues or readings know ("do not store … at all")',
  'Our interest in improving the app is why we analyse anonymous usage data on the basis of legitimate interests.': 'round 5, batch 2: the interest stands more than six words before "legitimate interests", past the cue\'s reach',
};
