// An item the law asks for only where its condition holds (a DPO, legitimate interests, consent):
// a policy's word that the condition does not hold gives the reader nothing of it (coverage
// conventions). It is reported missing, on that sentence, at information level, with a fix that
// declares it not applicable; a blanket "we collect no personal data" still gives what it gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { applyEdits } from './helpers/edits.js';
import { coverageReport, reportMarkdown } from '../../server/out/engine/report/coverage-report.js';

const head = (lang: string) =>
  ({
    en: '# Privacy notice\n\nWe are Brackenfold Ltd, 4 Mill Lane, York YO1 7AA, hello@brackenfold.example.\n\n',
    nl: '# Privacyverklaring\n\nWij zijn Brakveld B.V., Molenweg 4, 3511 AB Utrecht, info@brakveld.example.\n\n',
    de: '# Datenschutzerklärung\n\nVerantwortlich ist die Brackfeld GmbH, Mühlweg 4, 10115 Berlin, info@brackfeld.example.\n\n',
    fr: '# Politique de confidentialité\n\nNous sommes Brachefeuille SAS, 4 rue du Moulin, 75011 Paris, contact@brachefeuille.example.\n\n',
  })[lang]!;

const coverageOf = (text: string, id: string) => check(text, {}).coverage.find((c) => c.requirement === id)!;

// Each: language, requirement, a sentence saying the condition does not hold.
const STATED: [string, string, string][] = [
  ['en', 'dpo-contact', 'We have not appointed a data protection officer; a company of our size does not need one.'],
  ['en', 'legitimate-interests', 'We never rely on legitimate interests: everything we do rests on our contract with you or on the law.'],
  ['en', 'withdraw-consent', 'We do not rely on your consent for any of this processing.'],
  ['nl', 'dpo-contact', 'Wij hebben geen functionaris voor gegevensbescherming aangesteld.'],
  ['nl', 'legitimate-interests', 'Wij baseren ons nooit op een gerechtvaardigd belang.'],
  ['de', 'dpo-contact', 'Einen Datenschutzbeauftragten haben wir nicht benannt, weil wir dazu nicht verpflichtet sind.'],
  ['de', 'legitimate-interests', 'Wir stützen keine Verarbeitung auf berechtigte Interessen.'],
  ['de', 'withdraw-consent', 'Wir stützen die Verarbeitung nicht auf Ihre Einwilligung.'],
  ['fr', 'dpo-contact', "Nous n'avons pas désigné de délégué à la protection des données."],
  ['fr', 'legitimate-interests', "Nous ne nous fondons jamais sur l'intérêt légitime."],
];

test('a statement that a conditional item does not apply gives nothing: missing, with that sentence', () => {
  for (const [lang, id, sentence] of STATED) {
    const c = coverageOf(head(lang) + sentence + '\n', id);
    assert.equal(c.status, 'missing', `${lang} ${id}: ${sentence}`);
    const stated = c.stated?.[0]?.text ?? '';
    assert.ok(stated.length > 10 && sentence.startsWith(stated), `${lang} ${id}: the stated sentence is ${stated}`);
  }
});

test('the finding sits on that sentence, at information level, and its fix declares the item not applicable', () => {
  const text = head('en') + 'We have not appointed a data protection officer.\n';
  const d = check(text, {}).diagnostics.find((x) => x.requirement === 'dpo-contact')!;
  assert.equal(d.severity, 'information');
  assert.equal(d.range.start.line, 4);
  assert.match(d.message, /^Not given: .*Line 5 says it does not apply/);
  const fixed = applyEdits(text, d.fixes![0].edits);
  assert.ok(fixed.startsWith('---\npolicy:\n  not-applicable: [dpo-contact]\n---\n\n# Privacy notice'), fixed);
  const after = check(fixed, {});
  assert.equal(after.coverage.find((c) => c.requirement === 'dpo-contact')!.status, 'not-applicable');
  assert.ok(!after.diagnostics.some((x) => x.requirement === 'dpo-contact'));
});

test('the fix adds to an existing front matter and list, keeping the rest as written', () => {
  const body = head('en') + 'We do not rely on your consent for anything we do.\n';
  for (const [front, want] of [
    ['---\n# our settings\npolicy:\n  language: en\n---\n', '---\n# our settings\npolicy:\n  language: en\n  not-applicable: [ withdraw-consent ]\n---\n'],
    ['---\npolicy:\n  not-applicable:\n    - dpo-contact\n---\n', '---\npolicy:\n  not-applicable:\n    - dpo-contact\n    - withdraw-consent\n---\n'],
    ['---\ntitle: Notice\n---\n', '---\ntitle: Notice\npolicy:\n  not-applicable: [ withdraw-consent ]\n---\n'],
  ]) {
    const text = front + '\n' + body;
    const d = check(text, {}).diagnostics.find((x) => x.requirement === 'withdraw-consent')!;
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed.slice(0, want.length), want);
    assert.ok(!check(fixed, {}).diagnostics.some((x) => x.requirement === 'withdraw-consent'), fixed);
  }
});

