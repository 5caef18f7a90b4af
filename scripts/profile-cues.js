#!/usr/bin/env node
// Which cues of a long list its time goes to (issue 9), not a test: a warm check of every real
// policy (as profile-lists.js), then each policy checked again as a variant with every search of the
// language's long lists recorded (expression, text, offset). For each of the --lists costliest
// lists, each of its cues is compiled alone as the engine compiles a list of one (folded, bounded)
// and run over the same recorded searches; its time there, beside the whole list's, says what the cue
// costs the list (an alternation tries each cue at every place, so the cues' times roughly add up).
// Usage: node --no-regexp-tier-up scripts/profile-cues.js [--language=en] [--lists=3] [--top=12]
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const language = arg('language', 'en');
const nLists = Number(arg('lists', '3'));
const top = Number(arg('top', '12'));

const { check } = await import('../server/out/engine/check.js');
const { compiledCueLists } = await import('../server/out/engine/coverage.js');
const { compileCuesFrom, isFolded, askedFlags } = await import('../server/out/engine/cues.js');
const { sourceOf } = await import('../server/out/engine/text.js');
const { warmedOnReal, variant } = await import('./lib/corpus.js');
const real = warmedOnReal(check);

// Every list of the language and each part of it, with the cues it was made from.
/** @type {Map<RegExp, {cues: string[], folded: boolean, flags: string}>} */
const lists = new Map();
for (const m of compiledCueLists(language)) {
  m.forEach((re, i) => {
    const cues = m.cues[i];
    lists.set(re, { cues, folded: isFolded(re), flags: askedFlags(re), part: false });
    for (const p of m.parts?.[i] ?? []) if (!lists.has(p.re)) lists.set(p.re, { cues: null, folded: isFolded(p.re), flags: askedFlags(p.re), part: true, whole: re });
  });
}

const exec = RegExp.prototype.exec;
/** @type {Map<RegExp, {ms: number, calls: [string, number][]}>} */
const seen = new Map();
RegExp.prototype.exec = function (text) {
  if (!lists.has(this)) return exec.call(this, text);
  const at = this.lastIndex;
  const t = performance.now();
  const got = exec.call(this, text);
  const ms = performance.now() - t;
  let s = seen.get(this);
  if (!s) seen.set(this, (s = { ms: 0, calls: [] }));
  s.ms += ms;
  s.calls.push([text, at]);
  return got;
};
for (const t of real) check(variant(t, 4));
RegExp.prototype.exec = exec;

const FRESH = { table: new Map(), read: null };
/** The recorded searches run again with re (global: from the recorded offset), ms. */
const replay = (re, calls) => {
  // Compiled to machine code first, as toMachineCode does.
  re.lastIndex = 0;
  exec.call(re, 'x'.repeat(1000));
  let ms = 0;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    for (const [text, at] of calls) {
      re.lastIndex = at;
      exec.call(re, text);
    }
    ms += performance.now() - t;
  }
  return ms / 3;
};
const words = (s) => s.replace(/\s+/g, ' ').slice(0, 110);
const rows = [...seen].sort((a, b) => b[1].ms - a[1].ms).slice(0, nLists);
for (const [re, s] of rows) {
  const info = lists.get(re);
  // A part's cues are those of its list whose expression alone matches somewhere the part does; simpler: its list's cues.
  const cues = info.cues ?? lists.get(info.whole).cues;
  const whole = replay(new RegExp(sourceOf(re), re.flags), s.calls);
  console.log(`\n${s.ms.toFixed(0)} ms recorded, ${s.calls.length} searches; replayed ${whole.toFixed(0)} ms; ${info.part ? 'a part of a list of' : 'a list of'} ${cues.length} cues, source ${sourceOf(re).length} characters`);
  const each = [];
  for (const c of cues) {
    const one = compileCuesFrom([c], info.flags, FRESH, info.folded);
    if (!one || isFolded(one) !== info.folded) continue;
    each.push([replay(one, s.calls), c]);
  }
  each.sort((a, b) => b[0] - a[0]);
  const sum = each.reduce((n, [ms]) => n + ms, 0);
  console.log(`  cues alone: ${sum.toFixed(0)} ms in all`);
  for (const [ms, c] of each.slice(0, top)) console.log(`  ${ms.toFixed(1).padStart(7)} | ${words(c)}`);
}

// --without: for each of those lists (or its part of the cues that are neither at the text's start
// nor headed by a long lookbehind, coverage.ts partsOf), the list compiled without each cue in turn,
// replayed: what leaving one cue out saves, which is not what the cue costs alone where a cue keeps
// V8 from skipping places the others cannot match at.
if (process.argv.includes('--without')) {
  const headed = (c) => /^\/(?:\(\?[=!](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))*\(\?=[\s\S]*\(\?<[=!]/.test(c);
  for (const [re, s] of rows) {
    const info = lists.get(re);
    const all = info.cues ?? lists.get(info.whole).cues;
    let cues = all;
    if (info.part) cues = all.filter((c) => !headed(c) && !/^\s*\/(?:\((?:\?:)?)*\^/.test(c));
    const made = compileCuesFrom(cues, info.flags, FRESH, info.folded);
    if (!made || sourceOf(made) !== sourceOf(re)) {
      console.log(`\n(${sourceOf(re).slice(0, 60)}…: its cues not found, ${cues.length} of ${all.length} tried)`);
      continue;
    }
    const base = replay(made, s.calls);
    console.log(`\nwithout each cue, of ${cues.length} (all: ${base.toFixed(0)} ms):`);
    const out = [];
    for (const c of cues) {
      const less = compileCuesFrom(cues.filter((x) => x !== c), info.flags, FRESH, info.folded);
      if (less) out.push([replay(less, s.calls), c]);
    }
    out.sort((a, b) => a[0] - b[0]);
    for (const [ms, c] of out.slice(0, top)) console.log(`  ${ms.toFixed(0).padStart(6)} | ${words(c)}`);
  }
}
