#!/usr/bin/env node
// Where a FIRST check's time goes (issue 9), not a test: as bench-first-ab.js's child, the engine
// warmed on generated text only (scripts/lib/generate.js), then about --kb of real policy text
// (../shared, corpus.js policyText) checked once under V8's CPU profiler: what the first check of a
// real policy pays beyond a warm one (lists compiled, data read, memos filled). Prints the phase
// table and self time of profile-warm.js, then a fresh check (sentences rotated) likewise, as the
// per-byte part to compare with.
// Usage: node --no-regexp-tier-up scripts/profile-first.js [--kb=100] [--top=25] [--out=first.cpuprofile]
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { phaseTable } from './lib/profile-table.js';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const kb = Number(arg('kb', '100'));
const top = Number(arg('top', '25'));
const out = arg('out', '');

const { check } = await import('../server/out/engine/check.js');
const { warmUpTexts } = await import('./lib/generate.js');
const { policyText, variant } = await import('./lib/corpus.js');
for (const w of warmUpTexts()) check(w);
const { text } = policyText(kb * 1024);
const rotated = text
  .split('\n\n')
  .map((p, i) => variant(p, 1 + (i % 3)))
  .join('\n\n');

const session = new Session();
session.connect();
const post = (method, params) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });
for (const [label, t] of [
  ['first check', text],
  ['fresh check (sentences rotated)', rotated],
]) {
  await post('Profiler.start');
  const t0 = cpu();
  check(t);
  const spent = cpu() - t0;
  const { profile } = await post('Profiler.stop');
  if (out && label === 'first check') writeFileSync(out, JSON.stringify(profile));
  console.log(`\n=== ${label}: ${(t.length / 1024).toFixed(0)} KB, ${spent.toFixed(0)} ms CPU (profiler on)`);
  phaseTable(profile, top);
}
