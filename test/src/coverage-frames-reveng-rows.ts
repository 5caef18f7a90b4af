// Session 23 review (engine): an element's own veto (`elementsNot`) speaks of the element's match
// beside it, not of every element in its sentence. A retention period tied to an event and left open
// after it ("while you are a member and afterwards for as long as necessary") gives no period; a
// sentence that gives a definite period for one kind of record and that open one for another still
// gives a period. Written in our own words. `node scripts/score-rows.js . --rows=reveng --batch=a`.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // a definite period beside an open one in the same sentence: given
  ['en', 'retention', 'present', 'We keep your invoices for seven years, and your profile while your account is open and afterwards for as long as necessary.'],
  ['en', 'retention', 'present', 'Match reports are stored for 24 months, and coaching notes while you train with the club and thereafter as long as we need them.'],
  ['en', 'retention', 'present', 'Delivery addresses are deleted after 90 days; payment records are held while your contract runs and afterwards for as long as required.'],
  // the open one alone: partial (the kind the veto was written for, in other wording)
  ['en', 'retention', 'partial', 'Coaching notes are kept while you train with the club and thereafter as long as we need them.'],
  ['en', 'retention', 'partial', 'Payment records are held while your contract runs and afterwards for as long as required.'],
];

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {};

export const LABEL = 'frames session 23 review (engine)';
