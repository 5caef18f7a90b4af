// Coverage remembers what each block gives per requirement across checks (coverage.ts, blockMemos).
// A table cell is read with its column's header, a paragraph under a question heading with the
// question: the same text under the same words is read two ways, so the memo must tell them apart,
// or the first document checked decides the second's answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';

const head = '---\npolicy:\n  controller: Quillfeather Ltd\n---\n\n# Privacy notice\n\n## Who sees it?\n\n';
const asCell = (s: string) => `${head}| Who sees it? |\n|---|\n| ${s} |\n`;
const asParagraph = (s: string) => `${head}${s}\n`;
const status = (text: string) => check(text).coverage.find((c) => c.requirement === 'recipients')?.status;

// Each case uses its own sentence, so that no earlier check has read it.
test('a table cell under a column header is read the same after a paragraph of the same text', () => {
  const alone = status(asCell('Only the payroll firm, nobody else.'));
  status(asParagraph('Only the accounting firm, nobody else.'));
  assert.equal(status(asCell('Only the accounting firm, nobody else.')), alone);
});

test('a paragraph under a question heading is read the same after a table cell of the same text', () => {
  const alone = status(asParagraph('Only the cleaning firm, nobody else.'));
  status(asCell('Only the printing firm, nobody else.'));
  assert.equal(status(asParagraph('Only the printing firm, nobody else.')), alone);
});
