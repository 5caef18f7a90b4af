#!/usr/bin/env node
// Writes what a built checkout reports on the real policies of ../shared, so that a change meant
// only to make the engine faster can be shown to change no result (not a test: compare two
// snapshots with `diff -r`). Into <out>: each real policy's check() result alone (JSON, one file per
// policy), the results on the benchmark's concatenated texts (100 KB, 1 MB), and the command line's
// JSON for a folder of `--files` policies (the benchmark's folder: the real policies, then variants)
// checked in one run, with the set pass.
// Usage: node scripts/snapshot.js <checkout> <out dir> [--files=1000] [--sizes=100,1024]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { policies, policyText, realPolicies, realPolicyPaths } from './lib/corpus.js';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const [root, out] = process.argv.slice(2, 4).map((p) => p && resolve(p));
if (!root || !out || root.startsWith('--') || out.startsWith('--')) {
  console.error('usage: node scripts/snapshot.js <checkout> <out dir> [--files=1000] [--sizes=100,1024]');
  process.exit(2);
}
const paths = realPolicyPaths();
if (!paths.length) {
  console.error('snapshot: no real policies (../shared or POLICYWRIGHT_SHARED not found)');
  process.exit(2);
}
const { check } = await import(pathToFileURL(join(root, 'server/out/engine/check.js')).href);
mkdirSync(join(out, 'alone'), { recursive: true });
const texts = realPolicies();
paths.forEach((p, i) => writeFileSync(join(out, 'alone', `${basename(p)}.json`), JSON.stringify(check(texts[i]), null, 1)));
for (const kb of arg('sizes', '100,1024').split(',').filter(Boolean).map(Number)) {
  writeFileSync(join(out, `joined-${kb}k.json`), JSON.stringify(check(policyText(kb * 1024).text), null, 1));
}
const count = Number(arg('files', '1000'));
if (count > 0) {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-snapshot-'));
  try {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    policies(count).texts.forEach((t, i) => writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.policy.md`), t));
    const r = spawnSync(process.execPath, [join(root, 'bin/policywright.js'), 'check', 'many', '--format', 'json', '--no-exit-code'], { cwd: tmp, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) {
      console.error(`snapshot: the command line failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
      process.exit(1);
    }
    writeFileSync(join(out, `folder-${count}.json`), r.stdout);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
console.log(`snapshot of ${root} written to ${out}`);
