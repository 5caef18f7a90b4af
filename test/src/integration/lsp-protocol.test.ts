// The language server as an editor sees it: started over stdio, spoken to in LSP. Each test waits
// for the server's notifications (publishDiagnostics for a given version), never on a timer.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleById } from '../../../server/out/engine/rules/index.js';
import { TestClient, fixtureUri, applyEdits } from '../helpers/lsp-client.js';
import { ROOT, SHARED, SKIP_NO_SHARED } from '../helpers/paths.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'lsp', name), 'utf8');
/** Rules still being written are scaffolds that report nothing: their steps skip, visibly. */
const notReady = (id: string) => (ruleById(id)?.meta.description === 'not yet implemented' ? `rule ${id} is not implemented in this tree yet` : false);

// One server for the file; a test that needs other initialization options starts its own.
let client: TestClient;
let initialized: unknown;
before(async () => {
  client = new TestClient({ initializationOptions: { snippetCommand: true } });
  initialized = await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll(); // those of tests that failed half-way
  assert.equal(client.exited, 0, client.stderr.join(''));
});

/** Run `f` with the shared client answering workspace/configuration with `settings` (read per document, when it opens). */
async function withSettings<T>(settings: Record<string, unknown>, f: () => Promise<T>): Promise<T> {
  const saved = client.settings;
  client.settings = settings;
  try {
    return await f();
  } finally {
    client.settings = saved;
  }
}

test('initialize announces the features', async () => {
  const r = initialized as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  assert.equal(r.serverInfo.name, 'policywright-language-server');
  for (const k of ['codeActionProvider', 'completionProvider', 'hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'codeLensProvider']) assert.ok(r.capabilities[k], k);
  assert.deepEqual((r.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.policywright']);
});

test('bin/policywright-language-server.js speaks LSP over stdio without being told', async () => {
  const c = new TestClient({ command: [join(ROOT, 'bin', 'policywright-language-server.js')] });
  const r = (await c.initialize()) as { serverInfo: { name: string } };
  await c.stop();
  assert.equal(r.serverInfo.name, 'policywright-language-server');
  assert.equal(c.exited, 0);
});

test('broken front matter: an `input` finding with its place, code and source', async () => {
  const uri = fixtureUri('broken-front-matter.policy.md');
  client.open(uri, fixture('broken-front-matter.policy.md'));
  const p = await client.diagnostics(uri, 1);
  const d = p.diagnostics.find((x) => /never closed/.test(x.message));
  assert.ok(d, JSON.stringify(p.diagnostics));
  assert.equal(d.code, 'input');
  assert.equal(d.source, 'policywright');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range.start, { line: 0, character: 0 });
  assert.equal((d.data as { version: number }).version, 1);

  // Closing the front matter makes the finding go away, in the next version's diagnostics.
  const v = client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '---\n' }]);
  const p2 = await client.diagnostics(uri, v);
  assert.ok(!p2.diagnostics.some((x) => /never closed/.test(x.message)), JSON.stringify(p2.diagnostics));
  client.close(uri);
});

test('unclosed placeholder is reported on its line', async () => {
  const uri = fixtureUri('unclosed.policy.md');
  client.open(uri, fixture('unclosed.policy.md'));
  const p = await client.diagnostics(uri, 1);
  const d = p.diagnostics.find((x) => x.code === 'input' && /not closed/.test(x.message));
  assert.ok(d, JSON.stringify(p.diagnostics));
  assert.equal(d.range.start.line, 2);
  client.close(uri);
});

test('other Markdown stays silent until it declares `policy:`', async () => {
  const notes = fixtureUri('notes.md');
  const text = fixture('notes.md');
  client.open(notes, text);
  // A policy opened after it is checked after it (one queue): once its diagnostics arrive, the
  // notes have been decided, and nothing was published for them.
  const later = fixtureUri('unclosed.policy.md');
  client.open(later, fixture('unclosed.policy.md'));
  await client.diagnostics(later, 1);
  assert.equal((client as unknown as { latest: Map<string, unknown> }).latest.get(notes), undefined);

  const v2 = client.change(notes, [{ text: '---\npolicy: {}\n---\n' + text + '\n{{ broken\n' }]);
  const p2 = await client.diagnostics(notes, v2);
  assert.ok(p2.diagnostics.some((d) => d.code === 'input'), 'a policy now: checked');
  const v3 = client.change(notes, [{ text }]);
  const p3 = await client.diagnostics(notes, v3 === undefined ? undefined : undefined);
  assert.deepEqual(p3.diagnostics, [], 'no longer a policy: diagnostics cleared');
  client.close(notes);
  client.close(later);
});

