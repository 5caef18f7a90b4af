#!/usr/bin/env node
// Benchmark of the language server (not a test): time from a didChange to its publishDiagnostics
// on real 100 KB and 1 MB policies, how long check() itself takes, whether the server
// answers a hover while a large check runs, server memory (RSS), start-up time, VSIX size.
// Usage: npm run build && node scripts/bench-lsp.js [--bundle]   (--bundle: dist/server.cjs)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv.includes('--bundle')) process.env.POLICYWRIGHT_SERVER = join(root, 'dist', 'server.cjs');
const { TestClient } = await import('../test/out/helpers/lsp-client.js');
const { check } = await import('../server/out/engine/check.js');
const { parseMarkdown } = await import('../server/out/engine/document.js');
const { policyText, sourceNote } = await import('./lib/corpus.js');
// Real policy text from ../shared (generated text, with a note, when it is absent).
const policy = (bytes) => policyText(bytes).text;

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const max = (a) => Math.max(...a);
const ms = (x) => `${x.toFixed(1)} ms`;
const rssMb = (pid) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? (Number(m[1]) / 1024).toFixed(0) + ' MB' : '?';
  } catch {
    return '?';
  }
};

console.log(sourceNote());
console.log(`server: ${process.env.POLICYWRIGHT_SERVER ?? 'server/out/lsp/main.js (compiled)'}; node ${process.version}`);
const t0 = performance.now();
const client = new TestClient({ initializationOptions: { debounceMs: 0 } });
await client.initialize();
console.log(`start-up: initialize answered after ${ms(performance.now() - t0)}`);

for (const [label, bytes] of [['100 KB', 100 * 1024], ['1 MB', 1024 * 1024]]) {
  const text = policy(bytes);
  const direct = [];
  const parseOnly = [];
  for (let i = 0; i < 5; i++) {
    let a = performance.now();
    check(text, {});
    direct.push(performance.now() - a);
    a = performance.now();
    parseMarkdown(text);
    parseOnly.push(performance.now() - a);
  }
  const uri = `file:///bench/${label.replace(' ', '')}.policy.md`;
  let a = performance.now();
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  const first = performance.now() - a;
  const lines = text.split('\n').length;
  const times = [];
  let hover;
  for (let i = 0; i < 10; i++) {
    const line = Math.floor(lines / 2) + i;
    a = performance.now();
    const v = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    if (i === 5) {
      // Asked while this check runs: the server answers for the new version, once its check is done.
      const h0 = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 3 } });
      hover = performance.now() - h0;
    }
    await client.diagnostics(uri, v);
    times.push(performance.now() - a);
  }
  console.log(
    `${label} (${lines} lines): check() in-process median ${ms(median(direct))}; first diagnostics ${ms(first)}; ` +
      `didChange → publishDiagnostics median ${ms(median(times))}, max ${ms(max(times))} (debounce 0; the editor adds its 200 ms debounce); ` +
      `hover asked during a check answered (for the new version) in ${ms(hover)}; server RSS ${rssMb(client.proc.pid)}`,
  );
  // Ratios against baselines measured in this run: a full remark parse of the same text, and a
  // fresh check() in this process. Under 1x of the parse means the edit cost less than parsing.
  console.log(
    `${label}: edit → diagnostics = ${(median(times) / median(parseOnly)).toFixed(2)}x a full remark parse (${ms(median(parseOnly))}), ` +
      `${(median(times) / median(direct)).toFixed(2)}x a fresh check()`,
  );
  const goal = label === '100 KB' ? 50 : 250;
  console.log(`target edit → diagnostics <= ${goal} ms at ${label}: ${median(times) <= goal ? 'met' : 'NOT met'} (${ms(median(times))})`);
  if (label === '1 MB') {
    const rss = Number(rssMb(client.proc.pid).replace(' MB', ''));
    console.log(`target server memory <= 300 MB with a 1 MB policy open: ${rss <= 300 ? 'met' : 'NOT met'} (${rss} MB)`);
  }
  console.log(
  );
  client.close(uri);
}
await client.stop();

const vsixDir = join(root, 'out');
const vsix = existsSync(vsixDir) ? readdirSync(vsixDir).filter((f) => f.endsWith('.vsix')) : [];
for (const f of vsix) console.log(`VSIX out/${f}: ${(statSync(join(vsixDir, f)).size / 1024).toFixed(0)} KB`);
if (!vsix.length) console.log('VSIX: not built (npm run package)');
console.log('VS Code activation: the extension activates on onLanguage:markdown/plaintext; its own cost is starting the client (time in the e2e log).');
