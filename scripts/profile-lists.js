#!/usr/bin/env node
// Which expressions a warm check's time goes to (issue 9), not a test: warmed as profile-warm.js
// (generated text, then every real policy of ../shared once), then each policy checked again as a
// variant (no paragraph memo hit) with RegExp.prototype.exec timed. Per expression: executions, time,
// successes, the mean length of the text searched, and the executions repeated within one check:
// the same expression object, or the same source and flags (another list compiled alike), from the
// same offset over the same text (what a memo by list and text could save).
// Usage: node --no-regexp-tier-up scripts/profile-lists.js [--policies=N] [--top=25]
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const top = Number(arg('top', '25'));

const { check } = await import('../server/out/engine/check.js');
const { warmedOnReal, variant } = await import('./lib/corpus.js');
const real = warmedOnReal(check, Number(arg('policies', '100000')));

const exec = RegExp.prototype.exec;
/** Per expression: [executions, ms, successes, repeated (same object), repeated ms, characters searched]. */
const stats = new Map();
let byObject = new Map();
let bySource = new Map();
let sameSource = 0;
let sameSourceMs = 0;
const seen = (memo, key, text, at) => {
  let texts = memo.get(key);
  if (!texts) memo.set(key, (texts = new Map()));
  let offsets = texts.get(text);
  if (!offsets) texts.set(text, (offsets = new Set()));
  if (offsets.has(at)) return true;
  offsets.add(at);
  return false;
};
RegExp.prototype.exec = function (text) {
  const at = this.global || this.sticky ? this.lastIndex : 0;
  const t = performance.now();
  const got = exec.call(this, text);
  const ms = performance.now() - t;
  let s = stats.get(this);
  if (!s) stats.set(this, (s = [0, 0, 0, 0, 0, 0]));
  s[0]++;
  s[1] += ms;
  if (got) s[2]++;
  s[5] += text.length;
  if (seen(byObject, this, text, at)) {
    s[3]++;
    s[4] += ms;
  } else if (seen(bySource, `${this.flags}/${this.source}`, text, at)) {
    sameSource++;
    sameSourceMs += ms;
  }
  return got;
};
const t0 = performance.now();
for (const t of real) {
  byObject = new Map();
  bySource = new Map();
  check(variant(t, 4));
}
const wall = performance.now() - t0;
RegExp.prototype.exec = exec;

const rows = [...stats].sort((a, b) => b[1][1] - a[1][1]);
const sum = (k) => rows.reduce((n, [, s]) => n + s[k], 0);
console.log(`${real.length} policies: ${wall.toFixed(0)} ms (timing on); exec ${sum(1).toFixed(0)} ms in ${sum(0)} executions of ${rows.length} expressions`);
console.log(`repeated in one check: same expression ${sum(3)} executions ${sum(4).toFixed(0)} ms; same source, another expression ${sameSource} executions ${sameSourceMs.toFixed(0)} ms`);
const words = (re) => (re.source.match(/[a-z]{5,}/g) ?? []).slice(0, 4).join(' ');
console.log('     ms    execs   found repeated mean-chars length flags | first words');
for (const [re, s] of rows.slice(0, top)) {
  const lead = re.source.startsWith('(?<') ? 'lookbehind ' : '';
  console.log(`${s[1].toFixed(0).padStart(7)} ${String(s[0]).padStart(8)} ${String(s[2]).padStart(7)} ${String(s[3]).padStart(8)} ${(s[5] / s[0]).toFixed(0).padStart(10)} ${String(re.source.length).padStart(6)} ${re.flags.padEnd(5)} | ${lead}${words(re)}`);
}
