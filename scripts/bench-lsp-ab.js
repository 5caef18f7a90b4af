#!/usr/bin/env node
// Same-run A/B of the language server process of two built checkouts (not a test): each run
// starts checkout A's or B's server (compiled, with its check worker), opens a real policy of the
// given size (../shared, as scripts/lib/corpus.js reads it), edits one character at a time in its
// middle and waits for each edit's published diagnostics (no debounce). Per run: the median time
// from an edit's didChange to its publishDiagnostics (`wait`, bench-lsp.js's figure), the server
// process's CPU per edit (all its threads, user + system from /proc, in ms: the check, the
// worker's copy, the set pass, conversion and JSON-RPC) and the server thread's alone (`server`), its RSS after the edits (and its peak RSS
// so far, `peak`: less at the mercy of when V8 last collected), and again after a
// second and a half without edits (`rest`: what an open policy holds while the user reads);
// alternating A and B, medians printed with B/A. `--warmup=N`: N edits made (and waited for) before
// the measured ones: the first edits after opening a policy also pay for V8 optimising the code an
// edit runs (measured: the 10 first edits at 100 KB cost two to four times the 60th to 90th).
// `--pause=MS`: a pause of MS before each measured edit (a user who stops typing: the check worker
// may collect its heap then, worker-heap.ts; the pause itself is not counted, the CPU the server
// spends in it is). `--bundle`: each checkout's bundled server (dist/server.cjs, as the VSIX runs it:
// `node scripts/bundle.js` in each) instead of the compiled one. Linux only (/proc).
// Usage: node scripts/bench-lsp-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=10] [--warmup=0] [--pause=0] [--bundle]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, checkouts, compare, median } from './lib/ab.js';

if (process.argv[2] === '--child') {
  const [, , , root, kbArg, editsArg, warmArg = '0', pauseArg = '0', bundle] = process.argv;
  process.chdir(root);
  if (bundle === 'bundle') process.env.POLICYWRIGHT_SERVER = resolve(root, 'dist', 'server.cjs');
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { TestClient } = await import(url('test/out/helpers/lsp-client.js'));
  const { policyText } = await import(url('scripts/lib/corpus.js'));
  const text = policyText(Number(kbArg) * 1024).text;
  // `thread`: one thread of the process (its task): the server thread's id is the process's.
  const cpu = (pid, thread) => {
    const f = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  };
  const rss = (pid, key = 'VmRSS') => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  const client = new TestClient({ initializationOptions: { debounceMs: 0 } });
  await client.initialize();
  const uri = 'file:///bench/ab.policy.md';
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  const lines = text.split('\n').length;
  const n = Number(editsArg);
  const warm = Number(warmArg);
  const pause = Number(pauseArg);
  const waits = [];
  const edit = async (i) => {
    if (pause > 0 && i >= 0) await new Promise((r) => setTimeout(r, pause));
    const line = Math.floor(lines / 2) + (i < 0 ? n - 1 - i : i);
    const t = performance.now();
    const v = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    await client.diagnostics(uri, v);
    if (i >= 0) waits.push(performance.now() - t);
  };
  for (let i = 0; i < warm; i++) await edit(-1 - i);
  const c0 = cpu(client.proc.pid);
  const s0 = cpu(client.proc.pid, client.proc.pid);
  for (let i = 0; i < n; i++) await edit(i);
  const out = { edit: (cpu(client.proc.pid) - c0) / n, server: (cpu(client.proc.pid, client.proc.pid) - s0) / n, wait: median(waits), rss: rss(client.proc.pid), peak: rss(client.proc.pid, 'VmHWM') };
  await new Promise((r) => setTimeout(r, 1500));
  out.rest = rss(client.proc.pid);
  await client.stop();
  await TestClient.stopAll();
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const [A, B] = checkouts('node scripts/bench-lsp-ab.js <checkout A> <checkout B> [--sizes=100,1024] [--runs=3] [--edits=10] [--warmup=0]');
const sizes = arg('sizes', '100,1024').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const edits = arg('edits', '10');
const warmup = arg('warmup', '0');
const pause = arg('pause', '0');
const bundle = process.argv.includes('--bundle') ? 'bundle' : 'compiled';
console.log(`A: ${A}\nB: ${B}\n${bundle === 'bundle' ? 'The bundled server (dist/server.cjs)' : 'The compiled server (server/out)'} process, median of ${runs} alternating runs${warmup !== '0' ? ` after ${warmup} warm-up edits` : ''}${pause !== '0' ? `, a pause of ${pause} ms before each edit` : ''}: CPU ms per edit (all threads; server: the server thread's alone: reading the worker's reply, converting, JSON-RPC), wait: the median time in ms from a didChange to its publishDiagnostics, as bench-lsp.js counts it; RSS in MB after ${edits} edits, peak RSS, RSS after 1.5 s at rest`);
compare({ A, B, script: new URL(import.meta.url).pathname, sizes, runs, childArgs: (kb) => [String(kb), edits, warmup, pause, bundle], keys: ['edit', 'server', 'wait', 'rss', 'peak', 'rest'] });
