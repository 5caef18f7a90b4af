import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTests } from './helpers/fixtures.js';
import { check } from '../../server/out/engine/check.js';
import type { Diagnostic, TextEdit } from '../../server/out/engine/types.js';

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

// Over the seeds: acceptance.test.ts (each seed is checked once for the whole suite).
