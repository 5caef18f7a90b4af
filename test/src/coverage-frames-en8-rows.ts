// Issue 13, coverage by meaning, eighth round (session 15): held-out English rows in the shapes fresh
// whole policies keep bringing: where the data comes from said in plain words, a sole trader or a
// one-person developer as the controller, purposes and recipients without the usual verbs, whether
// the data must be given (and a disclosure required by law, which is no such statement), withdrawal
// of consent with and without "at any time" (Art. 7(3): partial without it), whether decisions are
// automated, a blanket "we collect nothing" in other words (and one with an exception, which gives
// nothing), the notice's changes and its date said plainly. Each with look-alikes that share the words
// but not the meaning. Written in our own words. Batch 1 was written BEFORE this round's changes,
// batch 2 AFTER them with the data frozen (the generalisation figure). `node scripts/score-rows.js
// <checkout> --rows=en8 --batch=1|2` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH1: FrameRow[] = [
  // where the data comes from
  ['data-source', 'present', 'Most of what we hold you type in yourself; the rest reaches us from the payment processor.'],
  ['data-source', 'present', 'Your details reach us either directly from you or through the travel agent who booked your stay.'],
  ['data-source', 'present', 'We obtain the contact details of business leads from public company registers.'],
  ['data-source', 'present', 'Some of the information about you was supplied by the friend who invited you.'],
  ['data-source', 'notpresent', 'We obtain your consent before we send you any newsletter.'],
  ['data-source', 'notpresent', 'Our coffee beans come directly from small farms in Colombia.'],
  // a sole trader or a one-person developer
  ['controller-identity', 'present', 'This website belongs to me, Priya Natarajan, a self-employed bookkeeper in Leicester; my e-mail is priya@natbooks.example.'],
  ['controller-identity', 'present', 'The studio is run by one person (me, Jonas Ek, a sole trader) and you can write to jonas@ekstudio.example.'],
  ['controller-identity', 'notpresent', 'By pressing "Send" you confirm: "I have read this notice."'],
  // purposes
  ['purposes', 'present', 'Your postcode helps us work out which of our branches is nearest to you.'],
  ['purposes', 'present', 'We need your date of birth to check that you are old enough to open an account.'],
  ['purposes', 'present', 'Knowing your shoe size lets us suggest boots that will actually fit.'],
  ['purposes', 'notpresent', 'Our purpose as a charity is to feed families in need.'],
  // recipients
  ['recipients', 'present', 'Your measurements go to the workshop that sews the garment.'],
  ['recipients', 'present', 'The courier gets your name, address and phone number so the parcel can reach you.'],
  ['recipients', 'present', 'I hand your file to my accountant once a year.'],
  ['recipients', 'notpresent', 'We share our office with two other small companies.'],
  ['recipients', 'notpresent', 'Our courier delivers on weekdays only.'],
  // must the data be given
  ['statutory-contractual', 'present', "You don't have to give us your phone number, but without it we can't send you reminders."],
  ['statutory-contractual', 'present', 'Giving us your national insurance number is a legal requirement for payroll.'],
  ['statutory-contractual', 'notpresent', 'We will disclose your data if a court orders us to.'],
  ['statutory-contractual', 'notpresent', 'Tax law requires us to keep every invoice for six years.'],
  // withdrawal of consent: at any time, and how
  ['withdraw-consent', 'present', 'You may withdraw consent whenever you wish by writing to us.'],
  ['withdraw-consent', 'partial', "You can withdraw your consent in the app's privacy settings."],
  ['withdraw-consent', 'present', 'Consent you have given can be taken back at any moment, by e-mail or in your profile.'],
  ['withdraw-consent', 'notpresent', 'Withdrawing money from your wallet takes up to three days.'],
  // whether decisions are automated
  ['automated-decision-making', 'present', 'We never let a computer alone decide anything that affects you.'],
  ['automated-decision-making', 'present', 'Every decision about your membership is made by a person, never by software alone.'],
  ['automated-decision-making', 'notpresent', 'Decisions about our opening hours are taken by the board.'],
  // a blanket "we collect nothing"
  ['purposes', 'present', 'Pinwheel collects no personal data at all; everything stays on your tablet.'],
  ['retention', 'present', 'Nothing you type into the app is ever sent to us, and we collect no information about you.'],
  ['data-source', 'present', "We don't gather any information about the people who use this calculator."],
  ['retention', 'notpresent', 'The app collects no personal data, except crash reports sent through Firebase Crashlytics.'],
  ['retention', 'notpresent', "We don't collect payment card numbers; our payment provider handles them."],
  // the notice's changes and its date
  ['policy-changes', 'present', "If anything described here changes, I'll update this page before it happens."],
  ['policy-changes', 'notpresent', 'You can change your password on the account page.'],
  ['last-updated', 'present', 'Written in March 2026.'],
  ['last-updated', 'notpresent', 'Written by our legal team.'],
];

