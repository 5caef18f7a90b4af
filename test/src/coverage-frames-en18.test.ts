// Issue 13, coverage by meaning, round 18 (session 22, helper cov-given): false alarms of data-source on
// the held-out rows of coverage-frames-en18-rows.ts (batch a, written before this round's change). A row
// the checker still gets wrong is listed in KNOWN with what it lacks and runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A } from './coverage-frames-en18-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  'Occasionally Rightmove forwards us your enquiry and telephone number.':
    'round 18, batch a: “forwards” is no action of the handing classes, and “your enquiry” reads as the reader’s request, not data',
  'The agency can request your references from your last employer.':
    'round 18, batch a: “request” is no get-access action (only receive, obtain, collect …), so the source is not read',
  'If a deposit is not given, the hotel may refuse the booking.':
    'round 18, batch a: the “not provided/given” consequence cue reads any thing not given, not only data (main has the same with “we cannot”: “If a deposit is not given, we cannot hold the room”)',
  'Simply send us your receipt and we will refund you.':
    'round 18, batch a: wrong on main too: no frame reads it (the imperative has actor none); the coverage classifier gives it',
};

roundRows('frames round 18', { a: BATCH_A }, KNOWN, englishRow);
