// Issue 13, coverage by meaning, fourteenth round (session 20): held-out English rows for the kinds
// of error that unseen writers' policies (the development rounds s17-I … s19-Q) still show at the
// start of the session, ordered by how many policies each kind touches: data received from another
// party named by its trade or kind ("we receive … from the laboratory", a list of sources under
// "from:"); a cookie choice stated with no means of making it ("you may accept or refuse these
// cookies", the app-generator template's wording in other words); purposes listed under a heading
// about use ("What we use it for" over gerunds, lettered items, "to <verb>" of any verb); legitimate
// interests named as the subject of "are our legitimate interests" or after a label's colon; access
// and correction offered as "ask … and we'll send you a copy", "tell us and we'll fix it" — each
// beside look-alikes that share the words but not the meaning. Written in our own words (no
// sentence of any round). Batch a was written BEFORE this round's changes, batch b AFTER them with
// the data frozen (the generalisation figure).
// `node scripts/score-rows.js <checkout> --rows=en14 --batch=a|b` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // data received from another party, named by its trade or kind
  ['data-source', 'present', 'We receive your test results from the laboratory that analysed your sample.'],
  ['data-source', 'present', 'The academy may also obtain your exam grades from your previous college.'],
  ['data-source', 'present', 'If you hire a van through a broker, we get your name and pick-up date from that broker.'],
  ['data-source', 'present', 'Apart from what you tell us yourself, we can receive details on you from:\n\n- your landlord or letting agent;\n- the local council;\n- debt advice charities.'],
  ['data-source', 'present', 'Now and then a former employer passes on your references to us.'],
  ['data-source', 'notpresent', 'We receive your order from you through the checkout form.'],
  ['data-source', 'notpresent', 'We receive updates from the council about road closures near the depot.'],
  ['data-source', 'notpresent', 'You will receive a confirmation from the laboratory once your sample arrives.'],
  // a cookie choice stated with no means of making it
  ['cookies', 'partial', 'Our game does not set cookies itself. Some advertising libraries inside it may set cookies to measure their ads. You are free to accept or reject such cookies.'],
  ['cookies', 'partial', 'This website does not place cookies directly. Embedded video players from other companies might place their own, and you may choose to either accept or refuse those cookies.'],
  ['cookies', 'present', 'We set a session cookie to keep you signed in and an analytics cookie to count visits. You can accept or refuse the analytics cookie in the cookie banner.'],
  ['cookies', 'present', 'We use one cookie to remember your language. You can block it in your browser settings.'],
  // purposes listed under a heading about use
  ['purposes', 'present', '## What we use it for\n\n- Booking your lessons and sending reminders\n- Invoicing you at the end of each term'],
  ['purposes', 'present', '## Why I need your details\n\nTo arrange the walks, to let you know if I am running late, and to invoice you each month.'],
  ['purposes', 'present', '## 4. Why we use it\n\na) To repair your bike and call you when it is ready.\n\nb) To keep our warranty records.'],
  ['purposes', 'present', 'We need your measurements to tailor the suit you ordered.'],
  ['purposes', 'notpresent', '## What we use\n\n- Booking software from a scheduling company\n- Accounting software for our invoices'],
  ['purposes', 'notpresent', '## Our aims\n\nTo feed every family in the valley.'],
  // legitimate interests named as a subject or after a label
  ['legitimate-interests', 'present', 'Keeping our workshop tools from going missing and improving our opening hours are our legitimate interests.'],
  ['legitimate-interests', 'present', '- Legitimate interests (Art. 6(1)(f) GDPR): letting the next person on the waiting list know when a slot opens up.'],
  ['legitimate-interests', 'present', 'Our legitimate interests here: making sure tutors are paid on time.'],
  ['legitimate-interests', 'partial', 'Some of this rests on our legitimate interests.'],
  ['legitimate-interests', 'partial', '- Legitimate interests (Art. 6(1)(f) GDPR).'],
  // access and correction offered as "ask … and we'll send you a copy", "tell us and we'll fix it"
  ['right-access', 'present', '## Your rights\n\nJust ask me what I have on file about you and I will email you a copy.'],
  ['right-access', 'present', '## Your rights\n\nYou can ask us at any time what we hold about you, and we will send you a copy.'],
  ['right-rectification', 'present', '## Your rights\n\nIf any detail we have is out of date, tell us and we will fix it.'],
  ['right-rectification', 'present', "## Your rights\n\nIf anything I've noted about you is wrong, let me know and I'll correct it."],
  ['right-access', 'notpresent', '## Your rights\n\nAsk me what time the class starts and I will send you a copy of the timetable.'],
  ['right-rectification', 'notpresent', '## Your rights\n\nIf a delivery is wrong, tell us and we will put it right.'],
];

