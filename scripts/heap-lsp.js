#!/usr/bin/env node
// What the language server holds in memory with one real policy open (not a test): starts the
// compiled server (with its flags, SERVER_FLAGS, and a preload, lib/heap-hook.cjs), opens a policy
// of the given size (../shared, as lib/corpus.js reads it), edits one character at a time in its
// middle (no debounce), and prints the process's RSS and peak RSS after the first check, after the
// edits and after a pause without edits, the server process's CPU per edit (all threads, from
// /proc), and each thread's V8 heap (the server thread's and the check worker's: size and used
// size of each space). `--snap`: then a heap snapshot of each thread, after a collection (what
// stays alive), summarised (lib/heap-summary.js: size by kind of object, largest holders by
// retained size). `--flags=a,b`: more V8 flags for the server (to measure one, e.g.
// --max-semi-space-size=8: V8 takes the last of a flag given twice, so this overrides the server's 4). `--keep`: the snapshots are left in their folder (printed) for a closer
// look. `--smaps`: the resident memory by kind of mapping too (lib/smaps.js). Linux only (/proc).
// Usage: npm run build && node scripts/heap-lsp.js [--kb=1024] [--edits=10] [--rest=2500] [--snap] [--keep] [--smaps] [--flags=...]
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './lib/ab.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { TestClient, SERVER } = await import('../test/out/helpers/lsp-client.js');
const { SERVER_FLAGS } = await import('../server/out/lsp/flags.js');
const { policyText, sourceNote } = await import('./lib/corpus.js');
const { summarise } = await import('./lib/heap-summary.js');
const { residentParts } = await import('./lib/smaps.js');

const kb = Number(arg('kb', '1024'));
const edits = Number(arg('edits', '10'));
const rest = Number(arg('rest', '2500'));
const flags = arg('flags', '').split(',').filter(Boolean);
const snap = process.argv.includes('--snap');
const keep = process.argv.includes('--keep');
const smaps = process.argv.includes('--smaps');
const dir = mkdtempSync(join(tmpdir(), 'heap-lsp-'));
process.env.HEAP_LSP_DIR = dir; // the server inherits the environment
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const waitFor = async (file, ms) => {
  for (let t = 0; t < ms && !existsSync(file); t += 100) await sleep(100);
  return existsSync(file);
};

const text = policyText(kb * 1024).text;
console.log(sourceNote());
const client = new TestClient({ initializationOptions: { debounceMs: 0 }, command: [...SERVER_FLAGS, ...flags, '-r', join(root, 'scripts', 'lib', 'heap-hook.cjs'), SERVER, '--stdio'] });
await client.initialize();
const pid = client.proc.pid;
const status = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const cpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, clock ticks of 10 ms
};
const heaps = async () => {
  const file = join(dir, 'stats.json');
  rmSync(file, { force: true });
  process.kill(pid, 'SIGWINCH');
  if (!(await waitFor(file, 10_000))) return '  (no heap figures)';
  return JSON.parse(readFileSync(file, 'utf8'))
    .map((h) => `  ${h.thread === 0 ? 'server thread' : `worker ${h.thread}`}: heap ${h.total} MB (used ${h.used}, resident ${h.physical}); ${Object.entries(h.spaces).map(([k, [size, used]]) => `${k} ${size}/${used}`).join(', ')}`)
    .join('\n');
};
const parts = () => (smaps ? `\n  resident: ${residentParts(pid).filter(([, mb]) => mb >= 0.5).map(([k, mb]) => `${k} ${mb.toFixed(1)}`).join('; ')}` : '');
const report = async (when) => console.log(`${when}: RSS ${status('VmRSS').toFixed(0)} MB (anonymous ${status('RssAnon').toFixed(0)}, files ${status('RssFile').toFixed(0)}), peak ${status('VmHWM').toFixed(0)} MB${parts()}\n${await heaps()}`);

console.log(`${kb} KB policy, server ${SERVER}${flags.length ? ` with ${flags.join(' ')}` : ''} (space: size/used MB)`);
const uri = 'file:///bench/heap.policy.md';
client.open(uri, text);
await client.diagnostics(uri, 1);
await report('after the first check');
const lines = text.split('\n').length;
const c0 = cpu();
for (let i = 0; i < edits; i++) {
  const line = Math.floor(lines / 2) + i;
  await client.diagnostics(uri, client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]));
}
console.log(`${edits} edits: server CPU ${((cpu() - c0) / edits).toFixed(0)} ms an edit (all threads)`);
await report(`after ${edits} edits`);
await sleep(rest);
await report(`after ${rest} ms without edits`);
if (snap) {
  process.kill(pid, 'SIGUSR2');
  if (await waitFor(join(dir, 'done'), 600_000)) {
    for (const f of ['main.heapsnapshot', 'worker0.heapsnapshot']) if (existsSync(join(dir, f))) console.log(summarise(join(dir, f)));
  } else console.log('no heap snapshot written');
}
await client.stop();
await TestClient.stopAll();
if (keep) console.log(`snapshots kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
