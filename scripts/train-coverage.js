#!/usr/bin/env node
// Trains the coverage classifier (server/src/engine/coverage-check.ts) on the project's own
// labelled test sentences and whole policies (scripts/lib/coverage-train.js says how they are
// read) and writes server/data/models/coverage.json: per language and requirement a bias and
// hashed feature weights — no text. `--check` trains again and fails if the file differs (the
// same inputs give the same bytes). The model records a digest of what training read (inputsDigest:
// the engine's sources and data, the tests, this script); when the digest is unchanged the check
// answers from it without training (run --check once after training, as the README's workflow
// does, so a model that is not a fixed point of its own tests is caught while its inputs are new).
// Needs a build (npm run build): it runs the compiled tests.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, examples, trainAll, inputsDigest, scoreWith, BITS, STEM, SETTINGS, SKIP } from './lib/coverage-train.js';
import { roundExamples } from './lib/round-examples.js';
import { writerExamples } from './lib/writer-rows.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'server', 'data', 'models', 'coverage.json');

/** The thresholds, chosen by scripts/eval-classifier.js (see docs/coverage-model.md). */
export const FLAG_MISSING = 0.8;
export const FLAG_PRESENT = null;
/**
 * Per requirement, the score from which an item the cues call plainly missing is read as given by
 * the model (coverage-check.ts `raiseMissing`): chosen by scripts/eval-raise.js, leave one round out
 * with the rounds read by the cues from before each was written (docs/coverage-model.md).
 */
// None ships (session 29): the per-requirement τ that eval-raise.js chose (data-categories 0.7,
// data-source 0.93, purposes 0.7, recipients 0.8, right-access 0.8, statutory-contractual 0.8)
// read eight of our own look-alike rows as given ("Tipping the driver is optional." as
// statutory-contractual, "Ask us for a copy of the terms." as right-access) and fixed one false
// alarm in 52 sealed policies (docs/coverage-model.md). Session 30 (eval-raise.js --lookalike 3,
// with and without --robust): with the rows not given as a constraint, no requirement has a τ
// that fixes three held-out false alarms with no new error. Session 31 (eval-raise.js --gates): with a
// structural gate beside the model, right-erasure at 0.5 (raiseRobust, gate near&object) fixed 5 nested
// with no new error and no look-alike row, but read an app-policy fixture's in-app deletion as given;
// data-source with the section gate (7 nested) has no look-alike row under a sources heading to bind it,
// and other-domain probes there were raised. None ships.
// Session 38: trained beside the test sentences and rounds on blind writers' passages as well
// (test/fixtures/writer-rows, scripts/lib/writer-rows.js), one τ for every requirement: the lowest
// of 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95 at which no plainly missing item of gt200-dev and goppc-dev
// (never trained on) is raised wrongly, 0.85; with the model trained on all ten files, per
// requirement: data-source to 0.9 (one goppc-dev item at 0.85), and data-source, right-objection and
// right-restriction to 0.95, where none of our rounds' items (test/fixtures/rounds, eval-floor.json)
// is raised wrongly either (0.9 not tried for the last two). Measured on writers and sealed rounds
// never trained on (docs/coverage-model.md "Raised by a model trained on blind writers' passages").
export const RAISE_TAU = 0.85;
// Session 39: trained on four more writers (o, p, q, r: controller-identity … right-portability and
// right-restriction … security), automated-decision-making and international-transfers to 0.9: at 0.85
// the model read a German denial of transfers ("… findet nicht statt") as automated decisions in two of
// our rounds, and a sentence about GDPR rights as a transfer in a goppc-dev policy — raises to
// `partial` at a sentence not about the item (statuses unchanged, evidence wrong); at 0.9 none is raised.
// Purposes to 0.8: this model scored the sentence that gives an s13-C policy's purposes (raised at 0.85
// by session 38's model) just under 0.85; at 0.8 it is raised again, and nothing of gt200-dev,
// goppc-dev, the seeds or our rounds is raised wrongly (the other requirements not tried at 0.8).
export const RAISE_OVER = { 'automated-decision-making': 0.9, 'data-source': 0.95, 'international-transfers': 0.9, purposes: 0.8, 'right-objection': 0.95, 'right-restriction': 0.95 };
/** Per requirement with a model in some language, its τ: RAISE_OVER's or RAISE_TAU (null: none raised). */
export const RAISE_MISSING = (models) =>
  Object.fromEntries([...new Set(Object.values(models).flatMap((m) => Object.keys(m)))].sort().map((id) => [id, RAISE_OVER[id] ?? RAISE_TAU]));
