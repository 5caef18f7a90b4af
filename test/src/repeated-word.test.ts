import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { fixtureTests } from './helpers/fixtures.js';
import { applyEdits } from './helpers/edits.js';
import { countOf } from './helpers/findings.js';
import { runs } from './helpers/properties.js';

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

test('repeated-word: the scan before the expression never hides a doubled word (any case, any letters, any white space)', async () => {
  const fc = (await import('fast-check')).default;
  const { mayDouble, doubledByExpression } = await import('../../server/out/engine/rules/repeated-word.js');
  // Letters that fold onto others (Kelvin sign, long s, sharp s, final sigma, a combining mark that
  // folds onto a letter), letters outside the BMP, and the separators the expression weighs.
  const parts = ['a', 'A', 'b', 'B', 'é', 'É', 'k', 'K', '\u212a', 's', 'S', 'ſ', 'ß', 'ẞ', 'σ', 'ς', 'Σ', '\u0345', 'ι', '𐐀', '𐐨', ' ', '  ', '\u00a0', '\n', '\t', '.', '-', "'", '’', '1', '_', '@', '/'];
  const text = fc.array(fc.constantFrom(...parts), { maxLength: 24 }).map((xs: string[]) => xs.join(''));
  fc.assert(fc.property(text, (t: string) => !doubledByExpression(t) || mayDouble(t)), { numRuns: runs(20_000) });
  for (const t of ['the the', 'The tHe', 'K \u212a', 'ſ s', 'σ ς', 'Σ ς', '𐐀 𐐨', 'é É', 'we  \n we', 'ι \u0345']) assert.ok(!doubledByExpression(t) || mayDouble(t), t);
  assert.ok(doubledByExpression('The tHe') && doubledByExpression('K \u212a'));
  assert.equal(mayDouble('we keep your data safe'), false);
  assert.equal(mayDouble('the   \n the'), false);
});
