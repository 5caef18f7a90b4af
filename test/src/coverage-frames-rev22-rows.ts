// Issue 13, session 22 review (helper rev-engine): rows for defects found in the engine code the
// session's branches changed, written in our own words. (1) Words written as a name that name no third
// party, for `names` (a party as agent or goal) and for named sources (after "from") alike: a label a
// number follows (a version, a phase, a season with its year, a stage), and our own units named by an
// acronym (`internal`: HR, the DPO) — the session let acronyms and a sentence-opening "From" name a
// party, and the exclusions of our own units were read for `names` only. Beside them, third parties named
// the same way, which must still be read. (2) French « pour » + article + a noun shaped as an
// infinitive (« pour le courrier ») read as a purpose: left in KNOWN, see the note there.
// (3) data-source from a one-word subject no class knows that hands us its own data (« their »).
// main at c08b57b: 13 of the 22 rows wrong; this branch: the three French (KNOWN) (node scripts/score-rows.js . --rows=rev22 --batch=a).
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // a party named after "from", at the sentence's start or after the verb: still a source
  ['en', 'data-source', 'present', 'From Northgate Surgery, we receive your vaccination dates.'],
  ['en', 'data-source', 'present', 'We receive your exam results from Harlow College.'],
  // a label a number follows, after a sentence-opening "From": a time or a version, no party
  ['en', 'data-source', 'notpresent', 'From Version 3, we receive your step count.'],
  ['en', 'data-source', 'notpresent', 'From Spring 2026, we receive your weekly totals.'],
  ['en', 'data-source', 'notpresent', 'From Phase 2 onward, we receive your meter readings.'],
  ['en', 'data-source', 'notpresent', 'From Admissions, we receive the form you filled in.'],
  // a named party that handles the reader's data for us: still a recipient
  ['en', 'recipients', 'present', 'Your sick notes are handled by Payfold.'],
  ['en', 'recipients', 'present', 'Your lesson bookings are managed by Tutorly.'],
  // our own units by acronym, and a stage a number follows: no recipient
  ['en', 'recipients', 'notpresent', 'Your sick notes are handled by HR.'],
  ['en', 'recipients', 'notpresent', 'Your records are handled by the DPO.'],
  ['en', 'recipients', 'notpresent', 'Your survey answers are moved to Stage 2 of the review.'],
  ['en', 'recipients', 'notpresent', 'Late entries are handled by Round 2 of the judging.'],
  // a one-word subject no class knows hands us data (the shape session 22 opened, "Withings may send us …"):
  // the reader's data is from another source; the subject's own ("their grades") is the data subjects'
  ['en', 'data-source', 'present', 'Strava may pass us your ride history once you connect it.'],
  ['en', 'data-source', 'present', 'The timing firm sends us your race times after each event.'],
  ['en', 'data-source', 'notpresent', 'Students may send us their grades.'],
  ['en', 'data-source', 'notpresent', 'Tenants can send us their meter readings by text.'],
  ['en', 'data-source', 'notpresent', 'Volunteers may give us their availability each month.'],
  ['en', 'data-source', 'notpresent', 'Claimants may forward us their own medical letters.'],
  // French: « pour » + a clitic that is also an article, before a noun shaped as an infinitive
  ['fr', 'purposes', 'present', 'Nous conservons votre adresse pour la vérifier une fois par an.'],
  ['fr', 'purposes', 'notpresent', 'Nous conservons votre adresse pour le courrier de fin d’année.'],
  ['fr', 'purposes', 'notpresent', 'Nous conservons votre numéro de téléphone pour le calendrier des matchs.'],
  ['fr', 'purposes', 'notpresent', 'Nous gardons votre adresse pour le premier envoi.'],
];

export const LABEL = 'frames review 22';

export const KNOWN: Record<string, string> = {
  // « le », « la », « les », « l’ » are articles and object pronouns alike (in both `infinitive.not` and
  // `clitics`): after one, a noun ending in -er/-ir/-re (courrier, calendrier, premier) passes `shape`.
  // Requiring an action class to know the verb would lose « pour les afficher » (afficher no class knows);
  // the fix needs a way to tell the noun (a complement « de … » or an adjective after it) from the verb,
  // not a list of nouns.
  'Nous conservons votre adresse pour le courrier de fin d’année.': 'fr: « pour le » + a noun in -er read as a purpose (clitic = article)',
  'Nous conservons votre numéro de téléphone pour le calendrier des matchs.': 'fr: « pour le » + a noun in -ier read as a purpose (clitic = article)',
  'Nous gardons votre adresse pour le premier envoi.': 'fr: « pour le » + an adjective in -ier read as a purpose (clitic = article)',
};
