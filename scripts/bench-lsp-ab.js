#!/usr/bin/env node
// Same-run A/B of the language server process of two built checkouts (not a test): each run
// starts checkout A's or B's server (compiled, with its check worker), opens a real policy of the
// given size (../shared, as scripts/lib/corpus.js reads it), edits one character at a time in its
// middle and waits for each edit's published diagnostics (no debounce). Per run: the server
// process's CPU per edit (all its threads, user + system from /proc, in ms: the check, the
// worker's copy, the set pass, conversion and JSON-RPC) and its RSS after the edits; alternating
// A and B, medians printed with B/A. Linux only (/proc).
// Usage: node scripts/bench-lsp-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=10]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

if (process.argv[2] === '--child') {
  const [, , , root, kbArg, editsArg] = process.argv;
  process.chdir(root);
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { TestClient } = await import(url('test/out/helpers/lsp-client.js'));
  const { policyText } = await import(url('scripts/lib/corpus.js'));
  const text = policyText(Number(kbArg) * 1024).text;
  const cpu = (pid) => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  };
  const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  const client = new TestClient({ initializationOptions: { debounceMs: 0 } });
  await client.initialize();
  const uri = 'file:///bench/ab.policy.md';
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  const lines = text.split('\n').length;
  const n = Number(editsArg);
  const c0 = cpu(client.proc.pid);
  for (let i = 0; i < n; i++) {
    const line = Math.floor(lines / 2) + i;
    const v = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    await client.diagnostics(uri, v);
  }
  const out = { edit: (cpu(client.proc.pid) - c0) / n, rss: rss(client.proc.pid) };
  await client.stop();
  await TestClient.stopAll();
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const [A, B] = process.argv.slice(2, 4).map((p) => resolve(p));
if (!A || !B || A.startsWith('--') || B.startsWith('--')) {
  console.error('usage: node scripts/bench-lsp-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=10]');
  process.exit(2);
}
const sizes = arg('sizes', '100,1024').split(',');
const runs = Number(arg('runs', '3'));
const edits = arg('edits', '10');
const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const me = new URL(import.meta.url).pathname;
console.log(`A: ${A}\nB: ${B}\nServer process, median of ${runs} alternating runs: CPU ms per edit (all threads), RSS in MB after ${edits} edits`);
for (const kb of sizes) {
  const got = { A: [], B: [] };
  for (let r = 0; r < runs; r++) {
    for (const [name, root] of [['A', A], ['B', B]]) {
      const out = spawnSync(process.execPath, [me, '--child', root, kb, edits], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) {
        console.error(`${name} failed at ${kb} KB: ${out.stderr.slice(0, 2000)}`);
        process.exit(1);
      }
      got[name].push(JSON.parse(out.stdout));
    }
  }
  const row = (k) => {
    const a = median(got.A.map((x) => x[k]));
    const b = median(got.B.map((x) => x[k]));
    return `${k} ${a.toFixed(0)} → ${b.toFixed(0)} (×${(b / a).toFixed(2)})`;
  };
  console.log(`${kb} KB: ${['edit', 'rss'].map(row).join('; ')}`);
}
