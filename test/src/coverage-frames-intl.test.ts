// Issue 13: the statement reader in Dutch, German and French (frames.ts with nl/de/fr frames.yaml).
// What it reads from sentences in those word orders, and the held-out batches of
// coverage-frames-intl-rows.ts: paraphrases of an item, partial statements and look-alikes, written
// before (batch 1) and after (batches 2 and 3) each language's frames. A row the checker still gets wrong
// is listed in KNOWN with what it lacks and runs as a `todo` (reported, not failing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameLanguage, frameProblems, readFrames, type Frame } from '../../server/out/engine/frames.js';
import { PROFILES } from '../../server/out/engine/data.js';
import { assertRow, coverageOf, rowTests } from './helpers/coverage-lang.js';
import { BATCH1, BATCH2, BATCH3 } from './coverage-frames-intl-rows.js';

const read = (lang: string, s: string) =>
  readFrames(frameLanguage(lang), s).map((f: Frame) => ({ actor: f.actor, modals: f.modals, action: f.action, object: f.object, negated: f.negated, conditions: f.conditions }));

test('frames data: the Dutch, German and French frames.yaml name only classes they define, for requirements a profile has', () => {
  const ids = new Set(Object.values(PROFILES).flatMap((p) => p.requirements.map((r) => r.id)));
  for (const lang of ['nl', 'de', 'fr']) {
    assert.ok(frameLanguage(lang).requirements.size > 0, `${lang} has frames of its own`);
    assert.deepEqual(frameProblems(lang, ids), []);
  }
});

test('frames de: the subject after its verb, the condition before it, the object a compound read by its head', () => {
  const [f] = read('de', 'Auf deinen Wunsch löschen wir deine Kundendaten.');
  assert.deepEqual(f, { actor: 'controller', modals: [], action: 'delete', object: 'reader-data', negated: false, conditions: ['on-request'] });
});

test('frames de: a verb at the end of a subordinate clause, its request before it; a negator after a separable verb', () => {
  const f = read('de', 'Du kannst verlangen, dass wir dein Konto entfernen.').find((x) => x.action === 'delete');
  assert.deepEqual(f, { actor: 'reader', modals: ['request', 'able'], action: 'delete', object: 'reader-data', negated: false, conditions: [] });
  const g = read('de', 'Wir geben Ihre Angaben ohne Ihr Einverständnis nicht an Dritte weiter.')[0];
  assert.equal(g.action, 'share');
  assert.equal(g.negated, true);
});

test('frames nl: a modal before its subject, a separable verb split by its object', () => {
  const [f] = read('nl', 'Uw gegevens kunt u altijd laten verwijderen.');
  assert.deepEqual(f, { actor: 'reader', modals: ['request', 'able'], action: 'delete', object: 'reader-data', negated: false, conditions: [] });
  assert.equal(read('nl', 'Wij slaan je gegevens op in Nederland.')[0]?.action, 'keep');
});

test('frames fr: an elided article, a clitic object before its verb, a reflexive verb after its modal', () => {
  const f = read('fr', 'Si vos données sont inexactes, nous les corrigeons.').find((x) => x.action === 'correct');
  assert.equal(f?.object, 'reader-data');
  assert.equal(f?.actor, 'controller');
  const [g] = read('fr', 'Vous pouvez vous opposer à l’utilisation de vos données.');
  assert.deepEqual(g, { actor: 'reader', modals: ['able'], action: 'oppose', object: 'processing', negated: false, conditions: [] });
});

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch 2 scored 7 of 53 wrong with the data frozen (base 10); the seven kinds it showed were then
  // added by word class, and batch 3 written after that. Session 15 fixed the last two by kind (an
  // objection to a zoning plan; « est facultatif » of data only): none left.
};

rowTests(
  ([['1', BATCH1], ['2', BATCH2], ['3', BATCH3]] as const).flatMap(([batch, rows]) =>
    rows.map(([lang, requirement, expected, body]) => ({ name: `frames ${lang} batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [lang, requirement, expected, body] as const, why: KNOWN[body] })),
  ),
  ([lang, requirement, expected, body]) => assertRow(coverageOf(lang, body, requirement), expected),
  'nl/de/fr batches 1-3, known misses',
);
