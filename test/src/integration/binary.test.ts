// The command line as a process: bin/policywright.js started as a user starts it, its exit code,
// standard output and standard error read from pipes. Each start loads the engine again (a second
// or two of CPU), so these are integration tests (npm run test:integration); the unit suite calls
// the same run(argv, io) in its own process (helpers/cli.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn as nodeSpawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { EXAMPLES } from '../helpers/examples.js';

const BIN = join(ROOT, 'bin', 'policywright.js');
const spawn = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });

/** A folder with a policy whose front matter is broken (an `input` finding). */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bin-'));
  mkdirSync(join(dir, 'docs', 'legal'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'legal', 'shop.policy.md'), '---\npolicy: [\n---\n# Privacy\n');
  return dir;
}

// The real binary, as a process: what bin/policywright.js adds to run() is the wiring of the exit
// code, standard output and standard error, and whether standard output is a terminal. Everything
// else is the same code, called in the unit tests' process (cli.test.ts, export.test.ts).
test('bin/policywright.js: findings on stdout, read errors on stderr, the exit code, no colour on a pipe', () => {
  const dir = workspace();
  try {
    const r = spawn(['check', 'docs/legal/shop.policy.md', 'nope.md'], dir);
    assert.equal(r.status, 2, 'a read error outranks the error finding');
    assert.match(r.stdout, /2:10\s+error\s+Front matter is not valid YAML.*input/);
    assert.doesNotMatch(r.stdout, /\u001b\[/);
    assert.doesNotMatch(r.stdout, /nope/, 'the read error goes to stderr, not stdout');
    assert.match(r.stderr, /nope\.md: no such file/);
    assert.doesNotMatch(r.stderr, /Front matter/, 'findings go to stdout, not stderr');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/policywright.js: export bytes reach standard output when it is a pipe, whole', () => {
  const r = spawnSync(process.execPath, [BIN, 'export', 'clean.policy.md', '--format', 'pdf', '-o', '-'], { cwd: EXAMPLES });
  assert.equal(r.status, 0, String(r.stderr));
  assert.equal(r.stdout.subarray(0, 5).toString('latin1'), '%PDF-');
  // The process exits as soon as its output is written: the last bytes must have got out too.
  assert.match(r.stdout.subarray(-32).toString('latin1'), /%%EOF\s*$/);
  assert.equal(String(r.stderr), '');
});

test('bin/policywright.js: a reader that closes the pipe early (| head) gets no stack trace', async () => {
  const child = nodeSpawn(process.execPath, [BIN, 'check', '.', '--format', 'json', '--no-exit-code'], { cwd: EXAMPLES, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // Read the first chunk, then close our end, as `head -c` does.
  child.stdout.once('data', () => child.stdout.destroy());
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  assert.equal(signal, null);
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});
