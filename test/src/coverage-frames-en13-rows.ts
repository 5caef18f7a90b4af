// Issue 13, coverage by meaning, thirteenth round (session 19): held-out English rows for items a
// policy does NOT fully give that the checker read as given — a self-service step (a gesture, a menu
// path) taken for the right itself, a withdrawal or revocation of something that is no consent, a
// data protection officer with no contact of their own, objections to things that are no processing,
// a denial of legitimate interests, adverts and registration read as a data source, "cannot … unless
// you send" read as data one must give, vague periods, a hedged "no cookies" beside third parties'
// cookies, a bare "we may update this policy"; each beside statements that do give the item. Written in
// our own words. Batch a was written BEFORE this round's changes, batch b AFTER them with the data
// frozen (the generalisation figure). `node scripts/score-rows.js <checkout> --rows=en13 --batch=a|b`
// counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // a self-service step (a gesture, a menu path) is the right in part only
  ['right-erasure', 'notpresent', '## Your rights\n\nTo delete a single workout, swipe it to the left.'],
  ['right-erasure', 'notpresent', '## Your choices\n\n- **Close your account:** Profile › Privacy › Close account erases your profile.'],
  ['right-erasure', 'notpresent', '## Your rights\n\nTo remove a saved recipe, press and hold it and choose Delete.'],
  ['right-portability', 'notpresent', '## Your rights\n\nDrivers can download their trip log as a CSV file from **Account › Trips**.'],
  ['right-access', 'notpresent', '## Your rights\n\nTap the shield icon to see everything the app has stored about you.'],
  ['right-erasure', 'present', '## Your rights\n\nYou can delete single entries by swiping left, and you may also ask us to erase everything we hold about you.'],
  // a withdrawal or revocation of something that is no consent
  ['withdraw-consent', 'notpresent', '## Your rights\n\nBidders may withdraw a bid up to one hour before the auction closes.'],
  ['withdraw-consent', 'notpresent', '## Your rights as a student\n\nYou can withdraw your application at any time before the offer date.'],
  ['withdraw-consent', 'notpresent', '## Your rights\n\nMembers may withdraw money from their savings pot at any time.'],
  ['withdraw-consent', 'notpresent', '## Your rights\n\nWe can revoke a referee licence if the code of conduct is broken.'],
  ['withdraw-consent', 'present', '## Your rights\n\nWhere you said yes to us using your photos, you can withdraw that permission at any time.'],
  // a data protection officer with no contact of their own
  ['dpo-contact', 'notpresent', 'Our data protection officer checks that we follow this notice. For any question, write to hello@quillfeather.example.'],
  ['dpo-contact', 'notpresent', 'We have appointed a data protection officer. Customer service: 0161 555 0199.'],
  ['dpo-contact', 'present', 'Our data protection officer, Priya Nair, can be reached at dpo@quillfeather.example.'],
  // objections to things that are no processing of the reader's data
  ['right-objection', 'notpresent', '## Your rights\n\nStaff may object to their transfer to another branch.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can object to a decision we made about your insurance claim by writing to our appeals desk.'],
  ['right-objection', 'notpresent', '## Your rights\n\nResidents may file an objection with the planning committee against a new building permit.'],
  ['right-objection', 'present', '## Your rights\n\nYou may object to the transfer of your contact details to our partner firms.'],
  // legitimate interests denied for a use
  ['legitimate-interests', 'notpresent', 'Legitimate interests are not the basis for any of our newsletters.'],
  ['legitimate-interests', 'notpresent', 'We do not send offers on the basis of our legitimate interests; offers need your consent.'],
  ['legitimate-interests', 'present', 'We rely on our legitimate interest in keeping the booking system free of fraud.'],
  // adverts and registration are no source of data
  ['data-source', 'notpresent', 'Partners may show you adverts based on what you do in the app.'],
  ['data-source', 'notpresent', 'You do not need to register or tell us your name to play.'],
  ['data-source', 'present', 'We receive your shipping address from the marketplace where you placed the order.'],
  // what staff cannot see unless the reader sends it is no data the reader must give
  ['statutory-contractual', 'notpresent', 'Our support team cannot read your notes unless you attach them to a ticket.'],
  ['statutory-contractual', 'notpresent', 'Nobody at the studio can view your photos unless you share an album link with them.'],
  // a vague period
  ['retention', 'notpresent', "We keep members' details while they belong to the club and for a sensible time after they leave."],
  ['retention', 'notpresent', 'Records are kept for an appropriate period.'],
  // a hedged "no cookies" beside cookies of others
  ['cookies', 'notpresent', 'The app itself sets no cookies, but the ad networks built into it may use cookies and similar identifiers.'],
  ['cookies', 'notpresent', 'Our website does not use cookies explicitly; embedded maps and videos may use their own.'],
  // a bare "we may update this policy"
  ['policy-changes', 'notpresent', 'We may revise this notice now and then.'],
  ['policy-changes', 'present', 'We may revise this notice now and then; the new version will be posted on this page with its date.'],
];

export const BATCH_B: FrameRow[] = [];
