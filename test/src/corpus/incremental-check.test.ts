// The language server's way from an edit to its findings, in this process, against a check that
// has remembered nothing: each document is edited the way people edit policies (a letter typed in
// a word, a line started with a letter down a run of lines so that paragraphs join, a blank line
// removed and put back, a heading renamed, a list item added, a paragraph pasted twice, the
// company renamed in one place, a placeholder typed, a section cut, a link definition typed, and
// everything undone), each version checked as the check worker checks it (`analyze` with the
// document's chunk cache and the memos of every check before it, its findings posted as the
// worker posts them and read back as the server thread reads them: FindingWriter, FindingReader).
// The last version of each document is then checked in a worker thread whose engine is loaded
// afresh and has checked nothing of that document before: findings, coverage, sections and
// placeholders must be the same. (Over the protocol, with generated text:
// integration/lsp-incremental.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EXAMPLE_FILES } from '../helpers/examples.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import type { Analysis } from '../../../server/out/lsp/analysis.js';

type Edit = (text: string) => string;

/** The line index `at` (a fraction of the document's lines) and the `n` lines after it, each started with `typed`: where a line was blank, the paragraphs around it join. */
const startLines =
  (at: number, n: number, typed = 'x'): Edit =>
  (text) => {
    const lines = text.split('\n');
    const from = Math.floor(lines.length * at);
    for (let i = from; i < Math.min(lines.length, from + n); i++) lines[i] = typed + lines[i];
    return lines.join('\n');
  };

/** A letter typed into the middle of the first word of six letters or more after `at` (a fraction of the text). */
const typeInWord =
  (at: number, letter = 'e'): Edit =>
  (text) => {
    const m = /[A-Za-z]{6,}/.exec(text.slice(Math.floor(text.length * at)));
    if (!m) return text + letter;
    const i = Math.floor(text.length * at) + m.index + 3;
    return text.slice(0, i) + letter + text.slice(i);
  };

/** The first blank line after `at` removed (the paragraphs around it join), or, with `restore`, a blank line put back where `join` left two lines. */
const dropBlankLine =
  (at: number): Edit =>
  (text) => {
    const i = text.indexOf('\n\n', Math.floor(text.length * at));
    return i < 0 ? text : text.slice(0, i) + text.slice(i + 1);
  };