test('a file matching policywright.files is a policy; the setting is read per document', async () => {
  const uri = fixtureUri('pasted.txt');
  const p = await withSettings({ files: ['**/*.txt'] }, () => {
    client.open(uri, 'Privacy notice\n\nWrite to {{ nobody\n', 'plaintext');
    return client.diagnostics(uri, 1);
  });
  assert.ok(p.diagnostics.some((d) => /not closed/.test(d.message)));
  client.close(uri);
});

test('completion after {{ offers the front matter variables and policy fields', async () => {
  const uri = fixtureUri('bakery.policy.md');
  const text = fixture('bakery.policy.md');
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  const lines = text.split('\n');
  const line = lines.length - 1; // the empty last line
  const v = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Call {{ret' }]);
  await client.diagnostics(uri, v);
  const items = await client.request<{ label: string; textEdit: { newText: string; range: { start: { character: number } } } }[]>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character: 'Call {{ret'.length },
  });
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('retention_period') && labels.includes('dpo_email') && labels.includes('controller'), labels.join());
  const ret = items.find((i) => i.label === 'retention_period')!;
  assert.equal(ret.textEdit.newText, 'retention_period}}');
  assert.equal(ret.textEdit.range.start.character, 'Call {{'.length);
  client.close(uri);
});

test('hover on a placeholder shows its value; outline and folding follow the sections', async () => {
  const uri = fixtureUri('bakery.policy.md');
  const text = fixture('bakery.policy.md');
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('{{retention_period}}'));
  const character = lines[line].indexOf('{{retention_period}}') + 4;
  const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  assert.ok(h && h.contents.value.includes('three years'), JSON.stringify(h));

  type Sym = { name: string; children?: Sym[] };
  const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const tree = (s: Sym[]): unknown => s.map((x) => (x.children?.length ? { [x.name]: tree(x.children) } : x.name));
  assert.deepEqual(tree(syms), [{ 'Privacy notice': ['What we collect', { 'How long we keep it': ['Contact'] }] }]);

  const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === 0), 'front matter folds');
  const heading = lines.indexOf('## What we collect');
  assert.ok(folds.some((f) => f.startLine === heading && f.endLine === heading + 2), JSON.stringify(folds));
  client.close(uri);
});

test('quick fix from a finding: apply it and the finding goes', { skip: notReady('placeholder') }, async () => {
  const uri = fixtureUri('bakery.policy.md');
  const text = fixture('bakery.policy.md').replace('{{dpo_email}}', '{{dpo_emial}}');
  client.open(uri, text);
  const p = await client.diagnostics(uri, 1);
  const d = p.diagnostics.find((x) => x.code === 'placeholder' && x.message.includes('dpo_emial'));
  assert.ok(d, JSON.stringify(p.diagnostics));
  assert.ok(d.codeDescription?.href.endsWith('/placeholder.md'));
  const actions = await client.request<{ title: string; edit?: { documentChanges: { edits: never[] }[] } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  const a = actions.find((x) => x.edit && x.title.includes('dpo_email'));
  assert.ok(a, JSON.stringify(actions));
  const fixed = applyEdits(text, a.edit!.documentChanges[0].edits);
  assert.equal(fixed, fixture('bakery.policy.md'));
  const v = client.change(uri, [{ text: fixed }]);
  const p2 = await client.diagnostics(uri, v);
  assert.ok(!p2.diagnostics.some((x) => x.code === 'placeholder'));
  client.close(uri);
});

const SEED = join(SHARED, 'seeds', '004_fbafb5bd08affde8.txt');

test('seed 004 as pasted text: checked, duplicates related to their copies, fix-all only safe fixes', { skip: SKIP_NO_SHARED }, async (t) => {
  const c = client;
  const text = readFileSync(SEED, 'utf8');
  const uri = pathToFileURL(join(ROOT, 'test', 'fixtures', 'lsp', 'north-west.txt')).href;
  const p = await withSettings({ files: ['**/*.txt'] }, () => {
    c.open(uri, text, 'plaintext');
    return c.diagnostics(uri, 1);
  });
  assert.ok(Array.isArray(p.diagnostics));
  const actions = await c.request<{ kind: string; edit?: unknown }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.policywright'] },
  });
  for (const a of actions) assert.equal(a.kind, 'source.fixAll.policywright');
  const why = notReady('duplicate-block');
  if (why) t.diagnostic(`duplicate-block step skipped: ${why}`);
  else {
    const dups = p.diagnostics.filter((d) => d.code === 'duplicate-block');
    assert.ok(dups.length >= 1, 'duplicate-block fires on seed 004');
    assert.ok(dups.every((d) => d.relatedInformation?.length), 'each duplicate points at its other copies');
  }
  const whyReq = notReady('required-info');
  if (whyReq) t.diagnostic(`required-info step skipped: ${whyReq}`);
  else {
    const missing = p.diagnostics.find((d) => d.code === 'required-info' && (d.data as { requirement?: string }).requirement === 'complaint-authority');
    assert.ok(missing, 'complaint-authority is missing from seed 004');
    const qa = await c.request<{ title: string; edit?: unknown; command?: { command: string; arguments: { snippet: string }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    // A clause with tab stops comes as the snippet command (the client said it has it); a plain one as an edit.
    const ins = qa.find((x) => x.command?.command === 'policywright.insertSnippet' || (x.edit && /clause/i.test(x.title)));
    assert.ok(ins, `an insert-clause action: ${JSON.stringify(qa)}`);
    const lenses = await c.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lenses[0]?.command.title ?? '', /^UK GDPR \d+\/\d+ required items(, \d+ partial)?$/);
  }
  c.close(uri);
});

