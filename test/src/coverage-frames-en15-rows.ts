// Issue 13, coverage by meaning, fifteenth round (session 21): held-out English rows for the kinds
// the s20-R diagnosis (r-diagnosis.md) found read by a mechanism that stops at a closed list, ordered
// by how many unseen policies each kind touches: a third party named by its own (unknown) name as the
// agent or goal of a handling verb ("hosted by Greenroof", "sent to Bugnest", "managed via Rosterly");
// purposes as "to <any verb>" after an action on the reader's data, or a named tool used "so I can …";
// automated decisions said as an account refused, closed or suspended "solely by an automated
// decision"; a blanket "does not collect anything" by the controller, the app or its product, and a
// "Nothing." answering a heading about what is collected; a controller named as a trading name with
// an address and an e-mail address on one line — each beside look-alikes that share the words but
// not the meaning (the own product or company, a sentence-initial capital, months, places, "Privacy
// Policy", a rubbish round). Written in our own words (no sentence of any round). Batch a was written
// BEFORE this round's changes, batch b AFTER them with the data frozen (the generalisation figure).
// `node scripts/score-rows.js <checkout> --rows=en15 --batch=a|b` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // a third party named by its own name, agent or goal of a handling verb
  ['recipients', 'present', 'Your appointment details are stored by Calendry, the scheduling service we use.'],
  ['recipients', 'present', 'Orders are processed through Tillpoint, and card payments are handled by Paycastle.'],
  ['recipients', 'present', 'When the app crashes, a short report with your phone model is sent to Bugnest.'],
  ['recipients', 'present', 'Our mailing list is managed with Letterbird, so your e-mail address sits on their servers.'],
  ['recipients', 'present', 'Class bookings are managed via Rosterly.'],
  ['recipients', 'present', "The shop's website is hosted by Greenroof."],
  ['recipients', 'notpresent', 'Quillfeather is run by two sisters from a kitchen table in Leeds.'],
  ['recipients', 'notpresent', 'Every parcel is packed and sent by Quillfeather from our own workshop.'],
  ['recipients', 'notpresent', 'Orders placed in December are sent to Ireland within five days.'],
  ['recipients', 'notpresent', 'A printed copy of this notice is sent to Members each January.'],
  ['recipients', 'notpresent', 'Our Privacy Policy is managed by the same small team that answers your letters.'],
  ['recipients', 'notpresent', 'Everything you send us is stored on our own computer in Bristol.'],
  // purposes: "to <any verb>" after an action on the reader's data; a named tool "so I can …"
  ['purposes', 'present', 'We keep your postcode to work out the delivery fee.'],
  ['purposes', 'present', 'I use your phone number to text you when the bread is out of the oven.'],
  ['purposes', 'present', 'The app uses Sentryline so I can trace and repair crashes.'],
  ['purposes', 'present', 'We process your answers to tailor the training plan.'],
  ['purposes', 'notpresent', 'We use recycled paper to print our leaflets.'],
  ['purposes', 'notpresent', 'You can use the app to plan your weekly shop.'],
  ['purposes', 'notpresent', 'The app uses very little battery so you can keep it running all day.'],
  // automated decisions said as a refusal, closure or suspension
  ['automated-decision-making', 'present', 'No membership is cancelled solely by an automated decision.'],
  ['automated-decision-making', 'present', 'We do not refuse loans or close accounts based solely on automated processing.'],
  ['automated-decision-making', 'present', 'Accounts are never suspended by an automated system alone; a member of staff always looks first.'],
  ['automated-decision-making', 'notpresent', 'The shop closes automatically at midnight.'],
  ['automated-decision-making', 'notpresent', 'Your session is closed automatically after ten minutes without activity.'],
  // a blanket "collects nothing", by the controller, the app or "it"; "Nothing." under a heading
  ['retention', 'present', 'The app does not collect anything about you.'],
  ['purposes', 'present', "We don't gather anything about you or your children."],
  ['retention', 'present', '## What the app collects\n\nNothing.'],
  ['purposes', 'notpresent', 'We do not collect anything from your bins on bank holidays.'],
  ['retention', 'notpresent', "We don't ask for anything in return."],
  ['retention', 'notpresent', '## What to bring\n\nNothing.'],
  // a trading name with an address and an e-mail address on one line
  ['controller-identity', 'present', 'Hollyhock Pottery · 14 Mill Lane, Frome BA11 1AA · hello@hollyhockpottery.example'],
  ['controller-identity', 'present', 'Questions? Write to Juniper & Sons, 2 Quay Street, Whitby, or mail shop@junipersons.example.'],
  ['controller-identity', 'notpresent', 'Hollyhock Pottery makes mugs by hand in Somerset.'],
  ['controller-identity', 'notpresent', 'If you are unhappy, the regulator is the Information Commissioner · Wycliffe House, Water Lane, Wilmslow · casework@ico.example'],
];

