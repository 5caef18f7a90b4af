#!/usr/bin/env node
// Same-run A/B of two built checkouts (not a test): each measurement runs in a fresh child
// process, alternating A and B, and the figures are CPU milliseconds of the process (user +
// system, from process.cpuUsage), which a loaded machine disturbs far less than wall time.
// Per size: a first check() of real text (code warmed on generated text first), the same text
// checked again, and an editor edit (lsp/analysis.js analyze() after a one-character edit, plus
// the conversion to LSP diagnostics), with the process's RSS after it. Prints medians and B/A.
// Usage: node scripts/bench-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=5]
//        (sizes in KB; both checkouts built with npm run build)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

if (process.argv[2] === '--child') {
  const [, , , root, bytesArg, editsArg] = process.argv;
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { check } = await import(url('server/out/engine/check.js'));
  const { analyze } = await import(url('server/out/lsp/analysis.js'));
  const { toLspDiagnostics } = await import(url('server/out/lsp/convert.js'));
  const { generatePolicy } = await import(url('scripts/lib/generate.js'));
  const { policyText } = await import(url('scripts/lib/corpus.js'));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < 3; i++) check(generatePolicy(100 * 1024, 100 + i));
  const { text } = policyText(Number(bytesArg));
  let t = cpu();
  check(text);
  const first = cpu() - t;
  t = cpu();
  check(text);
  const again = cpu() - t;
  // The editor: the document opened, then edited one character at a time in its middle.
  const key = 'file:///bench/ab.policy.md';
  const lines = text.split('\n');
  let a = analyze(text, {}, key);
  toLspDiagnostics(a.diagnostics, key, 1);
  const edits = [];
  for (let i = 0; i < Number(editsArg); i++) {
    const l = Math.floor(lines.length / 2) + i;
    lines[l] = `x${lines[l]}`;
    t = cpu();
    a = analyze(lines.join('\n'), {}, key);
    toLspDiagnostics(a.diagnostics, key, i + 2);
    edits.push(cpu() - t);
  }
  const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  process.stdout.write(JSON.stringify({ first, again, edit: median(edits), rss: process.memoryUsage().rss / 2 ** 20 }));
  process.exit(0);
}

const [A, B] = process.argv.slice(2, 4).map((p) => resolve(p));
if (!A || !B || A.startsWith('--') || B.startsWith('--')) {
  console.error('usage: node scripts/bench-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=5]');
  process.exit(2);
}
const sizes = arg('sizes', '100,1024').split(',').map((k) => Number(k) * 1024);
const runs = Number(arg('runs', '3'));
const edits = arg('edits', '5');
const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const me = new URL(import.meta.url).pathname;

console.log(`A: ${A}\nB: ${B}\nCPU ms per process (user + system), median of ${runs} alternating runs; RSS in MB`);
for (const bytes of sizes) {
  const got = { A: [], B: [] };
  for (let r = 0; r < runs; r++) {
    for (const [name, root] of [
      ['A', A],
      ['B', B],
    ]) {
      const out = spawnSync(process.execPath, [me, '--child', root, String(bytes), edits], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) {
        console.error(`${name} failed at ${bytes} bytes: ${out.stderr.slice(0, 2000)}`);
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
  console.log(`${(bytes / 1024).toFixed(0)} KB: ${['first', 'again', 'edit', 'rss'].map(row).join('; ')}`);
}
