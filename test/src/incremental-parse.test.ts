// The chunked parse the language server keeps between edits (lsp/incremental-parse.ts) against a
// full parse, in this process: generated Markdown that carries over blank lines, edit after edit,
// and the seed policies. (The server under edits, over LSP: integration/lsp-incremental.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, SKIP_NO_SHARED } from './helpers/paths.js';
import { piece } from './helpers/policy-pieces.js';
import { runs, sample } from './helpers/properties.js';

// Markdown that tends to carry over blank lines: fences, HTML blocks, comments, lists, front
// matter, setext headings, definitions.
const tricky = fc.constantFrom(
  '```\ncode\n\nmore code\n```\n',
  '~~~~\n```\n\nstill code\n~~~~\n',
  '<!-- a comment\n\nover lines -->\n',
  '<pre>\n\nkept\n</pre>\n',
  '<div>\nhtml\n</div>\n',
  '- one\n\n- two\n\n  indented continuation\n',
  '1. first\n\n2. second\n',
  'a) item\n',
  'Title\n=====\n',
  'Title\n---\n',
  '---\n',
  '---\ntitle: x\n\nmore: y\n---\n',
  '[ref]: https://example.org\n',
  '> [ref]: https://example.org\n',
  '- [ref]: https://example.org\n',
  '[re\nf]: https://example.org\n',
  'See [re f].\n',
  '[^1]: a note\n',
  'A note[^1].\n',
  'See [ref] and [x][ref].\n',
  '> quoted\n\n> again\n',
  '    indented code\n\n    more\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '* * *\n',
  '\n\n',
  '\r\n',
  '\r',
);
const doc = fc.array(fc.oneof(piece, tricky, tricky), { maxLength: 16 }).map((a) => a.join(''));

test('the chunked parse gives the same tree as a full parse', async () => {
  const { ChunkedParser } = await import('../../server/out/lsp/incremental-parse.js');
  const { parseBlocks } = await import('../../server/out/engine/document.js');
  const parser = new ChunkedParser();
  const strip = (t: unknown) => JSON.parse(JSON.stringify(t));
  fc.assert(
    fc.property(doc, (text) => {
      assert.deepEqual(strip(parser.parse(text)), strip(parseBlocks(text)));
    }),
    { numRuns: runs(2000) },
  );
});