test('the item given elsewhere in the same paragraph, or in the text, still counts', () => {
  const own = head('en') + 'We have not appointed a data protection officer. Our privacy team is responsible for all data protection questions and answers at privacy@brackenfold.example.\n';
  assert.equal(coverageOf(own, 'dpo-contact').status, 'present');
  const consent = head('en') + 'We do not rely on your consent for running your account.\n\nWhere we ask for your consent, for example to use your photos, you may withdraw it at any time by writing to us.\n';
  assert.equal(coverageOf(consent, 'withdraw-consent').status, 'present');
});

test('a blanket "we collect no personal data" still gives the items the conventions say it gives', () => {
  const text = '# Privacy\n\nWe do not collect or store any personal data.\n';
  assert.equal(coverageOf(text, 'legitimate-interests').status, 'present');
  assert.notEqual(coverageOf(text, 'dpo-contact').status, 'present');
});

test('statements of absence of unconditional items still give them', () => {
  const text = head('en') + 'We do not transfer any personal data outside the UK.\n\nWe do not make decisions about you by automated means alone.\n';
  assert.equal(coverageOf(text, 'international-transfers').status, 'present');
  assert.equal(coverageOf(text, 'automated-decision-making').status, 'present');
});

test('the coverage report says which line states it and how to declare it', () => {
  const text = head('en') + 'We have not appointed a data protection officer.\n';
  const r = coverageReport(text);
  const item = r.items.find((i) => i.requirement === 'dpo-contact')!;
  assert.deepEqual(item.stated, { text: 'We have not appointed a data protection officer.', line: 5 });
  assert.match(reportMarkdown(r), /Line 5 says it does not apply; if so, declare `dpo-contact` under `policy.not-applicable`/);
});

// From the review of session 18's change.
// (Session 26: the sentence was "Checking orders for fraud rests on …", which now names the interest, fraud checks, and so gives
// the item whole; the partial statement is now one that names no interest.)
test('what gives the item, even in part, is read before a denial in the same paragraph', () => {
  const text = head('en') + 'Some of our processing rests on our legitimate interests. Beyond that we never rely on legitimate interests for anything.\n';
  const c = coverageOf(text, 'legitimate-interests');
  assert.equal(c.status, 'partial');
  assert.equal(c.stated, undefined);
});

test('a condition the text shows elsewhere keeps the warning, with the denying line as related information', () => {
  const text = head('en') + 'We rely on your consent to send our newsletter.\n\nWe do not rely on your consent.\n';
  const d = check(text, {}).diagnostics.find((x) => x.requirement === 'withdraw-consent')!;
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /Line 7 says it does not apply, but the text shows it does/);
  assert.ok(d.related?.some((r) => r.range.start.line === 6));
  assert.ok(!d.fixes?.some((f) => /not applicable/.test(f.title)));
});

test('denials narrowed to one use, or conditional, deny nothing of the item', () => {
  for (const [id, sentence] of [
    ['legitimate-interests', 'We do not rely on legitimate interests for marketing; we ask for your consent.'],
    ['legitimate-interests', 'We will not rely on legitimate interests where your interests override ours.'],
    ['legitimate-interests', 'We do not solely rely on legitimate interests.'],
    ['legitimate-interests', 'Where we do not rely on legitimate interests, we ask for your consent.'],
    ['withdraw-consent', 'We do not rely on consent as our lawful basis, except for marketing e-mails.'],
    ['withdraw-consent', "We don't ask for consent for essential cookies; for analytics cookies we ask for your consent."],
    ['dpo-contact', 'There is no data protection officer fee for members.'],
  ]) {
    assert.equal(coverageOf(head('en') + sentence + '\n', id).stated, undefined, `${id}: ${sentence}`);
  }
  assert.equal(coverageOf(head('de') + 'Die Werbung stützt sich nicht auf berechtigte Interessen, sondern auf Ihre Einwilligung.\n', 'legitimate-interests').stated, undefined);
});

test('a DPO denied in the usual wordings', () => {
  for (const sentence of [
    'We have not appointed a DPO.',
    "We haven't appointed a data protection officer.",
    'We have not yet designated a data protection officer.',
    'We do not have a data protection officer.',
    'We are not required to appoint a data protection officer.',
    'No DPO has been appointed.',
    'A data protection officer has not been appointed.',
  ]) {
    const c = coverageOf(head('en') + sentence + '\n', 'dpo-contact');
    assert.equal(c.status, 'missing', sentence);
    assert.ok(c.stated, sentence);
  }
});

test('an alias in the front matter: no fix and no crash', () => {
  const body = head('en') + 'We have not appointed a data protection officer.\n';
  for (const front of ['---\nbase: &b {language: en}\npolicy: *b\n---\n\n', '---\nx: &n [cookies]\npolicy:\n  not-applicable: *n\n---\n\n']) {
    const r = check(front + body, {});
    assert.ok(!r.diagnostics.some((x) => /Internal error/.test(x.message)));
    const d = r.diagnostics.find((x) => x.requirement === 'dpo-contact')!;
    assert.equal(d.severity, 'information');
    assert.equal(d.fixes, undefined);
  }
});
