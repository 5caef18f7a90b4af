#!/usr/bin/env node
// Measures what each unit test file costs in the suite's shared processes, for scripts/test.js to
// balance its groups: runs the unit and corpus suites (node scripts/test.js [--corpus]) with a CPU profile of every process,
// gives each sample to the test file on its stack (the outermost one; samples under no test file,
// such as loading and garbage collection, are spread over the files in proportion), and writes
// scripts/lib/test-weights.json: seconds per file, from test/out. Run it on an idle machine after
// a file's cost changed much; only the ratios between files matter.
//   node scripts/test-weights.js [--from DIR]   (--from: read the profiles of an earlier run)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = process.argv.indexOf('--from');
let dir = from > 0 ? process.argv[from + 1] : undefined;
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), 'pw-weights-'));
  // The unit suite and the corpus suite (test/out/corpus: its files weigh as `corpus/NAME`).
  for (const suite of [[], ['--corpus']]) {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'test.js'), ...suite], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, POLICYWRIGHT_TEST_PROFILE: dir } });
    if (r.status !== 0) console.error(`the ${suite.length ? 'corpus' : 'unit'} suite failed; the weights are measured all the same`);
  }
}

const weights = {};
for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fileOf = new Map();
  const file = (id) => {
    if (fileOf.has(id)) return fileOf.get(id);
    let found = null;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const m = /test\/out\/(.+\.test\.js)$/.exec(byId.get(cur).callFrame.url);
      if (m) found = m[1];
    }
    fileOf.set(id, found);
    return found;
  };
  const own = new Map();
  let rest = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i]);
    if (node.callFrame.functionName === '(idle)') continue;
    const s = (p.timeDeltas[i] ?? 0) / 1e6;
    const f = file(p.samples[i]);
    if (f) own.set(f, (own.get(f) ?? 0) + s);
    else rest += s;
  }
  const attributed = [...own.values()].reduce((a, b) => a + b, 0);
  for (const [f, s] of own) weights[f] = +((weights[f] ?? 0) + s * (1 + rest / attributed)).toFixed(2);
}
const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'scripts', 'lib', 'test-weights.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`scripts/lib/test-weights.json: ${Object.keys(sorted).length} files`);
