// Import: pasted text, HTML pages and Word files become policy Markdown with nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importText, importHtml } from '../../server/out/engine/import/index.js';
import { parseDocument } from '../../server/out/engine/document.js';
import { ROOT } from './helpers/paths.js';
import { cli } from './helpers/cli.js';
import { lostWords } from './helpers/words.js';
import { EXAMPLE_FILES } from './helpers/examples.js';

const PASTED = `Privacy Notice

Brackenfold Kennels Ltd

1. About us

Brackenfold Kennels Ltd ("we", "us") runs boarding kennels near Hexham and is
the controller of the data you give us. You can reach us at hello@brackenfold.example
or on 01434 600 123, and our data protection officer at dpo@brackenfold.example.

2. What we keep
• Your name, address and phone number.
• Your dog's name, breed and vaccination
record.
`;

test('pasted text: headings recovered, wrapped lines joined, bullets rebuilt, front matter started', () => {
  const { markdown } = importText(PASTED);
  assert.match(markdown, /^---\npolicy:\n/);
  assert.match(markdown, /controller: Brackenfold Kennels Ltd/);
  assert.match(markdown, /contact_email: hello@brackenfold\.example/);
  assert.match(markdown, /contact_email_2: dpo@brackenfold\.example/);
  assert.match(markdown, /contact_phone: 01434 600 123/);
  assert.match(markdown, /^# Privacy Notice$/m);
  assert.match(markdown, /^## 1\. About us$/m);
  assert.match(markdown, /^## 2\. What we keep$/m);
  assert.match(markdown, /^Brackenfold Kennels Ltd \("we", "us"\) runs boarding kennels near Hexham and is the controller of the data you give us\. You can reach us/m);
  assert.match(markdown, /^- Your dog's name, breed and vaccination record\.$/m);
  assert.deepEqual(lostWords(PASTED, markdown), []);
  const doc = parseDocument(markdown);
  assert.equal(doc.frontMatter.policy.controller, 'Brackenfold Kennels Ltd');
  assert.ok(doc.blocks.filter((b) => b.kind === 'heading' && !b.implicit).length >= 3, 'headings are marked up');
});

test('text that already has front matter keeps it; Markdown comes back unchanged', () => {
  const md = '---\npolicy:\n  controller: X Ltd\n---\n\n# Privacy\n\n## One\n\nText wrapped\nat a line end.\n\n> A quote\n> on two lines.\n\n## Two\n\nMore text.\n';
  assert.equal(importText(md).markdown, md);
});

test('HTML page: the main content, without menus, scripts, styles and footers', () => {
  const html = `<!doctype html><html><head><title>t</title><style>p{}</style><script>track()</script></head><body>
    <header><nav><a href="/">Home</a><a href="/shop">Shop</a></nav></header>
    <main><h1>Privacy policy</h1><p>We are <strong>Fernlea Bakery Ltd</strong>. Email privacy@fernlea.example.</p>
    <h2>What we collect</h2><ul><li>Your name</li><li>Your order</li></ul>
    <h2>How long we keep it</h2><p>Six years.</p></main>
    <footer>Copyright Fernlea</footer><script>more()</script></body></html>`;
  const { markdown } = importHtml(html);
  assert.match(markdown, /^# Privacy policy$/m);
  assert.match(markdown, /^## What we collect$/m);
  assert.match(markdown, /^- Your name$/m);
  assert.match(markdown, /contact_email: privacy@fernlea\.example/);
  for (const gone of ['track', 'Home', 'Shop', 'Copyright', 'p{}']) assert.ok(!markdown.includes(gone), `${gone} dropped`);
});

test('a Word file imports through mammoth (a DOCX we export, read back)', async () => {
  const { exportDocx } = await import('../../server/out/engine/export/index.js');
  const { importDocx } = await import('../../server/out/engine/import/index.js');
  const src = readFileSync(join(ROOT, 'examples', 'clean.policy.md'), 'utf8');
  const { markdown } = await importDocx(await exportDocx(src));
  assert.match(markdown, /^## Who we are$/m);
  assert.match(markdown, /controller: Larkspur Cycles Ltd/);
});

test('the command line: stdout without -o, -o refuses to overwrite, .html detected', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-import-'));
  try {
    writeFileSync(join(dir, 'pasted.txt'), PASTED);
    writeFileSync(join(dir, 'page.htm'), '<main><h1>Privacy</h1><nav>Menu</nav><p>Hello there.</p></main>');
    let r = await cli(['import', 'pasted.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## 1\. About us$/m);
    r = await cli(['import', 'page.htm'], dir);
    assert.match(r.stdout, /^# Privacy$/m);
    assert.ok(!r.stdout.includes('Menu'));
    writeFileSync(join(dir, 'out.md'), 'keep me');
    r = await cli(['import', 'pasted.txt', '-o', 'out.md'], dir);
    assert.equal(r.status, 2);
    assert.equal(readFileSync(join(dir, 'out.md'), 'utf8'), 'keep me');
    r = await cli(['import', 'pasted.txt', '-o', 'out.md', '--force'], dir);
    assert.equal(r.status, 0);
    assert.match(readFileSync(join(dir, 'out.md'), 'utf8'), /^---\npolicy:/);
    r = await cli(['import', 'missing.txt'], dir);
    assert.equal(r.status, 2);
    assert.ok(!existsSync(join(dir, 'missing.md')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Every seed imports with nothing lost and no new kind of finding: corpus/acceptance.test.ts (each seed is
// checked once for the whole suite).

test('empty and odd input imports and exports without crashing', async () => {
  const { EXPORT_FORMATS, exportPolicy } = await import('../../server/out/engine/export/index.js');
  const { importDocx } = await import('../../server/out/engine/import/index.js');
  for (const text of ['', '\n\n', '---\n', '•', '# \n', '{{', '\u0000\uFFFF\u{1F600} ﷽ 𝔘𝔫𝔦', '| a |\n| - |\n| b |', '- \n- \n', '1.\n2.\n']) {
    assert.equal(typeof importText(text).markdown, 'string');
    assert.equal(typeof importHtml(text).markdown, 'string');
    for (const f of EXPORT_FORMATS) assert.ok((await exportPolicy(text, f)) !== undefined, `${f} of ${JSON.stringify(text)}`);
  }
  await assert.rejects(importDocx(new Uint8Array([1, 2, 3])));
});

test('round trips: an exported page or Word file imports with every word of the policy', async () => {
  const { exportHtml, exportDocx, exportText } = await import('../../server/out/engine/export/index.js');
  const { importDocx } = await import('../../server/out/engine/import/index.js');
  for (const f of EXAMPLE_FILES) {
    const src = readFileSync(f, 'utf8');
    const words = exportText(src).replace(/\([^)\s]*[/@][^)\s]*\)/g, '');
    assert.deepEqual(lostWords(words, importHtml(exportHtml(src)).markdown), [], `${f}: html`);
    assert.deepEqual(lostWords(words, (await importDocx(await exportDocx(src))).markdown), [], `${f}: docx`);
  }
});

test('import: text that is not UTF-8 is read as Windows-1252 and says so; no character is lost', async () => {
  const { importFile } = await import('../../server/out/engine/import/index.js');
  const bytes = new Uint8Array([...new TextEncoder().encode('We are Caf'), 0xe9, ...new TextEncoder().encode(' Ltd. We don'), 0x92, ...new TextEncoder().encode('t sell data.\n')]);
  const r = await importFile('pasted.txt', bytes);
  assert.match(r.markdown, /Café Ltd\. We don’t sell data\./);
  assert.match(r.messages[0], /Not valid UTF-8 \(line 1, column 11\).*Windows-1252/);
});
