// The cheap reader for long runs of headings and tables (server/src/engine/line-blocks.ts) must
// give the blocks, sections and offsets that remark gives. Forced on every run (minRun 0) it is
// compared with remark alone (minRun Infinity) on generated documents, on the examples, the
// fixtures and the seed policies, and on the hostile shapes it exists for. So are remark's pieces
// cut before every heading at the margin (cutAfter 0; a long text's pieces are cut so).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, parseBlocks, parseMarkdown } from '../../server/out/engine/document.js';
import { parseAroundRuns, CHEAP_RUN } from '../../server/out/engine/line-blocks.js';
import type { Root, Nodes } from 'mdast';
import { HAS_SHARED, SHARED, SKIP_NO_SHARED } from './helpers/paths.js';
import { FULL_PROPERTIES, runs } from './helpers/properties.js';
import { SHAPES } from '../../scripts/lib/hostile.js';

type Doc = ReturnType<typeof parseDocument>;
const shape = (d: Doc) => ({
  blocks: d.blocks.map((b) => [b.kind, b.span.start, b.span.end, b.text, b.depth, b.marker, b.number, b.header, b.implicit, b.section]),
  sections: d.sections.map((s) => [s.title, s.depth, s.span.start, s.span.end, s.blocks.join(' ')]),
  comments: d.comments,
  problems: d.problems,
  frontMatter: d.frontMatter.span,
});
const cheap = (text: string) => shape(parseDocument(text, parseBlocks, 0));
const remark = (text: string) => shape(parseDocument(text, parseBlocks, Infinity));
const cut = (text: string) => shape(parseDocument(text, parseBlocks, Infinity, 0));

// Lines of every kind that meets a heading or a table: each kind of container, fence, HTML block,
// definition, setext underline, indentation; written for this test.
const LINES = [
  '# Who we are',
  '## What we keep ##',
  '###   ',
  '#',
  '  ## Indented heading #  ',
  '### Ends in an escaped \\#',
  '#### Hash #inside',
  '####### seven is no heading',
  '#5 no space',
  '## ##',
  '# Heading with *stars* and [a link](x)',
  '| Purpose | Period |',
  '|---|:---:|',
  '| --- | --- |',
  '| Accounts | two years |',
  '|a||b|',
  '|',
  '| |',
  '|  | last',
  '| escaped \\| pipe | and \\\\| split |',
  '| one cell |',
  '|-|',
  'a | b',
  '--|--',
  'We keep the data you give us.',
  'and this line goes on from the one before.',
  '',
  '',
  '   ',
  '- a list item',
  '  - nested item',
  '1. numbered item',
  '> quoted text',
  '> | a | b |',
  '```',
  '~~~~',
  '    indented code line',
  '<div>',
  '</div>',
  '<!-- a comment',
  'comment ends -->',
  '<!-- whole comment -->',
  '<script>',
  '</script>',
  '[ref]:',
  '[ref]: https://example.org "Title"',
  '"a quoted title"',
  '---',
  '===',
  '***',
  '[^1]: a footnote',
  '\tTabbed line',
  '• bullet line',
  '2. Numbered heading',
  'CONTACT US',
  '- we keep your name',
  '- and your address',
  '* a starred item',
  '+ a plus item',
  '1. first step',
  '7. seventh step',
  '3) closing paren step',
  '- trailing space ',
  '-  two spaces before',
  '- [ ] a task',
  '- 2024 starts with a digit',
  '  indented continuation',
  '-',
];

/** The block nodes of a tree, down to paragraphs and headings: kinds, list fields and every position. */
const blockTree = (t: Root): unknown => {
  const walk = (n: Nodes): unknown => {
    const p = n.position;
    const base: unknown[] = [n.type, p?.start.line, p?.start.column, p?.start.offset, p?.end.line, p?.end.column, p?.end.offset];
    if (n.type === 'list') base.push(n.ordered, n.start, n.spread);
    if (n.type === 'listItem') base.push(n.spread, n.checked);
    if (n.type === 'paragraph' || n.type === 'heading' || !('children' in n)) return base;
    return [...base, (n.children as Nodes[]).map(walk)];
  };
  return t.children.map((c) => walk(c as Nodes));
};

test('the cheap reader gives remark\'s blocks, sections and offsets on generated documents', () => {
  const doc = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 });
  fc.assert(
    fc.property(doc, fc.boolean(), fc.boolean(), fc.boolean(), (lines, crlf, frontMatter, finalBreak) => {
      const nl = crlf ? '\r\n' : '\n';
      let text = lines.join(nl) + (finalBreak ? nl : '');
      if (frontMatter) text = `---${nl}policy:${nl}  controller: Acme Ltd${nl}---${nl}${text}`;
      const whole = remark(text);
      const tree = blockTree(parseBlocks(text));
      assert.deepEqual(cheap(text), whole, JSON.stringify(text));
      assert.deepEqual(cut(text), whole, JSON.stringify(text));
      assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, 0)), tree, JSON.stringify(text));
      assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, Infinity, 0)), tree, JSON.stringify(text));
    }),
    { numRuns: runs(1000) },
  );
});