export const BATCH2: FrameRow[] = [
  // where the data comes from
  ['data-source', 'present', 'All the details we hold come straight from you when you fill in the booking form.'],
  ['data-source', 'present', 'Your emergency contact is given to us by your line manager when you join the team.'],
  ['data-source', 'present', 'We look up company directors in the official business register before we approve an account.'],
  ['data-source', 'present', 'We never purchase contact lists or pull your details from other websites.'],
  ['data-source', 'notpresent', 'All our furniture comes from a workshop in Porto.'],
  ['data-source', 'notpresent', 'You will get a reminder from us two days before your visit.'],
  // a one-person controller
  ['controller-identity', 'present', 'The shop is run by me, Olu Adeyemi, a self-employed potter; write to olu@clayhouse.example with any question.'],
  ['controller-identity', 'present', 'I am Mirela Dobre, a freelance illustrator, and this notice covers my portfolio site; my address is mirela@dobre-art.example.'],
  ['controller-identity', 'notpresent', 'Tap "Me" to open your own profile page.'],
  // purposes
  ['purposes', 'present', 'We ask for your allergy information so that the kitchen can prepare a safe meal for you.'],
  ['purposes', 'present', 'Your location lets the app show parking spaces close to where you are.'],
  ['purposes', 'notpresent', 'Our mission as a cooperative is to bring fresh vegetables to the city.'],
  // recipients
  ['recipients', 'present', 'Three firms help us run the service: a hosting company, a payment provider and a mailing service.'],
  ['recipients', 'present', 'If your boiler needs a part, I give your address to the plumber who fits it.'],
  ['recipients', 'notpresent', 'We share a building with the local library.'],
  ['recipients', 'notpresent', 'The plumber will arrive between eight and ten.'],
  // must the data be given
  ['statutory-contractual', 'present', 'Your phone number is optional; we only use it if a delivery goes wrong.'],
  ['statutory-contractual', 'present', 'You need to give us a delivery address, otherwise we cannot send your order.'],
  ['statutory-contractual', 'notpresent', 'We hand information to the police if the law requires us to.'],
  ['statutory-contractual', 'notpresent', 'Gift wrapping is optional and costs two pounds.'],
  // withdrawal of consent
  ['withdraw-consent', 'present', 'You can take back your consent at any time by writing to us.'],
  ['withdraw-consent', 'present', 'To withdraw your consent, simply e-mail hello@fernway.example and we will stop.'],
  ['withdraw-consent', 'partial', 'Consent for location tracking can be withdrawn by switching the toggle off in the app.'],
  ['withdraw-consent', 'notpresent', 'You can withdraw cash at any of our partner shops.'],
  // whether decisions are automated
  ['automated-decision-making', 'present', "I don't profile anyone, rank customers or take automated decisions about people."],
  ['automated-decision-making', 'notpresent', 'Decisions about refunds are usually made within a week.'],
  // a blanket "we collect nothing"
  ['recipients', 'present', 'Breezepad collects no personal data; your notes live only on your device.'],
  ['lawful-basis', 'present', "We don't collect any personal data whatsoever."],
  ['retention', 'notpresent', "We don't collect any personal data apart from the crash logs Sentry sends us."],
  // the notice's changes and its date
  ['policy-changes', 'present', "When I change what I do with your data, I'll e-mail every subscriber before it applies."],
  ['policy-changes', 'notpresent', 'When your parcel leaves the warehouse, we update the tracking page.'],
  ['last-updated', 'present', 'Prepared on 4 May 2026.'],
  ['last-updated', 'notpresent', 'Prepared by hand in our kitchen.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 8';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch 2: written after the changes, data frozen.
  'All the details we hold come straight from you when you fill in the booking form.': 'round 8, batch 2: "come straight from you": the cue allows only, solely or directly before "from", and its subject words are everything, all the data, it all, both',
  'We look up company directors in the official business register before we approve an account.': 'round 8, batch 2: "look up … in" a register: the public-register cue wants "from … a public register"',
  'If your boiler needs a part, I give your address to the plumber who fits it.': 'round 8, batch 2: "give" is a provide action, and the recipient frame asks for share, tell or move; the give-to cue reads only the recipient-kind concept, which has no trades',
  "I don't profile anyone, rank customers or take automated decisions about people.": 'round 8, batch 2: the series ends on "or" without a comma before it; the series cue wants ", or"',
};
