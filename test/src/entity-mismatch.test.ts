import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../server/out/engine/check.js';
import { parseDocument } from '../../server/out/engine/document.js';
import { inferController, normaliseOrgName, sameOrganisation } from '../../server/out/engine/organisation.js';
import type { Diagnostic, Fix } from '../../server/out/engine/types.js';
import { fixtureTests } from './helpers/fixtures.js';

fixtureTests('entity-mismatch');

const RULE = 'entity-mismatch';
const findings = (text: string) => check(text).diagnostics.filter((d) => d.rule === RULE);

/** Apply LSP-style edits (no overlaps) to a text. */
function applyFix(text: string, fix: Fix): string {
  const doc = parseDocument(text);
  const edits = fix.edits
    .map((e) => ({ start: doc.lines.offsetAt(e.range.start), end: doc.lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function covered(text: string, d: Diagnostic): string {
  const doc = parseDocument(text);
  return text.slice(doc.lines.offsetAt(d.range.start), doc.lines.offsetAt(d.range.end));
}

test('legal forms are spellings of one name', () => {
  const a = normaliseOrgName('Westcon International, Ltd.');
  const b = normaliseOrgName('Westcon International Limited');
  assert.equal(a.key, b.key);
  assert.equal(normaliseOrgName('Acme Inc.').key, normaliseOrgName('Acme Inc').key);
  assert.equal(normaliseOrgName('Vlinder Software B.V.').key, normaliseOrgName('Vlinder Software BV').key);
  assert.equal(normaliseOrgName('Kessel Print PLC').key, normaliseOrgName('Kessel Print plc').key);
  assert.ok(sameOrganisation(normaliseOrgName('Westcon').words, a.words));
  assert.ok(!sameOrganisation(normaliseOrgName('Westcom Network Solutions Limited').words, normaliseOrgName('Westcom Business Communications Ltd').words));
});

test('inferController: front matter, defined term, "privacy policy of", and where it was found', () => {
  const fm = inferController(parseDocument('---\npolicy:\n  controller: Acme Ltd\n  aliases: [Acme]\n---\n# Privacy\n\nAcme collects names.\n'));
  assert.equal(fm?.name, 'Acme Ltd');
  assert.equal(fm?.source, 'front-matter');
  assert.deepEqual(fm?.aliases, ['Acme']);

  const text = 'Our policy\n\nBramble Foods Limited (collectively, "Bramble", "we") bakes bread.\n';
  const dt = inferController(parseDocument(text));
  assert.equal(dt?.name, 'Bramble Foods Limited');
  assert.equal(dt?.source, 'defined-term');
  assert.deepEqual(dt?.aliases, ['Bramble']);
  assert.equal(text.slice(dt!.span!.start, dt!.span!.end), 'Bramble Foods Limited');

  const of = inferController(parseDocument('This is the privacy policy of Quillon Instruments Ltd. We make gauges.\n'));
  assert.equal(of?.name, 'Quillon Instruments Ltd');
  assert.equal(of?.source, 'policy-of');

  for (const [t, name] of [
    ["Vlinder Software B.V. (hierna: 'wij') maakt software.", 'Vlinder Software B.V.'],
    ['Die Falkenrot Systeme GmbH (nachfolgend „wir“) entwickelt Software.', 'Falkenrot Systeme GmbH'],
    ['Lumière Conseil SAS (ci-après « nous ») accompagne les entreprises.', 'Lumière Conseil SAS'],
    ['Acme Widgets Ltd ("Acme", "we", "us") sells widgets.', 'Acme Widgets Ltd'],
  ]) {
    assert.equal(inferController(parseDocument(t))?.name, name, t);
  }
  assert.equal(inferController(parseDocument('# Privacy\n\nWe collect your email address.\n')), undefined);
});

test('a law named like an organisation ("im Sinne der DSGVO", "de AVG", "le RGPD", "the UK GDPR") is not one', () => {
  const declared = (lang: string, body: string) => `---\npolicy:\n  controller: Larkspur Cycles Ltd\n  language: ${lang}\n---\n${body}`;
  const texts: [string, string][] = [
    ['de', '# Datenschutzerklärung\n\nDie Larkspur Cycles Ltd entscheidet, wofür Ihre Daten verwendet werden, und ist damit Verantwortlicher im Sinne der Datenschutz-Grundverordnung (DSGVO).\n\nWir verarbeiten Ihre Daten nach Art. 6 Abs. 1 DSGVO. Die DSGVO gibt Ihnen Rechte; das BDSG ergänzt sie.\n'],
    ['nl', '# Privacyverklaring\n\nLarkspur Cycles Ltd is verwerkingsverantwoordelijke in de zin van de Algemene Verordening Gegevensbescherming (AVG).\n\nDe AVG geeft u rechten. Wij verwerken uw gegevens op grond van artikel 6 AVG.\n'],
    ['fr', '# Politique de confidentialité\n\nLarkspur Cycles Ltd est responsable du traitement au sens du RGPD. Le RGPD vous donne des droits.\n'],
    ['en', '# Privacy policy\n\nLarkspur Cycles Ltd is the controller under the UK GDPR. You have rights under the Data Protection Act and the UK GDPR.\n'],
  ];
  for (const [lang, body] of texts) assert.deepEqual(findings(declared(lang, body)).map((d) => d.message), [], lang);
  // Undeclared, the law is not taken for the controller, and the organisation after it still is.
  const named = inferController(parseDocument('# Datenschutzerklärung\n\nVerantwortlicher im Sinne der DSGVO ist die Falkenrot Systeme GmbH, Hauptstraße 1, 10115 Berlin.\n\nDie DSGVO gibt Ihnen Rechte.\n'));
  assert.equal(named?.name, 'Falkenrot Systeme GmbH');
  // Another organisation is still found beside the law.
  const other = findings(declared('de', '# Datenschutzerklärung\n\nVerantwortlicher im Sinne der DSGVO ist die Bergmann Digital GmbH.\n'));
  assert.equal(other.length, 1);
  assert.match(other[0].message, /Bergmann Digital/);
});

test('the message names both organisations; fixes replace one place or all of them', () => {
  const text = readFileSync(join('test', 'fixtures', RULE, 'defined-term.md'), 'utf8');
  const found = findings(text);
  assert.equal(found.length, 3);
  for (const d of found) {
    assert.match(d.message, /“Ostrava Trading”/);
    assert.match(d.message, /Bramble/);
    assert.equal(d.severity, 'warning');
    assert.equal(covered(text, d), 'Ostrava Trading');
    assert.deepEqual(
      d.fixes?.map((f) => [f.kind, f.title]),
      [
        ['suggestion', 'Replace with Bramble'],
        ['suggestion', 'Replace all 3 occurrences of “Ostrava Trading” with Bramble'],
      ],
    );
  }
  assert.equal(found[0].related?.filter((r) => /too/.test(r.message)).length, 2, 'the first place lists the others');
  const one = applyFix(text, found[1].fixes![0]);
  assert.equal(one.split('Ostrava Trading').length, 3, 'the single fix changes one place');
  assert.match(one, /Bramble does not sell/);
  const fixed = applyFix(text, found[0].fixes![1]);
  assert.deepEqual(findings(fixed), []);
  assert.match(fixed, /Bramble uses your phone number/);
});

test('a name with a legal form is replaced with the full name, a bare one with the short name', () => {
  const text = readFileSync(join('test', 'fixtures', RULE, 'declared-controller.md'), 'utf8');
  const found = findings(text);
  assert.deepEqual(found.map((d) => d.fixes![0].title), ['Replace with Harbour Lane', 'Replace with Harbour Lane Analytics Ltd']);
  assert.deepEqual(findings(applyFix(text, found[0].fixes![1])), []);
});

test('bad input does not crash the rule', () => {
  for (const t of ['', '(', '("we")', 'Ltd', 'A Ltd (“', '\u0000\uFFFF Ltd Inc GmbH', 'X '.repeat(20000), '("we", "us") '.repeat(2000), 'Acme Ltd ('.repeat(3000)]) {
    const r = check(t);
    assert.ok(!r.diagnostics.some((d) => d.rule === RULE && /Internal error/.test(d.message)), JSON.stringify(t.slice(0, 30)));
  }
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).

test('"replace all" drops the leftover name\'s own defined term instead of defining the controller as itself', () => {
  const text = 'Harrow Kitchens Ltd ("we") fits kitchens.\n\nBexley Fitted Ltd ("BFL") is the data controller. BFL is registered in Wales.\n';
  const found = findings(text);
  assert.deepEqual(found.map((d) => covered(text, d)), ['Bexley Fitted Ltd', 'BFL', 'BFL']);
  assert.match(found[0].message, /“Bexley Fitted Ltd”.*Harrow Kitchens Ltd/);
  const fixed = applyFix(text, found[0].fixes!.find((f) => f.title.startsWith('Replace all'))!);
  assert.equal(fixed, 'Harrow Kitchens Ltd ("we") fits kitchens.\n\nHarrow Kitchens Ltd is the data controller. Harrow Kitchens is registered in Wales.\n');
  assert.deepEqual(findings(fixed), []);
});

test('large input: every other name in every paragraph is reported', () => {
  // That the time grows linearly with the text: test/src/slow/linear-rules.test.ts.
  const para = 'Quarry Bank Ltd ("we") mends clocks. Quarry Bank collects your address. Hollin Press collects your phone number. Hollin Press keeps it. ';
  const text = (para + '\n\n').repeat(400);
  assert.equal(findings(text).length, 800);
});
