// The language server's model of a set of policies, in this process: the set (lsp/policy-set.ts)
// as checks come and go, the bounded read of a folder, and what the server keeps of a neighbour
// read from disk. (The server reading a set over LSP: integration/lsp-policy-set.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from './helpers/paths.js';

const fixture = (name: string) => join(FIXTURES, 'sets', name);

test('the set model: a member without a summary is compared with no one and named to be checked again', async () => {
  const { PolicySet } = await import('../../server/out/lsp/policy-set.js');
  const { analyze } = await import('../../server/out/lsp/analysis.js');
  const a = analyze(readFileSync(fixture('translations/privacy.md'), 'utf8'), {}, undefined, false);
  assert.equal(a.summary, null);
  assert.deepEqual(a.declared, {});
  const full = analyze(readFileSync(fixture('translations/privacy.md'), 'utf8'), {});
  const b = analyze(readFileSync(fixture('translations/privacy.nl.md'), 'utf8'), {});
  const set = new PolicySet();
  set.update('a', a.diagnostics, a.summary, {});
  assert.deepEqual(set.unsummarised(), [], 'alone: nothing to check again');
  const first = set.update('b', b.diagnostics, b.summary, {});
  assert.deepEqual(set.unsummarised(), ['a']);
  assert.equal(set.familyOf('b'), undefined, 'not compared with a policy that has no summary');
  assert.deepEqual(first.get('b')!.filter((d) => d.rule === 'translation-drift'), []);
  const second = set.update('a', full.diagnostics, full.summary, {});
  assert.deepEqual(set.unsummarised(), []);
  assert.ok(set.familyOf('b'));
  assert.ok(second.get('b')!.some((d) => d.rule === 'translation-drift'), 'the translation republished with its drift');
});

test('the set model: the set never changes a check\'s own findings, and a member whose findings did not change is not published again', async () => {
  const { PolicySet } = await import('../../server/out/lsp/policy-set.js');
  const { analyze } = await import('../../server/out/lsp/analysis.js');
  // A policy with a leftover name ("Ostrava Trading", its own entity-mismatch findings) and the
  // policy whose controller that is: the set completes (amends) the leftover's findings.
  const leftover = analyze(readFileSync(join(FIXTURES, 'entity-mismatch', 'defined-term.md'), 'utf8'), {});
  const OSTRAVA = '---\npolicy:\n  controller: Ostrava Trading Ltd\n---\n# Privacy at Ostrava\n\nOstrava Trading Ltd decides how your order details are used.\n';
  const owner = analyze(OSTRAVA, {});
  assert.ok(leftover.diagnostics.some((d) => d.rule === 'entity-mismatch'), 'the leftover name is found by its own check');
  const before = JSON.stringify(leftover.diagnostics);
  const set = new PolicySet();
  set.update('owner', owner.diagnostics, owner.summary, {});
  const first = set.update('leftover', leftover.diagnostics, leftover.summary, {});
  const published = first.get('leftover')!;
  assert.ok(published.some((d) => d.rule === 'entity-mismatch' && /controller of another policy/.test(d.message)), 'the set completed a finding');
  assert.equal(JSON.stringify(leftover.diagnostics), before, 'the check\'s own findings are as the check left them');
  // The owner checked again with the same findings: the leftover policy's merged findings are the same, so only the owner is published.
  const again = analyze(OSTRAVA, {});
  const second = set.update('owner', again.diagnostics, again.summary, {});
  assert.deepEqual([...second.keys()], ['owner']);
  // The owner checked with a finding fewer: the leftover policy's findings are the same; only the owner's go out.
  const third = set.update('owner', again.diagnostics.slice(1), again.summary, {});
  assert.deepEqual([...third.keys()], ['owner']);
  // The owner closed: the leftover policy's completed finding loses its note, so it is published again.
  const fourth = set.update('owner', undefined, undefined, {});
  assert.ok(fourth.has('leftover'));
  assert.ok(!fourth.get('leftover')!.some((d) => /controller of another policy/.test(d.message)));
  assert.equal(JSON.stringify(leftover.diagnostics), before);
});

test('the folder read is bounded: the first 200 text files by name, none over 2 MB', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-folder-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const at = (name: string) => join(tmp, name);
  const uriOf = (name: string) => pathToFileURL(at(name)).href;
  const { folderFiles, readSmallFile, FOLDER_LIMITS } = await import('../../server/out/lsp/folder-files.js');
  mkdirSync(at('many'));
  for (let i = 0; i < FOLDER_LIMITS.files + 5; i++) writeFileSync(at(`many/p${String(i).padStart(3, '0')}.md`), '# Privacy\n');
  writeFileSync(at('many/notes.json'), '{}');
  const logs: string[] = [];
  const files = await folderFiles(uriOf('many/p000.md'), (m) => logs.push(m));
  assert.equal(files.length, FOLDER_LIMITS.files);
  assert.equal(files[0], uriOf('many/p000.md'));
  assert.match(logs[0], /holds 205 text files; the first 200/);
  writeFileSync(at('many/big.md'), 'x'.repeat(FOLDER_LIMITS.bytes + 1));
  assert.equal(await readSmallFile(uriOf('many/big.md'), (m) => logs.push(m)), undefined);
  assert.match(logs[1], /larger than/);
  assert.equal(await readSmallFile(uriOf('many/p001.md'), () => undefined), '# Privacy\n');
  assert.equal(await readSmallFile(uriOf('many/gone.md'), () => undefined), undefined);
});

test('what the server keeps of a neighbour on disk: what the set pass and the family lens read, not the editor\'s parts', async () => {
  const { forNeighbour } = await import('../../server/out/lsp/analysis.js');
  const { analyze } = await import('../../server/out/lsp/analysis.js');
  const { coverageSummaries } = await import('../../server/out/lsp/features.js');
  const a = analyze(readFileSync(fixture('translations/privacy.md'), 'utf8'), {});
  assert.ok(a.sections.length && a.diagnostics.some((d) => d.fixes?.length), 'the fixture has sections and fixes');
  const kept = forNeighbour(a);
  assert.deepEqual(kept.sections, []);
  assert.ok(!kept.diagnostics.some((d) => d.fixes));
  assert.deepEqual(kept.diagnostics.map((d) => [d.rule, d.requirement, d.range]), a.diagnostics.map((d) => [d.rule, d.requirement, d.range]));
  assert.deepEqual(kept.summary, a.summary);
  assert.deepEqual(coverageSummaries(kept), coverageSummaries(a));
});
