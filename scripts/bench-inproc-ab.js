#!/usr/bin/env node
// Same-process A/B of two built checkouts' engines (not a test): both engines are loaded into one
// process (separate module instances, so separate memos), and each policy of the benchmark's folder
// (real policies, then variants; ../shared as scripts/lib/corpus.js reads it) is checked by A and by
// B in turn, the order alternating per policy. The figure is the CPU time (process.cpuUsage) of each
// check() summed per side. Interleaving per policy cancels most of the load other processes put on
// a shared machine (an A/A run of one checkout against a copy of itself gave B/A 1.01). Also counts
// the policies whose results (JSON, without the parsed document) differ between A and B.
// Run with --no-regexp-tier-up, as the command line does:
//   node --no-regexp-tier-up scripts/bench-inproc-ab.js <checkout A> <checkout B> [--files=108]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, checkouts } from './lib/ab.js';
import { policies } from './lib/corpus.js';
import { warmUpTexts } from './lib/generate.js';

const [A, B] = checkouts('node --no-regexp-tier-up scripts/bench-inproc-ab.js <checkout A> <checkout B> [--files=108]');
const load = async (root) => (await import(pathToFileURL(resolve(root, 'server/out/engine/check.js')).href)).check;
const checkA = await load(A);
const checkB = await load(B);
for (const w of warmUpTexts()) {
  checkA(w);
  checkB(w);
}
const { texts, real } = policies(Number(arg('files', '108')));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const one = (check, text) => {
  const t = cpu();
  const r = check(text);
  const ms = cpu() - t;
  delete r.document;
  return { ms, json: JSON.stringify(r) };
};
let a = 0;
let b = 0;
let differ = 0;
for (let i = 0; i < texts.length; i++) {
  let ra;
  let rb;
  if (i % 2) {
    rb = one(checkB, texts[i]);
    ra = one(checkA, texts[i]);
  } else {
    ra = one(checkA, texts[i]);
    rb = one(checkB, texts[i]);
  }
  a += ra.ms;
  b += rb.ms;
  if (ra.json !== rb.json) differ++;
}
console.log(`${texts.length} ${real ? 'real' : 'generated'} policies: A ${a.toFixed(0)} ms CPU, B ${b.toFixed(0)} ms CPU, B/A ${(b / a).toFixed(3)}; results differ on ${differ}`);
