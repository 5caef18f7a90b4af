#!/usr/bin/env node
// The unit suite (`npm test`): the test files of test/out, run in a few processes rather than
// one per file. `node --test` starts a process per file, and each one loads the engine, its
// language data and its compiled cues again: a third of the suite's CPU. Here the files that
// only call the engine share a process per group (a group per core, 2 to 4; all processes run side by side); the
// files with top-level before/after hooks (integration/lsp-*: their hooks start language servers; in
// a shared process a hook would wrap every file) keep a process each. Every process runs with V8's
// regexp tier-up off, as the server does. The exit code is non-zero when any
// test fails.
//   node scripts/test.js [FILE...]       (default: test/out/*.test.js)
//   node scripts/test.js --integration   (npm run test:integration: test/out/integration/*.test.js,
//                                        the language servers over stdio; .ci/run runs both)
//   node scripts/test.js --corpus        (npm run test:corpus: test/out/corpus/*.test.js, the
//                                        corpus-wide runs: every row of every round, the language
//                                        corpora, whole written policies, every seed, every cue
//                                        list of the data; .ci/run runs it too)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The unit suite is test/out; the integration tests (test/src/integration: language servers started
// and spoken to over stdio, whose waits and start-ups were a third of the unit suite's CPU) are
// test/out/integration, run by `npm run test:integration`.
// The corpus suite (test/src/corpus: the same engine calls as the unit tests, over whole corpora and
// every labelled row; most of the unit suite's CPU when they were in it) is test/out/corpus, run by
// `npm run test:corpus`, in processes as the unit suite's.
const args = process.argv.slice(2);
const SUITES = { '--integration': 'integration', '--corpus': 'corpus' };
const folder = SUITES[args[0]] ?? '';
if (folder) args.shift();
const out = join(root, 'test', 'out', folder);
// A compiled test whose source was moved or deleted stays in test/out (tsc does not remove it): not run.
const compiled = readdirSync(out).filter((f) => f.endsWith('.test.js'));
const leftovers = compiled.filter((f) => !existsSync(join(root, 'test', 'src', folder, f.replace(/\.js$/, '.ts'))));
if (leftovers.length) console.log(`not run, no source in test/src${folder ? `/${folder}` : ''} (left from an earlier build): ${leftovers.join(', ')}`);
const files = args.length ? args.map((f) => join(process.cwd(), f)) : compiled.filter((f) => !leftovers.includes(f)).map((f) => join(out, f));

/**
 * Files with top-level hooks (before/after: the lsp-* files start a language server for the file)
 * run alone: in a shared process a top-level hook would wrap every file's tests. The others share.
 */
const HOOKS = /^(?:before|after|beforeEach|afterEach)\(/m;
const hasHooks = (f) => HOOKS.test(readFileSync(f, 'utf8'));
const alone = files.filter(hasHooks);
const shared = files.filter((f) => !hasHooks(f));

// Groups balanced by each file's share of the CPU, largest first: scripts/lib/test-weights.json
// holds the seconds a CPU profile of the group processes spent under each file's tests
// (`node scripts/test-weights.js` measures them again); a file it does not list weighs by the size
// of its compiled file, at the table's median seconds per byte. (The sizes alone put twice the
// work in one group as in the other; times reported by the runner are no better: in a shared
// process the first files' async tests run while later files load, and their durations count that.)
const WEIGHTS_FILE = join(root, 'scripts', 'lib', 'test-weights.json');
const table = existsSync(WEIGHTS_FILE) ? JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) : {};
const nameOf = (f) => relative(join(root, 'test', 'out'), f);
const perByte = (() => {
  const r = shared.filter((f) => table[nameOf(f)] !== undefined).map((f) => table[nameOf(f)] / statSync(f).size).sort((a, b) => a - b);
  return r.length ? r[r.length >> 1] : 1;
})();
const weightOf = (f) => table[nameOf(f)] ?? statSync(f).size * perByte;
const groupCount = Math.max(2, Math.min(4, availableParallelism()));
const groups = Array.from({ length: groupCount }, () => ({ files: [], weight: 0 }));
for (const f of [...shared].sort((a, b) => weightOf(b) - weightOf(a))) {
  const g = groups.reduce((a, b) => (b.weight < a.weight ? b : a));
  g.files.push(f);
  g.weight += weightOf(f);
}

// V8's regexp tier-up off, as the language server (started with the flag by its clients) runs, and
// as the command line compiles its cue lists without it (engine/text.ts toMachineCode): each expression compiled once, to machine code, instead of to bytecode first
// and again to machine code when it runs twice. The cue lists are large alternations, and compiling
// them twice was about a third of the CPU of the coverage tests. (A flag of these processes only:
// a binary or server a test starts sets its own, as in use; integration/cli-startup.test.ts checks the binary.)
// POLICYWRIGHT_TEST_PROFILE=DIR: each process also writes a CPU profile there (scripts/test-weights.js).
const PROFILE = process.env.POLICYWRIGHT_TEST_PROFILE;
const NODE_FLAGS = ['--no-regexp-tier-up', ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, '--cpu-prof-interval=5000'] : [])];

/** One process: a group imports its files in order (each registers its tests with this process's runner). */
const jobs = [
  // Side by side (node --test runs one file at a time on two cores): these processes mostly wait
  // for their servers' debounced checks, and one after another they were the suite's longest job.
  ...(alone.length ? [{ name: alone.map((f) => relative(out, f)).join(' '), args: [...NODE_FLAGS, '--test', `--test-concurrency=${alone.length}`, '--test-reporter=spec', ...alone] }] : []),
  ...groups.filter((g) => g.files.length).map((g) => ({ name: g.files.map((f) => relative(out, f)).join(' '), args: [...NODE_FLAGS, '--test-reporter=spec', join(root, 'scripts', 'lib', 'test-group.js'), ...g.files] })),
];

const started = performance.now();
// Every process at once: the language servers' process mostly waits on its servers.
const width = jobs.length;
let next = 0;
let failed = 0;
const summary = [];
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const t = performance.now();
    const { code, output } = await new Promise((done) => {
      const child = spawn(process.execPath, job.args, { cwd: root, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (code) => done({ code, output }));
    });
    process.stdout.write(output);
    const counts = (k) => Number(new RegExp(`ℹ ${k} (\\d+)`).exec(output)?.[1] ?? 0);
    summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s  pass ${counts('pass')}, fail ${counts('fail')}, todo ${counts('todo')}, skipped ${counts('skipped')}: ${job.name}`);
    if (code !== 0) failed++;
  }
}
await Promise.all(Array.from({ length: width }, worker));
console.log(`\n${summary.join('\n')}\n${files.length} test files in ${jobs.length} processes, ${((performance.now() - started) / 1000).toFixed(1)} s: ${failed ? `${failed} process(es) FAILED` : 'all passed'}`);
process.exitCode = failed ? 1 : 0;
