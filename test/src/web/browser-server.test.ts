// The web extension's language server (dist/browser/server.js) in a real browser: headless
// Chromium (Debian's, driven by playwright-core from the real-VS-Code tests' cache) loads a page
// that starts the server in a web worker and speaks LSP to it over the worker's messages, as
// vscode-languageclient/browser does in vscode.dev. The page answers the server's file requests
// (policywright/readFile, policywright/readDirectory) from a small virtual workspace: a
// `.policywright.json` naming a clause folder with one clause of our own, so the quick fix shows
// that configuration and clause folders reach a server without a file system.
// Seed 004 is read from ../shared at run time (skipped, visibly, when absent).
// Run: npm run test:web (installs what it needs through test/e2e/setup.sh, builds the bundles).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, SHARED, FIXTURES } from '../helpers/paths.js';
import { applyEdits } from '../helpers/edits.js';

const OFFLINE = process.env.POLICYWRIGHT_OFFLINE ?? join(ROOT, '.vscode-offline');
const PLAYWRIGHT = join(OFFLINE, 'cs', 'node_modules', 'playwright-core');
const CHROMIUM = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const BUNDLE = join(ROOT, 'dist', 'browser', 'server.js');
const SEED = join(SHARED, 'seeds', '004_fbafb5bd08affde8.txt');

const SKIP = !existsSync(PLAYWRIGHT)
  ? `playwright-core not found at ${PLAYWRIGHT} (test/e2e/setup.sh installs it): the browser server is not tested`
  : !CHROMIUM
    ? 'chromium not found (apt-get install chromium, or CHROMIUM=/path): the browser server is not tested'
    : !existsSync(BUNDLE)
      ? `${BUNDLE} is missing: run node scripts/bundle.js (npm run test:web does)`
      : false;
const SKIP_SEED = SKIP || (existsSync(SEED) ? false : `${SEED} not found: the seed-004 steps are skipped`);

