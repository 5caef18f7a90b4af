#!/usr/bin/env node
// What one edit's re-check allocates, by phase (not a test): the check worker's code (`runWorker`,
// compiled, over a MessageChannel in this thread) is sent a real policy of the given size (../shared,
// as lib/corpus.js reads it), then edits of one character in its middle as the server thread sends
// them (`change`); after `--warmup` edits, V8's sampling heap profiler (through the inspector, counting
// the objects collected since as well) records the next `--edits` edits. Each sample is given to the
// phase of the first frame on its stack, innermost first, that names one (the rule's file for a
// rule, else the function), and the phases' bytes per edit are printed, with the heap's growth per
// edit without collection (`heapUsed` after the reply, the young generation kept from collecting by
// `--max-semi-space-size`, given here) as a check of the sum. `--by=function`: the top functions.
// `--survivors` (without --max-semi-space-size): only the samples the young generation's
// collections did not free (promoted to the old generation), by phase or function.
// `--promoted` (without --max-semi-space-size): instead, how much the old generation grows an edit
// (what outlives V8's young generation; the median of the edits without a full collection).
// Start it with the server's flags: node --no-regexp-tier-up --expose-gc scripts/alloc-edit.js
// Usage: npm run build && node --no-regexp-tier-up --expose-gc scripts/alloc-edit.js [--kb=1024] [--warmup=5] [--edits=10] [--interval=4096] [--by=function [--phase='document model']] [--large]
import { Session } from 'node:inspector/promises';
import { MessageChannel } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { arg } from './lib/ab.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runWorker } = await import(join(root, 'server/out/lsp/scheduler.js'));
const { policyText, sourceNote } = await import('./lib/corpus.js');

const kb = Number(arg('kb', '1024'));
const warmup = Number(arg('warmup', '5'));
const edits = Number(arg('edits', '10'));
const interval = Number(arg('interval', '4096'));
const by = arg('by', 'phase');
/** With --by=function: only the samples of this phase (as printed by phase). */
const within = arg('phase', '');
const text = policyText(kb * 1024).text;
console.log(sourceNote());

const { port1, port2 } = new MessageChannel();
runWorker(port2);
const replies = new Map();
port1.on('message', (m) => replies.get(m.id)?.(m));
let id = 0;
let have;
const ask = (request) =>
  new Promise((resolve) => {
    const n = ++id;
    replies.set(n, (m) => {
      replies.delete(n);
      have = n;
      resolve(m);
    });
    port1.postMessage({ id: n, config: {}, key: 'file:///alloc/edit.policy.md', summarise: true, have, ...request });
  });
const lines = text.split('\n');
const mid = Math.floor(lines.length / 2);
let offset = 0;
for (let l = 0; l < mid; l++) offset += lines[l].length + 1;
let k = 0;
/** One edit: an `x` at the start of the next line after the middle, as the scheduler posts it. */
const edit = async () => {
  let at = offset;
  for (let l = mid; l < mid + k; l++) at += lines[l].length + 1;
  at += k; // the x's inserted before
  k++;
  const m = await ask({ change: { base: have, at, cut: 0, insert: 'x' } });
  if (!m.analysis) throw new Error(`no analysis: ${m.error ?? (m.resend ? 'resend' : '?')}`);
};

const oldUsed = () => getHeapSpaceStatistics().reduce((n, s) => (/^(old|large_object)_space$/.test(s.space_name) ? n + s.space_used_size : n), 0);
if (process.argv.includes('--promoted')) {
  // What outlives the young generation: the old generation's growth over the edits, with V8's
  // own young generation (start this without --max-semi-space-size), no collection in between.
  const first = await ask({ text });
  if (!first.analysis) throw new Error(first.error);
  for (let i = 0; i < warmup; i++) await edit();
  let majors = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
  });
  obs.observe({ entryTypes: ['gc'] });
  globalThis.gc?.();
  const grown = [];
  for (let i = 0; i < edits; i++) {
    const [o, m] = [oldUsed(), majors];
    await edit();
    await new Promise((r) => setTimeout(r, 20)); // the observer's entries
    if (majors === m) grown.push(oldUsed() - o);
  }
  obs.disconnect();
  const sorted = grown.sort((a, b) => a - b);
  console.log(`${kb} KB policy; ${edits} edits after ${warmup}: old generation (old + large objects) grown by a median of ${(sorted[Math.floor(sorted.length / 2)] / 1048576).toFixed(2)} MB an edit (of the ${grown.length} edits without a full collection)`);
  port1.close();
  process.exit(0);
}
const first = await ask({ text });
if (!first.analysis) throw new Error(first.error);
for (let i = 0; i < warmup; i++) await edit();
globalThis.gc?.();

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
// `--survivors`: without what the young generation's collections freed: what was promoted (and what is still young at the end).
const survivors = process.argv.includes('--survivors');
await session.post('HeapProfiler.startSampling', { samplingInterval: interval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !survivors });
const heap0 = process.memoryUsage().heapUsed;
let grown = 0;
for (let i = 0; i < edits; i++) {
  if (!survivors) globalThis.gc?.();
  const h = process.memoryUsage().heapUsed;
  await edit();
  grown += process.memoryUsage().heapUsed - h;
}
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
void heap0;