test('a row that is a lone pipe is left to remark, as a header and in the body', () => {
  // Found by the generated-documents property: the cheap reader took `|` over `|-|` for a table of one column.
  for (const text of ['|\n|-|\n|', '|\n|-|\n', '| a |\n|-|\n|\n', '| a |\n|-|\n| b |\n|\n| c |\n']) {
    assert.deepEqual(cheap(text), remark(text), JSON.stringify(text));
    assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, 0)), blockTree(parseBlocks(text)), JSON.stringify(text));
  }
});

test('a list run right after indented code or an HTML block is read as remark reads it', () => {
  // Found by the generated-documents property: after indented code, `2. item` is a paragraph to
  // micromark; an HTML block that ends at a blank line takes the items as its own lines.
  for (const text of ['\tcode line\n2. item', '\tcode line\n1. item', '\tcode line\n- item', '<div>\n</div>\n- item', '<div>\n</div>\n2. item', '<!-- c -->\n- item']) {
    assert.deepEqual(cheap(text), remark(text), JSON.stringify(text));
    assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, 0)), blockTree(parseBlocks(text)), JSON.stringify(text));
  }
});

test('the cheap reader reads runs of headings and tables between other blocks as remark does', () => {
  const table = ['| Purpose | Period |', '| --- | --- |', ...Array.from({ length: 30 }, (_, i) => `| use ${i} | ${i} months |`)].join('\n');
  const headings = Array.from({ length: 30 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Part ${i}${i % 4 ? '' : ' ##'}`).join('\n');
  const bullets = Array.from({ length: 30 }, (_, i) => `- we keep record ${i}`).join('\n');
  const numbered = Array.from({ length: 30 }, (_, i) => `${i + 1}. step ${i}`).join('\n');
  const texts = [
    `${headings}\n\n${table}\n`,
    `Intro text.\n${headings}\nSome text after.\n\n${table}\n\nMore text.\n`,
    `- item\n${headings}\n---\n${table}`,
    `> quote\n${headings}\n\n\n${table}\n\n- list\n\n${table}\n`,
    '```\n' + headings + '\n```\n' + headings,
    `<div>\n${headings}\n\n${headings}\n`,
    `[ref]:\n${headings}\n`,
    `Paragraph line\n${table}\n`,
    `${table}\nnot a row\n\n${headings}`,
    `We keep:\n${bullets}\n\nMore text.\n`,
    `We keep:\n\n${bullets}\n`,
    `${headings}\n${numbered}\n\n${table}\n`,
    `Lead-in text:\n${numbered.replace(/^1\./, '4.')}\n`,
    `${bullets}\n\n  indented paragraph of the last item\n`,
    `${bullets}\n\n- the same list goes on\n`,
    `${bullets}\nlazy line of the last item\n`,
    `* another list\n${bullets}\n`,
    `> quoted\n${bullets}\n`,
    `${table}\n${bullets}\n`,
    `- a\n\n${bullets}\n`,
  ];
  for (const text of texts) {
    const read = remark(text);
    assert.deepEqual(cheap(text), read, text.slice(0, 80));
    assert.deepEqual(cut(text), read, text.slice(0, 80));
    // The pieces between runs are parsed on their own: the tree of the whole is remark's.
    const whole = parseBlocks(text);
    const joined = parseAroundRuns(text, parseBlocks, 0);
    const pos = (t: typeof whole) => JSON.stringify(t.children.map((n) => [n.type, n.position?.start.offset, n.position?.end.offset, n.position?.start.line]));
    assert.equal(pos(joined), pos(whole));
    assert.deepEqual(blockTree(joined), blockTree(whole), text.slice(0, 80));
  }
});

test('the cheap reader takes the hostile runs of headings and tables, and only runs that long', () => {
  for (const name of ['headings', 'table', 'long-list'] as const) {
    const text = SHAPES[name](40 * 1024);
    assert.deepEqual(shape(parseDocument(text)), remark(text), name);
    let pieces = 0;
    parseAroundRuns(text, (piece) => (pieces++, parseBlocks(piece)));
    // Only the list's lead-in is left for remark.
    assert.equal(pieces, name === 'long-list' ? 1 : 0, `${name}: no piece left for remark`);
    // Short runs go to remark, as a policy's own headings and tables do.
    let whole = 0;
    const short = SHAPES[name](4 * 1024);
    parseAroundRuns(short, (piece) => (whole++, assert.equal(piece, short), parseBlocks(piece)));
    assert.equal(whole, 1, `${name}: a short run is remark's`);
  }
});

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, re) : re.test(f) ? [p] : [];
  });
}

