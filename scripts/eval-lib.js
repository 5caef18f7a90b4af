// Scoring of missing-item detection, shared by scripts/eval.js and test/src/slow/eval-floor.test.ts.
// The positive class is "the item is not given": a prediction is positive when required-info's
// coverage says `missing` or `partial` (a partial item counts as not given, as the labels do).
// Only requirement ids that the labels name are scored. Three sets (../shared/eval/README.md):
// gt200-dev (48 app policies, adjudicated), goppc-dev (50 website policies, five ids) and the
// seeds (expected.json: missing, present and partial lists).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../server/out/engine/check.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.POLICYWRIGHT_SHARED ?? join(ROOT, '..', 'shared');
export const SETS = {
  'gt200-dev': { dir: join(SHARED, 'eval', 'gt200-dev'), profile: 'eu-gdpr' },
  'goppc-dev': { dir: join(SHARED, 'eval', 'goppc-dev'), profile: 'eu-gdpr' },
};
/**
 * Held-out rounds of our own (test/fixtures/rounds): whole policies in en/nl/de/fr written by
 * someone who had not read the checker, labelled by coverage-conventions.md, each with its
 * rationale.md. Once fixed against, a round is a regression set, not a measure of generalisation.
 */
export const ROUNDS = join(ROOT, 'test', 'fixtures', 'rounds');
export const roundSets = () =>
  existsSync(ROUNDS)
    ? Object.fromEntries(
        readdirSync(ROUNDS)
          .filter((d) => existsSync(join(ROUNDS, d, 'labels.json')))
          .sort()
          .map((d) => [`round-${d}`, { dir: join(ROUNDS, d), profile: 'eu-gdpr' }]),
      )
    : {};
export const SEEDS = join(SHARED, 'seeds');
export const hasShared = () => Object.values(SETS).every((s) => existsSync(join(s.dir, 'labels.json'))) && existsSync(join(SEEDS, 'expected.json'));

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const FLAGS = new Set(['missing', 'partial']);

function tally(counts) {
  const { tp, fp, fn, tn } = counts;
  return { tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Coverage entry per requirement id (the first profile's where several name it). */
export function statusOf(text, profile) {
  const res = check(text, profile ? { profiles: [profile] } : {});
  const out = {};
  for (const c of res.coverage) out[c.requirement] ??= c;
  return out;
}

const evidenceLines = (c) => (c?.evidence ?? []).map((e) => `${e.range.start.line + 1}: ${e.text}`);

/**
 * One labelled set (`read`: the coverage entries per requirement of a text, statusOf's by default):
 * precision and recall of "not given", per requirement and overall, the share
 * of policies whose whole report is right, and every error with its evidence.
 */
export function scoreSet(name, read = statusOf) {
  const { dir, profile } = typeof name === 'string' ? SETS[name] : name;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const per = {};
  const all = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const errors = [];
  let documents = 0;
  let wholeRight = 0;
  for (const file of Object.keys(labels).sort()) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    documents++;
    const cov = read(readFileSync(path, 'utf8'), profile);
    let right = true;
    for (const [id, covered] of Object.entries(labels[file])) {
      const c = cov[id];
      if (!c) continue;
      const predicted = FLAGS.has(c.status);
      // A label is true (given) or false (not given); a label file of our own may also say
      // "partial" or "missing" (both not given) where the distinction is worth recording.
      const actual = covered === false || covered === 'partial' || covered === 'missing';
      const k = predicted ? (actual ? 'tp' : 'fp') : actual ? 'fn' : 'tn';
      per[id] ??= { tp: 0, fp: 0, fn: 0, tn: 0 };
      per[id][k]++;
      all[k]++;
      if (k === 'fp' || k === 'fn') {
        right = false;
        errors.push({ file, requirement: id, kind: k, status: c.status, absent: c.absent, evidence: evidenceLines(c) });
      }
    }
    if (right) wholeRight++;
  }
  const perRequirement = {};
  for (const id of Object.keys(per).sort()) perRequirement[id] = tally(per[id]);
  return { documents, perRequirement, overall: tally(all), wholeRight: ratio(wholeRight, documents), errors };
}

/**
 * The seeds against expected.json: every `missing` id missing, every `present` id present, every
 * `partial` id partial. Also scored like a labelled set (missing and partial are "not given").
 */
export function scoreSeeds(dir = SEEDS, read = statusOf) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const seeds = {};
  let held = 0;
  let total = 0;
  const all = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let wholeRight = 0;
  for (const [file, exp] of Object.entries(expected.seeds)) {
    const cov = read(readFileSync(join(dir, file), 'utf8'));
    const wrong = [];
    const one = (id, want) => {
      total++;
      const c = cov[id];
      const got = c?.status ?? 'absent';
      if (got === want) held++;
      else wrong.push({ requirement: id, expected: want, got, absent: c?.absent, evidence: evidenceLines(c) });
      const k = FLAGS.has(got) ? (want === 'present' ? 'fp' : 'tp') : want === 'present' ? 'tn' : 'fn';
      all[k]++;
    };
    for (const id of [...(exp.missing ?? []), ...(exp.missing_recommended ?? [])]) one(id, 'missing');
    for (const id of exp.present ?? []) one(id, 'present');
    for (const id of Object.keys(exp.partial ?? {})) one(id, 'partial');
    if (!wrong.length) wholeRight++;
    seeds[file] = { wrong };
  }
  const n = Object.keys(expected.seeds).length;
  return { held, total, overall: tally(all), wholeRight: ratio(wholeRight, n), seeds };
}

/** Every figure the floor keeps, rounded down to three places. */
export function floorOf(scores) {
  const r = (x) => Math.floor(x * 1000) / 1000;
  const pr = (t) => ({ precision: r(t.precision), recall: r(t.recall) });
  const out = {
    about:
      'Floor for test/src/slow/eval-floor.test.ts: the best figures of `npm run eval` reached so far, rounded down. Raise them (`node scripts/eval.js --write-floor`) when detection improves; never lower them to let a change pass.',
  };
  for (const [name, s] of Object.entries(scores.sets)) {
    const perRequirement = {};
    for (const [id, t] of Object.entries(s.perRequirement)) perRequirement[id] = pr(t);
    out[name] = { overall: pr(s.overall), wholeRight: r(s.wholeRight), perRequirement };
  }
  out.seeds = { held: scores.seeds.held, total: scores.seeds.total, overall: pr(scores.seeds.overall) };
  return out;
}

/** Everything `npm run eval` prints. */
export function scoreAll() {
  const sets = {};
  for (const name of Object.keys(SETS)) sets[name] = scoreSet(name);
  for (const [name, spec] of Object.entries(roundSets())) sets[name] = scoreSet(spec);
  return { sets, seeds: scoreSeeds() };
}
