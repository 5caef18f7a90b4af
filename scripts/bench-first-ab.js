#!/usr/bin/env node
// Same-run A/B of issue 9's "first check against the remark parse" (not a test), as bench.js
// measures it but in CPU time: each run is a fresh child process started with
// --no-regexp-tier-up, as bench.js starts its own, alternating checkout A and B. The child warms
// the code on generated text (scripts/lib/generate.js), reads about the given size of real policy
// text (../shared, scripts/lib/corpus.js) and measures in CPU ms (user + system): `parse`, a bare
// parseMarkdown of it (the median of three); `first`, the first check() of it; `x`, first / parse;
// and `fresh`, a check of the same text with each paragraph's sentences rotated (corpus.js
// variant), so the paragraph memos of the first check are missed (a memo by sentence, such as the
// classifier's score of an evidence sentence, may still be hit) while every expression the first
// check compiled stays compiled: first minus fresh is roughly what the first check spent compiling.
// Prints medians with B/A.
// Usage: node scripts/bench-first-ab.js <checkout A> <checkout B> [--sizes=15,100,1024] [--runs=3]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, checkouts, compare, median } from './lib/ab.js';

if (process.argv[2] === '--child') {
  const [, , , root, bytesArg] = process.argv;
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { parseMarkdown } = await import(url('server/out/engine/document.js'));
  const { check } = await import(url('server/out/engine/check.js'));
  // The texts from this script's own checkout, so that A and B check the same ones.
  const { warmUpTexts } = await import('./lib/generate.js');
  const { policyText, variant } = await import('./lib/corpus.js');
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const warm of warmUpTexts()) check(warm);
  const { text } = policyText(Number(bytesArg));
  const parses = [];
  for (let i = 0; i < 3; i++) {
    const t = cpu();
    parseMarkdown(text);
    parses.push(cpu() - t);
  }
  const parse = median(parses);
  let t = cpu();
  check(text);
  const first = cpu() - t;
  const rotated = text
    .split('\n\n')
    .map((p, i) => variant(p, 1 + (i % 3)))
    .join('\n\n');
  t = cpu();
  check(rotated);
  const fresh = cpu() - t;
  process.stdout.write(JSON.stringify({ parse, first, x: first / parse, fresh }));
  process.exit(0);
}

const [A, B] = checkouts('node scripts/bench-first-ab.js <checkout A> <checkout B> [--sizes=15,100,1024] [--runs=3]');
const sizes = arg('sizes', '15,100,1024').split(',').map(Number);
const runs = Number(arg('runs', '3'));
console.log(`A: ${A}\nB: ${B}\nCPU ms per child (user + system), median of ${runs} alternating runs; x: first check / parse`);
compare({ A, B, script: new URL(import.meta.url).pathname, sizes, runs, childArgs: (kb) => [String(kb * 1024)], keys: ['parse', 'first', 'x', 'fresh'], nodeArgs: ['--no-regexp-tier-up'] });
