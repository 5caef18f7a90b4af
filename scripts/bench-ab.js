#!/usr/bin/env node
// Same-run A/B of two built checkouts (not a test): each measurement runs in a fresh child
// process, alternating A and B, and the figures are CPU milliseconds of the process (user +
// system, from process.cpuUsage), which a loaded machine disturbs far less than wall time.
// Per size: a first check() of real text (code warmed on generated text first), the same text
// checked again, and an editor edit (lsp/analysis.js analyze() after a one-character edit, plus
// the conversion to LSP diagnostics), with the process's RSS after it. Prints medians and B/A.
// Usage: node scripts/bench-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=5]
//        (sizes in KB; both checkouts built with npm run build)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, checkouts, compare, median } from './lib/ab.js';

if (process.argv[2] === '--child') {
  const [, , , root, bytesArg, editsArg] = process.argv;
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { check } = await import(url('server/out/engine/check.js'));
  const { analyze } = await import(url('server/out/lsp/analysis.js'));
  const { toLspDiagnostics } = await import(url('server/out/lsp/convert.js'));
  // The texts from this script's own checkout, so that A and B check the same ones.
  const { warmUpTexts } = await import('./lib/generate.js');
  const { policyText } = await import('./lib/corpus.js');
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const warm of warmUpTexts()) check(warm);
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
  process.stdout.write(JSON.stringify({ first, again, edit: median(edits), rss: process.memoryUsage().rss / 2 ** 20 }));
  process.exit(0);
}

const [A, B] = checkouts('node scripts/bench-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=5]');
const sizes = arg('sizes', '100,1024').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const edits = arg('edits', '5');

console.log(`A: ${A}\nB: ${B}\nCPU ms per process (user + system), median of ${runs} alternating runs; RSS in MB`);
compare({ A, B, script: new URL(import.meta.url).pathname, sizes, runs, childArgs: (kb) => [String(kb * 1024), edits], keys: ['first', 'again', 'edit', 'rss'] });
