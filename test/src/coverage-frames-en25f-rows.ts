// Issue 13, session 25 (helper broad): held-out rows for statutory-contractual and data-source read by
// the shape of what a sentence says, not by one document's words:
// - statutory-contractual: a duty or need of the reader (or of a role the reader has) to give, supply,
//   enter, show or tell data, in any modal or adjective ("is compulsory", "we'll need", "is a condition
//   of"); a choice about giving it ("optional", "up to you", "you don't have to"); what happens without
//   it ("without your …, we can't", "otherwise", "unless you …, we can only …");
//   look-alikes: our own duties (we must keep, report, disclose), refusing cookies, "you must be 18",
//   "keep your password secret", duties about payment or behaviour, no data named.
// - data-source: a party other than the reader and us that gives, sends, passes or tells us data, or
//   that we receive, get or obtain data from or through; data that "comes from" such a party;
//   look-alikes: we send data to a party (recipients), the reader gives us data, a party that only
//   processes for us, things (not data) that come from a party.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en25f --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. statutory-contractual: a duty or need of the reader to give data ----
  ['en', 'statutory-contractual', 'present', 'Entering a delivery address is compulsory for every order placed in the shop.'],
  ['en', 'statutory-contractual', 'present', 'Members need to give the club an emergency contact number before they can join a climbing session.'],
  ['en', 'statutory-contractual', 'present', 'Parents are asked to supply their child’s allergy details when enrolling; we cannot accept a booking without them.'],
  ['en', 'statutory-contractual', 'present', 'Your national insurance number is mandatory, because payroll rules require it for every employee.'],
  ['en', 'statutory-contractual', 'present', 'Sharing your vehicle registration is a condition of using the car park permit scheme.'],
  ['en', 'statutory-contractual', 'present', 'Tenants have to show proof of income before a lease can be signed.'],
  // a choice about giving it
  ['en', 'statutory-contractual', 'present', 'Telling us your pronouns is entirely optional.'],
  ['en', 'statutory-contractual', 'present', 'You don’t have to tell us your job title; it just helps us tailor the workshop.'],
  ['en', 'statutory-contractual', 'present', 'Whether you add a profile photo is up to you.'],
  ['en', 'statutory-contractual', 'present', 'Answering the diversity questions is voluntary and has no effect on your application.'],
  // what happens without it
  ['en', 'statutory-contractual', 'present', 'Without your bank details we can’t pay out your refund.'],
  ['en', 'statutory-contractual', 'present', 'Please enter your dietary needs, otherwise the kitchen cannot prepare a suitable meal.'],
  ['en', 'statutory-contractual', 'present', 'If you choose not to share your location, the map will only show stations near the city centre.'],
  ['en', 'statutory-contractual', 'present', 'If you decline to give a phone number, the driver won’t be able to reach you on arrival.'],
  ['en', 'statutory-contractual', 'present', 'Unless you upload a recent photo, we can only issue a temporary library card.'],
  // look-alikes: our duties, cookies, age, password, payment, behaviour
  ['en', 'statutory-contractual', 'notpresent', 'We must keep your invoices for seven years to meet tax law.'],
  ['en', 'statutory-contractual', 'notpresent', 'We may disclose your details to the police when the law requires it.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you refuse analytics cookies, some pages may load more slowly.'],
  ['en', 'statutory-contractual', 'notpresent', 'Account holders must be over eighteen when they sign up.'],
  ['en', 'statutory-contractual', 'notpresent', 'You must keep your password secret and tell us at once if someone else learns it.'],
  ['en', 'statutory-contractual', 'notpresent', 'Members have to pay the annual fee before the season starts, otherwise their place is released.'],
  ['en', 'statutory-contractual', 'notpresent', 'Visitors are required to wear a helmet on the climbing wall at all times.'],
  ['en', 'statutory-contractual', 'notpresent', 'We are obliged to report suspicious transactions to the financial authorities.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without a stable internet connection, the video lessons may not play smoothly.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you do not return the rented skis on time, we will charge a late fee.'],
  // ---- 2. data-source: another party gives, sends or tells us data ----
  ['en', 'data-source', 'present', 'Your employer enrols you in the wellbeing programme and passes us your work email and department.'],
  ['en', 'data-source', 'present', 'We receive your exam results from the awarding body once they are published.'],
  ['en', 'data-source', 'present', 'Some information reaches us through the referring physiotherapist, such as your injury history.'],
  ['en', 'data-source', 'present', 'Your insurer forwards us the claim reference and your policy details.'],
  ['en', 'data-source', 'present', 'Contact details of new pupils are provided by the local education authority.'],
  ['en', 'data-source', 'present', 'Another player may give us your username when they report a match.'],
  ['en', 'data-source', 'present', 'Your smart meter sends us half-hourly readings of your energy use.'],
  ['en', 'data-source', 'present', 'Credit reference agencies tell us about your payment history when you apply for finance.'],
  ['en', 'data-source', 'present', 'We obtain the names of new residents via the housing association that manages the building.'],
  ['en', 'data-source', 'present', 'Booking details come to us from the hotel comparison site you booked on.'],
  // look-alikes: we send to a party, the reader gives, a processor, non-data from a party
  ['en', 'data-source', 'notpresent', 'We send your order details to the courier so the parcel can be delivered.'],
  ['en', 'data-source', 'notpresent', 'We pass your claim reference to your insurer.'],
  ['en', 'data-source', 'notpresent', 'Our hosting provider stores your account data on servers in Ireland on our behalf.'],
  ['en', 'data-source', 'notpresent', 'When subscribing to the newsletter, you hand us your first name and e-mail.'],
  ['en', 'data-source', 'notpresent', 'You receive a confirmation email from the venue after booking.'],
  ['en', 'data-source', 'notpresent', 'Our payment processor handles your card number; we never see it.'],
  ['en', 'data-source', 'notpresent', 'The spare parts we sell come from trusted manufacturers in Germany.'],
  ['en', 'data-source', 'notpresent', 'We tell your employer only whether you completed the course.'],
  ['en', 'data-source', 'notpresent', 'Partners may show you offers based on the interests you chose.'],
  // a few other languages
  ['de', 'statutory-contractual', 'present', 'Die Angabe Ihrer Telefonnummer ist freiwillig.'],
  ['de', 'data-source', 'present', 'Ihre Versicherungsnummer erhalten wir von Ihrer Krankenkasse.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder uw IBAN kunnen wij de terugbetaling niet uitvoeren.'],
  ['fr', 'data-source', 'notpresent', 'Nous transmettons votre adresse au transporteur pour la livraison.'],
];

export const LABEL = 'frames round 25 (broad)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at ee8b9a9 got 10 of 48 wrong).
  'Answering the diversity questions is voluntary and has no effect on your application.':
    'round 25 (broad), batch a: missing: answering questions names no data of a class and no possessive; "answering" is no handing-over verb',
  'Some information reaches us through the referring physiotherapist, such as your injury history.':
    'round 25 (broad), batch a: missing: "reaches us" is no verb of receiving, and "physiotherapist" no party of a class',
  'Contact details of new pupils are provided by the local education authority.':
    'round 25 (broad), batch a: missing: "education authority" is a recipient mark, not a party of a class; "by" reads only a third party or an institution (with the recipient marks it took "requests by public authorities" as the agent of a disclosure)',
  'We obtain the names of new residents via the housing association that manages the building.':
    'round 25 (broad), batch a: missing: "housing association" is no party of a class, and "the names of new residents" no data of the reader',
};
