import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTests } from './helpers/fixtures.js';
import { check } from '../../server/out/engine/check.js';
import type { Diagnostic, TextEdit } from '../../server/out/engine/types.js';
import { countOf } from './helpers/findings.js';

fixtureTests('structure');

/** Apply a fix's edits to the text (edits do not overlap). */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => off(b.range.start) - off(a.range.start))
    .reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

const structure = (text: string): Diagnostic[] => check(text).diagnostics.filter((d) => d.rule === 'structure');

test('structure: the empty-item fix removes the line and the finding', () => {
  const text = '# A\n\n## B\n\n- one\n-\n- two\n\n## C\n\nText.\n';
  const [d] = structure(text);
  assert.equal(d.fixes?.[0].kind, 'fix');
  const fixed = apply(text, d.fixes![0].edits);
  assert.equal(fixed, '# A\n\n## B\n\n- one\n- two\n\n## C\n\nText.\n');
  assert.deepEqual(structure(fixed), []);
});

test('structure: renumbering moves later sections and their sub-sections', () => {
  const text = '# A\n\n## 1. One\n\nx\n\n## 3. Three\n\nx\n\n### 3.1 Sub\n\nx\n\n## 4. Four\n\nx\n';
  const [d] = structure(text);
  assert.match(d.message, /section 2 is missing/);
  const fixed = apply(text, d.fixes![0].edits);
  assert.equal(fixed, '# A\n\n## 1. One\n\nx\n\n## 2. Three\n\nx\n\n### 2.1 Sub\n\nx\n\n## 3. Four\n\nx\n');
  assert.deepEqual(structure(fixed), []);
});

test('structure: a level jump offers to raise the heading', () => {
  const text = '# A\n\n## B\n\nx\n\n#### D\n\nx\n';
  const [d] = structure(text);
  assert.equal(d.severity, 'information');
  assert.equal(apply(text, d.fixes![0].edits), '# A\n\n## B\n\nx\n\n### D\n\nx\n');
});

test('structure: bad input does not crash', () => {
  for (const t of ['', '-', '•', '#######', '## 99.99.99 x\n## 1 y', '\u0000\n•\n•']) check(t);
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).

test('structure: a new parent starts its children afresh; a long badly numbered file gets every finding, the first ones with the renumbering', () => {
  // 1.1, 1.2 under 1, then 2 and its own 2.1: no finding; 2.1 after 1.2 is not a break.
  assert.deepEqual(structure('# A\n\n## 1 One\n\n### 1.1 a\n\n### 1.2 b\n\n## 2 Two\n\n### 2.1 c\n\n### 2.2 d\n'), []);
  // The same parent number used again (a second "1") starts its children again at 1.
  assert.equal(structure('# A\n\n## 1 One\n\n### 1.1 a\n\n### 1.2 b\n\n## 1 Again\n\n### 1.1 c\n').length, 1);
  // Every other number skipped at two levels (1, 3, 5 ... 99; under each 1, 3 ... 99): 2,550
  // headings, each break found. The renumbering suggestion rewrites every later heading under
  // the same parent, so it is kept to a budget of edits in all instead of growing with breaks
  // times headings (it was 124,000 edits here).
  const lines = ['# A', ''];
  for (let k = 1; k < 100; k += 2) {
    lines.push(`## ${k} Part`, '');
    for (let j = 1; j < 100; j += 2) {
      lines.push(`### ${k}.${j} Sub`, '');
    }
  }
  const off = Object.fromEntries(['required-info', 'duplicate-block', 'placeholder', 'entity-mismatch', 'contact-mismatch', 'broken-reference', 'stale-law'].map((r) => [r, 'off' as const]));
  const found = check(lines.join('\n'), { rules: off }).diagnostics.filter((d) => d.rule === 'structure');
  // Past the limit per rule, one finding counts the rest (check.ts, MAX_FINDINGS_PER_RULE).
  assert.equal(countOf(found, 'structure'), 49 + 50 * 49);
  assert.ok(found[0].fixes?.length, 'the first break carries the renumbering');
  assert.ok(!found[found.length - 1].fixes, 'the last does not');
  const edits = found.reduce((s, d) => s + (d.fixes?.[0]?.edits.length ?? 0), 0);
  assert.ok(edits < 20_000 + lines.length / 2, `${edits} edits in all`);
});
