// Export: every format on every example policy, read back and compared with the source; the
// pre-export gate; the command line never overwrites and refuses unfilled placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import type { Root, Element } from 'hast';
import JSZip from 'jszip';
import { exportPolicy, exportHtml, exportMarkdown, exportText, exportProblems, preparePolicy, EXPORT_FORMATS } from '../../server/out/engine/export/index.js';
import { ROOT } from './helpers/paths.js';
import { cli } from './helpers/cli.js';
import { lostWords } from './helpers/words.js';
import { EXAMPLES, EXAMPLE_FILES } from './helpers/examples.js';
import { sample } from './helpers/properties.js';

/** The examples exported in every format and read back: a fifth under `npm test`, all in CI (helpers/properties.ts). */
const EXPORTED = sample(EXAMPLE_FILES);

function elements(node: Root | Element, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (pred(c)) out.push(c);
    elements(c, pred, out);
  }
  return out;
}

// Each example exported once per format for the whole file: the tests below read the same output.
const made = new Map<string, Promise<string | Uint8Array>>();
function exported(file: string, format: 'md' | 'txt' | 'html'): Promise<string>;
function exported(file: string, format: 'docx' | 'pdf'): Promise<Uint8Array>;
function exported(file: string, format: (typeof EXPORT_FORMATS)[number]): Promise<string | Uint8Array>;
function exported(file: string, format: (typeof EXPORT_FORMATS)[number]): Promise<string | Uint8Array> {
  const key = `${format} ${file}`;
  let out = made.get(key);
  if (!out) made.set(key, (out = exportPolicy(readFileSync(file, 'utf8'), format)));
  return out;
}

test('every example (a fifth under npm test) exports to every format', async () => {
  assert.ok(EXAMPLE_FILES.length >= 7);
  for (const f of EXPORTED) {
    for (const format of EXPORT_FORMATS) {
      const out = await exported(f, format);
      assert.ok(out.length > 200, `${relative(ROOT, f)} as ${format}`);
    }
  }
});

test('Markdown export: placeholders resolved, front matter dropped unless kept', () => {
  const src = readFileSync(join(EXAMPLES, 'clean.policy.md'), 'utf8');
  const md = exportMarkdown(src);
  assert.ok(!md.startsWith('---'));
  assert.ok(!md.includes('{{'));
  assert.match(md, /privacy@larkspurcycles\.co\.uk/);
  assert.match(exportMarkdown(src, { keepFrontMatter: true }), /^---\npolicy:/);
});

test('an unresolved placeholder stays visible in the export and is listed by exportProblems', () => {
  const src = '---\nvariables:\n  email: a@b.example\n---\n# Privacy\n\nWrite to {{email}} or {{phone}}.\n';
  assert.match(exportMarkdown(src), /Write to a@b\.example or \{\{phone\}\}\./);
  assert.deepEqual(preparePolicy(src).unresolved, ['phone']);
  const problems = exportProblems(src);
  assert.ok(problems.some((p) => p.rule === 'placeholder' && p.message.includes('phone')));
  // Only the unresolved one is a placeholder problem (another rule may quote the source line, placeholders and all).
  assert.ok(!problems.some((p) => p.rule === 'placeholder' && p.message.includes('{{email}}')));
});

test('the last-updated date from the front matter is printed when the text does not give it', () => {
  const src = '---\npolicy:\n  last-updated: 2026-02-03\n---\n# Privacy\n\nWe keep little.\n';
  assert.match(exportMarkdown(src), /^# Privacy\n\nThis policy was last updated on 2026-02-03\.\n/);
  const dated = '---\npolicy:\n  last-updated: 2026-02-03\n---\n# Privacy\n\nLast updated: 3 February 2026\n';
  assert.ok(!exportMarkdown(dated).includes('2026-02-03'));
});

test('plain text and HTML keep every word of the policy', async () => {
  for (const f of EXPORTED) {
    const md = await exported(f, 'md');
    const txt = await exported(f, 'txt');
    assert.deepEqual(lostWords(md.replace(/<!--[\s\S]*?-->/g, '').replace(/\]\([^)]*\)/g, ']'), txt), [], `${relative(ROOT, f)}: txt`);
    const html = await exported(f, 'html');
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const text = toText(elements(tree, (e) => e.tagName === 'body')[0]);
    assert.deepEqual(lostWords(txt.replace(/\([^)\s]*[/@][^)\s]*\)/g, ''), text), [], `${relative(ROOT, f)}: html`);
  }
});

