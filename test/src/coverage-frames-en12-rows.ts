// Issue 13, coverage by meaning, twelfth round (session 19): held-out English rows for false alarms,
// items a policy gives in words no cue or frame read: someone other than the reader who hands us the
// reader's details (whoever they are), protection of the data named by a pronoun or by a measure (a
// lock, a password), decisions a system takes alone or a person takes, a service that handles data
// for us, rights listed as what we will do, dates under other labels, a change made known in release
// notes. Each kind beside look-alikes that share its words and must not give the item. Written in our
// own words. Batch a was written BEFORE this round's changes, batch b AFTER them with the data frozen
// (the generalisation figure). `node scripts/score-rows.js <checkout> --rows=en12 --batch=a|b` counts
// the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // sources: anyone other than the reader hands us the reader's details
  ['data-source', 'present', 'Now and then a florist we work with passes your phone number to us so we can plan the delivery.'],
  ['data-source', 'present', 'The league office sends us each season\'s registration list with your name and date of birth.'],
  ['data-source', 'present', 'Your landlord may give me your contact details when a repair is needed.'],
  ['data-source', 'present', 'If you sign up through a comparison website, we receive your name, your address, the plan you picked and the date you want to switch from that website.'],
  ['data-source', 'present', 'We confirm the registered owner of the boat with the harbour authority.'],
  ['data-source', 'present', 'Details of pupils under twelve are collected from a parent or carer.'],
  ['data-source', 'notpresent', 'Our courier passes your parcel to a neighbour if you are not at home.'],
  ['data-source', 'notpresent', 'You can send us your questions by e-mail at any time.'],
  ['data-source', 'notpresent', 'We confirm every booking by e-mail within a day.'],
  // security: the data protected, named by a pronoun; a measure named by what it is
  ['security', 'present', 'You trust us with your health information, so we use commercially reasonable methods to protect it.'],
  ['security', 'present', 'Membership forms are locked in a filing cabinet in the club office.'],
  ['security', 'present', 'Each volunteer logs in with a personal password and a code sent to their phone.'],
  ['security', 'notpresent', 'Your bike is locked in a shed behind the workshop while we repair it.'],
  ['security', 'notpresent', 'You can change your password in the settings.'],
  ['security', 'notpresent', 'We love the tomatoes you grew, so we water them every morning to protect them from the heat.'],
  // automated decisions: a system decides alone, or a person decides
  ['automated-decision-making', 'present', 'Listings that break our rules may be removed automatically, without anyone on our team looking at them first.'],
  ['automated-decision-making', 'present', 'A rental application is never declined by our software alone: a member of staff reads every one.'],
  ['automated-decision-making', 'present', 'Accounts that send spam are blocked automatically for 24 hours.'],
  ['automated-decision-making', 'present', 'We do not use any program to rank or reject applicants; I decide myself.'],
  ['automated-decision-making', 'notpresent', 'The lights in the hall switch off automatically at 11 pm.'],
  ['automated-decision-making', 'notpresent', 'Your subscription renews automatically each year unless you cancel it.'],
  // recipients: a named service that handles data for us
  ['recipients', 'present', 'Payments are handled for us by Tillcraft Payments Ltd.'],
  ['recipients', 'present', 'Bookings go through our reservation system and our card payment provider.'],
  ['recipients', 'present', 'Gift Aid claims are sent to HM Revenue & Customs.'],
  ['recipients', 'notpresent', 'Complaints are handled by our head office within ten days.'],
  // rights as what we will do, under a lead-in
  ['right-access', 'present', 'You can ask us to:\n\n- show you what we hold about you and give you a copy\n- fix anything that is wrong'],
  ['right-rectification', 'present', 'You can ask us to:\n\n- show you what we hold about you and give you a copy\n- fix anything that is wrong'],
  ['right-rectification', 'present', 'If your phone number has changed, tell us and we will put it right.'],
  ['right-rectification', 'notpresent', 'If the heating breaks, tell us and we will put it right.'],
  ['right-access', 'present', 'You may ask me whenever you like what I hold about you, and I will send you a copy.'],
  ['right-access', 'notpresent', 'You may ask me whenever you like what the lessons cost, and I will send you a price list.'],
  // dates under other labels
  ['last-updated', 'present', 'Effective 3 March 2025'],
  ['last-updated', 'present', 'Date of this notice: 14 October 2024'],
  ['last-updated', 'notpresent', 'Date of the summer fair: 14 June 2025'],
  // a change made known in release notes
  ['policy-changes', 'present', 'If this policy changes, we will update this page and mention the change in the release notes of the next version.'],
  ['policy-changes', 'notpresent', 'Each new version of the app lists its fixes in the release notes.'],
];

