// SARIF output is valid against the SARIF 2.1.0 schema (as published with Microsoft's SARIF
// tooling) and carries rule metadata and help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import { cli } from './helpers/cli.js';

const require = createRequire(import.meta.url);

test('--format sarif is valid SARIF 2.1.0 with rules, levels, regions and related locations', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-sarif-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '---\npolicy: [\n---\n# Privacy\n\nWrite to {{contact_emial}}.\n');
    const r = await cli(['check', '.', '--format', 'sarif', '--docs-url', 'https://example.invalid/rules/'], dir);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // ajv-draft-04 is CommonJS; the published schema has a pattern that is invalid with the `u` flag.
    const Ajv = ((Ajv04 as unknown as { default?: unknown }).default ?? Ajv04) as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
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