test('an ill-formed request or odd document does not take the server down', async () => {
  const c = client; // and after() checks that it exits cleanly
  const uri = fixtureUri('odd.policy.md');
  c.open(uri, '\u0000\u0001\uFFFF\uD800' + 'x'.repeat(200_000) + '\n---\n{{');
  const p = await c.diagnostics(uri, 1);
  assert.ok(Array.isArray(p.diagnostics));
  const h = await c.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 99, character: 99 } });
  assert.equal(h, null);
  const cov = await c.request<{ markdown: string }>('policywright/coverage', { uri });
  assert.match(cov.markdown, /^# Coverage/);
  c.close(uri);
  assert.equal(c.exited, undefined, 'the server is still running');
});

test('Insert clause: the server lists the clauses for the document and says where one goes', async () => {
  const uri = fixtureUri('bakery.policy.md');
  client.open(uri, fixture('bakery.policy.md'));
  await client.diagnostics(uri, 1);
  const listed = (await client.request('policywright/listClauses', { uri })) as { clauses: { id: string; requirements: string[]; fillsGap?: boolean }[] };
  const retention = listed.clauses.find((c) => c.requirements.includes('retention'));
  assert.ok(retention, 'a retention clause is offered');
  const ins = (await client.request('policywright/insertClause', { uri, clauseId: retention.id })) as { snippet?: string; position?: unknown };
  assert.ok(JSON.stringify(ins).includes('keep'), 'the snippet is the clause text');
  client.close(uri);
});

test('bundle exists when POLICYWRIGHT_SERVER points at it', { skip: process.env.POLICYWRIGHT_SERVER ? false : 'testing the compiled server (set POLICYWRIGHT_SERVER=dist/server.cjs to test the bundle)' }, () => {
  assert.ok(existsSync(process.env.POLICYWRIGHT_SERVER!));
});

test('hover, code lenses and the outline answer for the version asked about, not an older check', async () => {
  // A long debounce: the requests arrive while the new version's check is still to come.
  const c = new TestClient({ initializationOptions: { debounceMs: 400 } });
  await c.initialize();
  try {
    const uri = fixtureUri('bakery.policy.md');
    const text = fixture('bakery.policy.md');
    c.open(uri, text);
    await c.diagnostics(uri, 1);
    type Lens = { command: { title: string } };
    const before = (await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command.title);
    // Two lines in at the top that also name the supervisory authority: places move, one more item is covered.
    const lines = text.split('\n');
    const body = lines.indexOf('# Privacy notice');
    const edited = [...lines.slice(0, body + 1), '', "You may also take a complaint to the ICO (Information Commissioner's Office) at ico.org.uk.", ...lines.slice(body + 1)].join('\n');
    c.change(uri, [{ text: edited }]);
    const line = edited.split('\n').findIndex((l) => l.includes('{{dpo_email}}'));
    const character = edited.split('\n')[line].indexOf('{{dpo_email}}') + 4;
    const [h, lenses, syms] = await Promise.all([
      c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } }),
      c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } }),
      c.request<{ name: string; range: { start: { line: number } } }[]>('textDocument/documentSymbol', { textDocument: { uri } }),
    ]);
    assert.ok(h && h.contents.value.includes('privacy@larkspur-bakery.example'), `hover at the placeholder's new place: ${JSON.stringify(h)}`);
    assert.equal(syms[0].range.start.line, body, 'outline of the new version');
    const after = lenses.map((l) => l.command.title);
    assert.notDeepEqual(after, before, `lenses count the new version's items: ${before} → ${after}`);
  } finally {
    await c.stop();
  }
});

test('a client with its own Markdown outline gets symbols only for plain text', async () => {
  const c = new TestClient({ initializationOptions: { markdownOutline: true } });
  await c.initialize();
  try {
    const text = fixture('bakery.policy.md');
    const md = fixtureUri('bakery.policy.md');
    const txt = md.replace(/\.md$/, '.txt');
    c.open(md, text);
    c.open(txt, text, 'plaintext');
    await Promise.all([c.diagnostics(md, 1), c.diagnostics(txt, 1)]);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: md } }), []);
    assert.ok((await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: txt } })).length > 0);
  } finally {
    await c.stop();
  }
});
