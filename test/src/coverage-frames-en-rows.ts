// Issue 13, the statement reader (frames): held-out English sentences, written in our own words
// BEFORE the frames of their requirement were written (batch 1), and a second batch written AFTER
// each requirement's frames were done, without changing its data afterwards (batch 2: the
// generalisation figure). Each row is a statement of the item in other words, or a look-alike that
// shares its words but does not give it. `scripts/score-rows.js` counts the wrong rows of any
// checkout; the test holds the rows this branch gets right and lists the others as known misses.
import type { RowExpectation } from './helpers/coverage-lang.js';

export type FrameRow = [requirement: string, expected: RowExpectation, body: string];

export const BATCH1: FrameRow[] = [
  // right-erasure
  ['right-erasure', 'present', 'Should you want your profile gone, we will wipe it from our systems at your request.'],
  ['right-erasure', 'present', 'You are entitled to have us get rid of the personal details we hold about you.'],
  ['right-erasure', 'present', 'Tell us and we will erase everything we store about you.'],
  ['right-erasure', 'present', 'Customers can have their records removed by writing to our support desk.'],
  ['right-erasure', 'present', "If you'd like us to delete your account and the data in it, just send us a message."],
  ['right-erasure', 'notpresent', 'We delete inactive accounts after two years.'],
  ['right-erasure', 'notpresent', 'Our staff remove spam messages from the forum.'],
  ['right-erasure', 'notpresent', 'You can ask us to remove a listing that breaks our rules.'],
  // right-access
  ['right-access', 'present', 'You may find out from us whether we process your data and, if so, get a copy.'],
  ['right-access', 'present', 'On request we will tell you what personal information we hold on you.'],
  ['right-access', 'present', 'Users are entitled to see the information our company keeps about them.'],
  ['right-access', 'present', "Just ask, and we'll send you everything we have on file about you."],
  ['right-access', 'notpresent', 'Our support team can see your order history to help you.'],
  ['right-access', 'notpresent', 'You may ask us to send you a copy of your invoice.'],
  ['right-access', 'notpresent', 'The app needs access to your photos to let you share them.'],
  // right-rectification
  ['right-rectification', 'present', 'If something we hold about you is out of date, you can have us fix it.'],
  ['right-rectification', 'present', 'You may require us to amend inaccurate details about you.'],
  ['right-rectification', 'present', 'Let us know if your information is wrong and we will correct it.'],
  ['right-rectification', 'present', 'Members are entitled to have incorrect personal data put right.'],
  ['right-rectification', 'notpresent', 'Please make sure the details you give us are accurate and complete.'],
  ['right-rectification', 'notpresent', 'We correct typos in published reviews.'],
  ['right-rectification', 'notpresent', 'You can ask us to update the app to the latest version.'],
  // right-portability
  ['right-portability', 'present', 'You can ask us to hand your data over to another provider in a format it can read.'],
  ['right-portability', 'present', 'We will give you your information in a file your next service can import, if you ask.'],
  ['right-portability', 'present', 'You are entitled to take the data you gave us with you to a competitor.'],
  ['right-portability', 'notpresent', 'We transfer your data to our hosting provider in Ireland.'],
  ['right-portability', 'notpresent', 'You can move your booking to another date.'],
  // right-objection
  ['right-objection', 'present', 'You can tell us to stop using your details for purposes that rest on our legitimate interests.'],
  ['right-objection', 'present', 'On grounds relating to your situation, you may oppose how we process your personal data.'],
  ['right-objection', 'present', 'If you disagree with how we use your data for our own business interests, you can ask us to stop.'],
  ['right-objection', 'notpresent', 'Users may object to a moderation decision by contacting support.'],
  ['right-objection', 'notpresent', 'We stop processing your payment if the card is declined.'],
  ['right-objection', 'notpresent', 'You can report objectionable posts to our moderators.'],
  // right-restriction
  ['right-restriction', 'present', 'You can ask us to pause the use of your data while we check whether it is accurate.'],
  ['right-restriction', 'present', 'You may have us limit what we do with your details.'],
  ['right-restriction', 'present', 'You are entitled to have the processing of your data suspended in certain cases.'],
  ['right-restriction', 'notpresent', 'We limit the number of login attempts to keep your account safe.'],
  ['right-restriction', 'notpresent', 'You can pause your subscription at any time.'],
  // withdraw-consent
  ['withdraw-consent', 'present', 'Where you have agreed to something, you can take that agreement back whenever you like.'],
  ['withdraw-consent', 'present', 'Any consent you give us can be cancelled at any time by e-mailing us.'],
  ['withdraw-consent', 'present', 'You are free to stop agreeing to the processing at any time.'],
  ['withdraw-consent', 'present', 'You may pull your consent at any moment, without affecting earlier processing.'],
  ['withdraw-consent', 'notpresent', 'You can cancel your order before it ships.'],
  ['withdraw-consent', 'notpresent', 'We need your consent before we send you offers.'],
  ['withdraw-consent', 'notpresent', "Children need a parent's consent to sign up."],
  // data-source
  ['data-source', 'present', 'Some details reach us from the shops where you buy our products.'],
  ['data-source', 'present', 'We obtain information about you from credit reference agencies.'],
  ['data-source', 'present', 'Your employer may provide us with your name and work e-mail when it enrols you.'],
  ['data-source', 'present', 'Data about you may also come to us from social networks you link to the app.'],
  ['data-source', 'notpresent', 'We send your order details to the shop that sells you the item.'],
  ['data-source', 'notpresent', 'You can obtain a refund from the store where you bought the app.'],
  ['data-source', 'notpresent', 'Your employer may provide you with a laptop.'],
  // recipients
  ['recipients', 'present', 'Our payment processor and our cloud host get access to your data so they can serve you.'],
  ['recipients', 'present', 'We pass your details to the courier who delivers your parcel.'],
  ['recipients', 'present', 'Your information may be made available to the accountants who audit our books.'],
  ['recipients', 'present', 'We never hand your personal data to anyone else.'],
  ['recipients', 'notpresent', 'We pass the savings on to you.'],
  ['recipients', 'notpresent', 'Other users cannot see your private notes.'],
  ['recipients', 'notpresent', 'Couriers deliver parcels on weekdays only.'],
  // retention
  ['retention', 'present', 'Your profile is removed two years after your last login.'],
  ['retention', 'present', 'We hold on to invoices for seven years because tax law says so.'],
  ['retention', 'present', 'Once your subscription ends, we erase your data within 30 days.'],
  ['retention', 'present', 'Nothing you send us is stored beyond 48 hours.'],
  ['retention', 'notpresent', 'You can keep the free version for as long as you like.'],
  ['retention', 'notpresent', 'Keep your password safe and change it every few months.'],
  ['retention', 'notpresent', 'Deliveries take two to five days.'],
  // policy-changes
  ['policy-changes', 'present', 'We may update this notice; when we do, we will post the new version here and tell you if the change is significant.'],
  ['policy-changes', 'present', "From time to time we revise this privacy notice, and we'll e-mail you about important amendments."],
  ['policy-changes', 'present', 'Whenever this privacy statement is amended, the new text will be shown on this page.'],
  ['policy-changes', 'notpresent', 'You can change your notification settings at any time.'],
  ['policy-changes', 'notpresent', 'We may update the app to fix bugs.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'No decision that affects you is made by a computer alone.'],
  ['automated-decision-making', 'present', 'A program decides automatically whether your loan is approved, and you can ask a person to review it.'],
  ['automated-decision-making', 'present', 'We do not make decisions about you purely by automated means.'],
  ['automated-decision-making', 'notpresent', 'Our app automatically saves your progress.'],
  ['automated-decision-making', 'notpresent', 'Backups run automatically every night.'],
  // international-transfers
  ['international-transfers', 'present', 'Some of our suppliers store data in the United States under the standard contractual clauses.'],
  ['international-transfers', 'partial', 'Your information may be processed in countries outside the UK.'],
  ['international-transfers', 'present', 'All your data stays within the European Union.'],
  ['international-transfers', 'notpresent', 'We ship orders to customers outside the UK.'],
  ['international-transfers', 'notpresent', 'You can transfer money abroad with our app.'],
  // statutory-contractual
  ['statutory-contractual', 'present', "You don't have to give us your phone number; without it we just can't text you reminders."],
  ['statutory-contractual', 'present', 'Giving us your address is a condition of the contract, as we cannot deliver otherwise.'],
  ['statutory-contractual', 'notpresent', 'You have to be 16 or older to use the app.'],
  // Second group, written before its frames (19:20 UTC).
  // legitimate-interests
  ['legitimate-interests', 'present', 'We rely on our legitimate interest in keeping the service secure to log sign-in attempts.'],
  ['legitimate-interests', 'present', 'To stop fraud, we process payment data because we hold a legitimate interest in it.'],
  ['legitimate-interests', 'present', 'Our justification for analysing usage is our interest in improving the app, which we have weighed against your privacy.'],
  ['legitimate-interests', 'partial', 'Some processing is based on our legitimate interests.'],
  ['legitimate-interests', 'notpresent', 'We have a genuine interest in your feedback.'],
  ['legitimate-interests', 'notpresent', 'Legitimate requests are answered within a month.'],
  // lawful-basis
  ['lawful-basis', 'present', 'We process your account details because we need them to perform our contract with you.'],
  ['lawful-basis', 'present', 'Where the law obliges us to keep invoices, that legal duty is our ground for processing them.'],
  ['lawful-basis', 'present', 'Sending you newsletters happens only because you agreed to it.'],
  ['lawful-basis', 'notpresent', 'Our contract with the printer covers delivery times.'],
  ['lawful-basis', 'notpresent', 'You agree to these terms by using the app.'],
  // data-source
  ['data-source', 'present', 'Information about you may also be supplied to us by the friend who invited you.'],
  ['data-source', 'present', 'We get some of your details from public records.'],
  ['data-source', 'present', 'When your employer signs you up, it gives us your name and work e-mail.'],
  ['data-source', 'notpresent', 'We get a lot of questions about our pricing.'],
  ['data-source', 'notpresent', 'Your friend may invite you to join by e-mail.'],
  // international-transfers
  ['international-transfers', 'present', 'Our email provider has its base in the United States, and our contract with it includes the EU standard clauses.'],
  ['international-transfers', 'partial', 'Some of the companies we work with may process your data abroad.'],
  ['international-transfers', 'present', 'Your data never leaves the European Economic Area.'],
  ['international-transfers', 'notpresent', 'We ship worldwide, including to the United States.'],
  ['international-transfers', 'notpresent', 'You can use the app while travelling abroad.'],
  // statutory-contractual
  ['statutory-contractual', 'present', 'You are not obliged to give us your date of birth, but we need it to confirm your age.'],
  ['statutory-contractual', 'present', 'We can only open an account for you if you give us your name and e-mail address.'],
  ['statutory-contractual', 'present', 'Providing your phone number is up to you.'],
  ['statutory-contractual', 'notpresent', 'You must keep your password secret.'],
  ['statutory-contractual', 'notpresent', 'You are not obliged to buy anything.'],
];

/** Written after each requirement's frames were finished; its data was not changed afterwards. */
export const BATCH2: FrameRow[] = [
  // right-erasure
  ['right-erasure', 'present', 'Parents can ask our team to wipe every record of their child from the platform.'],
  ['right-erasure', 'present', 'Once you ask us to close your account, we permanently delete the information linked to it.'],
  ['right-erasure', 'present', 'You have a right to see your personal information destroyed when we no longer need it.'],
  ['right-erasure', 'notpresent', 'Moderators may remove comments that break the house rules.'],
  ['right-erasure', 'notpresent', 'You can remove the app from your phone whenever you want.'],
  // right-access
  ['right-access', 'present', 'Anyone is free to ask us for a copy of the personal data we keep on them.'],
  ['right-access', 'present', 'Send us a note and we will show you what information we have about you.'],
  ['right-access', 'notpresent', 'Staff can view your booking to help with changes.'],
  ['right-access', 'notpresent', 'You can see the status of your order in the app.'],
  // right-rectification
  ['right-rectification', 'present', 'Where your details are incomplete, you are entitled to have them completed or corrected.'],
  ['right-rectification', 'present', 'If you spot a mistake in the information we keep about you, contact us and we will fix it.'],
  ['right-rectification', 'notpresent', 'We fix bugs as soon as we can.'],
  ['right-rectification', 'notpresent', 'You can correct your answers before you submit the quiz.'],
  // right-portability
  ['right-portability', 'present', 'If you switch to another service, you may ask us to transfer the data you gave us to it.'],
  ['right-portability', 'present', 'Users have the right to move their personal data to a different provider.'],
  ['right-portability', 'notpresent', 'You can move your files to another folder.'],
  ['right-portability', 'notpresent', 'We may transfer your data to another company if we are bought.'],
  // right-objection
  ['right-objection', 'present', 'Where we rely on our legitimate interests, you may ask that we stop processing your data.'],
  ['right-objection', 'present', 'You can oppose the use of your information based on our legitimate interest at any time.'],
  ['right-objection', 'notpresent', 'You can stop the music with the pause button.'],
  ['right-objection', 'notpresent', 'We stop processing orders on public holidays.'],
  // right-restriction
  ['right-restriction', 'present', 'You may ask us to restrict how we process your personal data while a complaint is looked into.'],
  ['right-restriction', 'present', 'In some cases, you can require us to suspend the processing of your information.'],
  ['right-restriction', 'notpresent', 'We may suspend your account if you break these terms.'],
  ['right-restriction', 'notpresent', 'You can limit who sees your posts.'],
  // withdraw-consent
  ['withdraw-consent', 'present', 'You can revoke the permission you gave us at any time in the settings or by writing to us.'],
  ['withdraw-consent', 'present', 'Consent, once given, may be withdrawn whenever you choose.'],
  ['withdraw-consent', 'present', 'If you no longer agree to this processing, tell us and we will stop.'],
  ['withdraw-consent', 'notpresent', 'You can cancel your booking free of charge up to a day before.'],
  ['withdraw-consent', 'notpresent', 'We ask for your permission before we access your camera.'],
  // recipients
  ['recipients', 'present', 'We share your contact details with the delivery partners who bring your order.'],
  ['recipients', 'present', 'Your data is shared with our payment processor to take your payment.'],
  ['recipients', 'present', 'We do not sell your personal information, nor share it with any third party.'],
  ['recipients', 'notpresent', 'You can share your playlist with friends.'],
  ['recipients', 'notpresent', 'We share tips on saving energy in our blog.'],
  // retention
  ['retention', 'present', 'Chat logs are kept for 90 days and then deleted.'],
  ['retention', 'present', 'We store your payment records for six years to meet our tax duties.'],
  ['retention', 'present', 'Location data is held for no more than 24 hours.'],
  ['retention', 'notpresent', 'We respond to every request within 30 days.'],
  ['retention', 'notpresent', 'You can store up to 5 GB of files for free.'],
  // policy-changes
  ['policy-changes', 'present', 'We might change this privacy policy in the future and will post any changes here.'],
  ['policy-changes', 'notpresent', 'This notice is reviewed and updated from time to time.'],
  ['policy-changes', 'notpresent', 'We may change our prices at any time.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'We do not take decisions about you based solely on automated processing.'],
  ['automated-decision-making', 'present', 'Applications are screened automatically, and a system decides who moves to the interview stage.'],
  ['automated-decision-making', 'notpresent', 'The app decides which colour theme suits the time of day.'],
  // Second group, written after its frames (19:33 UTC).
  // data-source
  ['data-source', 'present', 'Your contact details may be passed to us by the person who referred you.'],
  ['data-source', 'present', 'Our partners sometimes send us information about the ads you clicked.'],
  ['data-source', 'notpresent', 'Details you give to us when you register are stored in your account.'],
  ['data-source', 'notpresent', 'Please send us your questions by e-mail.'],
  // international-transfers
  ['international-transfers', 'partial', 'Your personal data may be stored on servers outside the EU.'],
  ['international-transfers', 'present', 'Where we send your information overseas, we use the standard contractual clauses the European Commission approved.'],
  ['international-transfers', 'notpresent', 'Our team members sometimes work abroad.'],
  ['international-transfers', 'notpresent', 'We handle returns from customers overseas.'],
  // statutory-contractual
  ['statutory-contractual', 'present', 'Giving us your phone number is optional.'],
  ['statutory-contractual', 'present', 'You need to give us your billing address, otherwise we cannot process your order.'],
  ['statutory-contractual', 'notpresent', 'Optional extras such as gift wrapping cost more.'],
  ['statutory-contractual', 'notpresent', 'We give you a voucher if your delivery is late.'],
];
