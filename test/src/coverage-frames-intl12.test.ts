// Issue 13, twelfth round (session 21, helper cov-intl): Dutch, German, French and English on the
// held-out rows of coverage-frames-intl12-rows.ts — batch a written before this round's changes,
// batch b after them with the data frozen (the generalisation figure). Rows in our own words. A row
// the checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { test } from 'node:test';
import { assertRow, coverageOf, englishCoverageOf, type Lang } from './helpers/coverage-lang.js';

const coverage = (lang: Lang | 'en', body: string, requirement: string) => (lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement));

// The kinds of this round, each in our own words with look-alikes that share its words.
test('no transfer said as where all of the data is kept (`kept`: all of it, or nowhere else, inside the EU/EEA/UK or a member state), in four languages; not a website or a cabinet, and not while a transfer is stated elsewhere in the text', () => {
  const rows: [Lang | 'en', string, 'present' | 'notpresent', string][] = [
    ['en', 'international-transfers', 'present', 'We keep all of the club\'s records in the UK.'],
    ['en', 'international-transfers', 'present', 'Our hosting company stores everything on machines inside the European Union.'],
    ['en', 'international-transfers', 'notpresent', 'We keep all receipts in a locked cabinet in the office.'],
    ['en', 'international-transfers', 'notpresent', 'We store all files in the UK, but our email provider copies messages to the United States.'],
    // "us" the pronoun is no place abroad (the cue lists are searched case-folded): only "the US", "USA", "U.S." name the country
    ['en', 'international-transfers', 'present', 'Everything you upload is kept in the EEA and can be opened only by us.'],
    ['en', 'international-transfers', 'notpresent', 'All bookings are held in the UK, though our helpdesk in the US can read them.'],
    ['en', 'international-transfers', 'notpresent', 'All data is stored on servers in the EU.\n\nFor our newsletter we use Mailchimp, whose servers are in the United States.'],
    ['de', 'international-transfers', 'notpresent', 'Alle Daten werden in der EU gespeichert.\n\nFür den Newsletter nutzen wir Mailchimp; dabei werden Ihre Daten in die USA übermittelt.'],
    ['nl', 'international-transfers', 'present', 'Alle ledengegevens staan op een server in Nederland.'],
    ['fr', 'international-transfers', 'present', 'Toutes vos données sont conservées au sein de l’Union européenne.'],
  ];
  for (const [lang, requirement, expected, body] of rows) assertRow(coverage(lang, body, requirement), expected);
});

test('a sole trader as “ik / ich / je”: the verb next to the subject in its own form, after an object that opens the clause too; the writer\'s “I” in a question is the reader\'s', () => {
  const rows: [Lang, string, 'present' | 'missing' | 'notpresent', string][] = [
    ['nl', 'retention', 'present', 'Offertes bewaar ik één jaar.'],
    ['de', 'recipients', 'present', 'Ihre Adresse gebe ich an die Druckerei weiter.'],
    ['fr', 'right-erasure', 'present', 'Sur votre demande, j’efface votre fiche client.'],
    ['nl', 'right-erasure', 'notpresent', 'Kan ik mijn profiel zelf verwijderen?'],
    ['de', 'right-erasure', 'notpresent', 'Wie lösche ich mein Benutzerkonto?'],
    ['de', 'purposes', 'missing', 'Den Anhänger nutze ich nur, um Holz zu transportieren.'],
  ];
  for (const [lang, requirement, expected, body] of rows) assertRow(coverage(lang, body, requirement), expected);
});

