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
import { writeFileSync } from 'node:fs';
import { phaseTable, profiled } from './lib/profile-table.js';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const passes = Number(arg('passes', '1'));
const out = arg('out', '');

const { check } = await import('../server/out/engine/check.js');
const { warmedOnReal, variant } = await import('./lib/corpus.js');
const real = warmedOnReal(check);

let bytes = 0;
const { profile, ms: spent } = await profiled(() => {
  for (let k = 1; k <= passes; k++) {
    for (const t of real) {
      const v = variant(t, k + 3);
      bytes += v.length;
      check(v);
    }
  }
});
if (out) writeFileSync(out, JSON.stringify(profile));
const n = real.length * passes;
console.log(`${n} policies, ${(bytes / 1e6).toFixed(2)} MB: ${spent.toFixed(0)} ms CPU, ${(spent / n).toFixed(1)} ms a policy (profiler on)`);

phaseTable(profile, 20);
