#!/usr/bin/env node
// Where a warm check's time goes (issue 9), not a test: the engine in process (server/out), warmed
// on generated text and on every real policy of ../shared (scripts/lib/corpus.js) once, then each
// policy checked again as a variant (sentences rotated, corpus.js `variant`), so no paragraph memo
// is hit while every expression stays compiled, under V8's CPU profiler (node:inspector). Prints the
// CPU time per policy and a table of phases: a sample counts for the innermost phase on its stack
// ("exclusive") and for every phase on it ("inclusive"); the regular expressions' own time is their
// caller's (`firstMatch`: the requirements' cue lists). Then the functions with most self time.
// Usage: node --no-regexp-tier-up scripts/profile-warm.js [--passes=1] [--out=warm.cpuprofile]
// (the flag as the benches run: every expression compiled once, to machine code).
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const passes = Number(arg('passes', '1'));
const out = arg('out', '');

const { check } = await import('../server/out/engine/check.js');
const { warmUpTexts } = await import('./lib/generate.js');
const { realPolicies, variant } = await import('./lib/corpus.js');
const real = realPolicies();
if (!real.length) {
  console.log('no ../shared policies (set POLICYWRIGHT_SHARED): nothing to profile');
  process.exit(0);
}
for (const w of warmUpTexts()) check(w);
for (const t of real) check(t);

const session = new Session();
session.connect();
const post = (method, params) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let bytes = 0;
const t0 = cpu();
for (let k = 1; k <= passes; k++) {
  for (const t of real) {
    const v = variant(t, k + 3);
    bytes += v.length;
    check(v);
  }
}
const spent = cpu() - t0;
const { profile } = await post('Profiler.stop');
if (out) writeFileSync(out, JSON.stringify(profile));
const n = real.length * passes;
console.log(`${n} policies, ${(bytes / 1e6).toFixed(2)} MB: ${spent.toFixed(0)} ms CPU, ${(spent / n).toFixed(1)} ms a policy (profiler on)`);

// [label, function name, file]: the innermost on a sample's stack is its phase.
const PHASES = [
  ['parse (document model)', /^parseDocument$/, /engine\/document\.js/],
  ['  remark (parseBlocks)', /^parseBlocks$/, /engine\/document\.js/],
  ['coverage (all)', /^computeCoverage$/, /engine\/coverage\.js/],
  ['  cue lists searched (firstMatch)', /^firstMatch$/, /engine\/coverage\.js/],
  ['  words of texts (word gate)', /^(textWords|blockWords|rowWords|joinedWords)$/, /engine\/(anchors|coverage)\.js/],
  ['  frame reader', /^(readFrames|framesOf|frameStatement|frameAbsence|frameVeto|frameBlanket|leadStatement)$/, /engine\/frames\.js/],
  ['  classifier', /^addChecks$/, /engine\/coverage-check\.js/],
  ['organisation reader', /^analyseOrganisations$/, /engine\/organisation\.js/],
  ['rule entity-mismatch', /^check$/, /rules\/entity-mismatch\.js/],
  ['rule placeholder', /^check$/, /rules\/placeholder\.js/],
  ['rule stale-law', /^check$/, /rules\/stale-law\.js/],
  ['rule duplicate-block', /^check$/, /rules\/duplicate-block\.js/],
  ['rule broken-reference', /^check$/, /rules\/broken-reference\.js/],
  ['rule contact-mismatch', /^check$/, /rules\/contact-mismatch\.js/],
  ['rule required-info (own part)', /^check$/, /rules\/required-info\.js/],
  ['rule structure', /^check$/, /rules\/structure\.js/],
  ['rule repeated-word', /^check$/, /rules\/repeated-word\.js/],
  ['check (the rest)', /^check$/, /engine\/check\.js/],
];
const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const exclusive = new Map();
const inclusive = new Map();
const self = new Map();
const add = (m, k, dt) => m.set(k, (m.get(k) ?? 0) + dt);
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  total += dt;
  let id = profile.samples[i];
  const frame = nodes.get(id).callFrame;
  add(self, `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(server\/out|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`, dt);
  if (frame.functionName === '(garbage collector)') {
    add(exclusive, 'garbage collector', dt);
    continue;
  }
  let inner = '';
  const seen = new Set();
  for (; id !== undefined; id = parent.get(id)) {
    const f = nodes.get(id).callFrame;
    for (const [label, name, file] of PHASES) {
      if (!name.test(f.functionName) || !file.test(f.url)) continue;
      inner ||= label;
      if (!seen.has(label)) add(inclusive, label, dt);
      seen.add(label);
    }
  }
  add(exclusive, inner || 'outside check', dt);
}
const pct = (v) => `${((100 * (v ?? 0)) / total).toFixed(1)} %`.padStart(8);
console.log(`\n${'phase'.padEnd(36)} inclusive exclusive`);
for (const label of [...PHASES.map((p) => p[0]), 'garbage collector', 'outside check']) console.log(`${label.padEnd(36)} ${pct(inclusive.get(label))} ${pct(exclusive.get(label))}`);
console.log('\nself time');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${pct(v)}  ${k}`);