test('HTML is an accessible page: lang, landmarks, heading ids, a table of contents that resolves, no script', async () => {
  for (const f of EXPORTED) {
    const src = readFileSync(f, 'utf8');
    const html = await exported(f, 'html');
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const name = relative(ROOT, f);
    const htmlEl = elements(tree, (e) => e.tagName === 'html')[0];
    assert.equal(htmlEl.properties.lang, preparePolicy(src).language, name);
    for (const tag of ['header', 'nav', 'main', 'title', 'style']) assert.equal(elements(tree, (e) => e.tagName === tag).length, 1, `${name}: one <${tag}>`);
    assert.equal(elements(tree, (e) => e.tagName === 'h1').length, 1, `${name}: one h1`);
    assert.equal(elements(tree, (e) => e.tagName === 'script').length, 0);
    const style = elements(tree, (e) => e.tagName === 'style')[0];
    assert.match(JSON.stringify(style), /@media print/);
    const headings = elements(tree, (e) => /^h[1-6]$/.test(e.tagName));
    for (const hd of headings) assert.ok(typeof hd.properties.id === 'string' && hd.properties.id, `${name}: heading id`);
    const ids = new Set(elements(tree, (e) => typeof e.properties.id === 'string').map((e) => e.properties.id));
    assert.equal(ids.size, elements(tree, (e) => typeof e.properties.id === 'string').length, `${name}: ids unique`);
    const links = elements(tree, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('#'));
    assert.ok(links.length >= 3, `${name}: table of contents`);
    for (const a of links) assert.ok(ids.has(String(a.properties.href).slice(1)), `${name}: ${a.properties.href} resolves`);
  }
  const nl = await exported(join(EXAMPLES, 'nl', 'privacyverklaring.policy.md'), 'html');
  assert.match(nl, /<html lang="nl">/);
  assert.match(nl, />Inhoud</);
});

/** The text of a DOCX's word/document.xml, paragraph by paragraph, with each paragraph's style. */
async function docxParagraphs(bytes: Uint8Array): Promise<{ style: string; text: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:numPr>/.test(m[0]) ? 'list' : (/<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? ''),
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(''),
  }));
}

test('DOCX read back: every word of the source, headings styled Heading1/2, lists numbered or bulleted', async () => {
  for (const f of EXPORTED) {
    const src = readFileSync(f, 'utf8');
    const paras = await docxParagraphs(await exported(f, 'docx'));
    const name = relative(ROOT, f);
    const text = paras.map((p) => p.text).join('\n');
    assert.deepEqual(lostWords((await exported(f, 'txt')).replace(/\([^)\s]*[/@][^)\s]*\)/g, ''), text), [], `${name}: words`);
    const headings = preparePolicy(src).tree.children.filter((c) => c.type === 'heading') as { depth: number }[];
    const styled = paras.filter((p) => /^Heading\d$/.test(p.style));
    assert.equal(styled.length, headings.length, `${name}: every heading styled`);
    styled.forEach((p, i) => assert.equal(p.style, `Heading${headings[i].depth}`, `${name}: ${p.text}`));
    if (preparePolicy(src).tree.children.some((c) => c.type === 'list')) assert.ok(paras.some((p) => p.style === 'list'), `${name}: lists`);
  }
  const clean = await docxParagraphs(await exported(join(EXAMPLES, 'clean.policy.md'), 'docx'));
  assert.equal(clean[0].style, 'Heading1');
  assert.equal(clean[1].text, 'Last updated: 1 March 2026');
});

const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const SKIP_NO_PDFTOTEXT = HAS_PDFTOTEXT ? false : 'pdftotext not on PATH (Debian/Ubuntu: apt-get install poppler-utils): PDF text not read back';

test('PDF has an outline entry per heading and the document language', async () => {
  for (const f of EXPORTED) {
    const src = readFileSync(f, 'utf8');
    const bytes = await exported(f, 'pdf');
    const raw = Buffer.from(bytes).toString('latin1');
    const name = relative(ROOT, f);
    assert.ok(raw.startsWith('%PDF-'), name);
    assert.match(raw, /\/Outlines \d+ 0 R/, `${name}: outline`);
    const headings = preparePolicy(src).tree.children.filter((c) => c.type === 'heading').length;
    // Outline items are the dictionaries with a /Parent and a /Title.
    const items = raw.match(/<<[^>]*\/Title[^>]*\/Parent|<<[^>]*\/Parent[^>]*\/Title/g) ?? [];
    assert.equal(items.length, headings, `${name}: one bookmark per heading`);
    assert.match(raw, new RegExp(`/Lang \\(${preparePolicy(src).language}\\)`), `${name}: language`);
  }
});

