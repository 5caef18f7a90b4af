#!/usr/bin/env node
// Same-run A/B of the command line of two built checkouts (not a test): each run is a whole
// `policywright check <file> --format json` process (checkout A's or B's bin/policywright.js, so
// with its start-up and its bundle), alternating A and B, and the figure is the CPU of that
// process and its threads (user + system, read by bash's `times` for its finished children), in
// ms. Sizes in KB of real policy text (../shared, as scripts/lib/corpus.js reads it; 0: a 3-line
// policy); `--files=N`: also a folder of N policies (the benchmark's folder, checked on all cores).
// Also says whether A and B printed the same JSON. Prints medians of `--runs` and B/A. `--mdl`:
// markdownlint-cli2 (checkout B's dev dependency) on the same file in the same rounds, its CPU
// measured the same way, and A and B as ratios of it (the targets of issue 9).
// Prints the load average before and after.
// Usage: node scripts/bench-cli-ab.js <checkout A> <checkout B> [--sizes=0,15,100,1024] [--runs=5] [--files=0] [--mdl]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, checkouts, median } from './lib/ab.js';
import { policies, policyText } from './lib/corpus.js';

const [A, B] = checkouts('node scripts/bench-cli-ab.js <checkout A> <checkout B> [--sizes=0,15,100,1024] [--runs=5] [--files=0] [--mdl]');
const withMdl = process.argv.includes('--mdl');
const sizes = arg('sizes', '0,15,100,1024').split(',').filter(Boolean).map(Number);
const runs = Number(arg('runs', '5'));
const files = Number(arg('files', '0'));
const tmp = mkdtempSync(join(tmpdir(), 'pw-cli-ab-'));

/** CPU ms of `node <root>/bin/policywright.js check <target> --format json` and its stdout. */
function cliCpu(root, target) {
  return cpuOf(join(root, 'bin', 'policywright.js'), ['check', target, '--format', 'json', '--no-exit-code'], root);
}

/** CPU ms of `node <script> <args>` (stdout kept), and its stdout; exit 1 (findings) is accepted for markdownlint-cli2. */
function cpuOf(script, args, root, okCodes = [0]) {
  const out = join(tmp, 'out.json');
  const sh = `"$0" "$@" > "${out}"; code=$?; times; exit $code`;
  const r = spawnSync('bash', ['-c', sh, process.execPath, script, ...args], { encoding: 'utf8', cwd: tmp });
  if (!okCodes.includes(r.status)) throw new Error(`${root}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
  // `times`: the shell's own user and system, then its children's ("0m0.123s 0m0.045s").
  const line = r.stdout.trim().split('\n').pop();
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { ms: (secs[0] + secs[1]) * 1000, json: spawnSync('cat', [out], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout };
}

const targets = sizes.map((kb) => {
  const file = join(tmp, `p${kb}.policy.md`);
  writeFileSync(file, kb === 0 ? '# Privacy Policy\n\nWe collect your e-mail address to answer you.\n' : policyText(kb * 1024).text);
  return { name: kb === 0 ? '3-line' : `${kb} KB`, file };
});
if (files > 0) {
  const dir = join(tmp, 'many');
  mkdirSync(dir);
  policies(files).texts.forEach((t, i) => writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.policy.md`), t));
  targets.push({ name: `${files} files`, file: dir });
}
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`A: ${A}\nB: ${B}\nCLI process CPU ms (user + system, all threads), median of ${runs} alternating runs; load average ${load()}`);
const MDL = join(B, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
try {
  for (const { name, file } of targets) {
    const got = { A: [], B: [], mdl: [] };
    const json = {};
    for (let r = 0; r < runs; r++) {
      if (withMdl) got.mdl.push(cpuOf(MDL, [file], 'markdownlint-cli2', [0, 1]).ms);
      for (const [k, root] of [
        ['A', A],
        ['B', B],
      ]) {
        const { ms, json: j } = cliCpu(root, file);
        got[k].push(ms);
        json[k] = j.split(tmp).join('<tmp>');
      }
    }
    const a = median(got.A);
    const b = median(got.B);
    const spread = (x) => `${Math.min(...x).toFixed(0)}–${Math.max(...x).toFixed(0)}`;
    console.log(`${name}: ${a.toFixed(0)} → ${b.toFixed(0)} ms (×${(b / a).toFixed(2)}); A ${spread(got.A)}, B ${spread(got.B)}; output ${json.A === json.B ? 'identical' : 'DIFFERS'}`);
    if (withMdl) {
      const m = median(got.mdl);
      console.log(`  markdownlint-cli2 ${m.toFixed(0)} ms (${spread(got.mdl)}): A ×${(a / m).toFixed(2)}, B ×${(b / m).toFixed(2)} of it`);
    }
  }
  console.log(`load average ${load()}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
