#!/usr/bin/env node
// Where a folder's time goes (issue 9), not a test: the engine in process (server/out), warmed on
// generated text only (scripts/lib/generate.js), then --files real policies of ../shared (corpus.js
// `policies`: each once, then variants) checked one after another under V8's CPU profiler, as a
// command line checking a folder does: every paragraph is text the engine has not seen, so no memo
// is hit and each cue list is compiled at its first use. Prints the phase table and self time
// (profile-table.js), then where the cue lists' own time (`search` in coverage.ts `firstMatch`,
// which holds the expressions' time) is asked for: its callers, three levels up, with the
// matching layers (firstMatch, firstValid, matches) left out.
// Usage: node --no-regexp-tier-up scripts/profile-folder.js [--files=108] [--top=30] [--out=folder.cpuprofile]
import { writeFileSync } from 'node:fs';
import { phaseTable, profiled, stacks } from './lib/profile-table.js';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const files = Number(arg('files', '108'));
const top = Number(arg('top', '30'));
const out = arg('out', '');

const { check } = await import('../server/out/engine/check.js');
const { warmUpTexts } = await import('./lib/generate.js');
const { policies } = await import('./lib/corpus.js');
for (const w of warmUpTexts()) check(w);
const { texts, real } = policies(files);

let bytes = 0;
const { profile, ms } = await profiled(() => {
  for (const t of texts) {
    check(t);
    bytes += t.length;
  }
});
if (out) writeFileSync(out, JSON.stringify(profile));
console.log(`${texts.length} policies (${real ? "real, then variants" : "generated: no ../shared"}), ${(bytes / 1048576).toFixed(2)} MB: ${ms.toFixed(0)} ms CPU (profiler on)`);
phaseTable(profile, top);

// The cue lists' time by caller.
const { nodes, parent } = stacks(profile);
const layers = new Set(['search', 'firstMatch', 'firstValid', 'matches']);
const byCaller = new Map();
let all = 0;
let searched = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  all += dt;
  let id = profile.samples[i];
  const f = nodes.get(id).callFrame;
  if (f.functionName !== 'search' || !f.url.endsWith('engine/coverage.js')) continue;
  searched += dt;
  const chain = [];
  for (id = parent.get(id); id !== undefined && chain.length < 3; id = parent.get(id)) {
    const c = nodes.get(id).callFrame;
    if (!layers.has(c.functionName)) chain.push(`${c.functionName || '(anonymous)'}:${c.lineNumber + 1}`);
  }
  const key = chain.join(' < ');
  byCaller.set(key, (byCaller.get(key) ?? 0) + dt);
}
console.log(`\ncue lists searched (coverage.js search): ${((100 * searched) / all).toFixed(1)} % of all, by caller (server/out lines)`);
for (const [k, v] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${((100 * v) / all).toFixed(1).padStart(6)} %  ${k}`);
