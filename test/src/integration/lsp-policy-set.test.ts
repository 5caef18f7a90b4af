// The language server reads policies as a set (issue 10): a translation opened alone is compared
// with the policies beside it on disk (its folder, bounded, and the file its front matter names),
// its drift published on it with related information in the original's file; a change on disk
// (workspace/didChangeWatchedFiles) re-checks that file only; a policy alone in its folder gets
// its own findings only. One server process for the whole file; every wait is on a notification.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client.js';
import { FIXTURES } from '../helpers/paths.js';

const fixture = (name: string) => join(FIXTURES, 'sets', name);
const TMP = mkdtempSync(join(tmpdir(), 'pw-set-'));
// The translations fixture copied, so that the test can change and delete files on disk.
cpSync(fixture('translations'), join(TMP, 'translations'), { recursive: true });
const at = (name: string) => join(TMP, name);
const uriOf = (name: string) => pathToFileURL(at(name)).href;
const EN = uriOf('translations/privacy.md');
const NL = uriOf('translations/privacy.nl.md');
const CEDAR = pathToFileURL(fixture('agency/cedar.policy.md')).href;
const drift = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'translation-drift');
const requirements = (p: PublishDiagnosticsParams) => drift(p).map((d) => (d.data as { requirement?: string }).requirement).sort();

let client: TestClient;
before(async () => {
  client = new TestClient({ workspaceFolder: TMP });
  await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll();
  rmSync(TMP, { recursive: true, force: true });
});

test('a policy alone in its folder: its own findings only, no family in the coverage lens', async () => {
  mkdirSync(at('lone'));
  writeFileSync(at('lone/privacy.nl.md'), readFileSync(fixture('translations/privacy.nl.md')));
  const uri = uriOf('lone/privacy.nl.md');
  client.open(uri, readFileSync(at('lone/privacy.nl.md'), 'utf8'));
  const p = await client.diagnostics(uri, 1);
  assert.deepEqual(drift(p), []);
  const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(!lenses.some((l) => /version:/.test(l.command.title)), JSON.stringify(lenses.map((l) => l.command.title)));
  client.close(uri);
});

test('a policy checked alone skips its summary; when a translation of it opens, it is checked again and the set compared', async () => {
  mkdirSync(at('late'));
  writeFileSync(at('late/privacy.md'), readFileSync(fixture('translations/privacy.md')));
  const en = uriOf('late/privacy.md');
  const nl = uriOf('late/privacy.nl.md');
  client.open(en, readFileSync(at('late/privacy.md'), 'utf8'));
  await client.diagnostics(en, 1);
  // Its folder is read now and holds no other policy: this check is one without a summary.
  const v = client.change(en, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  await client.diagnostics(en, v);
  const text = readFileSync(fixture('translations/privacy.nl.md'), 'utf8');
  writeFileSync(at('late/privacy.nl.md'), text);
  client.open(nl, text);
  const p = await client.diagnosticsWhere(nl, (x) => drift(x).length >= 2);
  assert.deepEqual(requirements(p), ['dpo-contact', 'retention']);
  assert.equal(drift(p)[0].relatedInformation![0].location.uri, en);
  client.close(nl);
  client.close(en);
});

test('a translation opened alone is compared with its original read from the folder, pointing at it', async () => {
  client.open(NL, readFileSync(at('translations/privacy.nl.md'), 'utf8'));
  const p = await client.diagnosticsWhere(NL, (x) => drift(x).length >= 2);
  assert.deepEqual(requirements(p), ['dpo-contact', 'retention']);
  const retention = drift(p).find((d) => (d.data as { requirement?: string }).requirement === 'retention')!;
  assert.equal(retention.relatedInformation![0].location.uri, EN, 'the original on disk, not open');
  assert.equal(retention.relatedInformation![0].location.range.start.line, 25);
  // The coverage lens compares the family, the original read from disk.
  const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: NL } });
  assert.ok(lenses.some((l) => /^NL version: \d+\/\d+, .*EN: \d+\/\d+/.test(l.command.title)), JSON.stringify(lenses.map((l) => l.command.title)));
});

test('the German translation opened alone: another period, pointing at the original\'s sentence', async () => {
  const DE = uriOf('translations/privacy-de.md');
  client.open(DE, readFileSync(at('translations/privacy-de.md'), 'utf8'));
  const p = await client.diagnosticsWhere(DE, (x) => drift(x).length >= 1);
  assert.deepEqual(requirements(p), ['retention']);
  const d = drift(p)[0];
  assert.match(d.message, /“6 Monate”.*“12 months”/);
  assert.ok(d.relatedInformation!.length >= 1);
  for (const r of d.relatedInformation!) assert.deepEqual([r.location.uri, r.location.range.start.line], [EN, 25]);
  client.close(DE);
});

