// The phase table and self-time list of a V8 CPU profile, shared by profile-warm.js and
// profile-first.js and profile-folder.js (not a test).
import { Session } from 'node:inspector';

/** Runs `work` under V8's CPU profiler (node:inspector, sampling every `interval` µs): its profile and the CPU milliseconds it took. */
export async function profiled(work, interval = 200) {
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval });
  await post('Profiler.start');
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  const { profile } = await post('Profiler.stop');
  session.disconnect();
  return { profile, ms: (used.user + used.system) / 1000 };
}

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
/** A profile frame as `name file:line`, paths cut to server/out or node_modules. */
export const frameName = (f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(server\/out|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;

/** A V8 CPU profile's nodes by id and each node's parent: `stackOf(id)` is a sample's frames, innermost first. */
export function stacks(profile) {
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const stackOf = (id) => {
    const s = [];
    for (let x = id; x !== undefined; x = parent.get(x)) s.push(nodes.get(x).callFrame);
    return s;
  };
  return { nodes, parent, stackOf };
}

/** Prints the phases (inclusive, exclusive) and the `top` functions by self time. */
export function phaseTable(profile, top = 20) {
const { nodes, parent } = stacks(profile);
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
  add(self, frameName(frame), dt);
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
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
}
