// The GitHub action (action.yml), its steps run here by scripts/run-action.js on examples/: the
// SARIF it writes validates against SARIF 2.1.0 and is what `policywright check --format sarif`
// prints, and the action fails with the check's own exit code. Spawns node (the action's steps
// and the binary itself), hence in the slow suite. Needs the build (server/out) in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { runAction, parseOutputFile } from '../../../scripts/run-action.js';

const BIN = join(ROOT, 'bin', 'policywright.js');
/** The check as the action should run it, called directly: its exit code and standard output. */
function direct(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout };
}

function withTemp(fn: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-action-test-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the schema check can fail: a log that is not SARIF 2.1.0 is rejected', () => {
  assert.notDeepEqual(sarifErrors({ version: '2.0.0', runs: [{}] }), []);
});

test('the action on examples/: valid SARIF 2.1.0, the same as the check prints, and the check’s exit code', () => {
  withTemp((dir) => {
    const sarif = join(dir, 'reports', 'policywright.sarif');
    const r = runAction({ workspace: ROOT, inputs: { paths: 'examples', sarif } });
    const want = direct(['examples', '--format', 'sarif']);
    assert.equal(want.status, 1, 'examples/ carries deliberate defects: the check exits 1');
    assert.equal(r.exitCode, want.status, r.steps.map((s) => s.stderr).join('\n'));
    assert.equal(r.outputs['exit-code'], String(want.status));
    assert.equal(r.outputs.sarif, sarif);
    assert.match(r.steps.find((s) => s.skipped)?.skipped ?? '', /actions\/setup-node/);
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    assert.deepEqual(sarifErrors(log), []);
    assert.deepEqual(log, JSON.parse(want.stdout));
    const uris = new Set(log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.ok(uris.has('examples/defects/pasted-twice.policy.md'), [...uris].join(', '));
    // The log shows the stylish format (the default) after the SARIF is written.
    const check = r.steps.find((s) => s.name === 'Check the policies');
    assert.match(check?.stdout ?? '', /findings \(\d+ errors?, .* in 8 files checked/);
  });
});

test('the action on a clean policy passes (exit 0), with the profile and docs URL from the inputs', () => {
  withTemp((dir) => {
    const sarif = join(dir, 'clean.sarif');
    const docs = 'https://example.invalid/rules/';
    const r = runAction({ workspace: ROOT, inputs: { paths: 'examples/clean.policy.md', profile: 'uk-gdpr', sarif, 'docs-url': docs } });
    const want = direct(['examples/clean.policy.md', '--profile', 'uk-gdpr', '--docs-url', docs, '--format', 'sarif']);
    assert.equal(want.status, 0);
    assert.equal(r.exitCode, 0, r.steps.map((s) => s.stdout + s.stderr).join('\n'));
    assert.equal(r.outputs['exit-code'], '0');
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    assert.deepEqual(sarifErrors(log), []);
    assert.deepEqual(log, JSON.parse(want.stdout));
    assert.equal(log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'placeholder').helpUri, `${docs}placeholder.md`);
  });
});

test('paths and profiles as lists, a glob kept for policywright to expand, and the JSON format in the log', () => {
  withTemp((dir) => {
    const sarif = join(dir, 'list.sarif');
    const r = runAction({ workspace: ROOT, inputs: { paths: 'examples/clean.policy.md\n examples/defects/*.policy.md', profile: 'uk-gdpr, ccpa', format: 'json', sarif } });
    const args = ['examples/clean.policy.md', 'examples/defects/*.policy.md', '--profile', 'uk-gdpr', '--profile', 'ccpa'];
    const want = direct([...args, '--format', 'sarif']);
    assert.equal(r.exitCode, want.status);
    assert.deepEqual(JSON.parse(readFileSync(sarif, 'utf8')), JSON.parse(want.stdout));
    const check = r.steps.find((s) => s.name === 'Check the policies')!;
    const json = JSON.parse(check.stdout.slice(check.stdout.indexOf('{')));
    assert.deepEqual(json, JSON.parse(direct([...args, '--format', 'json', '--no-exit-code']).stdout));
    assert.ok(json.files.length >= 5, 'the glob was expanded by policywright');
    assert.deepEqual(json.files[0].profiles, ['uk-gdpr', 'ccpa']);
  });
});

test('a path that cannot be read: the action fails with exit code 2, as the check does', () => {
  withTemp((dir) => {
    const sarif = join(dir, 'missing.sarif');
    const r = runAction({ workspace: ROOT, inputs: { paths: 'examples/no-such-policy.md', sarif } });
    assert.equal(direct(['examples/no-such-policy.md']).status, 2);
    assert.equal(r.exitCode, 2);
    assert.equal(r.outputs['exit-code'], '2');
  });
});

test('no SARIF asked for: none written, and the exit code is still the check’s', () => {
  withTemp((dir) => {
    const r = runAction({ workspace: dir, inputs: { paths: join(ROOT, 'examples', 'defects'), sarif: '' } });
    assert.equal(r.exitCode, 1);
    assert.equal(existsSync(join(dir, 'policywright.sarif')), false);
    assert.equal(r.outputs.sarif, '');
  });
});

test('the runner refuses what it does not know rather than skipping it; the action refuses an unknown format', () => {
  assert.throws(() => runAction({ workspace: ROOT, inputs: { path: 'examples' } }), /declares no input path/);
  // A format the check does not know fails the step at once, as a usage error (2).
  const bad = runAction({ workspace: ROOT, inputs: { paths: 'examples', format: 'xml', sarif: '' } });
  assert.equal(bad.exitCode, 2);
  assert.match(bad.steps.at(-1)?.stdout ?? '', /::error::The format input must be stylish, json or sarif \(it is 'xml'\)/);
  assert.deepEqual(parseOutputFile('a=1\nb<<EOF\nx\ny\nEOF\n'), { a: '1', b: 'x\ny' });
  assert.throws(() => parseOutputFile('b<<EOF\nx\n'), /never closed/);
});

test('the workflows in docs/ci.md and the README give the action only inputs it declares, and the pre-commit config names the hook', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
  let uses = 0;
  let hookIds = 0;
  for (const doc of ['docs/ci.md', 'README.md']) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const [, block] of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const y = parse(block);
      for (const job of Object.values((y?.jobs ?? {}) as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('policywright/policywright@')) continue;
          uses++;
          for (const k of Object.keys(step.with ?? {})) assert.ok(Object.hasOwn(action.inputs, k), `${doc}: the action has no input ${k}`);
        }
      }
      for (const repo of (y?.repos ?? []) as { hooks: { id: string }[] }[]) {
        for (const h of repo.hooks) {
          hookIds++;
          assert.ok(hooks.some((x) => x.id === h.id), `${doc}: .pre-commit-hooks.yaml has no hook ${h.id}`);
        }
      }
    }
  }
  assert.ok(uses >= 1 && hookIds >= 1, `found ${uses} uses of the action and ${hookIds} hooks in the docs`);
});
