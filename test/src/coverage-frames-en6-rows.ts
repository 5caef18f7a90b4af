// Issue 13, coverage by meaning, sixth round (session 14): held-out English rows in the shapes two
// development rounds of whole policies showed the reader missing: a sole trader writing as "I"
// (the controller is "I", "me", "my"; "I agree" or "can I …" from the reader's side stays the
// reader), a verb far from its recipient ("we share your name and the address you gave us with …"),
// "their" that belongs to a third party just named, a named SDK or provider collecting data (a
// recipient), a parent's contact details (no children's item), the progressive "we are not giving",
// and the fact items (must the data be given, where it comes from, how it is protected, cookies
// refused, the notice's changes announced). Written in our own words. Batch 1 was written BEFORE
// this round's changes, batch 2 AFTER them, with the data frozen (the generalisation figure). Same
// shape as coverage-frames-en-rows.ts; `node scripts/score-rows.js <checkout> --rows=en6
// --batch=1|2` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH1: FrameRow[] = [
  // a sole trader as "I"
  ['controller-identity', 'present', 'I am Tomasz Wrona, a freelance translator working from Gdańsk, and you can reach me at tomasz@wrona-translations.example.'],
  ['right-access', 'present', 'Whenever you like, you can ask me for a copy of everything I hold about you.'],
  ['right-erasure', 'present', 'Write to me and I will erase your details, apart from the invoices I must keep for the tax office.'],
  ['right-rectification', 'present', 'If something I have on file about you is wrong, tell me and I will put it right.'],
  ['purposes', 'present', 'I use your phone number only to confirm the time of your appointment.'],
  ['lawful-basis', 'present', 'I keep your invoices for six years because tax law obliges me to.'],
  ['recipients', 'present', 'I pass your address to my bookkeeper and to nobody else.'],
  ['retention', 'present', 'I delete your photos from my hard drive three months after the wedding.'],
  // the reader speaking as "I": no controller, no right given
  ['controller-identity', 'notpresent', 'By ticking the box you say: "I agree that my data is used as described here."'],
  ['right-erasure', 'notpresent', 'I deleted my old account years ago, one reviewer wrote about us.'],
  // the verb far from its recipient
  ['recipients', 'present', 'We share your name and the delivery address you entered at checkout with the courier.'],
  ['recipients', 'present', 'We send the measurements and photos you upload through the app to the tailor who makes your suit.'],
  ['recipients', 'present', 'Your booking reference, arrival time and phone number are passed on to the taxi firm we work with.'],
  ['recipients', 'notpresent', 'We share your excitement about the new season with all our fans.'],
  // "their" of a third party
  ['right-erasure', 'notpresent', 'Our partners may delete their own records whenever they wish.'],
  ['right-access', 'notpresent', 'Advertisers can see their campaign results in a dashboard.'],
  ['right-erasure', 'present', 'Users can delete their messages and their account at any time by asking our support team.'],
  // a named SDK or provider collecting data: a recipient
  ['recipients', 'present', 'The app contains Firebase Crashlytics, which collects crash reports and your device model.'],
  ['recipients', 'present', 'Google AdMob shows ads in the free version and gathers an advertising identifier for that.'],
  ['recipients', 'notpresent', 'We collect your device model when the app crashes.'],
  // a parent's contact details
  ['children', 'notpresent', 'For each pupil we also note the phone number of a parent, in case of emergencies.'],
  ['children', 'present', 'Children under 13 may only use the app with a parent\'s consent.'],
  // the progressive
  ['recipients', 'present', 'We are not selling or giving your information to any other company.'],
  ['recipients', 'present', 'Only the two coaches can see the list of players.'],
  // statutory or contractual
  ['statutory-contractual', 'present', 'You must fill in your name and e-mail, otherwise we cannot create your account.'],
  ['statutory-contractual', 'present', 'If you do not show us a valid passport at check-in, we cannot give you a room.'],
  ['statutory-contractual', 'present', 'If you would rather not create an account, the app still works offline on your phone.'],
  ['statutory-contractual', 'notpresent', 'If you do not pay the invoice on time, we cannot ship the order.'],
  // where the data comes from
  ['data-source', 'present', 'When you pay by PayPal, PayPal informs us of your name and e-mail address.'],
  ['data-source', 'present', 'If you book through a travel website, we receive your name and dates of stay from them.'],
  ['data-source', 'notpresent', 'We receive many questions about our opening hours.'],
  // security
  ['security', 'present', 'The member list is protected by a password and only the board can open it.'],
  ['security', 'present', 'All backups are encrypted before they leave our office.'],
  ['security', 'notpresent', 'Our gardens are protected by a fence.'],
  // cookies
  ['cookies', 'present', 'We use cookies for statistics; a banner on your first visit lets you accept or refuse them.'],
  ['cookies', 'partial', 'This site uses cookies. More in our cookie policy.'],
  // the notice's changes
  ['policy-changes', 'present', 'Before a new version of this notice applies, we will e-mail you at least two weeks ahead.'],
  ['policy-changes', 'notpresent', 'We will e-mail you two weeks before your subscription renews.'],
  // withdrawal in the settings
  ['withdraw-consent', 'present', 'Where you gave consent, for example to location tracking, you can withdraw it at any time in the app settings.'],
  ['withdraw-consent', 'notpresent', 'You can turn off the dark theme at any time in the app settings.'],
];