/** The page: starts the server worker and gives the test a minimal LSP client (window.lsp). */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Policywright browser server</title><script>
const worker = new Worker('/server.js');
const pending = new Map(), published = new Map(), listeners = new Set();
let nextId = 1;
window.files = {}; window.dirs = {}; window.asked = []; window.logs = [];
worker.onerror = (e) => window.logs.push('worker error: ' + e.message);
worker.onmessage = ({ data: m }) => {
  if (m.method && m.id !== undefined) {
    // A request from the server: answer it as the VS Code client does.
    window.asked.push(m.method + ' ' + JSON.stringify(m.params));
    let result = null;
    if (m.method === 'workspace/configuration') result = m.params.items.map(() => null);
    else if (m.method === 'policywright/readFile') result = m.params.uri in window.files ? { text: window.files[m.params.uri] } : null;
    else if (m.method === 'policywright/readDirectory') result = window.dirs[m.params.uri] ?? null;
    worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
  } else if (m.method) {
    if (m.method === 'textDocument/publishDiagnostics') { published.set(m.params.uri, m.params); for (const f of [...listeners]) f(); }
    if (m.method === 'window/logMessage' || m.method === 'window/showMessage') window.logs.push(m.params.message);
  } else {
    const p = pending.get(m.id); pending.delete(m.id);
    if (p) m.error ? p.reject(new Error(m.error.message)) : p.resolve(m.result);
  }
};
window.lsp = {
  // No answer within two minutes fails the request (a test must never hang), with the server's log.
  request: (method, params) => new Promise((resolve, reject) => {
    const id = nextId++;
    const t = setTimeout(() => { pending.delete(id); reject(new Error(method + ': no answer within 120 s; server log: ' + window.logs.join(' | '))); }, 120000);
    pending.set(id, { resolve: (r) => { clearTimeout(t); resolve(r); }, reject: (e) => { clearTimeout(t); reject(e); } });
    worker.postMessage({ jsonrpc: '2.0', id, method, params });
  }),
  notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
  /** The diagnostics published for uri at version >= min (waits for them). */
  diagnostics: (uri, min, timeoutMs) => new Promise((resolve, reject) => {
    const look = () => { const d = published.get(uri); if (d && (d.version ?? 0) >= min) { listeners.delete(look); clearTimeout(t); resolve(d); } };
    const t = setTimeout(() => { listeners.delete(look); reject(new Error('no diagnostics for ' + uri + ' v' + min + ' within ' + timeoutMs + ' ms; server log: ' + window.logs.join(' | '))); }, timeoutMs);
    listeners.add(look); look();
  }),
};
</script>`;

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  message: string;
}
type TextEdit = { range: LspDiagnostic['range']; newText: string };
interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[] };
}

/** A code action's edits to one document, plain or versioned. */
function editsOf(a: CodeAction, uri: string): TextEdit[] | undefined {
  return a.edit?.changes?.[uri] ?? a.edit?.documentChanges?.find((c) => c.textDocument.uri === uri)?.edits;
}

let http: Server | undefined;
let browser: { close(): Promise<void>; newPage(): Promise<Page> } | undefined;
type Page = { goto(u: string): Promise<unknown>; evaluate<R, A>(f: (a: A) => R | Promise<R>, a: A): Promise<R>; on(e: string, f: (x: unknown) => void): void };
let page: Page;
const pageErrors: string[] = [];

const request = <R>(method: string, params: unknown) => page.evaluate(([m, p]) => (globalThis as unknown as { lsp: { request(m: string, p: unknown): Promise<R> } }).lsp.request(m as string, p), [method, params] as const);
const notify = (method: string, params: unknown) => page.evaluate(([m, p]) => (globalThis as unknown as { lsp: { notify(m: string, p: unknown): void } }).lsp.notify(m as string, p), [method, params] as const);
const diagnostics = (uri: string, version: number) =>
  page.evaluate(([u, v]) => (globalThis as unknown as { lsp: { diagnostics(u: string, v: number, t: number): Promise<{ diagnostics: LspDiagnostic[] }> } }).lsp.diagnostics(u as string, v as number, 60_000), [uri, version] as const).then((p) => p.diagnostics);
const asked = () => page.evaluate(() => (globalThis as unknown as { asked: string[] }).asked, undefined);

// A virtual workspace: the project's configuration names a clause folder holding our own
// complaint clause (our words, with a marker the quick fix must carry into the document).
const WS = 'file:///ws';
const MARKER = 'complaints desk of our own clause folder';
const OWN_CLAUSE = `---
id: complaint-authority-uk-en
requirements: [complaint-authority]
profiles: [uk-gdpr]
language: en
title: Complaining to the ICO
heading: How to complain
matches: [complain, complaint, regulator, ico, information commissioner]
---
Tell the ${MARKER} first if something went wrong. You may also complain to the Information Commissioner's Office (ICO), the UK regulator for data protection, at ico.org.uk.
`;

before(async () => {
  if (SKIP) return;
  http = createServer((req, res) => {
    if (req.url === '/server.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(BUNDLE));
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => http!.listen(0, '127.0.0.1', r));
  const port = (http.address() as { port: number }).port;
  const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT) as { chromium: { launch(o: unknown): Promise<NonNullable<typeof browser>> } };
  // The flags these machines need (../shared/E2E.md).
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(
    ([ws, clause]) => {
      const g = globalThis as unknown as { files: Record<string, string>; dirs: Record<string, unknown> };
      g.files[`${ws}/.policywright.json`] = JSON.stringify({ clauseFolders: ['my-clauses'] });
      g.dirs[`${ws}/my-clauses`] = [{ name: 'en', directory: true }];
      g.dirs[`${ws}/my-clauses/en`] = [{ name: 'complaint.md', directory: false }];
      g.files[`${ws}/my-clauses/en/complaint.md`] = clause;
    },
    [WS, OWN_CLAUSE] as const,
  );
  const init = await request<{ capabilities: { codeActionProvider?: unknown } }>('initialize', {
    processId: null,
    rootUri: WS,
    workspaceFolders: [{ uri: WS, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs: 50 },
  });
  assert.ok(init.capabilities.codeActionProvider, 'the server answers initialize with its capabilities');
  await notify('initialized', {});
});

after(async () => {
  await browser?.close();
  http?.close();
});

test('in a web worker: a policy of our own is checked, its configuration read through the client', { skip: SKIP }, async () => {
  const uri = `${WS}/partial.policy.md`;
  const text = readFileSync(join(FIXTURES, 'lsp', 'partial.policy.md'), 'utf8');
  await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const ds = await diagnostics(uri, 1);
  assert.ok(ds.some((d) => d.code === 'required-info'), JSON.stringify(ds.map((d) => d.code)));
  const seen = await asked();
  assert.ok(seen.some((a) => a.startsWith(`policywright/readFile {"uri":"${WS}/.policywright.json"}`)), `the server asked for .policywright.json: ${seen.join('\n')}`);
  assert.ok(seen.some((a) => a.startsWith(`policywright/readDirectory {"uri":"${WS}/my-clauses/en"}`)), `the server listed the clause folder: ${seen.join('\n')}`);
  assert.deepEqual(pageErrors, []);
});

test('exports: HTML, text, Markdown and Word in the browser; PDF says it needs the desktop', { skip: SKIP }, async () => {
  const uri = `${WS}/partial.policy.md`;
  const html = await request<{ data?: string; encoding?: string }>('policywright/export', { uri, format: 'html', force: true });
  assert.equal(html.encoding, 'utf8');
  assert.match(html.data ?? '', /<html[\s>]/);
  const md = await request<{ data?: string }>('policywright/export', { uri, format: 'md', force: true });
  assert.match(md.data ?? '', /^# /m);
  const docx = await request<{ data?: string; encoding?: string }>('policywright/export', { uri, format: 'docx', force: true });
  assert.equal(docx.encoding, 'base64');
  assert.equal(Buffer.from(docx.data ?? '', 'base64').subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip');
  const pdf = await request<{ data?: string; unavailable?: string }>('policywright/export', { uri, format: 'pdf', force: true });
  assert.equal(pdf.data, undefined);
  assert.match(pdf.unavailable ?? '', /PDF .*desktop.*HTML, Word \(\.docx\), plain text and Markdown work/);
  const report = await request<{ data: string; unavailable?: string }>('policywright/coverageReport', { uri, format: 'html' });
  assert.match(report.data, /<html[\s>]/);
});

test('a translation opened alone in the browser is compared with its original in the same folder, read through the client', { skip: SKIP }, async () => {
  const dir = `${WS}/translations`;
  const read = (name: string) => readFileSync(join(FIXTURES, 'sets', 'translations', name), 'utf8');
  await page.evaluate(
    ([d, en, nl]) => {
      const g = globalThis as unknown as { files: Record<string, string>; dirs: Record<string, unknown> };
      g.dirs[d] = [{ name: 'privacy.md', directory: false }, { name: 'privacy.nl.md', directory: false }, { name: 'notes', directory: true }];
      g.files[`${d}/privacy.md`] = en;
      g.files[`${d}/privacy.nl.md`] = nl;
    },
    [dir, read('privacy.md'), read('privacy.nl.md')] as const,
  );
  const uri = `${dir}/privacy.nl.md`;
  await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: read('privacy.nl.md') } });
  const drift = await page.evaluate(
    ([u]) =>
      new Promise<LspDiagnostic[]>((resolve, reject) => {
        const g = globalThis as unknown as { lsp: { diagnostics(u: string, v: number, t: number): Promise<{ diagnostics: LspDiagnostic[] }> } };
        const deadline = Date.now() + 60_000;
        // Published first alone, then again once the original is read and compared.
        const look = () =>
          g.lsp.diagnostics(u as string, 1, 60_000).then((p) => {
            const found = p.diagnostics.filter((d) => d.code === 'translation-drift');
            if (found.length >= 2) resolve(found);
            else if (Date.now() > deadline) reject(new Error('no drift findings within 60 s'));
            else setTimeout(look, 100);
          }, reject);
        look();
      }),
    [uri] as const,
  );
  const related = drift.map((d) => (d as LspDiagnostic & { relatedInformation?: { location: { uri: string; range: LspDiagnostic['range'] } }[] }).relatedInformation?.[0]?.location);
  assert.ok(related.every((l) => l?.uri === `${dir}/privacy.md`), JSON.stringify(related));
  assert.ok(related.some((l) => l?.range.start.line === 25), 'the retention finding points at the original\'s sentence');
  const seen = await asked();
  assert.ok(seen.some((a) => a.startsWith(`policywright/readDirectory {"uri":"${dir}"}`)), 'the folder was listed through the client');
  // A neighbour is asked for with the size limit, so the client can refuse a huge one by its size.
  assert.ok(seen.some((a) => a.startsWith(`policywright/readFile {"uri":"${dir}/privacy.md","maxBytes":`)), 'the original was read through the client');
  await notify('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(pageErrors, []);
});

test('seed 004 in the browser: duplicate-block and missing-item findings, a quick fix from our clause folder, an edit and its re-check', { skip: SKIP_SEED }, async () => {
  const uri = `${WS}/north-west.policy.md`;
  let text = readFileSync(SEED, 'utf8');
  await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const ds = await diagnostics(uri, 1);
  const dups = ds.filter((d) => d.code === 'duplicate-block');
  const isComplaint = (d: LspDiagnostic) => d.code === 'required-info' && /complain|supervisory authority|ICO/i.test(d.message);
  assert.ok(dups.length >= 1, `duplicate-block findings: ${JSON.stringify(ds.map((d) => d.code))}`);
  const missing = ds.find(isComplaint);
  assert.ok(missing, `the missing complaint item: ${JSON.stringify(ds.map((d) => `${d.code}: ${d.message.slice(0, 60)}`))}`);

  // The quick fix inserts the complaint clause, ours (from the clause folder the client read).
  const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] } });
  const fix = actions.find((a) => /clause.*complain/i.test(a.title) && editsOf(a, uri));
  assert.ok(fix, `an insert-clause action: ${JSON.stringify(actions.map((a) => a.title))}`);
  const edits = editsOf(fix, uri)!;
  assert.ok(edits.some((e) => e.newText.includes(MARKER)), 'the clause is the one from our clause folder');

  // The edit, sent as the editor sends it, and its re-check: the complaint item is no longer missing.
  const clauseReads = async () => (await asked()).filter((a) => a.startsWith(`policywright/readFile {"uri":"${WS}/my-clauses/`)).length;
  const readsBefore = await clauseReads();
  assert.ok(readsBefore >= 1, 'the clause was read for the first check');
  text = applyEdits(text, edits);
  await notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
  const after2 = await diagnostics(uri, 2);
  assert.equal(await clauseReads(), readsBefore, 'the re-check after an edit uses the clause files read before, without asking the client again');
  assert.ok(!after2.some(isComplaint), 'the complaint finding is gone after the quick fix');
  assert.equal(after2.filter((d) => d.code === 'duplicate-block').length, dups.length, 'the duplicate blocks are still reported');

  // Another edit: remove one duplicated copy with its quick fix, and the re-check has one finding fewer.
  const dup = after2.find((d) => d.code === 'duplicate-block')!;
  const dupActions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup], only: ['quickfix'] } });
  const remove = dupActions.find((a) => editsOf(a, uri));
  assert.ok(remove, `a fix that removes the copy: ${JSON.stringify(dupActions.map((a) => a.title))}`);
  text = applyEdits(text, editsOf(remove, uri)!);
  await notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
  const after3 = await diagnostics(uri, 3);
  assert.ok(after3.filter((d) => d.code === 'duplicate-block').length < dups.length, `removing a copy leaves fewer duplicate-block findings (${remove.title})`);

  // And its export, the edited text as the worker holds it.
  const html = await request<{ data?: string }>('policywright/export', { uri, format: 'html', force: true });
  assert.ok((html.data ?? '').includes(MARKER), 'the export has the inserted clause');
  assert.deepEqual(pageErrors, []);
});
