#!/usr/bin/env node
// Where an edit's time goes in the language server (not a test): starts the compiled server with
// its flags and `--cpu-prof` (one profile per thread: the server thread's and the check worker's),
// opens a real policy of the given size (../shared, as lib/corpus.js reads it), makes `--warmup`
// edits, then `--edits` edits of one character in its middle (no debounce), each waited
// for, and prints the median didChange → publishDiagnostics; then, for each thread, the CPU of the
// measured edits (the samples taken while they ran) by phase (the file or function a sample's stack
// first names, innermost first) and, with `--by=function`, by function (self time; `--by=inclusive`:
// each function's time with all it called).
// Usage: npm run build && node scripts/time-edit.js [--kb=100] [--warmup=10] [--edits=40] [--by=function|inclusive] [--typing] [--top=30]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg } from './lib/ab.js';
import { frameName, stacks } from './lib/profile-table.js';

const { TestClient, SERVER } = await import('../test/out/helpers/lsp-client.js');
const { SERVER_FLAGS } = await import('../server/out/lsp/flags.js');
const { policyText, proseLine, sourceNote } = await import('./lib/corpus.js');

const kb = Number(arg('kb', '100'));
const warmup = Number(arg('warmup', '10'));
const edits = Number(arg('edits', '40'));
const by = arg('by', 'phase');
const top = Number(arg('top', '30'));
const dir = mkdtempSync(join(tmpdir(), 'time-edit-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const text = policyText(kb * 1024).text;
console.log(sourceNote());
const client = new TestClient({ initializationOptions: { debounceMs: 0 }, command: [...SERVER_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', SERVER, '--stdio'] });
await client.initialize();
const uri = `file:///bench/time-edit-${kb}.policy.md`;
client.open(uri, text);
await client.diagnostics(uri, 1);
const lines = text.split('\n').length;
// `--typing`: the characters typed one after another inside one line of prose in the middle (a word
// typed into a paragraph); else one at the start of each line from the middle on, as bench-lsp.js does
// (where the line after a list item or a blank line joins the block before: that block grows an edit).
const typing = process.argv.includes('--typing');
const prose = typing ? proseLine(text.split('\n')) : -1;
const edit = async (i) => {
  const line = typing ? prose : Math.floor(lines / 2) + i;
  const character = typing ? 40 + i : 0;
  const a = performance.now();
  const v = client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
  await client.diagnostics(uri, v);
  return performance.now() - a;
};
for (let i = 0; i < warmup; i++) await edit(i);
const times = [];
// The profiles' clock is the system's monotonic one, as hrtime's (microseconds).
const from = Number(process.hrtime.bigint() / 1000n);
for (let i = 0; i < edits; i++) times.push(await edit(warmup + i));
const to = Number(process.hrtime.bigint() / 1000n);
await sleep(100);
client.close(uri);
await client.stop();
const sorted = [...times].sort((a, b) => a - b);
console.log(`${kb} KB, ${edits} edits after ${warmup}: didChange → publishDiagnostics median ${sorted[edits >> 1].toFixed(1)} ms`);

const PHASES = [
  [/\/rules\/([\w-]+)\.js$/, (m) => `rule ${m[1]}`],
  [/\/engine\/coverage[\w-]*\.js$/, () => 'coverage'],
  [/\/engine\/(matcher|cue[\w-]*|lists?[\w-]*)\.js$/, (m) => `cues (${m[1]})`],
  [/\/lsp\/incremental-parse\.js$/, () => 'parse (chunks)'],
  [/\/engine\/(line-blocks|pasted|document|sections?|text)\.js$/, (m) => `document model (${m[1]})`],
  [/\/engine\/workspace\.js$/, () => 'set summary'],
  [/\/engine\/memo\.js$/, () => 'memo'],
  [/\/engine\/check\.js$/, () => 'check (findings)'],
  [/\/lsp\/scheduler\.js$/, () => 'scheduler (post/read)'],
  [/\/lsp\/convert\.js$/, () => 'convert to LSP'],
  [/\/lsp\/(server|analysis|features)\.js$/, (m) => `lsp ${m[1]}`],
  [/vscode-(languageserver|jsonrpc)/, () => 'LSP connection (JSON, send)'],
  [/\/engine\/([\w-]+)\.js$/, (m) => `engine ${m[1]}`],
];
const phaseOf = (stack) => {
  for (const f of stack) if (/node_modules\/(micromark|mdast|remark|unified)/.test(f.url)) return 'parse (remark)';
  for (const f of stack) {
    for (const [re, name] of PHASES) {
      const m = re.exec(f.url);
      if (m) return name(m);
    }
  }
  const n = stack[0]?.functionName || '(anon)';
  return `other (${n})`;
};
for (const file of readdirSync(dir).sort()) {
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const { stackOf } = stacks(p);
  // The samples of the measured edits (the profiles' clock is the system's monotonic one).
  let t = p.startTime;
  const times2 = p.timeDeltas.map((d) => (t += d));
  const totals = new Map();
  let busy = 0;
  for (let i = 1; i < p.samples.length; i++) {
    if (times2[i] < from || times2[i] > to) continue;
    const dt = (times2[i] - times2[i - 1]) / 1000;
    const st = stackOf(p.samples[i]);
    const name = st[0].functionName;
    if (name === '(idle)') continue;
    if (by === 'inclusive') {
      // Each function on the stack once: its time with all it called.
      for (const k of new Set(st.filter((f) => f.url).map(frameName))) totals.set(k, (totals.get(k) ?? 0) + dt);
      busy += dt;
      continue;
    }
    const key = name === '(garbage collector)' ? '(garbage collector)' : name === '(program)' ? '(program)' : by === 'function' ? frameName(st.find((f) => f.url) ?? st[0]) : phaseOf(st);
    totals.set(key, (totals.get(key) ?? 0) + dt);
    busy += dt;
  }
  console.log(`\n${file}: ${(busy / edits).toFixed(1)} ms of CPU an edit (samples while the measured edits ran)`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / edits).toFixed(2).padStart(7)}  ${k}`);
}
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`profiles in ${dir}; measured edits: ${JSON.stringify({ from, to, N: edits })}`);