export const BATCH_B: FrameRow[] = [
  // data received from another party, named by its kind
  ['data-source', 'present', 'We may obtain your driving record from the licensing agency when you hire a car.'],
  ['data-source', 'present', 'Occasionally we receive your contact details from the charity that referred you to us.'],
  ['data-source', 'present', 'Apart from what you give us, information about you may come to us from:\n\n- your bank;\n- the court, in a dispute.'],
  ['data-source', 'present', 'If your club enters you for a race, we get your name and category from the club.'],
  ['data-source', 'notpresent', 'We receive grants from the local council to run the youth centre.'],
  ['data-source', 'notpresent', 'Parents receive a weekly report from the nursery.'],
  // a choice with no means; what follows a refusal
  ['cookies', 'partial', 'Our app has no cookies of its own. Maps shown in it come from a mapping provider that may set cookies to count views. You are free to either accept or decline these cookies.'],
  ['cookies', 'partial', 'We use a cookie to remember what is in your basket. If you decide to block our cookies, the basket will empty each time you leave.'],
  ['cookies', 'present', 'We use a cookie to remember your basket. You can accept or refuse it through the cookie settings link in the footer.'],
  ['cookies', 'present', 'The museum website sets no cookies and uses no tracking of any kind.'],
  // purposes under a heading about use
  ['purposes', 'present', '## What I use your details for\n\n- Walking your dog on the days you book\n- Texting you a photo after each walk'],
  ['purposes', 'present', '## 3. Why we need it\n\na) To fit your hearing aid and check it a month later.\n\nb) To send your invoice.'],
  ['purposes', 'present', '## What we use it for\n\nMatching volunteers to the shifts they can cover, and thanking them at the end of the year.'],
  ['purposes', 'present', 'We need your height and weight to plan your climbing route.'],
  ['purposes', 'notpresent', '## What we use\n\n- Accounting software for the shop\n- A booking system for the tables'],
  ['purposes', 'notpresent', '## Our story\n\nFeeding the whole street since the bakery opened.'],
  // legitimate interests after a label
  ['legitimate-interests', 'present', '- Legitimate interests (Article 6(1)(f)): keeping the car park for residents.'],
  ['legitimate-interests', 'present', 'Our legitimate interest here: stopping fake reviews on the site.'],
  ['legitimate-interests', 'partial', 'Legitimate interests (Article 6(1)(f) GDPR) cover the rest.'],
  ['legitimate-interests', 'notpresent', 'We process your data in our legitimate interests where the law allows us to do so.'],
  // recipients listed under a heading about who gets the data
  ['recipients', 'present', '## Who sees your information\n\n- Our accountant, for the yearly tax return.\n- The printer, who prints your order.'],
  ['recipients', 'present', '## Who we pass it on to\n\nWhen needed: couriers, our insurers and our payroll bureau.'],
  ['recipients', 'present', '## Who else gets it\n\nThe National Choir Federation (for competition entries).'],
  ['recipients', 'notpresent', '## Who we share it with\n\nWe never pass your details to advertisers or data brokers.'],
  ['recipients', 'notpresent', '## Our team\n\nTwo coaches, a treasurer and a secretary.'],
  // access and correction said as "ask … we'll send", "tell us … we'll fix it"
  ['right-access', 'present', '## Your rights\n\nAsk us what information we keep about you, and we will send you a copy within a month.'],
  ['right-rectification', 'present', '## Your rights\n\nIf something we hold about you is wrong, let us know and we will correct it.'],
  ['right-access', 'notpresent', '## Your rights\n\nAsk us for the menu and we will send you a copy by e-mail.'],
  // no cookies at all
  ['cookies', 'present', 'Our newsletter signup page does not set or store any cookies.'],
  ['cookies', 'notpresent', 'There are no banners and no third-party cookies on this site, only our own session cookie.'],
];

/**
 * Each of this round's changes on rows of its kind in other wording and domains, with look-alikes that
 * share the words but not the meaning (a test of the mechanism, not held out).
 */
