// Issue 13, coverage by meaning, eleventh round (session 18): held-out English rows for the right to
// object read by what is objected to (processing, a use of the reader's data, the data, profiling,
// marketing; or an objection with no object in a list of rights), beside look-alikes that object to a
// decision, a charge, a comment, a rule or a person; and for the items fresh policies were given in
// words the cues did not know (decisions no computer takes alone, withdrawal after an aside, data from
// registers and other people, a crash reporter as a recipient, where a new version appears, optional
// data, a label before its basis). Written in our own words. Batch a was written BEFORE this round's
// changes, batch b AFTER them with the data frozen (the generalisation figure). `node
// scripts/score-rows.js <checkout> --rows=en11 --batch=a|b` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // objection: what is objected to is a processing, a use of the reader's data, the data, profiling or marketing
  ['right-objection', 'present', 'You may object to us analysing your listening habits to suggest new music.'],
  ['right-objection', 'present', 'Members can object to their attendance records being used for the yearly statistics.'],
  ['right-objection', 'present', 'You are entitled to object to profiling based on what you have bought from us.'],
  ['right-objection', 'present', '## Your rights\n\n- Objection: tell us if you disagree with how we handle your details because our legitimate interests are the ground.'],
  ['right-objection', 'present', 'You have these rights:\n\n- access to your data\n- objection\n- complaint to the regulator'],
  ['right-objection', 'present', '## Your rights\n\nYou can also object at any time, and we will then stop unless we have compelling grounds.'],
  // objection look-alikes: a decision, a charge, a comment, a rule, a person, a complaints procedure
  ['right-objection', 'notpresent', '## Your rights\n\nIf you object to a decision of the disciplinary panel, you may appeal to the board within 14 days.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can object to a parking charge by writing to the appeals team within 28 days.'],
  ['right-objection', 'notpresent', 'You can object to a comment left on your listing; our moderators will look at it.'],
  ['right-objection', 'notpresent', '## Your rights as a member\n\nAny member may object to a change in the club rules at the general meeting.'],
  ['right-objection', 'notpresent', '## Your rights\n\nPatients may object to a trainee doctor sitting in on their appointment.'],
  ['right-objection', 'notpresent', '## Complaints\n\nObjections to an invoice must reach us in writing within 30 days.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou may lodge an objection with the tenancy board against a rent increase.'],
  // automated decisions: no decision is taken without a person
  ['automated-decision-making', 'present', 'No claim is turned down unless one of our assessors has read it.'],
  ['automated-decision-making', 'present', 'A person, not a program, decides whether your loan is approved.'],
  ['automated-decision-making', 'notpresent', 'No parcel leaves the warehouse without a label.'],
  // withdrawal after an aside between the consent and the pronoun
  ['withdraw-consent', 'present', 'If you gave us your consent – for example to store your allergy details – you can take it back whenever you like by writing to us.'],
  ['withdraw-consent', 'present', 'Where we asked for your permission (for photos on our website, say), you may withdraw it at any time.'],
  ['withdraw-consent', 'notpresent', 'Where you borrowed a ladder from the shed, you can take it back whenever you like.'],
  // sources: registers checked and other people who tell us about the reader
  ['data-source', 'present', 'We check your name and address against the electoral register.'],
  ['data-source', 'present', 'Sometimes a former client passes on your details when they recommend us.'],
  ['data-source', 'present', 'We may ask your previous landlord to confirm how long you rented from them.'],
  ['data-source', 'notpresent', 'We check every order against our stock list before it is packed.'],
  // a crash reporter or other named service as a recipient
  ['recipients', 'present', 'When the app crashes, it sends a short report to our error-tracking service, Crashdesk Ltd.'],
  ['recipients', 'notpresent', 'When the app crashes, it shows a short message and restarts.'],
  // where a new version of the notice appears
  ['policy-changes', 'present', 'If we change this policy, the new version will appear on this page and in the app store listing.'],
  ['policy-changes', 'notpresent', 'New versions of the app appear in the store every month.'],
  // optional data
  ['statutory-contractual', 'present', 'Sharing your step count with us is optional; the app works exactly the same without it.'],
  ['statutory-contractual', 'notpresent', 'Our drivers cannot see your phone number unless you share it with them.'],
  // the basis named after its purpose
  ['lawful-basis', 'present', 'We show tailored offers only on the basis of your consent.'],
  ['legitimate-interests', 'present', '**Preventing fraud on our booking site** – our legitimate interests (Art. 6(1)(f)).'],
  // no cookies in a list of things the service does not have
  ['cookies', 'present', 'There are no user accounts, no adverts and no cookies in this app.'],
  ['cookies', 'notpresent', 'There are no biscuits and no cookies left in the staff kitchen.'],
  // rectification asked as a question heading and answered yes
  ['right-rectification', 'present', '### My address is out of date. Can you change it?\n\nYes – let us know and we will update it.'],
  ['right-rectification', 'notpresent', '### My parcel went to the wrong door. Can you change it?\n\nYes – let us know and we will send it again.'],
];