// On every example and fixture: document.test.ts, beside the full-GFM comparison (one parse shared).

test('the cheap reader gives remark\'s blocks on the seed policies', { skip: SKIP_NO_SHARED }, () => {
  if (!HAS_SHARED) return;
  const seeds = files(join(SHARED, 'seeds'), /\.(md|txt)$/);
  assert.ok(seeds.length > 5);
  for (const f of seeds) {
    const text = readFileSync(f, 'utf8');
    const whole = remark(text);
    assert.deepEqual(cheap(text), whole, f);
    assert.deepEqual(cut(text), whole, f);
  }
});

test('a long text is given to remark in pieces cut before headings at the margin, as remark reads it whole', () => {
  // micromark's time grows faster than the text (it copies all of a document's events so far at each
  // list that a later line ends): pieces of CHEAP_RUN characters or more, each ended before a heading.
  const section = (i: number) => [`## Part ${i}`, '', 'We keep what you give us.', '', '- your name', '- your address', 'lazy line of the item', '', `> a quote ${i}`, 'and its lazy line', ''].join('\n');
  // 600 sections (74 KB, 5 pieces) under `npm test`, 1000 (123 KB, 8 pieces) under CI's full runs:
  // the size, not what is held; remark's whole parse of 1000 took half of this file's CPU.
  const text = Array.from({ length: FULL_PROPERTIES ? 1000 : 600 }, (_, i) => section(i)).join('\n');
  const pieces: string[] = [];
  parseAroundRuns(text, (piece) => (pieces.push(piece), parseBlocks(piece)));
  assert.ok(pieces.length > 3, `${pieces.length} pieces`);
  for (const p of pieces.slice(1)) assert.match(p, /^## Part \d+\n/);
  assert.ok(pieces.slice(0, -1).every((p) => p.length >= CHEAP_RUN));
  // remark's parse of the whole text (its time grows faster than the text: most of this test's) is
  // kept for the parse of its own below, which is asked only how often it is called.
  let whole: Root | undefined;
  const wholeShape = shape(parseDocument(text, (t) => (whole = parseBlocks(t)), Infinity)); // remark(text)
  assert.deepEqual(shape(parseDocument(text)), wholeShape);
  // A parse of its own (the language server's, which cuts the text itself) gets the text whole.
  let given = 0;
  parseDocument(text, (piece) => (given++, piece === text && whole ? whole : parseBlocks(piece)));
  assert.equal(given, 1);
});

test('with full GFM a heading or cell that opens with "[" and a web or mail address keeps its text', () => {
  // GFM finds such addresses after parsing and makes their nodes without positions; the block's
  // text used to come out empty.
  const texts = [
    '[www.example.org] contact page\n============================\n\nWe keep data.\n',
    'Intro.\n\n[https://example.org/privacy] notice\r\n---\r\n',
    '## [privacy@example.org] writes back ##\n',
    '| [www.example.org] | [team@example.org] |\n| --- | --- |\n| [www.example.net] | two years |\n',
  ];
  for (const text of texts) {
    const full = parseDocument(text, parseMarkdown);
    assert.ok(full.blocks.every((b) => b.text.length > 0), JSON.stringify(full.blocks.map((b) => b.text)));
    assert.deepEqual(shape(full), shape(parseDocument(text)), text);
  }
});

test('a link definition anywhere holds for the whole text: such a text is parsed whole', () => {
  // Found by the generated-documents property: `[ref]:` over a table row defines `ref`, so a later
  // `[ref]:` in another piece is a link reference, which a piece parsed alone cannot know.
  const text = '[ref]:\n|a||b|\n# Who we are\nWe keep the data you give us.\n|-|\n[ref]:\n# Who we are';
  assert.deepEqual(cheap(text), remark(text));
  assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, 0)), blockTree(parseBlocks(text)));
});

test('a definition inside a block quote or list item also holds for the whole text (the review)', () => {
  // "[terms][t]" in the first piece is a link only because of a definition after a later heading.
  for (const def of ['> [t]: https://terms.example', '- [t]: https://terms.example', '1. [t]: https://terms.example', '> [^1]: a note']) {
    const text = `Read our [terms][t] and the note[^1].\n\n${'We keep the orders you place with us.\n\n'.repeat(40)}# Links\n\n${def}\n`;
    assert.deepEqual(blockTree(parseAroundRuns(text, parseBlocks, 0)), blockTree(parseBlocks(text)), def);
  }
});
