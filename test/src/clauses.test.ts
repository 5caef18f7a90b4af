import { PROFILES } from '../../server/out/engine/data.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinClauses } from '../../server/out/generated/data.js';
import {
  CANONICAL_ORDER,
  ClauseLibrary,
  clauseFix,
  clauseInsertion,
  clauseProblems,
  clauseToSnippet,
  clauseToText,
  classifySections,
  defaultLibrary,
  elementFix,
  elementInsertionPoint,
  escapeSnippet,
  insertionPlace,
  insertionPoint,
  parseClause,
  type Clause,
} from '../../server/out/engine/clauses.js';
import { parseDocument } from '../../server/out/engine/document.js';

// Every requirement of the GDPR profiles (the contract list itself is asserted in required-info.test.ts).
const GDPR_REQUIREMENTS = PROFILES['uk-gdpr'].requirements.map((r) => r.id);
const CCPA_REQUIREMENTS = PROFILES['ccpa'].requirements.map((r) => r.id);
const ALL_REQUIREMENTS = [...GDPR_REQUIREMENTS, ...CCPA_REQUIREMENTS];

test('the canonical order names every requirement of every profile once', () => {
  assert.deepEqual([...CANONICAL_ORDER].sort(), [...new Set(ALL_REQUIREMENTS)].sort());
});

test('every built-in clause parses and its variables are declared and used', () => {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const b of builtinClauses()) {
    const c = parseClause(b.source, `builtin:${b.file}`);
    if ('error' in c) {
      problems.push(c.error);
      continue;
    }
    if (ids.has(c.id)) problems.push(`${b.file}: id ${c.id} is used twice`);
    ids.add(c.id);
    if (c.language !== b.language) problems.push(`${b.file}: language ${c.language} but filed under ${b.language}/`);
    if (!b.file.slice(3).startsWith(c.requirements[0])) problems.push(`${b.file}: file name does not start with its requirement ${c.requirements[0]}`);
    for (const r of c.requirements) if (!ALL_REQUIREMENTS.includes(r)) problems.push(`${b.file}: unknown requirement ${r}`);
    problems.push(...clauseProblems(c));
  }
  assert.deepEqual(problems, []);
});

for (const language of ['en', 'nl', 'de', 'fr']) {
  test(`every GDPR requirement has a ${language} clause for uk-gdpr and eu-gdpr`, () => {
    const lib = defaultLibrary();
    if (!['en', 'nl'].includes(language) && !lib.all(language).length) return; // wanted, not required
    const missing: string[] = [];
    for (const profile of ['uk-gdpr', 'eu-gdpr']) {
      for (const r of GDPR_REQUIREMENTS) {
        const c = lib.find(r, language, profile);
        if (!c || c.language !== language) missing.push(`${r} (${profile})`);
      }
    }
    assert.deepEqual(missing, []);
  });
}

test('every ccpa requirement has an English clause written for ccpa', () => {
  const lib = defaultLibrary();
  const missing = CCPA_REQUIREMENTS.filter((r) => {
    const c = lib.find(r, 'en', 'ccpa');
    return !c || c.language !== 'en' || !c.profiles.includes('ccpa');
  });
  assert.deepEqual(missing, []);
  // A GDPR clause is never offered for a California item, nor a California clause for a GDPR one.
  assert.equal(lib.find('retention', 'en', 'ccpa'), undefined);
  assert.ok(!lib.find('right-erasure', 'en', 'uk-gdpr')!.profiles.includes('ccpa'));
});

test('UK and EU clauses differ where the law does: the ICO and UK transfer tools', () => {
  const lib = defaultLibrary();
  assert.match(lib.find('complaint-authority', 'en', 'uk-gdpr')!.body, /Information Commissioner/);
  assert.doesNotMatch(lib.find('complaint-authority', 'en', 'eu-gdpr')!.body, /Information Commissioner/);
  assert.match(lib.find('international-transfers', 'en', 'uk-gdpr')!.body, /IDTA/);
  assert.match(lib.find('international-transfers', 'en', 'eu-gdpr')!.body, /standard contractual clauses/);
  assert.match(lib.find('complaint-authority', 'nl', 'eu-gdpr')!.body, /Autoriteit Persoonsgegevens|toezichthoud/);
});

