// Issue 13, session 34: the review of the whole landing change found cues of this session that read look-alikes as given
// (a law cited in brackets after "legitimate interests" taken for the interest; a field line of a cookie table taken for
// whether data must be given; "partly, but …" taken for not relying on legitimate interests; "offers" that are the
// company's services taken for marketing; the reader taken for the outside source; a reader's duty "where required by
// law" taken for our disclosure). Each written here in our own words; all were wrong before the review fixes.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid34review';

export const BATCH_A: CrossRow[] = [
  ['de', 'legitimate-interests', 'partial', 'Wir verarbeiten Ihre Daten auf Grundlage unseres berechtigten Interesses (gem. Art. 6 Abs. 1 lit. f DSGVO).'],
  ['en', 'legitimate-interests', 'partial', 'Your data is handled relying on our legitimate interests (pursuant to Art. 6 para. 1 lit. f GDPR).'],
  ['en', 'legitimate-interests', 'partial', 'Some processing relies on our legitimate interests (under UK GDPR).'],
  ['fr', 'legitimate-interests', 'partial', 'Nous traitons vos données sur la base de notre intérêt légitime (conformément à l’article 6.1.f du RGPD).'],
  ['nl', 'statutory-contractual', 'notpresent', 'Je account is niet zichtbaar voor andere gebruikers.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Uw account is geen openbaar profiel.'],
  ['en', 'statutory-contractual', 'notpresent', 'Cookies we set:\n\n- Session information: necessary (expires after 24 hours)\n- Login data: necessary'],
  ['de', 'statutory-contractual', 'notpresent', 'Cookies auf dieser Seite:\n\n- Sitzungsdaten: notwendig'],
  ['de', 'right-objection', 'present', 'Sie können der Verarbeitung Ihrer Daten zur Verbesserung unserer Angebote jederzeit widersprechen.'],
  ['de', 'data-source', 'notpresent', 'Haben Sie uns Ihre E-Mail-Adresse mitgeteilt, senden wir Ihnen die Bestätigung dorthin.'],
  ['nl', 'data-source', 'notpresent', 'Als je je gegevens aan ons hebt gegeven, sturen we je een bevestiging.'],
  ['en', 'statutory-contractual', 'present', 'You must provide your date of birth where required by law.'],
];

export const KNOWN: Record<string, string> = {};
