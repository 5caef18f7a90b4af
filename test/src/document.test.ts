import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, blockSpan } from '../../server/out/engine/document.js';

test('pasted text: implicit headings, bullets and hard-wrapped lines', () => {
  const text = [
    'Privacy Policy',
    'Who we are',
    'Acme Widgets Ltd makes widgets and',
    'sells them online.',
    'How we use your data',
    '• To deliver',
    'your order',
    '• To answer questions',
    '4. Keeping your data',
    'We keep it for six years.',
  ].join('\n');
  const doc = parseDocument(text);
  const summary = doc.blocks.map((b) => `${b.kind}:${b.text}`);
  assert.deepEqual(summary, [
    'heading:Privacy Policy',
    'heading:Who we are',
    'paragraph:Acme Widgets Ltd makes widgets and sells them online.',
    'heading:How we use your data',
    'list-item:To deliver your order',
    'list-item:To answer questions',
    'heading:4. Keeping your data',
    'paragraph:We keep it for six years.',
  ]);
  assert.equal(doc.sections.length, 5);
  assert.equal(doc.sections[4].title, 'Keeping your data');
  assert.equal(doc.blocks[6].number, '4');
});

test('folded text maps back to exact source ranges across line breaks', () => {
  const text = 'Intro line\n\nWe keep data\r\n   for six years.\n';
  const doc = parseDocument(text);
  const p = doc.blocks.find((b) => b.text.startsWith('We keep'))!;
  assert.equal(p.text, 'We keep data for six years.');
  const i = p.text.indexOf('for six');
  const span = blockSpan(p, i, i + 'for six years'.length);
  assert.equal(text.slice(span.start, span.end), 'for six years');
  const across = blockSpan(p, p.text.indexOf('data'), p.text.indexOf('six') + 3);
  assert.equal(text.slice(across.start, across.end), 'data\r\n   for six');
});

test('front matter: policy fields and variables with positions', () => {
  const text = '---\npolicy:\n  profiles: [eu-gdpr]\n  controller: Acme Ltd\nvariables:\n  dpo_email: dpo@acme.test\n---\n# Privacy\n\nWrite to {{dpo_email}}.\n';
  const doc = parseDocument(text);
  assert.deepEqual(doc.frontMatter.policy.profiles, ['eu-gdpr']);
  assert.equal(doc.frontMatter.policy.controller, 'Acme Ltd');
  assert.equal(doc.frontMatter.variables.dpo_email, 'dpo@acme.test');
  const vs = doc.frontMatter.variableSpans.dpo_email;
  assert.equal(text.slice(vs.start, vs.end), 'dpo_email');
  assert.equal(doc.placeholders.length, 1);
  assert.equal(doc.placeholders[0].name, 'dpo_email');
  assert.ok(doc.blocks.every((b) => !b.text.includes('profiles')), 'front matter is data, not prose');
});

test('broken front matter and unclosed placeholders are problems with positions, not crashes', () => {
  const broken = parseDocument('---\npolicy: [unclosed\n---\nText here.\n');
  assert.equal(broken.problems.length > 0, true);
  assert.match(broken.problems[0].message, /YAML/);
  const unclosed = parseDocument('---\npolicy:\n  controller: X\n\nNo closing fence.\n');
  assert.match(unclosed.problems[0].message, /never closed/);
  const ph = parseDocument('Contact {{dpo_email at once.\n');
  assert.equal(ph.placeholders[0].closed, false);
  assert.match(ph.problems[0].message, /not closed/);
});

test('language is detected from the prose', () => {
  const nl = parseDocument('Wij verwerken uw persoonsgegevens alleen wanneer dat nodig is voor de uitvoering van een overeenkomst met u. U heeft het recht om uw gegevens in te zien en te laten verwijderen.');
  assert.equal(nl.language, 'nl');
  const en = parseDocument('We process your personal data only when we need it to perform a contract with you. You have the right to see your data and to have it deleted.');
  assert.equal(en.language, 'en');
});
