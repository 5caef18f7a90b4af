// Issue 13, third round (session 13): Dutch, German and French on the held-out rows of
// coverage-frames-intl3-rows.ts — batch 6 written before this round's changes, batch 7 after them
// with the data frozen (the generalisation figure) — and the look-alikes of this round's kinds: a
// number word's period, a third person's possessive, a "Sie" that means "they", a trade named as
// recipient. A row the checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueWords } from '../../server/out/engine/values.js';
import { assertRow, coverageOf, rowTests } from './helpers/coverage-lang.js';
import { BATCH6, BATCH7 } from './coverage-frames-intl3-rows.js';

test('number words: one reader per language, compounds built from values.yaml (compose)', () => {
  const n = (lang: string, w: string) => valueWords(lang).numbers.get(w);
  assert.deepEqual([n('de', 'vierzehn'), n('de', 'vierundzwanzig'), n('de', 'einundneunzig')], [14, 24, 91]);
  assert.deepEqual([n('nl', 'veertien'), n('nl', 'vijfentwintig'), n('nl', 'tweeëntwintig')], [14, 25, 22]);
  assert.deepEqual([n('fr', 'quatorze'), n('fr', 'vingt-cinq'), n('fr', 'trente et un'), n('fr', 'soixante-douze')], [14, 25, 31, 72]);
  assert.deepEqual([n('en', 'fourteen'), n('en', 'twenty-one')], [14, 21]);
  const period = (lang: string, s: string) => [...s.matchAll(valueWords(lang).period)].map((m) => m[0]);
  assert.deepEqual(period('de', 'nach vierzehn Tagen gelöscht'), ['vierzehn Tagen']);
  assert.deepEqual(period('de', 'Wir feiern unser Jubiläum.'), []);
});

test('number words as a period: retention given in words, and a deadline in words is no retention', () => {
  assertRow(coverageOf('de', 'Protokolle löschen wir nach einundzwanzig Tagen.', 'retention'), 'present');
  assertRow(coverageOf('nl', 'Logbestanden bewaren we vijfentwintig dagen.', 'retention'), 'present');
  assertRow(coverageOf('fr', 'Les journaux sont conservés vingt-cinq jours.', 'retention'), 'present');
  assertRow(coverageOf('de', 'Auf Ihre Anfrage antworten wir innerhalb von vierzehn Tagen.', 'retention'), 'missing');
  assertRow(coverageOf('fr', 'Nous traitons ta demande sous quinze jours.', 'retention'), 'missing');
});

test('a third person’s possessive: a third party’s own after a third party, the users’ data after the users', () => {
  assertRow(coverageOf('de', 'Nutzer können ihre Daten jederzeit löschen lassen.', 'right-erasure'), 'present');
  assertRow(coverageOf('fr', 'Les partenaires peuvent supprimer leurs données depuis leur espace.', 'right-erasure'), 'notpresent');
  assertRow(coverageOf('fr', 'Les utilisateurs peuvent demander l’effacement de leurs données à tout moment.', 'right-erasure'), 'present');
  assertRow(coverageOf('nl', 'Leveranciers kunnen hun gegevens zelf laten verwijderen.', 'right-erasure'), 'notpresent');
});

test('a sentence-opening "Sie" after a third party’s sentence is "they"; after ours it is the reader', () => {
  assertRow(coverageOf('de', 'Mit der Lohnabrechnung sind zwei Steuerberater beauftragt. Sie können Ihre Gehaltsdaten dafür einsehen.', 'right-access'), 'notpresent');
  assertRow(coverageOf('de', 'Wir speichern Ihre Daten sicher. Sie können Ihre Daten jederzeit bei uns einsehen.', 'right-access'), 'present');
});

test('a service provider named by its trade receives data; the trade alone gives nothing', () => {
  assertRow(coverageOf('de', 'Für den Versand erhält eine Druckerei Ihren Namen und Ihre Anschrift.', 'recipients'), 'present');
  assertRow(coverageOf('fr', 'Nous transmettons ton adresse à l’imprimeur qui fabrique tes cartes.', 'recipients'), 'present');
  assertRow(coverageOf('nl', 'Je naam en adres sturen we door naar de drukkerij.', 'recipients'), 'present');
  assertRow(coverageOf('de', 'Die Druckerei am Marktplatz sponsert unser Sommerfest.', 'recipients'), 'missing');
  assertRow(coverageOf('nl', 'De drukkerij levert het clubblad op dinsdag af.', 'recipients'), 'missing');
});

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch 6 (base 12 of 77 wrong, now 3):
  // (Session 20, cov-intl: “Computers nemen bij ons geen beslissingen over u zonder dat een medewerker ernaar kijkt” left this list: `about-reader` with a negated decision, intl11.)
  // Batch 7 (written after the changes, data frozen: 5 of 39 wrong, base 11):
  'Is je adres veranderd? Geef het door, dan zetten wij het recht.': '"zetten … recht" split by its object: only "rechtzetten" whole is of the correct class; "Geef het door" is no condition',
  'Sommige van onze leveranciers verwerken je gegevens in India.': 'a country outside the EEA named by its name: no class of countries',
  'Die Kanzlei, die uns rechtlich berät, erhält im Streitfall Ihre Vertragsdaten.': 'the subject and its verb split by a relative clause (a comma): the subject is not looked for back across it',
  'Beschwerden über den Umgang mit Ihren Daten können Sie auch an die zuständige Datenschutzaufsicht richten.': '"Beschwerden … richten an" with the noun put first: no action of the complain class',
  'Le routeur qui expédie notre lettre papier reçoit votre nom et votre adresse postale.': 'the subject and its verb split by a relative clause ("qui expédie …"): the nearest subject is none',
};

rowTests(
  ([['6', BATCH6], ['7', BATCH7]] as const).flatMap(([batch, rows]) =>
    rows.map(([lang, requirement, expected, body]) => ({ name: `frames ${lang} batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [lang, requirement, expected, body] as const, why: KNOWN[body] })),
  ),
  ([lang, requirement, expected, body]) => assertRow(coverageOf(lang, body, requirement), expected),
  'nl/de/fr batches 6-7, known misses',
);