export const BATCH_B: FrameRow[] = [
  // a third party named by its own name, agent or goal of a handling verb
  ['recipients', 'present', 'Your class photos are stored with Snapvault, the gallery service the school uses.'],
  ['recipients', 'present', 'Membership fees are processed via Duesly.'],
  ['recipients', 'present', 'Your enquiry is passed to Fieldhouse Surveys, who carry out the inspection.'],
  ['recipients', 'present', 'The booking form runs on Formcraft, which stores your answers for us.'],
  ['recipients', 'notpresent', 'Our café was started by Quillfeather in 2019.'],
  ['recipients', 'notpresent', 'Your parcel is sent to Scotland by first-class post.'],
  ['recipients', 'notpresent', 'Please send your entries to Harvest Show, the yearly event in our village.'],
  // purposes: "to <any verb>"
  ['purposes', 'present', 'We keep your measurements to cut the cloth for your jacket.'],
  ['purposes', 'present', 'Your phone number is used to warn you about flood alerts near your home.'],
  ['purposes', 'present', "I note your dog's vaccinations to confirm she can join group walks."],
  ['purposes', 'present', 'We store your licence number to satisfy our insurer.'],
  ['purposes', 'notpresent', 'We use local growers to source our vegetables.'],
  ['purposes', 'notpresent', 'Your details are passed to couriers abroad.'],
  // automated decisions said as a refusal or a ban
  ['automated-decision-making', 'present', 'No loan application is turned down solely by software.'],
  ['automated-decision-making', 'present', 'Players are never banned by an algorithm alone; a moderator decides.'],
  ['automated-decision-making', 'notpresent', 'The booking page closes automatically when the class is full.'],
  // a blanket "collects nothing"; "Nothing." under a heading
  ['retention', 'present', 'The app does not store anything about you on our servers.'],
  ['retention', 'present', '## What this app gathers\n\nNothing.'],
  ['retention', 'present', '## What we collect\n\n- Nothing.'],
  ['retention', 'notpresent', '## What you need\n\nNothing.'],
  ['retention', 'notpresent', "We don't charge anything for the first lesson."],
  // a trading name or a person's name with an address and an e-mail address on one line
  ['controller-identity', 'present', 'Brambleway Cycles · Unit 4, Canal Wharf, Leeds LS1 4AB · ride@bramblewaycycles.example'],
  ['controller-identity', 'present', 'Written by Tess Morgan, 9 Orchard Close, Ludlow — tess@tessmorgan.example'],
  ['controller-identity', 'notpresent', 'Complaints can also go to Citizens Advice · 1 High Street, Ludlow · advice@citizensadvice.example'],
];

