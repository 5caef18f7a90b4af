// Issue 13, coverage by meaning, thirteenth round (session 19): held-out English rows for items a
// policy does NOT fully give that the checker read as given — a self-service step (a gesture, a menu
// path) taken for the right itself, a withdrawal or revocation of something that is no consent, a
// data protection officer with no contact of their own, objections to things that are no processing,
// a denial of legitimate interests, adverts and registration read as a data source, "cannot … unless
// you send" read as data one must give, vague periods, a hedged "no cookies" beside third parties'
// cookies, a bare "we may update this policy" (left: a label question); each beside statements that do give the item. Written in
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
  ['dpo-contact', 'notpresent', 'A data protection officer has been appointed by us. Customer service: 0161 555 0199.'],
  ['dpo-contact', 'present', 'Our data protection officer, Priya Nair, can be reached at dpo@quillfeather.example.'],
  // objections to things that are no processing of the reader's data
  ['right-objection', 'notpresent', '## Your rights\n\nStaff may object to their transfer to another branch.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can object to a decision we made about your insurance claim by writing to our appeals desk.'],
  ['right-objection', 'notpresent', '## Your rights\n\nResidents may file an objection with the planning committee against a new building permit.'],
  ['right-objection', 'present', '## Your rights\n\nYou may object to the transfer of your contact details to our partner firms.'],
  // legitimate interests denied for a use
  ['legitimate-interests', 'notpresent', 'Legitimate interests are not the basis for any of our newsletters.'],
  ['legitimate-interests', 'notpresent', 'We do not send offers because of our legitimate interests; offers need your consent.'],
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

export const BATCH_B: FrameRow[] = [
  // a self-service step (a menu path, a gesture) is the right in part only
  ['right-erasure', 'notpresent', '## Managing your data\n\nTo clear your search history, go to Profile → History and tap Clear all.'],
  ['right-portability', 'notpresent', '## Your rights\n\nYou can save your workout log as a GPX file via Menu > Export.'],
  ['right-rectification', 'notpresent', '## Your rights\n\nTap your name on the profile screen to change it.'],
  ['right-erasure', 'present', '## Your rights\n\nYou may ask us to erase your personal data; e-mail us and we will confirm once it is done.'],
  // a withdrawal of something that is no consent
  ['withdraw-consent', 'notpresent', '## Your rights\n\nAuthors may withdraw a manuscript at any stage of the review.'],
  ['withdraw-consent', 'notpresent', '## Your rights\n\nYou can withdraw cash at any of our branches free of charge.'],
  ['withdraw-consent', 'present', '## Your rights\n\nWhere you opted in to location sharing, you may withdraw that consent at any time in writing.'],
  // the officer's own contact, not a general desk's
  ['dpo-contact', 'notpresent', 'An external data protection officer advises us. General enquiries: info@quillfeather.example.'],
  ['dpo-contact', 'notpresent', 'Our privacy officer reviews new projects. Call our front desk on +44 20 7946 0123 with any question.'],
  ['dpo-contact', 'present', 'Our privacy officer, Ana Souza, answers questions about this notice at privacy@quillfeather.example.'],
  ['dpo-contact', 'present', 'Our data protection officer can be reached by post at 12 Mill Lane, Bristol BS1 4QA.'],
  // objections to something done to a person, or lodged with a body against a measure
  ['right-objection', 'notpresent', '## Your rights\n\nEmployees can object to their relocation to the Leeds office.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou may submit an objection to the council against the planned road closure.'],
  ['right-objection', 'present', '## Your rights\n\nYou are entitled to object when we process your details for research.'],
  // a hedged denial is no statement of absence
  ['international-transfers', 'notpresent', 'Your records are not typically stored outside the United Kingdom.'],
  ['cookies', 'notpresent', 'In most cases our pages do not set cookies.'],
  ['international-transfers', 'present', 'We do not transfer personal data outside the EEA.'],
  // legitimate interests denied
  ['legitimate-interests', 'notpresent', 'Legitimate interest is never the ground for our marketing e-mails.'],
  ['legitimate-interests', 'present', 'Where we rely on legitimate interests, those interests are preventing fraud and keeping our systems secure.'],
  // what partners or others show the reader is no source
  ['data-source', 'notpresent', 'Subscribers get special offers from our partners each month.'],
  ['data-source', 'notpresent', 'The feed shows recommendations from other readers.'],
  ['data-source', 'present', 'Some details reach us from your employer when it enrols you in the scheme.'],
  // retention reasons and a duty to keep name no basis
  ['lawful-basis', 'notpresent', 'We retain call recordings for as long as needed to train staff, handle complaints and meet regulatory duties.'],
  ['lawful-basis', 'notpresent', 'Closed accounts are deleted after a month unless we are obliged by law to keep them.'],
  ['lawful-basis', 'present', 'We process your payroll details because employment law requires it (legal obligation).'],
  // who cannot see the data unless the reader shares it
  ['statutory-contractual', 'notpresent', 'Our coaches cannot see your heart-rate data unless you share your dashboard with them.'],
  ['statutory-contractual', 'present', 'If you do not give us a delivery address, we cannot send your order.'],
  // safeguarding as welfare
  ['security', 'notpresent', "Concerns about a child's welfare go to our safeguarding team."],
  ['security', 'present', 'Only two staff members can open the member database, and it is encrypted.'],
  // a vague period
  ['retention', 'notpresent', 'We keep application forms for a reasonable time after the season ends.'],
];