/** The n-th heading line's text replaced. */
const renameHeading =
  (n: number, title: string): Edit =>
  (text) => {
    let k = 0;
    return text.replace(/^(#{1,6} )(.*)$/gm, (all, hashes: string) => (k++ === n ? hashes + title : all));
  };

/** A list item added after the first list item of the document. */
const addListItem =
  (item: string): Edit =>
  (text) =>
    text.replace(/^([-*] .*)$/m, (line) => `${line}\n- ${item}`);

/** The longest paragraph of the document pasted again after the paragraph at `at`. */
const pasteParagraph =
  (at: number): Edit =>
  (text) => {
    const paragraphs = text.split('\n\n');
    const longest = paragraphs.filter((p) => !/^[#\-*|<>]/.test(p)).sort((a, b) => b.length - a.length)[0] ?? 'A paragraph.';
    const i = Math.max(1, Math.floor(paragraphs.length * at));
    return [...paragraphs.slice(0, i), longest, ...paragraphs.slice(i)].join('\n\n');
  };

/** The first capitalised name of two words or more after `at` written another way there, once. */
const renameOnce =
  (at: number, other: string): Edit =>
  (text) => {
    const from = Math.floor(text.length * at);
    const m = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/.exec(text.slice(from));
    return m ? text.slice(0, from + m.index) + other + text.slice(from + m.index + m[0].length) : text;
  };

/** Text inserted at the start of the line at `at` (a fraction of the lines), as its own paragraph. */
const insertParagraph =
  (at: number, paragraph: string): Edit =>
  (text) => {
    const lines = text.split('\n');
    const i = Math.floor(lines.length * at);
    return [...lines.slice(0, i), '', paragraph, '', ...lines.slice(i)].join('\n');
  };

/** The section from the n-th heading to the next heading of its depth or higher cut out. */
const cutSection =
  (n: number): Edit =>
  (text) => {
    const heads = [...text.matchAll(/^(#{1,6}) .*$/gm)];
    const h = heads[n];
    if (!h) return text;
    const next = heads.slice(n + 1).find((x) => x[1].length <= h[1].length);
    return text.slice(0, h.index) + (next ? text.slice(next.index) : '');
  };

/** What each document goes through: a list of edits, each a version the server checks. */
const EDITS: Edit[][] = [
  [typeInWord(0.5), typeInWord(0.5, 's'), startLines(0.5, 6), startLines(0.3, 1, '# '), dropBlankLine(0.6), insertParagraph(0.6, '')],
  [renameHeading(1, 'How to reach us'), addListItem('the right to object to marketing'), pasteParagraph(0.7), renameOnce(0.4, 'Brightwell Holdings Ltd')],
  [insertParagraph(0.5, 'Send your questions to [Company Name] at [email address].'), cutSection(2), typeInWord(0.2), insertParagraph(0.8, 'See [our partners].\n\n[our partners]: https://example.org/partners')],
  [startLines(0.4, 12), renameHeading(0, 'Privacy notice of Brightwell'), dropBlankLine(0.1), dropBlankLine(0.9), addListItem('your location, when you allow it')],
];

/** The documents: every example, fixtures of the rules whose findings reach across paragraphs, and all the examples in one document. */
function documents(): { name: string; text: string }[] {
  const docs = EXAMPLE_FILES.map((f) => ({ name: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8') }));
  for (const f of ['entity-mismatch/defined-term.md', 'translations/privacy.md']) {
    try {
      docs.push({ name: `test/fixtures/${f}`, text: readFileSync(join(FIXTURES, f), 'utf8') });
    } catch {
      // a fixture moved: the others still run
    }
  }
  docs.push({ name: 'all examples in one', text: docs.filter((d) => d.name.startsWith('examples')).map((d) => d.text.replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n') });
  return docs;
}

/** What the editor reads of an analysis, as JSON: findings, coverage, sections, placeholders, front matter. */
const seen = (a: Pick<Analysis, 'diagnostics' | 'coverage' | 'sections' | 'placeholders' | 'variables' | 'policyFields' | 'language' | 'profiles'>) =>
  JSON.stringify([a.language, a.profiles, a.diagnostics, a.coverage, a.sections, a.placeholders, a.variables, a.policyFields]);

/** Fails, quoting where the two JSON texts part, unless they are equal. */
function same(got: string, want: string, what: string): void {
  if (got === want) return;
  let at = 0;
  while (got[at] === want[at]) at++;
  assert.fail(`${what}: they part at character ${at}:\n  got  … ${got.slice(Math.max(0, at - 150), at + 150)}\n  want … ${want.slice(Math.max(0, at - 150), at + 150)}`);
}

/** Checks texts in a worker thread whose engine is loaded afresh (nothing remembered from this process). */
function freshChecks(texts: string[]): Promise<string[]> {
  const analysis = pathToFileURL(join(ROOT, 'server', 'out', 'lsp', 'analysis.js')).href;
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(${JSON.stringify(analysis)}).then(({ analyze }) => {
      parentPort.postMessage(workerData.map((t) => {
        const a = analyze(t, {}, undefined, false);
        return JSON.stringify([a.language, a.profiles, a.diagnostics, a.coverage, a.sections, a.placeholders, a.variables, a.policyFields]);
      }));
    });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData: texts });
    w.once('message', (m: string[]) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

test('edits as people make them, checked as the server checks them, give what a check that remembers nothing gives', async () => {
  const { analyze } = await import('../../../server/out/lsp/analysis.js');
  const { FindingReader, FindingWriter, PartReader, PartWriter } = await import('../../../server/out/lsp/scheduler.js');
  const docs = documents();
  assert.ok(docs.length >= 8, `documents: ${docs.map((d) => d.name).join(', ')}`);
  const writer = new FindingWriter();
  const reader = new FindingReader();
  // The analysis's other parts (sections, coverage, summary) as they cross too: those equal to the
  // last check's are named, not posted, and taken from the last analysis the server thread read.
  const partWriter = new PartWriter();
  const partReader = new PartReader();
  let omitted = 0;
  let id = 0;
  const finals: { name: string; text: string; got: string }[] = [];
  for (const [i, doc] of docs.entries()) {
    const key = `file:///incremental/${i}.policy.md`;
    const versions = [doc.text];
    for (const edit of EDITS[i % EDITS.length]) versions.push(edit(versions[versions.length - 1]));
    // Then undone, back to the first text.
    versions.push(doc.text);
    let got = '';
    let first = '';
    for (const [v, text] of versions.entries()) {
      const have = reader.holds(key);
      // Summarised at the first two versions only: a summary kept, then none, then none kept.
      const { diagnostics, ...rest } = analyze(text, {}, key, v < 2);
      const summary = JSON.stringify(rest.summary);
      const posted = writer.write(++id, key, have, diagnostics);
      const sameParts = partWriter.write(id, key, have, rest);
      omitted += sameParts.length;
      const read = reader.read(key, id, JSON.parse(JSON.stringify(posted)));
      assert.ok(read, `${doc.name} v${v}: the findings posted refer to a list the server thread holds`);
      const parts = partReader.read(key, id, have, JSON.parse(JSON.stringify(rest)), sameParts);
      assert.ok(parts, `${doc.name} v${v}: the parts named as unchanged are those of an analysis the server thread holds`);
      assert.equal(JSON.stringify(parts.summary), summary, `${doc.name} v${v}: the summary as made`);
      got = seen({ ...parts, diagnostics: read });
      if (v === 0) first = got;
    }
    // Undone to the first text: what its first check gave.
    same(got, first, `${doc.name}: the text edited and then restored reads as it did before the edits`);
    // The last edited version, checked afresh below.
    const last = versions[versions.length - 2];
    const { diagnostics, ...rest } = analyze(last, {}, key, false);
    const posted = writer.write(++id, key, reader.holds(key), diagnostics);
    finals.push({ name: doc.name, text: last, got: seen({ ...rest, diagnostics: reader.read(key, id, posted)! }) });
    assert.notEqual(last, doc.text, `${doc.name}: the edits changed the text`);
  }
  assert.ok(omitted > 0, 'some parts were named as unchanged, not posted');
  const fresh = await freshChecks(finals.map((f) => f.text));
  for (const [i, f] of finals.entries()) same(f.got, fresh[i], `${f.name}: its last version after the edits (got) against a check that remembers nothing (want)`);
});