export const BATCH_B: FrameRow[] = [
  // objection, written after the changes with the data frozen
  ['right-objection', 'present', 'Guests can object to us using their stay history to send them tailored offers.'],
  ['right-objection', 'present', '## Your rights\n\n- Objection – where we rely on legitimate interests.'],
  ['right-objection', 'present', 'Members are entitled to object to the sharing of their details with partner clubs.'],
  ['right-objection', 'present', 'Pupils and parents may object to profiling for the reading programme.'],
  ['right-objection', 'notpresent', '## Your rights\n\nTenants may object to a neighbour building an extension by writing to the planning office.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can object to the result of a match by sending a form to the referee committee.'],
  ['right-objection', 'notpresent', 'Any parent may object to a school trip going ahead in bad weather.'],
  ['right-objection', 'notpresent', '## Your rights\n\nIf you object to the fee we charged, our accounts team will review it.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can object to a new rota at the monthly meeting.'],
  // automated decisions
  ['automated-decision-making', 'present', 'No tenancy application is rejected unless a member of our lettings team has looked at it.'],
  ['automated-decision-making', 'present', 'We never use your data to make decisions that have legal effects on you.'],
  ['automated-decision-making', 'present', 'Orders that look risky may be rejected automatically by our fraud filter.'],
  ['automated-decision-making', 'notpresent', 'We reject any delivery that arrives damaged.'],
  ['automated-decision-making', 'notpresent', 'Late entries are refused without exception.'],
  // withdrawal after an aside; marketing among other uses
  ['withdraw-consent', 'present', 'Where you gave us consent (to publish your photo, for example), you may revoke it at any time.'],
  ['withdraw-consent', 'present', 'You can withdraw your consent for location sharing, reminders or marketing at any time by e-mailing us.'],
  ['withdraw-consent', 'partial', 'You can withdraw your consent to our marketing e-mails at any time.'],
  ['withdraw-consent', 'notpresent', 'If you lent us a book – a novel, say – you can take it back whenever you like.'],
  // second part, written after the second set of changes (data frozen again): data one need not give, where the
  // current notice is, an interest joined to its basis by a dash, a long list between "we receive" and "from"
  ['statutory-contractual', 'present', "You don't have to tell us your employer's name, but without it we cannot check your discount."],
  ['statutory-contractual', 'present', 'Sharing your weight with the coach is optional.'],
  ['statutory-contractual', 'present', 'I need your address to deliver the prints; without it I cannot send them.'],
  ['statutory-contractual', 'notpresent', "You don't have to tell us why you want to cancel."],
  ['policy-changes', 'present', 'The latest version of this notice is always on the club website and in the clubhouse.'],
  ['policy-changes', 'present', 'When we revise this statement, the new version will appear here.'],
  ['policy-changes', 'notpresent', 'The latest version of the timetable is always on the club website.'],
  ['legitimate-interests', 'present', '- Legitimate interests – keeping our volunteers safe on site'],
  ['legitimate-interests', 'present', '**Sending renewal reminders** – our legitimate interests.'],
  ['legitimate-interests', 'partial', 'Some of this rests on our legitimate interests – see below.'],
  ['data-source', 'present', 'If you come to us through a referral scheme, we receive your name, your e-mail address, the course you chose and a short note from the scheme.'],
  ['data-source', 'notpresent', 'We receive your name, your e-mail address and your message when you write to us from the contact form.'],
];

/**
 * Rows written WITH this round's fixes (not held out): each kind fixed, in our own words, beside
 * look-alikes that share its words and must not give the item.
 */
export const KINDS: FrameRow[] = [
  // an objection read by what is objected to
  ['right-objection', 'present', 'They can also object to any use they disagree with.'],
  ['right-objection', 'present', 'You may object to how we use your order history for recommendations.'],
  ['right-objection', 'present', 'You can object to profiling at any time.'],
  ['right-objection', 'present', 'You can object to analytics on our website.'],
  ['right-objection', 'notpresent', '## Your rights\n\nYou can say no to a second helping at any meal.'],
  ['right-objection', 'notpresent', '## Your rights\n\nPlayers may object to a referee\'s ruling after the game.'],
  // decisions no one takes without a person, and denied decisions with significant effects
  ['automated-decision-making', 'present', 'No loan request is turned down without one of our advisers reading it.'],
  ['automated-decision-making', 'present', 'The app is never used to make decisions about members that have significant effects on them.'],
  ['automated-decision-making', 'notpresent', 'We may refuse bookings for groups of more than ten.'],
  ['automated-decision-making', 'notpresent', 'Set your browser to decline cookies automatically if you prefer.'],
  ['automated-decision-making', 'notpresent', 'Parcels are rejected automatically when the label cannot be read.'],
  // withdrawal after an aside
  ['withdraw-consent', 'present', 'Where we rely on your consent — for the photo gallery, say — you can withdraw it at any time.'],
  ['withdraw-consent', 'present', 'If you agreed to share your results (with your coach, for instance), you may revoke this consent whenever you like.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 11';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at e191f2c gets these wrong).
  '## Your rights\n\nYou may lodge an objection with the tenancy board against a rent increase.': 'round 11, batch a: any "objection" in a rights section gives the right (inContext), whatever it is against',
  'We may ask your previous landlord to confirm how long you rented from them.': 'round 11, batch a: asking another party to confirm something about the reader is no source cue',
  'When the app crashes, it sends a short report to our error-tracking service, Crashdesk Ltd.': 'round 11, batch a: "a report" is no object of the reader-data class, so sending it to a service is no recipient',
  // Batch b: written after the changes, data frozen (main at e191f2c: 14 of 30 wrong; this branch: 2).
  'Orders that look risky may be rejected automatically by our fraud filter.': 'round 11, batch b: right after batch b, refusal verbs were narrowed to decisions with a person (an earlier look-alike, "Orders are rejected automatically when the shop is closed", must leave the item missing); an automatic rejection is no decision verb now',
  'If you come to us through a referral scheme, we receive your name, your e-mail address, the course you chose and a short note from the scheme.': 'round 11, batch b: thirteen words between "we receive" and "from"; the cue allows twelve (a gap, not a reading of the list)',
};