export const BATCH_B: FrameRow[] = [
  // sources: someone else hands the reader's details to us
  ['data-source', 'present', 'Each term the county sports partnership sends us the names of pupils who signed up for coaching.'],
  ['data-source', 'present', 'Your estate agent may pass your phone number to us so we can book the survey.'],
  ['data-source', 'present', 'Where you were referred by a health visitor, she gives us your name and the reason for the referral.'],
  ['data-source', 'present', 'We verify the van\'s registered keeper against the national vehicle register.'],
  ['data-source', 'present', 'Information about young volunteers is obtained from a parent.'],
  ['data-source', 'notpresent', 'If you believe your son has given us his details without asking you, let us know and we will delete them.'],
  ['data-source', 'notpresent', 'We confirm your table by text message the day before.'],
  ['data-source', 'notpresent', 'The caretaker hands the keys to the hall to us on Friday evenings.'],
  // security: a pronoun for the data, locks and credentials
  ['security', 'present', 'We know your bank details are sensitive, and we take care to protect them.'],
  ['security', 'present', 'Signed consent forms stay in a locked cupboard in the surgery.'],
  ['security', 'present', 'Every coach has an individual login to the booking system.'],
  ['security', 'notpresent', 'The trophies are kept in a locked cabinet in the clubhouse.'],
  ['security', 'notpresent', 'You will need your password to protect it if you share the tablet.'],
  // automated decisions
  ['automated-decision-making', 'present', 'Claims that look like duplicates may be declined automatically.'],
  ['automated-decision-making', 'present', 'A member of our team, not a computer, decides whether an application is refused.'],
  ['automated-decision-making', 'present', 'Our system may suspend an account automatically when a card payment bounces.'],
  ['automated-decision-making', 'notpresent', 'The thermostat switches the heating off automatically at night.'],
  ['automated-decision-making', 'notpresent', 'Your phone may block calls from unknown numbers automatically.'],
  // recipients
  ['recipients', 'present', 'Our payroll is run for us by Keystone Payroll Services.'],
  ['recipients', 'present', 'Registrations are passed to the county association, which manages the league tables.'],
  ['recipients', 'notpresent', 'Our payroll is run by our own finance team.'],
  // rights listed under a heading
  ['right-access', 'present', '## What you are able to ask us for\n\n- Copies of everything we keep on you.\n- Corrections to anything that is wrong.'],
  ['right-erasure', 'present', '## Things you can ask me to do\n\n- Wipe your records, unless I must keep them by law.'],
  ['right-access', 'notpresent', '## Things to bring on the day\n\n- A copy of your booking confirmation.\n- Walking boots.'],
  // dates
  ['last-updated', 'present', 'November 2025'],
  ['last-updated', 'present', 'Updated: 4 March 2025 (minor wording changes)'],
  ['last-updated', 'notpresent', 'The next open day is in March 2026 (time to be confirmed).'],
  // the page updated with the change made known
  ['policy-changes', 'present', 'If we start collecting anything new, we will update this page and explain the changes at the top.'],
  ['policy-changes', 'notpresent', 'We update this page with the match results after every game.'],
];

/**
 * Rows written WITH this round's fixes (not held out): each kind fixed, in our own words, beside
 * look-alikes that share its words and must not give the item.
 */