/** With RAISE_MISSING: a raise is held to its sentence's score without its strongest word (coverage-check.ts raiseRobust; eval-raise.js --robust). */
export const RAISE_ROBUST = false;
/**
 * With RAISE_MISSING: a second reading the best sentence must pass too, one that look-alikes of another
 * domain fail (coverage-check.ts `raiseGate`: "object", "near&object", "object|section"; eval-raise.js
 * --gates). Null: none.
 */
export const RAISE_GATE = null;

const checking = process.argv.includes('--check');
const inputs = inputsDigest();
const had = existsSync(target) ? readFileSync(target, 'utf8') : '';
const recorded = (() => {
  try {
    return JSON.parse(had).inputs;
  } catch {
    return undefined;
  }
})();
if (checking && recorded === inputs && !process.argv.includes('--train')) {
  console.log('coverage model up to date (trained on these inputs: digest unchanged; --check --train trains again)');
  process.exit(0);
}

const started = Date.now();
// The test rows, and the sentences of our own written rounds (test/fixtures/rounds) that their rationale quotes.
const exs = [...(await examples(await extract())), ...(await roundExamples(SETTINGS, SKIP)).examples];
// The blind writers' passages (scripts/lib/writer-rows.js): a first model chooses the sentence of each
// long passage that gives its item; the model that ships is trained with those sentences.
const first = await trainAll([...exs, ...(await writerExamples(SETTINGS, SKIP))]);
const { featureIds } = await import('../server/out/engine/coverage-check.js');
const firstScore = (lang, requirement, text) => {
  const m = first[lang]?.[requirement];
  return m ? scoreWith(m, featureIds(text, BITS, STEM)) : 0;
};
exs.push(...(await writerExamples(SETTINGS, SKIP, firstScore)));
const models = await trainAll(exs);
const count = (lang) => exs.filter((e) => e.lang === lang && e.w === 1).length;
const model = {
  about:
    'Generated by scripts/train-coverage.js. Derived only from the labelled sentences and whole policies ' +
    "of this project's own coverage tests (test/src), its own written rounds (test/fixtures/rounds: " +
    'policies, labels and the rationale quoting each deciding sentence) and its blind writers\' labelled passages (test/fixtures/writer-rows), all written by the project in its own words; no ' +
    'third-party text. Holds no text: hashed word-stem features and their weights only. ' +
    `Logistic regression per language and requirement; ${BITS}-bit hashed stems of ${STEM} letters and stem pairs; ` +
    `settings ${JSON.stringify(SETTINGS)}. ` +
    `Labelled sentences: ${['en', 'nl', 'de', 'fr'].map((l) => `${l} ${count(l)}`).join(', ')}.`,
  bits: BITS,
  stem: STEM,
  norm: SETTINGS.norm,
  flagMissing: FLAG_MISSING,
  flagPresent: FLAG_PRESENT,
  raiseMissing: RAISE_MISSING(models),
  ...(RAISE_ROBUST ? { raiseRobust: true } : {}),
  ...(RAISE_GATE ? { raiseGate: RAISE_GATE } : {}),
  models,
};
/** The model's bytes without the digest of its inputs. */
const weights = (m) => JSON.stringify({ ...m, inputs: undefined });
const out = `${JSON.stringify({ ...model, inputs })}\n`;
if (checking) {
  let same = false;
  try {
    same = weights(JSON.parse(had)) === weights(model);
  } catch {
    same = false;
  }
  if (!same) {
    console.error(`${target} is out of date: run node scripts/train-coverage.js`);
    process.exit(1);
  }
  console.log(recorded === inputs ? 'coverage model up to date (trained again: the same bytes)' : 'coverage model up to date (trained again: the same weights; its inputs changed since, so run node scripts/train-coverage.js to record them and make this check fast)');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out);
  console.log(`wrote ${target} (${out.length} bytes; ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