/** Rows of the kinds this round's changes read (three or more per change, with look-alikes). */
export const KINDS: FrameRow[] = [
  // `names`: a party named by its own name, agent or goal of a handling verb (the own name, a month, a place, an adjective are none)
  ['recipients', 'present', 'Your consultation notes are kept by Notewell, the records system our clinic uses.'],
  ['recipients', 'present', 'Invoices are handled through Sumbook, our accounting software.'],
  ['recipients', 'present', 'If the game freezes, a crash report is sent to Glitchbox.'],
  ['recipients', 'notpresent', 'Your invoices are handled by Quillfeather, in our own office.'],
  ['recipients', 'notpresent', 'Your bookings are kept until the end of August.'],
  ['recipients', 'notpresent', 'Your reports are sent to France within the hour.'],
  ['recipients', 'notpresent', 'We sign every invoice by hand with Indian ink.'],
  // one list of words that name no party (`not-names`) for a name after "from" and after "by", "to", "with": a country is none
  ['data-source', 'present', 'The results of your test are obtained from Labcore.'],
  ['data-source', 'notpresent', 'The results of your test are obtained from Germany.'],
  // `infinitive`: "to" before any verb after an action on the reader's data (a plural noun after "to" is no verb)
  ['purposes', 'present', 'We hold your bank details to pay your refunds.'],
  ['purposes', 'present', 'Your mobile number is kept to ring you if your train is cancelled.'],
  ['purposes', 'present', 'We collect your e-mail address to stay in touch about your classes.'],
  ['purposes', 'notpresent', 'We transfer your data to countries outside the EEA.'],
  ['purposes', 'notpresent', 'Please talk to us if you want to change your details.'],
  // review fix (session 21): a modifier after "to" ("to payroll providers", "to trusted helpers") or "to" after an adjective ("similar to") is no end
  ['purposes', 'notpresent', 'We pass your name to approved volunteers.'],
  ['purposes', 'notpresent', 'We give your details to payroll providers.'],
  ['purposes', 'notpresent', 'Your address is shared with our partners, according to most leagues.'],
  ['purposes', 'present', 'We pass your name to volunteers to arrange lifts to matches.'],
  // an account or membership closed or ended, said not to be done by a system alone (negated only)
  ['automated-decision-making', 'present', 'We never terminate a membership by automated means alone.'],
  ['automated-decision-making', 'present', 'Your membership will not be closed by a computer without a person checking.'],
  ['automated-decision-making', 'notpresent', 'Inactive accounts are closed automatically after two years.'],
  // the blanket read as a statement, and "Nothing." under a heading about what is collected
  ['recipients', 'present', 'The game does not collect anything about your child, or about you.'],
  ['retention', 'present', '## What we collect about you\n\nNothing at all.'],
  ['retention', 'notpresent', 'We do not use anything about you for advertising.'],
  ['retention', 'notpresent', '## What we ask of you\n\nNothing.'],
  // review fix (session 21): not handing anything on, or a blanket with a condition, is no "we collect nothing"
  ['retention', 'notpresent', 'We never pass anything about you on to marketing firms.'],
  ['retention', 'notpresent', 'We do not sell anything about you to other companies.'],
  ['retention', 'notpresent', 'We do not collect anything about you unless you write to us.'],
  ['retention', 'present', 'Our app does not keep anything about you.'],
  // a trading name spelt by the mail domain on an address line at the top or bottom
  ['controller-identity', 'present', 'Fernside & Co. Tailors · 8 Weaver Row, Kendal · orders@fernsideandco.example'],
  ['controller-identity', 'notpresent', 'Our courier, Swiftvan, 3 Dock Road, Hull, help@swiftvan.example, delivers your parcels.'],
  // review fix (session 21): where all of it is kept is no absence beside a transfer in the same paragraph
  ['international-transfers', 'partial', 'Everything we hold is kept on servers inside the EU. Some of your details may be transferred to the United States.'],
  ['international-transfers', 'present', 'Everything we hold is kept on servers inside the EU. We answer letters within a week.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 15';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at f5eba0f gets 17 of 34 wrong; this branch 4).
  "When the app crashes, a short report with your phone model is sent to Bugnest.": "round 15, batch a: a passive's subject is read as the nearest object before its verb (\"your phone model\", a device: no data), not the clause's head (\"a short report\"); \"a report is sent to Bugnest with your device model\" reads",
  "The app uses Sentryline so I can trace and repair crashes.": "round 15, batch a: a tool used for an end is read only in a sentence that names something of the reader's (\"… on your phone\"), so that \"we use Canva to design our posters\" stays no purpose; this one names none",
  "We use recycled paper to print our leaflets.": "round 15, batch a: a cue reads \"use … to <verb>\" whatever is used (wrong on main at f5eba0f too)",
  "The app uses very little battery so you can keep it running all day.": "round 15, batch a: a cue reads \"uses … so you can\" whatever is used (wrong on main at f5eba0f too)",
  "Our courier, Swiftvan, 3 Dock Road, Hull, help@swiftvan.example, delivers your parcels.": "round 15, kinds: a name spelt by the mail domain on an address line at the top or bottom is read as the operator's; a third party's own line there (here the row's only paragraph, so at the top) is not told apart",
  // Batch b: written after the changes, data frozen (main at f5eba0f gets 13 of 24 wrong; this branch 7).
  "Membership fees are processed via Duesly.": "round 15, batch b: \"fees\" is no reader data nor a data-bearing noun (bookings, invoices, reports), so a named party handling them is no recipient",
  "The booking form runs on Formcraft, which stores your answers for us.": "round 15, batch b: \"runs on\" is no word a name is read after (by, through, via, to, with, using, use), and \"which stores\" has no named party after it",
  "Please send your entries to Harvest Show, the yearly event in our village.": "round 15, batch b (over-fire): an event's capitalised name after \"to\" is read as a party, and a reader's imperative \"send … to\" as handing the data on; a name of an event or a place no list holds is not told from a party's",
  "I note your dog's vaccinations to confirm she can join group walks.": "round 15, batch b: \"note\" is no action of use or keeping",
  "We use local growers to source our vegetables.": "round 15, batch b: a cue reads \"use … to <verb>\" whatever is used (wrong on main at f5eba0f too)",
  "## What we collect\n\n- Nothing.": "round 15, batch b: \"Nothing.\" under a heading about what is collected is read only as a paragraph, not as a list item",
  "Complaints can also go to Citizens Advice · 1 High Street, Ludlow · advice@citizensadvice.example": "round 15, batch b (over-fire): as the courier in the kinds: a name spelt by the mail domain on an address line at the top or bottom is read as the operator's, whoever's line it is",
};