export const BATCH2: FrameRow[] = [
  // a sole trader as "I"
  ['controller-identity', 'present', "I'm Priya Natarajan, a self-employed dog walker in Leeds; email me at priya@pawsteps.example with any question."],
  ['right-access', 'present', 'Just drop me a line and I will tell you everything I keep about you.'],
  ['right-erasure', 'present', 'If you want your details gone, ask me and I will delete them within a week.'],
  ['recipients', 'present', 'I give your address only to the courier who delivers your prints.'],
  ['retention', 'present', "I hold on to client notes for two years after our last session."],
  ['purposes', 'present', 'I need your dog\'s vet details so I can call the vet in an emergency.'],
  ['right-access', 'notpresent', 'I can see the appointment calendar from my phone.'],
  // the reader's own "I"
  ['right-erasure', 'notpresent', 'Tick the box that reads "I have read and accept the privacy notice".'],
  // a verb far from its recipient
  ['recipients', 'present', 'We forward your order number, delivery address and the phone number you gave us to our delivery partner.'],
  ['recipients', 'present', 'Your name and the results of your last three tests are shared with the clinic you chose.'],
  ['recipients', 'notpresent', 'We share tips about healthy cooking with our readers every week.'],
  // "their" of a third party
  ['right-rectification', 'notpresent', 'Our suppliers can correct their own product descriptions in the supplier portal.'],
  ['right-erasure', 'present', 'Members may ask us to erase their personal information at any time.'],
  // a named SDK collecting
  ['recipients', 'present', 'The app includes Mixpanel Analytics, which records the buttons you tap and your device type.'],
  ['recipients', 'present', 'These services are collecting your IP address and approximate location.'],
  ['recipients', 'notpresent', 'The app records the buttons you tap to improve the layout.'],
  // a parent's details
  ['children', 'notpresent', 'For every camper we keep the mobile number of a parent.'],
  ['children', 'present', 'We do not knowingly collect data from children under 13.'],
  // the progressive
  ['recipients', 'present', 'We are not passing your details to any other company.'],
  ['retention', 'notpresent', 'We are storing your preferences on your own phone.'],
  // statutory or contractual
  ['statutory-contractual', 'present', 'You have to give us a delivery address, otherwise we cannot send your parcel.'],
  ['statutory-contractual', 'present', 'If you would rather not register, you can still use the calculator as a guest.'],
  ['statutory-contractual', 'notpresent', 'If you do not return the rental bike on time, we cannot refund the deposit.'],
  // sources
  ['data-source', 'present', 'When you pay with Klarna, Klarna informs us of your name and whether the payment went through.'],
  ['data-source', 'present', 'If your employer enrols you, we receive your name, work email, job title and team from your employer.'],
  // security
  ['security', 'present', 'Client files are kept in a password-protected folder on an encrypted laptop.'],
  ['security', 'notpresent', 'The venue is protected by a gate that closes at midnight.'],
  // cookies, changes, withdrawal
  ['cookies', 'present', 'We set a few cookies to count visitors; the pop-up on your first visit allows you to reject them.'],
  ['policy-changes', 'present', 'We will post any updates to this notice on this page.'],
  ['withdraw-consent', 'present', 'If you gave us consent (for reminders, location or photos), you can withdraw it at any time in Settings.'],
  ['lawful-basis', 'notpresent', 'Logs are kept as long as necessary to fix bugs and satisfy our legal obligations.'],
  ['right-erasure', 'partial', 'After you delete your account, your workouts are removed from our servers within 30 days.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 6';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'I keep your invoices for six years because tax law obliges me to.': 'round 6, batch 1: the obligation stands after the action, with its verb left out ("obliges me to."); the reader looks for the modal between the subject and the action',
  'We send the measurements and photos you upload through the app to the tailor who makes your suit.': 'round 6, batch 1: "measurements" and "photos" are no data object the reader knows, and "the tailor" is a trade no recipient word names',
  'We share your excitement about the new season with all our fans.': 'round 6, batch 1: the cue "share*" gives recipients on any sharing; "your excitement" reads as the reader\'s data by its possessive',
  // Batch 2: written after the changes, data frozen.
  'We forward your order number, delivery address and the phone number you gave us to our delivery partner.': 'round 6, batch 2: "forward" is no verb of handing on the reader knows, and "partner" (singular) is no recipient word',
  'The app includes Mixpanel Analytics, which records the buttons you tap and your device type.': 'round 6, batch 2: the data word ("device") stands six words after "records", past the named-service cue\'s reach of three',
};
