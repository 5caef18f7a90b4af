// Issue 13, twelfth round (session 21, helper cov-intl): Dutch, German, French and English on the
// held-out rows of coverage-frames-intl12-rows.ts — batch a written before this round's changes,
// batch b after them with the data frozen (the generalisation figure). Rows in our own words. A row
// the checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { assertRow, coverageOf, englishCoverageOf, type Lang } from './helpers/coverage-lang.js';
import { roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B } from './coverage-frames-intl12-rows.js';

const coverage = (lang: Lang | 'en', body: string, requirement: string) => (lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement));

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): main's checker gets 24 of 34 wrong; this branch 3.
  'Je kunt mij altijd vragen welke gegevens ik van je heb.': 'an embedded question as what the reader may ask (“vragen welke gegevens ik van je heb”): no access frame reads a question clause as its object, and “mij” is no `us` mark (English has the same gap: “ask me which details I hold”)',
  'Chaque candidature est lue et évaluée par un membre de notre équipe.': 'a person who reviews, with nothing automatic named and no decision or refusal: by design this says nothing of whether decisions are automated (fr frames.yaml, automated-decision-making); a label question, left as it is',
  'L\'accord donné pour recevoir la lettre d\'information peut être retiré à tout moment.': 'a withdrawal of the newsletter consent alone is read as a marketing-only opt-out (`without: marketing`): the audit\'s Q4 (newsletter-only withdrawal, labels split 6 v 2), a label question, not moved',
};

roundRows('frames nl/de/fr/en round 12, batches a-b', { a: BATCH_A, b: BATCH_B }, KNOWN, ([lang, requirement, expected, body]) => assertRow(coverage(lang, body, requirement), expected));