test('the original changed on disk (a watched-file event): the translation is compared with the new text', async () => {
  const original = readFileSync(at('translations/privacy.md'), 'utf8');
  // The original now gives the address the translation gives: that drift goes, the retention one stays.
  writeFileSync(at('translations/privacy.md'), original.replaceAll('dpo@harbourlight.example', 'privacy@harbourlight.example'));
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: EN, type: 2 }] });
  const p = await client.diagnosticsWhere(NL, (x) => !requirements(x).includes('dpo-contact'));
  assert.deepEqual(requirements(p), ['retention']);
  // Deleted: nothing to compare with but the German translation, which gives no retention either way.
  rmSync(at('translations/privacy.md'));
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: EN, type: 3 }] });
  const gone = await client.diagnosticsWhere(NL, (x) => !drift(x).some((d) => d.relatedInformation?.some((r) => r.location.uri === EN)));
  assert.ok(!drift(gone).some((d) => d.relatedInformation?.some((r) => r.location.uri === EN)));
  writeFileSync(at('translations/privacy.md'), original);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: EN, type: 1 }] });
  const back = await client.diagnosticsWhere(NL, (x) => requirements(x).join() === 'dpo-contact,retention');
  assert.equal(drift(back).length, 2);
});

test('the drift quick fix inserts the clause in the translation\'s language, and the finding goes', async () => {
  const text = readFileSync(at('translations/privacy.nl.md'), 'utf8');
  const p = await client.diagnosticsWhere(NL, (x) => requirements(x).includes('retention'));
  const retention = drift(p).find((d) => (d.data as { requirement?: string }).requirement === 'retention')!;
  const actions = await client.request<{ title: string; edit?: { changes?: Record<string, { range: Range; newText: string }[]>; documentChanges?: { edits: { range: Range; newText: string }[] }[] } }[]>('textDocument/codeAction', {
    textDocument: { uri: NL },
    range: retention.range,
    context: { diagnostics: [retention] },
  });
  const fix = actions.find((a) => /Hoe lang/.test(a.title));
  assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
  const edits = fix.edit.changes?.[NL] ?? fix.edit.documentChanges![0].edits;
  assert.match(edits.map((e) => e.newText).join(''), /bewaren/i, 'Dutch words, not English');
  assert.doesNotMatch(edits.map((e) => e.newText).join(''), /\bwe keep\b/i);
  const v = client.change(NL, [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character).map((e) => ({ range: e.range, text: e.newText })));
  const fixed = await client.diagnostics(NL, v);
  assert.ok(!requirements(fixed).includes('retention'), JSON.stringify(drift(fixed).map((d) => d.message)));
  client.change(NL, [{ text }]);
});

test('fixing the translation in the editor takes its finding away; the file on disk stays compared after close', async () => {
  client.open(EN, readFileSync(at('translations/privacy.md'), 'utf8'));
  const text = readFileSync(at('translations/privacy.nl.md'), 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('## Uw rechten'));
  const v = client.change(NL, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '## Hoe lang wij uw gegevens bewaren\n\nWij bewaren uw accountgegevens 12 maanden nadat u uw account hebt opgeheven.\n\n' }]);
  const fixed = await client.diagnostics(NL, v);
  assert.deepEqual(requirements(fixed), ['dpo-contact'], 'the DPO address still differs');
  assert.deepEqual(drift(await client.diagnostics(EN, 1)), [], 'the original gets none');
  client.close(EN);
  client.close(NL);
});

test('the file a translation names in its front matter is read from another folder', async () => {
  mkdirSync(at('split/en'), { recursive: true });
  mkdirSync(at('split/nl'), { recursive: true });
  writeFileSync(at('split/en/policy.md'), readFileSync(fixture('translations/privacy.md')));
  const nl = readFileSync(fixture('translations/privacy.nl.md'), 'utf8').replace('  language: nl\n', '  language: nl\n  translationOf: ../en/policy.md\n');
  writeFileSync(at('split/nl/beleid.md'), nl);
  const uri = uriOf('split/nl/beleid.md');
  client.open(uri, nl);
  const p = await client.diagnosticsWhere(uri, (x) => drift(x).length >= 2);
  assert.deepEqual(requirements(p), ['dpo-contact', 'retention']);
  assert.equal(drift(p)[0].relatedInformation![0].location.uri, uriOf('split/en/policy.md'));
  client.close(uri);
});

test('one client\'s policy opened alone: another client\'s name and contacts in it point at that client\'s policy on disk', async () => {
  const BIRCH = pathToFileURL(fixture('agency/birch.policy.md')).href;
  const ALDER = pathToFileURL(fixture('agency/alder.policy.md')).href;
  client.open(BIRCH, readFileSync(fixture('agency/birch.policy.md'), 'utf8'));
  const p = await client.diagnosticsWhere(BIRCH, (x) => x.diagnostics.some((d) => d.code === 'contact-mismatch' && d.relatedInformation?.some((r) => r.location.uri === ALDER)));
  const across = p.diagnostics.filter((d) => d.relatedInformation?.some((r) => r.location.uri === ALDER));
  assert.ok(across.some((d) => d.code === 'entity-mismatch' && /controller of another policy/.test(d.message)), JSON.stringify(across.map((d) => d.message)));
  client.close(BIRCH);
  client.open(CEDAR, readFileSync(fixture('agency/cedar.policy.md'), 'utf8'));
  const c = await client.diagnostics(CEDAR, 1);
  assert.deepEqual(c.diagnostics.filter((d) => d.relatedInformation?.some((r) => r.location.uri !== CEDAR)).map((d) => d.message), [], 'a third client: compared with neither');
  client.close(CEDAR);
});
