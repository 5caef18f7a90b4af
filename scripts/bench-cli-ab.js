#!/usr/bin/env node
// Same-run A/B of the command line of two built checkouts (not a test): each run is a whole
// `policywright check <file> --format json` process (checkout A's or B's bin/policywright.js, so
// with its start-up and its bundle), alternating A and B, and the figure is the CPU of that
// process and its threads (user + system, read by bash's `times` for its finished children), in
// ms. Sizes in KB of real policy text (../shared, as scripts/lib/corpus.js reads it; 0: a 3-line
// policy); `--files=N`: also a folder of N policies (the benchmark's folder, checked on all cores).
// Also says whether A and B printed the same JSON. Prints medians of `--runs` and B/A.
// Usage: node scripts/bench-cli-ab.js <checkout A> <checkout B> [--sizes=0,15,100,1024] [--runs=5] [--files=0]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, checkouts, median } from './lib/ab.js';
import { policies, policyText } from './lib/corpus.js';

const [A, B] = checkouts('node scripts/bench-cli-ab.js <checkout A> <checkout B> [--sizes=0,15,100,1024] [--runs=5] [--files=0]');
const sizes = arg('sizes', '0,15,100,1024').split(',').filter(Boolean).map(Number);
const runs = Number(arg('runs', '5'));
const files = Number(arg('files', '0'));
const tmp = mkdtempSync(join(tmpdir(), 'pw-cli-ab-'));

/** CPU ms of `node <root>/bin/policywright.js check <target> --format json` and its stdout. */
function cliCpu(root, target) {
  const bin = join(root, 'bin', 'policywright.js');
  const out = join(tmp, 'out.json');
  const sh = `"$0" "$1" check "$2" --format json --no-exit-code > "$3"; code=$?; times; exit $code`;
  const r = spawnSync('bash', ['-c', sh, process.execPath, bin, target, out], { encoding: 'utf8', cwd: tmp });
  if (r.status !== 0) throw new Error(`${root}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
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
console.log(`A: ${A}\nB: ${B}\nCLI process CPU ms (user + system, all threads), median of ${runs} alternating runs`);
try {
  for (const { name, file } of targets) {
    const got = { A: [], B: [] };
    const json = {};
    for (let r = 0; r < runs; r++) {
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
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