/** The phase of a stack (innermost frame first). */
const PHASES = [
  [/\/rules\/([\w-]+)\.js$/, (m) => `rule ${m[1]}`],
  [/\/engine\/coverage[\w-]*\.js$/, () => 'coverage'],
  [/\/lsp\/incremental-parse\.js$/, () => 'parse (chunks)'],
  [/\/engine\/(line-blocks|pasted)\.js$/, () => 'document model'],
  [/\/engine\/document\.js$/, () => 'document model'],
  [/\/engine\/workspace\.js$/, () => 'set summary'],
];
const FUNCTIONS = [
  ['parseBlocks', 'parse (remark)'],
  ['applyDisables', 'disables'],
  ['capFindings', 'cap'],
  ['checkDocument', 'findings (ranges)'],
  ['analyze', 'analysis (sections etc.)'],
  ['write', 'findings posted (writer)'],
  ['runWorker', 'worker (text, reply)'],
];
const phaseOf = (stack) => {
  // remark first: its frames are inside the chunked parser's and the model's.
  for (const f of stack) if (f.functionName === 'parseBlocks' || /node_modules\/(micromark|mdast|remark|unified)/.test(f.url)) return 'parse (remark)';
  for (const f of stack) {
    for (const [re, name] of PHASES) {
      const m = re.exec(f.url);
      if (m) return name(m);
    }
    for (const [fn, name] of FUNCTIONS) if (f.functionName === fn && /server\/out/.test(f.url)) return name;
  }
  return `other (${stack.slice(0, 3).map((f) => f.functionName || '(anon)').join(' < ')})`;
};
const frameName = (f) => `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(server\/out|node_modules)\//, '')}:${f.lineNumber + 1}`;
/** The innermost frame of ours (a built-in's, `next` or `push`, named with its caller). */
const functionOf = (stack) => {
  const own = stack.findIndex((f) => f.url);
  if (own <= 0) return frameName(stack[Math.max(own, 0)]);
  return `${stack[0].functionName} in ${frameName(stack[own])}`;
};
const totals = new Map();
/** Each sampled node's stack, innermost first (for `--large`). */
const stacks = new Map();
let sum = 0;
const walk = (node, stack) => {
  const here = [node.callFrame, ...stack];
  stacks.set(node.id, here);
  if (node.selfSize && (!within || phaseOf(here) === within)) {
    const inner = here;
    const key = by === 'function' ? functionOf(here) : phaseOf(inner);
    totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
    sum += node.selfSize;
  }
  for (const c of node.children) walk(c, here);
};
walk(profile.head, []);
if (process.argv.includes('--large')) {
  // `--large`: each allocation of 64 KB or more (V8 puts objects over 128 KB in its large-object
  // space, each in pages of its own that are mapped afresh), by its stack.
  const big = new Map();
  for (const s of profile.samples) {
    if (s.size < 65536) continue;
    const key = `${(s.size / 1024).toFixed(0)} KB  ${stacks.get(s.nodeId).slice(0, 4).map(frameName).join(' < ')}`;
    big.set(key, (big.get(key) ?? 0) + 1);
  }
  console.log(`allocations of 64 KB or more, ${edits} edits:`);
  for (const [k, n] of [...big].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}x  ${k}`);
}
const mb = (x) => (x / edits / 1048576).toFixed(2);
console.log(`${kb} KB policy; ${edits} edits after ${warmup}; ${survivors ? 'what outlived the young generation, ' : ''}sampled ${mb(sum)} MB an edit (heap grown ${mb(grown)} MB an edit without collection)`);
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, by === 'function' ? 40 : 30)) console.log(`${mb(v).padStart(7)}  ${k}`);
port1.close();
