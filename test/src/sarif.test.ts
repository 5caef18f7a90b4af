// SARIF output is valid against the SARIF 2.1.0 schema (as published with Microsoft's SARIF
// tooling) and carries rule metadata and help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { sarifErrors } from './helpers/sarif-schema.js';

test('--format sarif is valid SARIF 2.1.0 with rules, levels, regions and related locations', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-sarif-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '---\npolicy: [\n---\n# Privacy\n\nWrite to {{contact_emial}}.\n');
    const r = await cli(['check', '.', '--format', 'sarif', '--docs-url', 'https://example.invalid/rules/'], dir);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifErrors(log), []);
    const run = log.runs[0];
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'duplicate-block'));
    assert.equal(run.tool.driver.rules.find((x: { id: string }) => x.id === 'input').helpUri, 'https://example.invalid/rules/input.md');
    const input = run.results.find((x: { ruleId: string; message: { text: string } }) => x.ruleId === 'input' && /YAML/.test(x.message.text));
    assert.equal(input.level, 'error');
    assert.equal(input.locations[0].physicalLocation.artifactLocation.uri, 'a.policy.md');
    assert.equal(input.locations[0].physicalLocation.region.startLine, 2);
    assert.equal(run.tool.driver.rules[input.ruleIndex].id, 'input');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
