// Scoring of missing-item detection, shared by scripts/eval.js and test/src/eval-floor.test.ts.
// The positive class is "the item is not covered": a prediction is positive when required-info's
// coverage says `missing`. Only requirement ids that the labels name are scored.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../server/out/engine/check.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.POLICYWRIGHT_SHARED ?? join(ROOT, '..', 'shared');
export const GOPPC = join(SHARED, 'eval', 'goppc-dev');
export const SEEDS = join(SHARED, 'seeds');
export const hasShared = () => existsSync(join(GOPPC, 'labels.json')) && existsSync(join(SEEDS, 'expected.json'));

const ratio = (a, b) => (b === 0 ? 1 : a / b);

function tally(counts) {
  const { tp, fp, fn, tn } = counts;
  return { tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Coverage status per requirement id: 'present' | 'missing' | 'not-applicable'. */
export function statusOf(text, profile) {
  const res = check(text, profile ? { profiles: [profile] } : {});
  const out = {};
  for (const c of res.coverage) out[c.requirement] ??= c;
  return out;
}

/** Precision and recall of `missing` on goppc-dev, per requirement and overall, with the errors. */
export function scoreGoppc(dir = GOPPC, profile = 'eu-gdpr') {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const per = {};
  const all = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const errors = [];
  for (const file of Object.keys(labels).sort()) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const cov = statusOf(readFileSync(path, 'utf8'), profile);
    for (const [id, covered] of Object.entries(labels[file])) {
      const c = cov[id];
      if (!c) continue;
      const predictedMissing = c.status === 'missing';
      const actualMissing = covered === false;
      const k = predictedMissing ? (actualMissing ? 'tp' : 'fp') : actualMissing ? 'fn' : 'tn';
      per[id] ??= { tp: 0, fp: 0, fn: 0, tn: 0 };
      per[id][k]++;
      all[k]++;
      if (k === 'fp') errors.push({ file, requirement: id, kind: 'fp' });
      if (k === 'fn') errors.push({ file, requirement: id, kind: 'fn', evidence: c.evidence.map((e) => `${e.range.start.line + 1}: ${e.text}`) });
    }
  }
  const perRequirement = {};
  for (const id of Object.keys(per).sort()) perRequirement[id] = tally(per[id]);
  return { documents: Object.keys(labels).length, perRequirement, overall: tally(all), errors };
}

/** The seeds against expected.json: every `missing` id missing, every `present` id present. */
export function scoreSeeds(dir = SEEDS) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const seeds = {};
  let held = 0;
  let total = 0;
  for (const [file, exp] of Object.entries(expected.seeds)) {
    const cov = statusOf(readFileSync(join(dir, file), 'utf8'));
    const wrong = [];
    const check1 = (ids, want) => {
      for (const id of ids ?? []) {
        total++;
        const got = cov[id]?.status ?? 'absent';
        if (got === want) held++;
        else wrong.push({ requirement: id, expected: want, got, evidence: cov[id]?.evidence?.map((e) => `${e.range.start.line + 1}: ${e.text}`) ?? [] });
      }
    };
    check1(exp.missing, 'missing');
    check1(exp.missing_recommended, 'missing');
    check1(exp.present, 'present');
    seeds[file] = { wrong };
  }
  return { held, total, seeds };
}

/** The floor file's content for a score: every figure rounded down to three places. */
export function floorOf(score) {
  const r = (x) => Math.floor(x * 1000) / 1000;
  const pr = (t) => ({ precision: r(t.precision), recall: r(t.recall) });
  const perRequirement = {};
  for (const [id, t] of Object.entries(score.perRequirement)) perRequirement[id] = pr(t);
  return {
    about: 'Floor for test/src/eval-floor.test.ts: the best figures of `npm run eval` reached so far, rounded down. Raise them (`node scripts/eval.js --write-floor`) when detection improves; never lower them to let a change pass.',
    overall: pr(score.overall),
    perRequirement,
  };
}
