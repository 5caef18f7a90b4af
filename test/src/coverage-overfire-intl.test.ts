// Ordinary German and French sentences about other things than personal data, aimed at cues of
// this session's rounds: each must leave the item missing. Written for the review in our own
// words. Rows: [language, requirement, body].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, show, type Lang } from './helpers/coverage-lang.js';

const ROWS: [Lang, string, string][] = [
  // „ohne diese … ist … nicht möglich“ says what is mandatory only of data, not of a permit.
  ['de', 'statutory-contractual', 'Ohne diese Genehmigung ist ein Umbau nicht möglich.'],
  ['de', 'statutory-contractual', 'Ohne die passende Leiter ist die Reinigung der Dachrinne nicht möglich.'],
  // « sur la base du contrat » is a lawful basis when processing stands on it, not building works.
  ['fr', 'lawful-basis', 'Les travaux sont réalisés sur la base du contrat signé avec le propriétaire.'],
  ['fr', 'lawful-basis', 'Notre tarif de groupe repose sur un contrat annuel avec la mairie.'],
  // A file another program opens is portability when it holds the reader's data, not a drawing.
  ['fr', 'right-portability', 'Le plan de votre cuisine est fourni en fichier PDF, lisible dans un autre logiciel de dessin.'],
  ['nl', 'right-portability', 'U krijgt de bouwtekening als bestand dat u in een ander programma kunt openen.'],
];

for (const [lang, requirement, body] of ROWS) {
  test(`${lang} ordinary sentence leaves ${requirement} missing: "${body.length > 60 ? `${body.slice(0, 57)}...` : body}"`, () => {
    const c = coverageOf(lang, body, requirement);
    assert.equal(c.status, 'missing', show(c));
  });
}

// The same cues where the sentence is about data still give the item.
const GIVES: [Lang, string, string][] = [
  ['de', 'statutory-contractual', 'Wir brauchen deine Adresse für die Lieferung; ohne diese Angaben ist eine Bestellung nicht möglich.'],
  ['fr', 'lawful-basis', 'Nous traitons vos coordonnées pour vous livrer, sur la base du contrat passé avec vous.'],
];
for (const [lang, requirement, body] of GIVES) {
  test(`${lang} the cue still gives ${requirement} of data: "${body.slice(0, 57)}..."`, () => {
    const c = coverageOf(lang, body, requirement);
    assert.notEqual(c.status, 'missing', show(c));
  });
}