test('find falls back to English and knows no clause for an unknown requirement or profile', () => {
  const lib = defaultLibrary();
  assert.equal(lib.find('retention', 'xx', 'uk-gdpr')?.language, 'en');
  assert.equal(lib.find('no-such-item', 'en', 'uk-gdpr'), undefined);
  assert.equal(lib.find('retention', 'en', 'ccpa'), undefined);
});

const userClause = (id: string, profiles = '[uk-gdpr, eu-gdpr]') => `---
id: ${id}
requirements: [retention]
profiles: ${profiles}
language: en
title: Our retention rules
variables:
  years: { description: "how many years", example: "6" }
---
We keep records for {{years}} years.
`;

test("a user's clause wins over the built-in one with the same requirement, language and profile", () => {
  const lib = new ClauseLibrary([{ source: userClause('our-retention'), origin: '/home/me/clauses/retention.md' }]);
  assert.equal(lib.find('retention', 'en', 'uk-gdpr')!.id, 'our-retention');
  assert.equal(lib.find('retention', 'en', 'uk-gdpr')!.heading, 'Our retention rules', 'heading defaults to the title');
  // A user clause for the UK only leaves the built-in one in place for the EU.
  const ukOnly = new ClauseLibrary([{ source: userClause('uk-retention', '[uk-gdpr]'), origin: 'u.md' }]);
  assert.equal(ukOnly.find('retention', 'en', 'uk-gdpr')!.id, 'uk-retention');
  assert.equal(ukOnly.find('retention', 'en', 'eu-gdpr')!.id, 'retention-en');
  // Same id: the user's replaces the built-in everywhere.
  const same = new ClauseLibrary([{ source: userClause('retention-en'), origin: 'u.md' }]);
  assert.equal(same.all('en').filter((c) => c.id === 'retention-en').length, 1);
  assert.equal(same.find('retention', 'en', 'eu-gdpr')!.source, 'u.md');
});

test('broken clauses are errors with their origin, not crashes', () => {
  const lib = new ClauseLibrary([
    { source: 'no front matter', origin: 'a.md' },
    { source: '---\nid: [unclosed\n---\nx', origin: 'b.md' },
    { source: '---\nid: x\nrequirements: [retention]\nprofiles: [uk-gdpr]\nlanguage: en\n---\nBody', origin: 'c.md' },
    { source: '---\nid: y\nrequirements: [retention]\nprofiles: [uk-gdpr]\nlanguage: en\ntitle: T\n---\n\n', origin: 'd.md' },
  ]);
  assert.deepEqual(lib.errors.map((e) => e.origin), ['a.md', 'b.md', 'c.md', 'd.md']);
  assert.match(lib.errors[2].message, /title/);
});

test('clauseProblems reports undeclared and unused variables', () => {
  const c = parseClause(
    '---\nid: x\nrequirements: [retention]\nprofiles: [uk-gdpr]\nlanguage: en\ntitle: T\nvariables:\n  unused: { description: d }\n---\nWe keep it for {{period}}; write to {{contact_email}}.\n',
    'x.md',
  ) as Clause;
  assert.deepEqual(clauseProblems(c), ['x: uses {{period}} but does not declare it under variables', 'x: declares unused but does not use it']);
});

test('snippets: known variables filled, unknown ones tab stops, snippet syntax escaped', () => {
  const c = parseClause(
    '---\nid: x\nrequirements: [retention]\nprofiles: [uk-gdpr]\nlanguage: en\ntitle: T\nheading: Keeping {{thing}}\nvariables:\n  period: { description: d }\n  fee: { description: f }\n  thing: { description: t }\n---\n{{controller}} keeps {{thing}} for {{ period }} and charges $5 {or {{fee}}} (C:\\data), then {{period}} again.\n',
    'x.md',
  ) as Clause;
  const s = clauseToSnippet(c, { controller: 'Acme $ Ltd', thing: 'records' }, { headingDepth: 3 });
  assert.equal(s, '### Keeping records\n\nAcme \\$ Ltd keeps records for ${1:period} and charges \\$5 {or ${2:fee}\\} (C:\\\\data), then ${1:period} again.\n\n');
  assert.equal(clauseToSnippet(c, {}, { includeHeading: false }).startsWith('${1:controller} keeps ${2:thing}'), true);
  assert.equal(escapeSnippet('a$b}c\\d'), 'a\\$b\\}c\\\\d');
  assert.equal(clauseToText(c), '## Keeping {{thing}}\n\n{{controller}} keeps {{thing}} for {{ period }} and charges $5 {or {{fee}}} (C:\\data), then {{period}} again.\n\n');
});

