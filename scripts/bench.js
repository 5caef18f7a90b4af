#!/usr/bin/env node
// `npm run bench`: the cost of check() against remark's parse alone, measured in the same
// process on generated policies of 100 KB, 1 MB and 5 MB. Targets: check at most 2x the parse,
// and cost growing linearly with size. Printed as ratios, never asserted as timings in tests.
import { generatePolicy } from './lib/generate.js';
import { parseMarkdown } from '../server/out/engine/document.js';
import { check } from '../server/out/engine/check.js';

const SIZES = [100 * 1024, 1024 * 1024, 5 * 1024 * 1024];
const quick = process.argv.includes('--quick');
const sizes = quick ? SIZES.slice(0, 2) : SIZES;

function time(fn, runs) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

function heapDuring(fn) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  void keep;
  return Math.max(0, after - before);
}

const rows = [];
for (const size of sizes) {
  const text = generatePolicy(size, 7);
  const runs = size <= 200 * 1024 ? 9 : size <= 2 * 1024 * 1024 ? 5 : 3;
  check(text); // warm up
  const parse = time(() => parseMarkdown(text), runs);
  const full = time(() => check(text), runs);
  const parseMem = heapDuring(() => parseMarkdown(text));
  const checkMem = heapDuring(() => check(text));
  rows.push({ size, parse, full, parseMem, checkMem });
}

const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${(n / 1024).toFixed(0)} KB`);
console.log('check() against remark parse alone (median of runs, same process)\n');
console.log('size     parse ms   check ms   check/parse   check ms per 100 KB   growth vs smallest   retained heap check/parse');
const base = rows[0].full / rows[0].size;
for (const r of rows) {
  const per100 = (r.full / r.size) * 100 * 1024;
  console.log(
    `${kb(r.size).padEnd(8)} ${r.parse.toFixed(0).padStart(8)}   ${r.full.toFixed(0).padStart(8)}   ${(r.full / r.parse).toFixed(2).padStart(11)}x   ${per100.toFixed(1).padStart(19)}   ${(r.full / r.size / base).toFixed(2).padStart(18)}x   ${(r.checkMem / Math.max(1, r.parseMem)).toFixed(2).padStart(25)}x`,
  );
}
const worst = Math.max(...rows.map((r) => r.full / r.parse));
const growth = rows[rows.length - 1].full / rows[rows.length - 1].size / base;
console.log(`\ntarget check/parse <= 2.00x: worst ${worst.toFixed(2)}x ${worst <= 2 ? 'met' : 'NOT met'}`);
console.log(`target linear growth (per-byte cost at largest / smallest near 1): ${growth.toFixed(2)}x ${growth <= 1.5 ? 'met' : 'NOT met'}`);
