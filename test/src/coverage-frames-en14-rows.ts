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
  ['data-source', 'present', 'Besides what you tell us, we may receive information about you from:\n\n- your landlord or letting agent;\n- the local council;\n- debt advice charities.'],
  ['data-source', 'present', 'Now and then a former employer passes on your references to us.'],
  ['data-source', 'notpresent', 'We receive your order from you through the checkout form.'],
  ['data-source', 'notpresent', 'We receive updates from the council about road closures near the depot.'],
  ['data-source', 'notpresent', 'You will receive a confirmation from the laboratory once your sample arrives.'],
  // a cookie choice stated with no means of making it
  ['cookies', 'partial', 'Our game does not set cookies itself. Some advertising libraries inside it may set cookies to measure their ads. You are free to accept or reject such cookies.'],
  ['cookies', 'partial', 'This website does not place cookies directly. Embedded video players from other companies might place their own, and you have the choice to either accept or refuse these cookies.'],
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

export const BATCH_B: FrameRow[] = [];
