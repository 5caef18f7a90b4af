import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { fixtureTests } from './helpers/fixtures.js';
import { applyEdits } from './helpers/edits.js';
import { countOf } from './helpers/findings.js';

const RULE = 'repeated-word';
const found = (text: string) => check(text).diagnostics.filter((d) => d.rule === RULE);

fixtureTests(RULE);

test('repeated-word: information, and the safe fix removes the second word', () => {
  const text = '# Notice\n\nWe keep the the records of our members for six years.\n';
  const [d] = found(text);
  assert.equal(d.severity, 'information');
  const fix = d.fixes!.find((f) => f.kind === 'fix')!;
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed, '# Notice\n\nWe keep the records of our members for six years.\n');
  assert.equal(found(fixed).length, 0);
});

test('repeated-word: every repeat on a long line is found', () => {
  // That the time grows linearly with the line: test/src/slow/linear-rules.test.ts.
  const line = 'we keep your data safe and the the '.repeat(3000);
  // Past the limit per rule, one finding counts the rest (check.ts, MAX_FINDINGS_PER_RULE).
  assert.equal(countOf(found(`# Notice\n\n${line}\n`), RULE), 3000);
});

test('repeated-word: Dutch "je je" (you, yourself) is correct, another Dutch word twice is not', () => {
  const nl = (s: string) => `---\npolicy:\n  language: nl\n---\n# Privacyverklaring\n\n${s}\n`;
  assert.equal(found(nl('Als je je aanmeldt, vragen we om je naam en e-mailadres voor de rijlessen.')).length, 0);
  assert.equal(found(nl('Wij bewaren de de gegevens van onze leden zeven jaar lang na het einde.')).length, 1);
});
