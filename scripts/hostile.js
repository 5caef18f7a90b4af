#!/usr/bin/env node
// Hostile files, whole process: each shape of scripts/lib/hostile.js at half the size it was
// reported at and at that size, checked by the command line; time, peak memory, and how the time
// grew when the file doubled (linear: about 2x). Targets: <= 3 s and <= 600 MB at the reported
// size, growth near 2x; CPU time (user + system) beside it, which a busy machine disturbs less than
// the clock. The command line is the one bin/policywright.js runs (the bundle after npm run build).
// A benchmark, not a test: the doubling test is test/src/slow/hostile-doubling.test.ts.
//   node scripts/hostile.js [SHAPE...] [--timeout SECONDS]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES, REPORTED } from './lib/hostile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ti = args.indexOf('--timeout');
const timeout = ti >= 0 ? Number(args.splice(ti, 2)[1]) * 1000 : 60_000;
const names = args.length ? args : Object.keys(SHAPES);
// The command line as bin/policywright.js runs it: the bundle (dist/cli/main.mjs) when it is not
// older than the last build of server/out, else server/out (and always with POLICYWRIGHT_BUNDLE=0).
const mtime = (p) => {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return NaN;
  }
};
const bundled = process.env.POLICYWRIGHT_BUNDLE !== '0' && mtime(join(root, 'dist', 'cli', 'main.mjs')) >= (mtime(join(root, 'server', 'tsconfig.tsbuildinfo')) || 0);
const main = bundled ? join(root, 'dist', 'cli', 'main.mjs') : join(root, 'server', 'out', 'cli', 'main.js');
// The CLI run in a child that reports its peak memory (maxRSS) when done, started as
// bin/policywright.js is (no V8 flag: the cue lists compile straight to machine code, text.ts toMachineCode).
const MEASURE = `const { run } = await import(${JSON.stringify(main)});
await run(['check', process.argv[1], '--format', 'json', '--no-exit-code'], { stdout() {}, stderr() {}, cwd: process.cwd(), isTTY: false, env: {} });
const u = process.resourceUsage();
process.stderr.write('maxrss ' + u.maxRSS + ' cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n');`;

const tmp = mkdtempSync(join(tmpdir(), 'pw-hostile-'));
let failed = 0;
try {
  console.log(`the command line from ${bundled ? 'the bundle, dist/cli/main.mjs (as bin/policywright.js runs it)' : 'server/out (no bundle newer than the last build: npm run build makes one)'}\n`);
  console.log('shape              size      time     peak RSS   | half size time   growth (x2 size)   CPU time (half, whole)');
  for (const name of names) {
    const full = REPORTED[name];
    const res = [];
    for (const size of [full / 2, full]) {
      const file = join(tmp, `${name}-${size}.md`);
      writeFileSync(file, SHAPES[name](size));
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', MEASURE, file], { encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
      const ms = performance.now() - t;
      const rss = Number(/maxrss (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024;
      const cpu = Number(/cpu (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1000;
      res.push({ size, ms, rss, cpu, timedOut: r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM', status: r.status, stderr: r.stderr });
    }
    const [half, whole] = res;
    const growth = whole.ms / half.ms;
    const ok = !whole.timedOut && whole.ms <= 3000 && whole.rss <= 600 && growth <= 3;
    if (!ok) failed++;
    const t = (x) => (x.timedOut ? `>${(timeout / 1000).toFixed(0)} s` : `${(x.ms / 1000).toFixed(2)} s`);
    console.log(
      `${name.padEnd(18)} ${`${(full / 1024).toFixed(0)} KB`.padStart(8)} ${t(whole).padStart(8)} ${Number.isNaN(whole.rss) ? '       ?' : `${whole.rss.toFixed(0)} MB`.padStart(8)}     | ${t(half).padStart(8)}        ${growth.toFixed(2)}x   ${ok ? 'met' : 'NOT met'}   cpu ${(half.cpu / 1000).toFixed(2)} s, ${(whole.cpu / 1000).toFixed(2)} s${whole.status !== 0 && !whole.timedOut ? ` (exit ${whole.status}: ${String(whole.stderr).split('\n')[0].slice(0, 100)})` : ''}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\n${failed ? `${failed} shape(s) NOT within` : 'every shape within'} 3 s, 600 MB and linear growth at the reported size.`);
