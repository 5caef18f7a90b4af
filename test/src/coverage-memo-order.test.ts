// Coverage remembers what each block gives per requirement across checks (coverage.ts, blockMemos).
// A table cell is read with its column's header, a paragraph under a question heading with the
// question: the same text under the same words is read two ways, so the memo must tell them apart,
// or the first document checked decides the second's answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { pointerOnly } from './helpers/model-raise.js';

const head = '---\npolicy:\n  controller: Quillfeather Ltd\n---\n\n# Privacy notice\n\n## Who sees it?\n\n';
const asCell = (s: string) => `${head}| Who sees it? |\n|---|\n| ${s} |\n`;
const asParagraph = (s: string) => `${head}${s}\n`;
// With the model's raise off: what is tested is the cues' memo, and the model may raise one of two
// sentences of the same shape and not the other.
const status = (text: string) => pointerOnly(() => check(text).coverage.find((c) => c.requirement === 'recipients')?.status);

/**
 * `read` of a form of a text gives the same after `other` read another form of it first: `alone` is read
 * before anything else read its text, then `shared` by `other` and by `read`. Returns what `alone` gave.
 */
function sameAfter(read: (s: string) => string | undefined, other: (s: string) => string, alone: string, shared: string): string | undefined {
  const first = read(alone);
  check(other(shared));
  assert.equal(read(shared), first);
  return first;
}

// Each case uses its own sentence, so that no earlier check has read it.
test('a table cell under a column header is read the same after a paragraph of the same text', () => {
  sameAfter((s) => status(asCell(s)), asParagraph, 'Only the payroll firm, nobody else.', 'Only the accounting firm, nobody else.');
});

test('a paragraph under a question heading is read the same after a table cell of the same text', () => {
  sameAfter((s) => status(asParagraph(s)), asCell, 'Only the cleaning firm, nobody else.', 'Only the printing firm, nobody else.');
});

// A paragraph that opens with a question in bold is read again as that question's answer (headQuestion);
// a list item of the same text is not: the memo must tell the two apart.
const faqHead = '# Questions at the ferry desk.\n\n';
const faqParagraph = (s: string) => `${faqHead}**Will these answers change?**\n${s}\n`;
const faqItem = (s: string) => `${faqHead}- **Will these answers change?** ${s}\n`;
const changes = (text: string) => pointerOnly(() => check(text).coverage.find((c) => c.requirement === 'policy-changes')?.status);

test('a paragraph that opens with a question in bold is read the same after a list item of the same text', () => {
  const alone = sameAfter(
    (s) => changes(faqParagraph(s)),
    faqItem,
    'Perhaps. We will pin a notice to the ferry desk and on this page whenever they do.',
    'Perhaps. We will pin a notice to the ticket office and on this page whenever they do.',
  );
  assert.notEqual(alone, 'missing', 'the answer is read with its question');
});

test('a list item that opens with a question in bold is read the same after a paragraph of the same text', () => {
  sameAfter(
    (s) => changes(faqItem(s)),
    faqParagraph,
    'Perhaps. We will pin a notice to the harbour gate and on this page whenever they do.',
    'Perhaps. We will pin a notice to the quay kiosk and on this page whenever they do.',
  );
});