const small = ['# Privacy policy', '', '## Who we are', '', 'Larkspur Cycles Ltd sells bike parts.', '', '## Your rights', '', 'You can ask for a copy.', '', '## Changes to this policy', '', 'We may change it.', ''].join('\n');

test('insertionPoint: retention goes after "Who we are", before "Your rights"', () => {
  const doc = parseDocument(small);
  assert.equal(insertionPoint(doc, 'retention', 'uk-gdpr'), small.indexOf('## Your rights'));
  const place = insertionPlace(doc, 'retention', 'uk-gdpr');
  assert.equal(place.headingDepth, 2);
  assert.equal(place.prefix, '');
  assert.match(place.reason, /after "Who we are"/);
  // What a finding about the missing item points at, and says.
  assert.equal(place.where, 'after “Who we are”');
  assert.equal(small.slice(place.anchor.start, place.anchor.end), 'Who we are');
  const first = insertionPlace(parseDocument('# Privacy\n\n## Your rights\n\nAsk us.\n'), 'controller-identity', 'uk-gdpr');
  assert.equal(first.where, 'before “Your rights”');
  const own = insertionPlace(doc, 'right-erasure', 'uk-gdpr');
  assert.equal(own.where, 'in “Your rights”');
  assert.equal(small.slice(own.anchor.start, own.anchor.end), 'Your rights');
  const bare = 'We sell bike parts.\n\nWrite to us.\n';
  const end = insertionPlace(parseDocument(bare), 'retention', 'uk-gdpr');
  assert.equal(end.where, 'at the end');
  assert.equal(bare.slice(end.anchor.start, end.anchor.end), 'Write to us.');
});

test('insertionPoint: a right goes at the end of the rights section, one level down', () => {
  const doc = parseDocument(small);
  const place = insertionPlace(doc, 'right-erasure', 'uk-gdpr');
  assert.equal(place.offset, small.indexOf('## Changes'));
  assert.equal(place.headingDepth, 3);
  assert.match(place.reason, /end of "Your rights"/);
});

test('insertionPoint: complaints after the rights, last-updated at the very end, the controller first', () => {
  const doc = parseDocument(small);
  assert.equal(insertionPoint(doc, 'complaint-authority', 'uk-gdpr'), small.indexOf('## Changes'));
  assert.equal(insertionPoint(doc, 'last-updated', 'uk-gdpr'), small.length);
  const noWho = parseDocument(small.replace('## Who we are\n\nLarkspur Cycles Ltd sells bike parts.\n\n', ''));
  assert.equal(insertionPoint(noWho, 'controller-identity', 'uk-gdpr'), noWho.text.indexOf('## Your rights'));
  assert.match(insertionPlace(noWho, 'controller-identity').reason, /before "Your rights"/);
});

test('insertionPoint: a subsection counts as part of its section', () => {
  const text = '## How we use your information\n\nTo deliver orders.\n\n### Marketing\n\nNewsletters.\n\n## Your rights\n\nAsk us.\n';
  const doc = parseDocument(text);
  assert.equal(insertionPoint(doc, 'recipients'), text.indexOf('## Your rights'));
});

test('insertionPoint: no headings to go by means the end, with a blank line before', () => {
  const text = 'We sell bike parts and keep your address.';
  const place = insertionPlace(parseDocument(text), 'retention');
  assert.equal(place.offset, text.length);
  assert.equal(place.prefix, '\n\n');
  assert.equal(insertionPoint(parseDocument(''), 'retention'), 0);
});

test('insertionPoint: pasted text with implicit headings, and Dutch headings', () => {
  const pasted = ['Privacy Policy', 'Who we are', 'We are Larkspur Cycles Ltd.', 'How we use your information', 'To send your orders.', 'Contact', 'Write to us.'].join('\n');
  const doc = parseDocument(pasted);
  assert.equal(insertionPoint(doc, 'recipients'), pasted.indexOf('Contact'));
  const nl = '---\npolicy:\n  language: nl\n---\n## Wie zijn wij\n\nLarkspur Fietsen B.V.\n\n## Uw rechten\n\nU kunt inzage vragen.\n';
  const ndoc = parseDocument(nl);
  assert.deepEqual(classifySections(ndoc).map((m) => m.title), ['Wie zijn wij', 'Uw rechten']);
  assert.equal(insertionPoint(ndoc, 'retention', 'eu-gdpr'), nl.indexOf('## Uw rechten'));
});