/**
 * Rows written WITH this round's fixes (not held out): each kind fixed, in our own words, beside
 * statements that must still give the item.
 */
export const KINDS: FrameRow[] = [
  // a step in the product (a menu path, a gesture): self-service; a request or the right beside it keeps it whole
  ['right-erasure', 'notpresent', '## Your rights\n\nOpen Menu › Data › Erase history to clear what the app has logged.'],
  ['right-portability', 'notpresent', '## Your rights\n\nLong-press a playlist to export it as a CSV file.'],
  ['right-access', 'notpresent', '## Your rights\n\nSwipe down on the home screen to see all the data the app holds about you.'],
  ['right-erasure', 'present', '## Your rights\n\nAsk us at any time and we will delete your data, or do it yourself under Settings › Privacy.'],
  ['right-erasure', 'present', '## Your rights\n\nYou are entitled to have your data erased: write to privacy@quillfeather.example.'],
  // a withdrawal counts by what is withdrawn
  ['withdraw-consent', 'notpresent', '## Your rights\n\nSellers can withdraw a listing until the first offer arrives.'],
  ['withdraw-consent', 'notpresent', '## Your rights\n\nYou may revoke an access token from the developer page.'],
  ['withdraw-consent', 'present', '## Your rights\n\nYou may withdraw any consent you have given at any time by e-mailing us.'],
  ['withdraw-consent', 'present', '## Your rights\n\nYou gave us permission to send reminders; you can revoke it whenever you like.'],
  // the officer's own contact, not a general desk's
  ['dpo-contact', 'notpresent', 'We have named a data protection officer to oversee our compliance. Our reception desk answers on 020 7946 0000.'],
  ['dpo-contact', 'present', 'Our data protection officer is Tomasz Wiśniewski. You can reach him at t.wisniewski@quillfeather.example.'],
  ['dpo-contact', 'present', 'We have a data protection officer. E-mail: officer@quillfeather.example.'],
  ['dpo-contact', 'present', 'Our data protection officer is reachable at privacy@quillfeather.example.'],
  // a hedged denial is no statement of absence; a plain one still is
  ['international-transfers', 'notpresent', 'We do not normally store your details outside the EEA.'],
  ['cookies', 'notpresent', 'This site does not generally set cookies.'],
  ['international-transfers', 'present', 'We do not send your data outside the EEA.'],
  ['cookies', 'present', 'This website does not use any cookies.'],
  // legitimate interests denied
  ['legitimate-interests', 'notpresent', 'Our legitimate interests are not a ground for the newsletter.'],
  ['legitimate-interests', 'present', 'Our legitimate interests are keeping the shop free of fraud and improving our service.'],
  // an objection to something done to a person (their transfer, their move), not to a processing
  ['right-objection', 'notpresent', '## Your rights\n\nPupils may object to their move to another class.'],
  ['right-objection', 'notpresent', '## Your rights\n\nNurses can object to their transfer to night shifts.'],
  ['right-objection', 'present', '## Your rights\n\nYou can object to our sharing of your details with research partners.'],
  ['right-objection', 'present', '## Your rights\n\nYou may object to their use of your location for adverts.'],
  // what partners send or show the reader is no source of data about them
  ['data-source', 'notpresent', 'Members see discounts from our partners in the weekly e-mail.'],
  ['data-source', 'notpresent', 'The app may show you articles from sponsors.'],
  ['data-source', 'present', 'Our partners send us your booking reference when you reserve through them.'],
  // a retention rule's legal reasons, and a duty to keep as the exception to deleting, name no basis
  ['lawful-basis', 'notpresent', 'We hold your file as long as needed to finish the job, settle invoices and comply with legal obligations.'],
  ['lawful-basis', 'notpresent', 'We erase your account on request, unless the law requires us to keep some records.'],
  ['lawful-basis', 'present', 'We keep invoices for seven years to comply with a legal obligation (Art. 6(1)(c) GDPR).'],
  // who cannot see the data unless the reader sends it: confidentiality, not what happens without it
  ['statutory-contractual', 'notpresent', 'Nobody at the club can read your messages unless you forward them to the committee.'],
  ['statutory-contractual', 'notpresent', 'Our tutors are unable to view your essays unless you upload them to the shared folder.'],
  ['statutory-contractual', 'present', 'We cannot deliver your order unless you give us an address.'],
  // safeguarding as the care of children or vulnerable people is no security of data
  ['security', 'notpresent', 'A named safeguarding officer looks after the welfare of young members.'],
  ['security', 'notpresent', 'Our safeguarding policy explains how we protect children at camp.'],
  ['security', 'present', 'Your data is safeguarded by access controls.'],
  ['security', 'present', 'Safeguarding your details matters to us: they sit on encrypted servers.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 13';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets 12 of 32 wrong; this branch 2).
  '## Your rights\n\nResidents may file an objection with the planning committee against a new building permit.': 'round 13, batch a: any "objection" in a rights section gives the right, whatever it is against',
  // Batch b: written after the changes, data frozen (main at a7d60d1: 9 of 30 wrong; this branch: 1).
  '## Your rights\n\nEmployees can object to their relocation to the Leeds office.': 'round 13, batch b: "relocation" is no action of any class, so "their relocation" reads as the reader’s data (a possessive before a word no class knows) and the objection is not vetoed',
};