export const KINDS: FrameRow[] = [
  // someone no class names hands us the reader's details (a subject of words no class knows)
  ['data-source', 'present', 'The swimming federation sends us your licence number each spring.'],
  ['data-source', 'present', 'Occasionally your insurer or broker passes your claim details to us.'],
  ['data-source', 'present', 'Your tenant may give us your e-mail address so we can arrange a viewing.'],
  ['data-source', 'notpresent', 'If you think your daughter has accidentally sent us her address, tell us and we will remove it.'],
  ['data-source', 'notpresent', 'Google will use this information only for the purpose of giving its statistics to us.'],
  ['data-source', 'notpresent', 'Our courier hands the parcel to your neighbour if you are out.'],
  // details checked with an outside body that holds records; collected from a named party
  ['data-source', 'present', 'We compare the address you give with the electoral register before we post the card.'],
  ['data-source', 'present', 'The names of younger players are obtained from a parent or guardian.'],
  ['data-source', 'notpresent', 'We check your ticket against our records at the door.'],
  ['data-source', 'notpresent', 'Your answers are collected from the sign-up form.'],
  // security: the data protected, named by a pronoun; a lock or a credential per person
  ['security', 'present', 'We hold your membership details and take sensible steps to safeguard them.'],
  ['security', 'present', 'Paper timesheets are kept in a lockable drawer at the depot.'],
  ['security', 'present', 'Staff sign in with two-step verification.'],
  ['security', 'notpresent', 'We only send your data abroad where appropriate controls are in place to protect it.'],
  ['security', 'notpresent', 'Protect your account with a strong password.'],
  // automated decisions: a measure against the reader's account or request, by a system or only by a person
  ['automated-decision-making', 'present', 'Loan applications that fail our checks are declined automatically.'],
  ['automated-decision-making', 'present', 'We may block an account without a person being involved if it sends hundreds of messages an hour.'],
  ['automated-decision-making', 'present', 'No software sorts or rejects applications; every decision is made by me.'],
  ['automated-decision-making', 'notpresent', 'Set your browser to block pop-ups automatically.'],
  ['automated-decision-making', 'notpresent', 'The barrier declines expired tickets automatically.'],
  // recipients: work done for us by someone named
  ['recipients', 'present', 'Our newsletter is sent for us by Postwise Mailing Ltd.'],
  ['recipients', 'notpresent', 'Our newsletter is written for you by our volunteers.'],
  // the policy's date: a line that is only a date, a remark in brackets after it, a field of a reference line
  ['last-updated', 'present', 'June 2025'],
  ['last-updated', 'present', 'Published: 2 May 2025 (to be reviewed each spring)'],
  ['last-updated', 'present', 'Ref. PN-7 · Issue 3 · Effective 9 January 2026'],
  ['last-updated', 'notpresent', 'Our shop closes for stocktaking in June 2025 (dates to follow).'],
  // the page the policy is on, updated with the change made known
  ['policy-changes', 'present', 'We will update this page and say what has changed if we ever collect more.'],
  ['policy-changes', 'notpresent', 'Our events calendar on this page is updated every week.'],
  ['policy-changes', 'notpresent', 'We update this page with new recipes every Friday.'],
  // a list right under a heading that says what the list is
  ['right-erasure', 'present', '## What you can ask me to do\n\n- Remove what I hold about you, unless the law says I must keep it.\n- Send you a copy of it.'],
  ['right-restriction', 'present', '## What you may ask us to do\n\n- Put the use of your details on hold while you dispute them.\n- Correct what is wrong.'],
  ['right-erasure', 'notpresent', '## Things you can do in the app\n\n- Remove a photo from an album.\n- Send a recipe to a friend.'],
  // collected from a named party, the data named a few words before
  ['data-source', 'present', 'Contact details for the summer camp and the autumn league are collected from a parent or guardian.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 12';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at a7d60d1 gets 15 of 36 wrong; this branch 6).
  'Now and then a florist we work with passes your phone number to us so we can plan the delivery.': 'round 12, batch a: the relative clause\'s "we" ("a florist we work with passes …") is read as the subject, so the reading is our own sharing',
  'If you sign up through a comparison website, we receive your name, your address, the plan you picked and the date you want to switch from that website.': 'round 12, batch a: too many words between "we receive" and "from" for the cue\'s gap',
  'Listings that break our rules may be removed automatically, without anyone on our team looking at them first.': 'round 12, batch a: a listing is someone\'s content (other-content), not a request or the reader\'s data; removal is no measure against the reader',
  'Accounts that send spam are blocked automatically for 24 hours.': 'round 12, batch a: the passive\'s subject is read as the nearest object before it, the relative clause\'s "spam", not "accounts"',
  'Gift Aid claims are sent to HM Revenue & Customs.': 'round 12, batch a: claims are no object of the reader\'s data, and the revenue office is no recipient word',
  'Date of the summer fair: 14 June 2025': 'round 12, batch a: any "Date …:" label before a date at the document\'s edge is read as the policy\'s date',
  // Batch b: written after the changes, data frozen (main at a7d60d1: 14 of 29 wrong; this branch: 5; 4 after the review's fixes, which made the lock cue ask what is locked away).
  'We verify the van\'s registered keeper against the national vehicle register.': 'round 12, batch b: "van\'s" breaks the word run the checked-with-a-register cue allows before "against"',
  'Registrations are passed to the county association, which manages the league tables.': 'round 12, batch b: "registrations" is no object of the reader\'s data, and an association is no recipient word',
};
