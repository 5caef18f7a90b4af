// The language server reads the open policies as a set (issue 10): a translation's drift from
// its original is published on the translation with related information in the original's file,
// goes away when the translation is fixed or the original closed, and the coverage lens compares
// the family. One server process for the whole file; every wait is on a notification.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from './helpers/lsp-client.js';
import { FIXTURES } from './helpers/paths.js';

const file = (name: string) => join(FIXTURES, 'sets', name);
const uriOf = (name: string) => pathToFileURL(file(name)).href;
const EN = uriOf('translations/privacy.md');
const NL = uriOf('translations/privacy.nl.md');
const CEDAR = uriOf('agency/cedar.policy.md');
const drift = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'translation-drift');

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll();
});

test('a translation opened alone is silent about drift; with its original open it shows it, pointing at the original', async () => {
  client.open(NL, readFileSync(file('translations/privacy.nl.md'), 'utf8'));
  const alone = await client.diagnostics(NL, 1);
  assert.deepEqual(drift(alone), [], 'a lone file: nothing changes');

  client.open(EN, readFileSync(file('translations/privacy.md'), 'utf8'));
  const withOriginal = await client.diagnosticsWhere(NL, (p) => drift(p).length > 0);
  const retention = drift(withOriginal).find((d) => (d.data as { requirement?: string }).requirement === 'retention');
  assert.ok(retention, JSON.stringify(drift(withOriginal).map((d) => d.message)));
  assert.equal(retention.relatedInformation![0].location.uri, EN);
  assert.equal(retention.relatedInformation![0].location.range.start.line, 25);
  assert.deepEqual(drift(await client.diagnostics(EN, 1)), [], 'the original gets none');

  // The coverage lens compares the family.
  const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: NL } });
  assert.ok(lenses.some((l) => /^NL version: \d+\/\d+, EN: \d+\/\d+$/.test(l.command.title)), JSON.stringify(lenses.map((l) => l.command.title)));
});

test('another client\'s policy opened beside them is compared with neither', async () => {
  client.open(CEDAR, readFileSync(file('agency/cedar.policy.md'), 'utf8'));
  const p = await client.diagnostics(CEDAR, 1);
  assert.deepEqual(p.diagnostics.filter((d) => d.relatedInformation?.some((r) => r.location.uri !== CEDAR)).map((d) => d.message), []);
  client.close(CEDAR);
});

test('fixing the translation, then closing the original, takes the findings away', async () => {
  const text = readFileSync(file('translations/privacy.nl.md'), 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('## Uw rechten'));
  const v = client.change(NL, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '## Hoe lang wij uw gegevens bewaren\n\nWij bewaren uw accountgegevens 12 maanden nadat u uw account hebt opgeheven.\n\n' }]);
  const fixed = await client.diagnostics(NL, v);
  assert.ok(!drift(fixed).some((d) => (d.data as { requirement?: string }).requirement === 'retention'), JSON.stringify(drift(fixed).map((d) => d.message)));
  assert.ok(drift(fixed).some((d) => (d.data as { requirement?: string }).requirement === 'dpo-contact'), 'the DPO address still differs');

  client.close(EN);
  const closed = await client.diagnosticsWhere(NL, (p) => drift(p).length === 0);
  assert.equal(closed.version, v);
  client.close(NL);
});