test('clauseInsertion fills what the document defines and places the clause', () => {
  const text = '---\npolicy:\n  controller: Larkspur Cycles Ltd\nvariables:\n  contact_email: privacy@larkspur.test\n---\n' + small;
  const doc = parseDocument(text);
  const clause = defaultLibrary().find('right-access', 'en', 'uk-gdpr')!;
  const ins = clauseInsertion(doc, clause, 'uk-gdpr');
  assert.equal(ins.offset, text.indexOf('## Changes'));
  assert.match(ins.snippet, /^### /);
  assert.match(ins.snippet, /privacy@larkspur\.test/);
  assert.match(ins.text, /\{\{contact_email\}\}/);
});

test('odd input does not crash the placer', () => {
  for (const t of ['', '#', '\u0000\u202e', '# A\n## B\n### C\n#### D', 'x'.repeat(100000)]) {
    const doc = parseDocument(t);
    for (const r of ['retention', 'unknown-req']) {
      const o = insertionPoint(doc, r);
      assert.ok(o >= 0 && o <= t.length);
    }
  }
});

test('classifySections: a heading that joins two subjects counts for both, and says why', () => {
  const text = '## How we use your information and our lawful basis\n\nx\n\n## Keeping your data secure\n\ny\n\n## Your rights\n\nz\n';
  const got = classifySections(parseDocument(text)).map((m) => `${m.title}: ${[...m.requirements].sort().join(',')} [${m.cue}]`);
  assert.deepEqual(got, [
    'How we use your information and our lawful basis: lawful-basis,purposes [How we use your information + lawful basis]',
    'Keeping your data secure: security [keeping your data secure]',
    'Your rights: ccpa-limit-sensitive,ccpa-non-discrimination,ccpa-request-methods,ccpa-right-to-correct,ccpa-right-to-delete,ccpa-right-to-know,ccpa-right-to-opt-out,right-access,right-erasure,right-objection,right-portability,right-rectification,right-restriction [your rights]',
  ]);
  // legitimate interests come right after the lawful basis, so before the security section.
  assert.equal(insertionPoint(parseDocument(text), 'legitimate-interests'), text.indexOf('## Keeping'));
});

test('a California clause goes among California items; GDPR placement ignores them', () => {
  const text = '# Privacy policy\n\n## Personal information we collect\n\na\n\n## Your rights\n\nb\n\n## Consent\n\nc\n\n## Contact us\n\nd\n';
  const doc = parseDocument(text);
  assert.equal(insertionPoint(doc, 'ccpa-right-to-delete', 'ccpa'), text.indexOf('## Consent'), 'at the end of "Your rights"');
  assert.equal(insertionPoint(doc, 'ccpa-sources', 'ccpa'), text.indexOf('## Your rights'), 'after what is collected');
  const gdpr = '# Privacy policy\n\n## Your rights\n\nb\n\n## Contact us\n\nd\n';
  assert.equal(insertionPoint(parseDocument(gdpr), 'withdraw-consent', 'uk-gdpr'), gdpr.indexOf('## Contact us'), 'the California rights in "Your rights" do not move a GDPR clause');
});

test('German and French headings are placed too', () => {
  const de = '---\npolicy:\n  language: de\n---\n## Wer wir sind\n\nA\n\n## Ihre Rechte\n\nB\n\n## Änderungen dieser Erklärung\n\nC\n';
  assert.equal(insertionPoint(parseDocument(de), 'retention'), de.indexOf('## Ihre Rechte'));
  assert.equal(insertionPoint(parseDocument(de), 'complaint-authority'), de.indexOf('## Änderungen'));
  const fr = "---\npolicy:\n  language: fr\n---\n## Qui sommes-nous\n\nA\n\n## Vos droits\n\nB\n\n## Modifications\n\nC\n";
  assert.equal(insertionPoint(parseDocument(fr), 'retention'), fr.indexOf('## Vos droits'));
  assert.equal(defaultLibrary().find('retention', 'fr', 'eu-gdpr')!.heading, 'Durée de conservation');
});

test('clauseFix: a suggestion that inserts the snippet where the item belongs', () => {
  // (The language is declared: three short sentences are too little to detect it from.)
  const text = '---\npolicy:\n  language: en\n---\n' + small;
  const doc = parseDocument(text);
  const fix = clauseFix(doc, 'retention', 'uk-gdpr')!;
  assert.equal(fix.kind, 'suggestion');
  assert.equal(fix.snippet, true);
  assert.equal(fix.edits[0].span.start, text.indexOf('## Your rights'));
  assert.match(fix.edits[0].newText, /^## How long we keep your information\n\n.*\$\{1:retention_period\}/s);
  assert.match(fix.title, /How long we keep your information/);
  assert.equal(clauseFix(doc, 'no-such-item', 'uk-gdpr'), undefined);
});

test('insertionPoint: a recovered heading with no text of its own keeps its recovered sub-headings', () => {
  const pasted = [
    'Privacy Policy',
    'Who we are',
    'We are Larkspur Cycles Ltd.',
    'Your rights',
    'Seeing your data',
    'Ask us and we will send you a copy.',
    'Fixing mistakes',
    'Tell us what is wrong and we will correct it.',
    'Cookies',
    'We set one cookie to keep your basket.',
  ].join('\n');
  // "Your rights" is followed at once by its parts: a complaint clause goes after them, not
  // between the heading and its first part.
  assert.equal(insertionPoint(parseDocument(pasted), 'complaint-authority'), pasted.indexOf('Cookies'));
});

test('every element of every profile has an element clause in English and in each language with the item\'s clause', () => {
  const lib = defaultLibrary();
  const missing: string[] = [];
  for (const profile of Object.values(PROFILES)) {
    for (const r of profile.requirements) {
      for (const e of r.elements ?? []) {
        for (const language of ['en', 'nl', 'de', 'fr']) {
          const whole = lib.find(r.id, language, profile.id);
          if (language !== 'en' && whole?.language !== language) continue;
          const c = lib.findElement(r.id, e.id, language, profile.id);
          if (!c || c.language !== language || c.element !== e.id) missing.push(`${r.id}.${e.id} (${profile.id}, ${language})`);
        }
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('element clauses stay out of the whole-item choice and of section placement', () => {
  const lib = defaultLibrary();
  assert.equal(lib.find('retention', 'en', 'uk-gdpr')!.element, undefined);
  assert.equal(lib.findElement('retention', 'period', 'en', 'uk-gdpr')!.id, 'retention-period-en');
  assert.match(lib.findElement('international-transfers', 'safeguard', 'en', 'uk-gdpr')!.body, /IDTA/);
  assert.doesNotMatch(lib.findElement('international-transfers', 'safeguard', 'en', 'eu-gdpr')!.body, /IDTA/);
  assert.equal(lib.findElement('retention', 'no-such-element', 'en', 'uk-gdpr'), undefined);
  // Falls back to English like find().
  assert.equal(lib.findElement('retention', 'period', 'xx', 'uk-gdpr')!.language, 'en');
  const c = parseClause('---\nid: x\nrequirements: [retention]\nelement: [a, b]\nprofiles: [uk-gdpr]\nlanguage: en\ntitle: X\n---\nText.\n', 'x.md');
  assert.ok('error' in c && /element/.test(c.error));
  const wrong = parseClause('---\nid: y\nrequirements: [retention]\nelement: safeguard\nprofiles: [uk-gdpr]\nlanguage: en\ntitle: Y\n---\nText.\n', 'y.md') as Clause;
  assert.deepEqual(clauseProblems(wrong), ['y: retention has no element safeguard under uk-gdpr']);
});

test('elementFix: the element clause right after the statement that addresses the item', () => {
  const text = '---\npolicy:\n  language: en\n---\n# Privacy\n\n## How long we keep data\n\nWe keep your data as long as necessary.\n\n## Your rights\n\n- Access\n- Erasure\n\nMore.\n';
  const doc = parseDocument(text);
  const at = text.indexOf('as long as');
  const fix = elementFix(doc, 'retention', 'period', 'uk-gdpr', at)!;
  assert.equal(fix.kind, 'suggestion');
  assert.equal(fix.snippet, true);
  assert.equal(fix.edits[0].span.start, text.indexOf(' necessary.') + ' necessary.'.length);
  assert.match(fix.edits[0].newText, /^\n\nIn practice we keep \$\{1:retention_data\} for \$\{2:retention_period\}/);
  // In a list, after the list's last item.
  assert.equal(elementInsertionPoint(doc, text.indexOf('Access')), text.indexOf('Erasure') + 'Erasure'.length);
  assert.equal(elementFix(doc, 'retention', 'nothing', 'uk-gdpr', at), undefined);
});