test('PDF text read back with pdftotext has every word of the policy', { skip: SKIP_NO_PDFTOTEXT }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-'));
  try {
    for (const f of EXPORTED) {
      const file = join(dir, 'out.pdf');
      writeFileSync(file, await exported(f, 'pdf'));
      const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(lostWords((await exported(f, 'txt')).replace(/\([^)\s]*[/@][^)\s]*\)/g, ''), r.stdout), [], relative(ROOT, f));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('HTML is sanitised and a fragment embeds without page furniture', () => {
  const src = '# Privacy\n\n## One\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="x()">link</a>\n\n## Two\n\nText.\n';
  const html = exportHtml(src);
  assert.ok(!/<script|javascript:|onclick/i.test(html));
  const frag = exportHtml(src, { fragment: true });
  assert.match(frag, /^<article lang="en">/);
  assert.ok(!/<html|<head|<style|<body/.test(frag));
  assert.match(frag, /<h2 id="one">One<\/h2>/);
});

test('pasted plain text exports with recovered headings', () => {
  const src = readFileSync(join(EXAMPLES, 'defects', 'privacy-pasted.md'), 'utf8');
  const html = exportHtml(src);
  assert.match(html, /<h1 id="privacy-policy">Privacy Policy<\/h1>/);
  assert.match(html, /<h2 id="1-who-we-are">1. Who we are<\/h2>/);
  assert.match(html, /<li>Names, dates of birth/);
  assert.ok(!html.includes('•'));
});

test('command line: refuses with a list without --force, never overwrites, writes beside the input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-export-'));
  const run = (args: string[]) => cli(args, dir);
  try {
    writeFileSync(join(dir, 'draft.policy.md'), '# Privacy\n\nWrite to {{nobody}}.\n');
    let r = await run(['export', 'draft.policy.md', '--format', 'md']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /draft\.policy\.md:3:10: error .*nobody/);
    assert.match(r.stderr, /not exported/);
    assert.ok(!existsSync(join(dir, 'draft.md')));
    r = await run(['export', 'draft.policy.md', '--format', 'md', '--force']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'draft.md'), 'utf8'), /\{\{nobody\}\}/);
    writeFileSync(join(dir, 'draft.md'), 'keep me');
    const clean = readFileSync(join(EXAMPLES, 'clean.policy.md'), 'utf8');
    writeFileSync(join(dir, 'clean.policy.md'), clean);
    writeFileSync(join(dir, 'taken.html'), 'keep me');
    r = await run(['export', 'clean.policy.md', '-o', 'taken.html']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /exists; pass --force/);
    assert.equal(readFileSync(join(dir, 'taken.html'), 'utf8'), 'keep me');
    r = await run(['export', 'clean.policy.md', '-o', 'clean.policy.md', '--force']);
    assert.equal(r.status, 2, 'never over the input');
    assert.equal(readFileSync(join(dir, 'clean.policy.md'), 'utf8'), clean);
    r = await run(['export', 'clean.policy.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'clean.html'), 'utf8'), /^<!doctype html>/);
    r = await run(['export', 'clean.policy.md', '--format', 'txt', '-o', '-']);
    assert.match(r.stdout, /^Privacy policy\n=+/);
    assert.equal((await run(['export', 'clean.policy.md', '--format', 'rtf'])).status, 2);
    assert.equal((await run(['export'])).status, 2);
    assert.equal((await run(['export', 'nope.md'])).status, 2);
    assert.equal((await run(['export', 'clean.policy.md', '--bogus'])).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('command line: no DOCX or PDF bytes onto a terminal; usage names the commands', async () => {
  const { run } = await import('../../server/out/cli/main.js');
  const err: string[] = [];
  const out: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), stdoutBytes: () => out.push('bytes'), cwd: EXAMPLES, isTTY: true, env: {} };
  assert.equal(await run(['export', 'clean.policy.md', '--format', 'pdf', '-o', '-'], io), 2);
  assert.match(err.join(''), /will not write a binary file to the terminal/);
  assert.deepEqual(out, []);
  assert.equal(await run(['export', 'clean.policy.md', '--format', 'pdf', '-o', '-'], { ...io, isTTY: false }), 0);
  assert.deepEqual(out, ['bytes']);
  out.length = 0;
  assert.equal(await run(['--help'], io), 0);
  for (const c of ['check', 'export', 'import', 'report']) assert.match(out.join(''), new RegExp(`policywright ${c} `));
  for (const c of ['export', 'import', 'report']) assert.equal(await run([c, '--help'], io), 0);
});

test('a California policy exports its front-matter date with the ccpa date clause', () => {
  const src = '---\npolicy:\n  profiles: [ccpa]\n  last-updated: 2026-10-01\n---\n# Privacy policy\n\nHats.\n';
  assert.match(preparePolicy(src).markdown, /Last updated: 2026-10-01\. We review and update it at least once every 12 months\./);
});