export const KINDS: FrameRow[] = [
  // `sources`: a party of a known kind after "from" is where received data comes from
  ['data-source', 'present', 'We may receive your claim history from your previous insurer.'],
  ['data-source', 'present', 'The surgery obtains your vaccination record from the hospital that treated you.'],
  ['data-source', 'present', 'If a letting agent refers you, we get your name and move-in date from that agent.'],
  ['data-source', 'present', 'Your former school hands over your reports to us when you enrol.'],
  ['data-source', 'notpresent', 'We receive rent from the council each month.'],
  ['data-source', 'notpresent', 'You can order a copy of your results from the laboratory.'],
  ['data-source', 'notpresent', 'Members get discounts from partner gyms in the area.'],
  ['data-source', 'notpresent', 'We send you newsletters and marketing from us and our sponsors.'],
  // a choice to accept or refuse cookies, or what follows a refusal, is no means of refusing
  ['cookies', 'partial', 'The shop does not use cookies of its own, but the payment widget may set some to spot fraud. You may accept or decline these cookies.'],
  ['cookies', 'partial', 'We use analytics cookies to see which pages are read. If you decide to refuse our cookies, some pages may load more slowly.'],
  ['cookies', 'present', 'We use analytics cookies to see which pages are read. You can accept or decline them in the cookie banner at the foot of each page.'],
  ['cookies', 'present', 'We use analytics cookies to see which pages are read; you can delete them through your browser settings.'],
  ['cookies', 'present', 'Our map partner may set cookies to count how often the map is opened. On your first visit a pop-up lets you accept or reject all optional cookies.'],
  // purposes under a heading about use: gerunds, lettered items, "why I"
  ['purposes', 'present', '## What we use your details for\n\n- Sending your prescriptions to the pharmacy\n- Reminding you of your next check-up'],
  ['purposes', 'present', '## Why I collect your information\n\n- Planning your training sessions\n- Invoicing you each month'],
  ['purposes', 'present', '## Why we use it\n\n(i) To process your membership.\n\n(ii) To organise the annual tournament.'],
  ['purposes', 'present', 'We need your shoe size to prepare your rental skis.'],
  ['purposes', 'notpresent', '## What we use\n\n- Scheduling tools from a software company\n- Messaging apps for the team'],
  ['purposes', 'notpresent', '## About us\n\n- Including everyone in village life since 1952'],
  // legitimate interests named after a label's colon
  ['legitimate-interests', 'present', '- Legitimate interest (Art. 6(1)(f)): keeping the bike racks free for paying members.'],
  ['legitimate-interests', 'present', 'Our legitimate interests in this case: preventing double bookings of the hall.'],
  ['legitimate-interests', 'partial', 'Legitimate interests (Art. 6(1)(f) GDPR) apply to some of this.'],
  ['legitimate-interests', 'notpresent', 'Your details may be processed where this serves our legitimate interests to do so.'],
  // a party of a kind that receives data, listed under a heading about who gets it
  ['recipients', 'present', '## Who sees your details\n\n- Our auditors, who check the annual accounts.\n- The printers, for the programme.'],
  ['recipients', 'present', '## Who we share it with\n\nWhere needed for your claim: our insurers, loss adjusters and solicitors.'],
  ['recipients', 'present', '## Who else gets it\n\nThe Regional Rowing Association (for race entries).'],
  ['recipients', 'notpresent', '## Who we share it with\n\nOur sponsors never see member details.'],
  ['recipients', 'notpresent', '## About the club\n\nOur coaches, our volunteers and our members.'],
  // no cookies at all, said with two verbs or as one of a row of things there are none of
  ['cookies', 'present', 'Our booking page does not store or read cookies.'],
  ['cookies', 'present', 'There are no logins, no adverts, no cookies and no trackers on this site.'],
  ['cookies', 'notpresent', 'There are no adverts, no pop-ups, no cookies except the one that remembers your basket.'],
  ['cookies', 'notpresent', 'The app does not set or read advertising cookies.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 14';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at b3d97e9 gets 12 of 29 wrong; this branch 2).
  // Batch b: written after them, data frozen (main at b3d97e9 gets 13 of 30 wrong; this branch 4).
  "## Your rights\n\nAsk me what time the class starts and I will send you a copy of the timetable.": "round 14, batch a: \"send you a copy\" in a rights section gives access whatever the copy is of (not changed: no dev-round error of the kind)",
  "## What we use it for\n\nMatching volunteers to the shifts they can cover, and thanking them at the end of the year.": "round 14, batch b: a gerund under a purposes heading is read as an activity only before a determiner or a pronoun (\"Packing your order\"); a bare plural after it (\"Matching volunteers\") is not",
  "## Who we pass it on to\n\nWhen needed: couriers, our insurers and our payroll bureau.": "round 14, batch b: \"who we pass it on to\" is no heading about recipients (only \"who we share\", \"who \u2026 sees/receives/gets\", \"sharing\", \u2026), so a list of parties under it has no context",
  "## Your rights\n\nAsk us for the menu and we will send you a copy by e-mail.": "round 14, batch b: as in batch a, \"send you a copy\" in a rights section gives access whatever the copy is of",
  "We receive updates from the council about road closures near the depot.": "round 14, batch a: a cue of data-source (\"we \u2026 receive \u2026 from\" anyone but the reader), wrong on main too: a veto by frames (what we receive from an organisation with no reader data named) was tried and taken out, because it also dropped \"we receive the discharge summary from the hospital\" (en7), whose object no reader-data class knows",
};
