// V8 flags from the start of the process (bin/relaunch.js): the language server's binary starts
// itself once more with the flags it lacks, passes on arguments, streams, exit codes and signals,
// and starts no child when the flags were given; the command line needs no flag and starts none
// (the compiled expressions it needed one for: text.ts toMachineCode). No V8 flag is
// changed at run time anywhere (v8.setFlagsFromString is undefined behaviour after start-up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers/paths.js';

const RELAUNCH = pathToFileURL(join(ROOT, 'bin', 'relaunch.js')).href;
const FLAGS = ['--no-regexp-tier-up', '--expose-gc'];

/** A script that relaunches itself with FLAGS, then does what `body` says (`report` is its state as JSON). */
function probe(dir: string, body: string): string {
  const file = join(dir, 'probe.mjs');
  writeFileSync(
    file,
    `import { startedWith } from ${JSON.stringify(RELAUNCH)};\n` +
      `if (startedWith(${JSON.stringify(FLAGS)})) {\n` +
      `  const report = JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), ppid: process.ppid, mark: process.env.POLICYWRIGHT_RELAUNCHED ?? null, gc: typeof globalThis.gc });\n` +
      `  ${body}\n}\n`,
  );
  return file;
}

test('a process started without the flags runs once more with them: arguments, output and exit code passed on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-relaunch-'));
  try {
    const file = probe(dir, `process.stdout.write(report); process.stderr.write('to stderr'); process.exitCode = 3;`);
    const r = spawnSync(process.execPath, ['--stack-trace-limit=20', file, 'check', 'a b.md', '--format', 'json'], { encoding: 'utf8', input: '' });
    assert.equal(r.status, 3, r.stderr);
    assert.equal(r.stderr, 'to stderr');
    const got = JSON.parse(r.stdout);
    assert.deepEqual(got.execArgv, ['--stack-trace-limit=20', ...FLAGS], 'the caller’s own flags kept, each missing flag given once');
    assert.deepEqual(got.args, ['check', 'a b.md', '--format', 'json']);
    assert.equal(got.ppid, r.pid, 'the script ran in a child of the process the test started');
    assert.equal(got.mark, null, 'the loop guard is not left for the command’s own children');
    assert.equal(got.gc, 'function');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('given the flags at start, no second process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-relaunch-'));
  try {
    const file = probe(dir, `process.stdout.write(report);`);
    const r = spawnSync(process.execPath, [...FLAGS, file, 'x'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout);
    assert.equal(got.ppid, process.pid, 'the script ran in the process the test started');
    assert.deepEqual(got.execArgv, FLAGS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a signal ends the child as it ends the parent: the child’s own, and one sent to the parent alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-relaunch-'));
  try {
    // The child kills itself: the parent ends by the same signal.
    const self = probe(dir, `process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 10000);`);
    const r = spawnSync(process.execPath, [self], { encoding: 'utf8', timeout: 20000 });
    assert.equal(r.signal, 'SIGTERM', `status ${r.status}: ${r.stderr}`);
    // The parent is sent SIGTERM: the child is not left running.
    const pidFile = join(dir, 'child.pid');
    const waiting = probe(dir, `(await import('node:fs')).writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setTimeout(() => {}, 30000);`);
    const parent = spawn(process.execPath, [waiting], { stdio: 'ignore' });
    const ended = new Promise<string | null>((done) => parent.on('exit', (_c, s) => done(s)));
    for (let i = 0; i < 400 && !(existsSync(pidFile) && statSync(pidFile).size > 0); i++) await new Promise((d) => setTimeout(d, 50));
    const child = Number(readFileSync(pidFile, 'utf8'));
    parent.kill('SIGTERM');
    assert.equal(await ended, 'SIGTERM');
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      try {
        process.kill(child, 0);
        await new Promise((d) => setTimeout(d, 50));
      } catch {
        alive = false;
      }
    }
    assert.equal(alive, false, 'the child ended with its parent');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command line: `node bin/policywright.js check` runs in the process started, with no flag added and no child (its expressions: text.ts toMachineCode)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-relaunch-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '# Privacy\n\nWe keep your email address to answer your questions.\n');
    const bin = join(ROOT, 'bin', 'policywright.js');
    // A --import module runs in each process before the command: it says which flags each had.
    const log = join(dir, 'flags.txt');
    writeFileSync(join(dir, 'say.mjs'), `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv.filter((a) => a.startsWith('--no-'))) + '\\n');\n`);
    const pre = ['--import', pathToFileURL(join(dir, 'say.mjs')).href];
    const r = spawnSync(process.execPath, [...pre, bin, 'check', 'a.policy.md', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr); // findings: exit 1, passed on from the child
    assert.ok(JSON.parse(r.stdout).files[0].diagnostics.length > 0);
    assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), ['[]']);
    rmSync(log);
    const v = spawnSync(process.execPath, [...pre, bin, '--version'], { cwd: dir, encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /\d+\.\d+\.\d+/);
    assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), ['[]']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the check worker reaches V8’s collector only when the process was started with --expose-gc', () => {
  const script = `const { heapKeeper } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'server', 'out', 'lsp', 'worker-heap.js')).href)}); process.stdout.write(typeof heapKeeper());`;
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run(['--expose-gc']).stdout, 'function');
  assert.equal(run([]).stdout, 'undefined');
});

test('no V8 flag is set at run time (v8.setFlagsFromString) in the binaries or the server', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|mjs|cjs)$/.test(e.name) ? [join(dir, e.name)] : []));
  const offenders = [...files(join(ROOT, 'bin')), ...files(join(ROOT, 'server', 'src'))].filter((f) => /setFlagsFromString\s*\(/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