test('edit after edit, the chunks kept and moved from the last parse give the tree of a full parse', async () => {
  const { ChunkedParser } = await import('../../server/out/lsp/incremental-parse.js');
  const { parseBlocks } = await import('../../server/out/engine/document.js');
  const strip = (t: unknown) => JSON.parse(JSON.stringify(t));
  const step = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), insert: fc.array(fc.oneof(piece, tricky), { maxLength: 2 }).map((a) => a.join('')) });
  fc.assert(
    fc.property(doc, fc.array(step, { minLength: 1, maxLength: 10 }), (initial, steps) => {
      const parser = new ChunkedParser();
      let text = initial;
      assert.deepEqual(strip(parser.parse(text)), strip(parseBlocks(text)));
      for (const e of steps) {
        const start = text.length ? e.at % (text.length + 1) : 0;
        text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.len));
        assert.deepEqual(strip(parser.parse(text)), strip(parseBlocks(text)), JSON.stringify(text));
      }
    }),
    { numRuns: runs(500) },
  );
  // Edits that move a cut: a chunk's first line indented into the list before it, made a list
  // item or `---`, its blank line removed, a fence opened or closed before it, a blank line typed
  // into a paragraph, text added to the line after a cut.
  const base = '- item one\n\nPara two.\n\nPara three.\n\n```\ncode\n```\n\nPara four.\n\n- a\n\n- b\n\nPara five.\n';
  const edits: [string, string][] = [
    ['Para two', '  Para two'],
    ['Para two', '- Para two'],
    ['Para two', '---\nPara two'],
    ['one\n\nPara', 'one\nPara'],
    ['Para three.\n', '```\nPara three.\n'],
    ['```\n\nPara four', '\nPara four'],
    ['Para four.', 'Para\n\nfour.'],
    ['\n\n- b', '\n\n  - b'],
    ['Para five', '  Para five'],
    ['Para three.\n\n', 'Para three.\n\n\n\nNew para.\n\n'],
    ['Para two.\n\n', ''],
  ];
  for (const [from, to] of edits) {
    const parser = new ChunkedParser();
    parser.parse(base);
    const edited = base.replace(from, to);
    assert.deepEqual(strip(parser.parse(edited)), strip(parseBlocks(edited)), JSON.stringify([from, to]));
    assert.deepEqual(strip(parser.parse(base)), strip(parseBlocks(base)), `${JSON.stringify([from, to])} undone`);
  }
  // Definitions the chunks must not miss: a label's `]:` not at a line's start (in a block quote, a
  // list item, an indented list continuation, after a line break inside the label), and a
  // footnote defined in a block quote; each reaches a reference in another chunk.
  for (const text of [
    'Para one.\n\n[a\nb]: https://example.org\n\nSee [a b].\n',
    'Para one.\n\n> [a]: https://example.org\n\nSee [a].\n',
    'Para one.\n\n- [a]: https://example.org\n\nSee [a].\n',
    'See [a].\n\n[a\n]: https://example.org\n',
    'Para one.\n\n1. item\n\n    [a]: https://example.org\n\nSee [a].\n',
    'Para[^1].\n\n> [^1]: note\n',
  ]) {
    assert.deepEqual(strip(new ChunkedParser().parse(text)), strip(parseBlocks(text)), JSON.stringify(text));
    // And typed in by an edit, at a chunk boundary.
    const parser = new ChunkedParser();
    const without = text.replace(']:', '] ');
    parser.parse(without);
    assert.deepEqual(strip(parser.parse(text)), strip(parseBlocks(text)), `${JSON.stringify(text)} after an edit`);
  }
  // A long text edited in its middle: the chunks before and after the edit are reused, not parsed again.
  const parser = new ChunkedParser();
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says what we keep and why.\n`);
  const long = paragraphs.join('\n');
  parser.parse(long);
  const misses = parser.misses;
  const edited = long.replace('Paragraph 20 says', 'Paragraph 20 now says');
  assert.deepEqual(strip(parser.parse(edited)), strip(parseBlocks(edited)));
  assert.equal(parser.misses - misses, 1, 'only the edited chunk is parsed again');
});

test('the chunked parse of each seed (a fifth under npm test) equals its full parse, before and after an edit', { skip: SKIP_NO_SHARED }, async () => {
  const { ChunkedParser, chunks } = await import('../../server/out/lsp/incremental-parse.js');
  const { parseBlocks } = await import('../../server/out/engine/document.js');
  const strip = (t: unknown) => JSON.parse(JSON.stringify(t));
  for (const f of sample(readdirSync(join(SHARED, 'seeds')).filter((x) => x.endsWith('.txt')))) {
    const text = readFileSync(join(SHARED, 'seeds', f), 'utf8');
    const parser = new ChunkedParser();
    assert.deepEqual(strip(parser.parse(text)), strip(parseBlocks(text)), f);
    const mid = Math.floor(text.length / 2);
    const edited = text.slice(0, mid) + ' an edit ' + text.slice(mid);
    assert.deepEqual(strip(parser.parse(edited)), strip(parseBlocks(edited)), `${f} after an edit`);
    // Text with no blank line is one paragraph to micromark: one chunk, nothing to reuse.
    if (chunks(text).length > 2) assert.ok(parser.hits > 0, `${f}: unchanged chunks were reused`);
  }
});

test('pieces of one check that repeat one another (around long tables): chunks moved by an edit are moved in place only where no other piece holds them', async () => {
  const { ChunkedParser } = await import('../../server/out/lsp/incremental-parse.js');
  const { parseDocument } = await import('../../server/out/engine/document.js');
  const blocks = (d: { blocks: { kind: string; span: unknown; text: string }[] }) => d.blocks.map((b) => [b.kind, b.span, b.text]);
  // A table longer than CHEAP_RUN is read by the line reader: the text around it goes to the chunked parse piece by piece.
  const table = '| Item | Kept for |\n|---|---|\n' + Array.from({ length: 1500 }, (_, i) => `| record ${i} | a year |\n`).join('');
  const piece = 'We keep records.\n\nThey are deleted after a year.\n\nAsk us for a copy.\n';
  // The three pieces the same text ('\n' + piece + '\n'), so that their chunks are one object each.
  const text = '\n' + [piece, table, piece, table, piece].join('\n') + '\n';
  const parser = new ChunkedParser(2);
  const read = (t: string) => parser.round(() => parseDocument(t, parser.parse));
  assert.deepEqual(blocks(read(text)), blocks(parseDocument(text)));
  let edited = text;
  // An edit in each piece in turn (the chunks after it move), then each undone.
  for (const n of [0, 1, 2, 1, 0]) {
    let at = -1;
    for (let k = 0; k <= n; k++) at = edited.indexOf('They are', at + 1);
    edited = edited.slice(0, at) + 'x' + edited.slice(at);
    assert.deepEqual(blocks(read(edited)), blocks(parseDocument(edited)), `edit in piece ${n}`);
  }
  for (let k = 0; k < 5; k++) {
    edited = edited.replace('xThey are', 'They are');
    assert.deepEqual(blocks(read(edited)), blocks(parseDocument(edited)), `undone ${k + 1}`);
  }
  assert.equal(edited, text);
});
