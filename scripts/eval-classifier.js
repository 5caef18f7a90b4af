#!/usr/bin/env node
// Measures the coverage classifier, to choose its thresholds by measurement.
//
//   node scripts/eval-classifier.js --cv [--rows FILE]   cross-validation on our own labelled rows,
//        one whole test file left out at a time (the model trained on the others): per threshold,
//        how often a text whose item is given has a sentence at or above it (found), and how often
//        a text whose item is not given has one (a wrong flag); and how often a given item's
//        evidence scores below a low threshold (a wrong "may not give it").
//   node scripts/eval-classifier.js --dev                on gt200-dev and goppc-dev (measure only,
//        never fitted to): flags on items the cues call missing, useful where the label says
//        given and noise where it says not given; flags on items the cues call present, useful where
//        the label says not given and noise where it says given. Uses the built model.
//   node scripts/eval-classifier.js --replay OLD_CHECKOUT   the rows replayed through an older
//        checkout's cues (built), the model trained without the row's file: useful and noise flags.
//   --train (with --dev): measure a model trained here (with --set) instead of the built one.
//   --rows FILE keeps the extracted rows (running the tests takes a while) and reads them again.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract, examples, merged, trainAll, scoreWith, BITS, STEM } from './lib/coverage-train.js';
import { settingsFrom } from './lib/train-settings.js';
import { SETS } from './eval-lib.js';

const args = process.argv.slice(2);
const rowsAt = args.includes('--rows') ? args[args.indexOf('--rows') + 1] : null;
const settings = settingsFrom(args);
const HIGH = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const LOW = [0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.02];

async function recorded() {
  if (rowsAt && existsSync(rowsAt)) return JSON.parse(readFileSync(rowsAt, 'utf8'));
  const extracted = await extract();
  if (rowsAt) writeFileSync(rowsAt, JSON.stringify(extracted));
  return extracted;
}

async function crossValidate() {
  const exs = await examples(await recorded(), settings);
  const { featureIds } = await import('../server/out/engine/coverage-check.js');
  const strong = exs.filter((e) => e.w === 1);
  console.log(`labelled sentences (strong): ${strong.length}; weak negatives: ${exs.length - strong.length}`);
  const perLang = {};
  for (const e of strong) {
    const k = `${e.lang} ${e.y ? 'given' : 'not'}`;
    perLang[k] = (perLang[k] ?? 0) + 1;
  }
  console.log(JSON.stringify(perLang));
  // (group, requirement) → label and the best score of its sentences.
  const items = [];
  const files = [...new Set(exs.map((e) => e.file))].sort();
  for (const file of files) {
    const models = await trainAll(exs.filter((e) => e.file !== file), settings);
    const byItem = new Map();
    for (const e of strong.filter((x) => x.file === file)) {
      const m = models[e.lang]?.[e.requirement];
      if (!m) continue;
      const k = `${e.group} ${e.requirement}`;
      const it = byItem.get(k) ?? { file, lang: e.lang, requirement: e.requirement, y: e.y, best: 0, worst: 1, text: '' };
      const p = scoreWith(m, featureIds(e.text, BITS, STEM), settings.norm);
      if (p > it.best) [it.best, it.text] = [p, e.text];
      byItem.set(k, it);
    }
    items.push(...byItem.values());
    const given = [...byItem.values()].filter((i) => i.y === 1);
    console.log(`  ${file}: ${given.length} given, ${byItem.size - given.length} not given`);
  }
  const given = items.filter((i) => i.y === 1);
  const not = items.filter((i) => i.y === 0);
  console.log(`\nitems: ${given.length} given or partly given, ${not.length} not given (held out, one test file at a time)`);
  console.log('threshold | given items with a sentence ≥ t (found) | not-given items with one (wrong flag) | flag precision at our base rate');
  for (const t of HIGH) {
    const f = given.filter((i) => i.best >= t).length;
    const w = not.filter((i) => i.best >= t).length;
    console.log(`${t} | ${f}/${given.length} = ${(f / given.length).toFixed(3)} | ${w}/${not.length} = ${(w / not.length).toFixed(3)} | ${(f / Math.max(1, f + w)).toFixed(3)}`);
  }
  console.log('low threshold | given items whose deciding sentence scores below it (a wrong "may not give it")');
  for (const t of LOW) {
    const w = given.filter((i) => i.best < t).length;
    console.log(`${t} | ${w}/${given.length} = ${(w / given.length).toFixed(3)}`);
  }
  if (args.includes('--list')) for (const i of not.filter((x) => x.best >= 0.9)) console.log(`wrong flag ${i.file} ${i.lang} ${i.requirement} ${i.best.toFixed(3)}: ${i.text}`);
}

async function dev() {
  const { parseDocument } = await import('../server/out/engine/document.js');
  const { computeCoverage } = await import('../server/out/engine/coverage.js');
  const { opinions } = await import('../server/out/engine/coverage-check.js');
  // The built model, or (--train) one trained here with the settings given.
  const model = args.includes('--train') ? { bits: BITS, stem: STEM, norm: settings.norm, models: await trainAll(await examples(await recorded(), settings), settings) } : undefined;
  const rows = [];
  let policies = 0;
  for (const [name, { dir, profile }] of Object.entries(SETS)) {
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
    for (const file of Object.keys(labels).sort()) {
      if (!existsSync(join(dir, file))) continue;
      policies++;
      const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
      const coverage = computeCoverage(doc, [profile]);
      for (const o of opinions(doc, coverage, model)) {
        const label = labels[file][o.coverage.requirement];
        if (label === undefined) continue;
        rows.push({ set: name, file, requirement: o.coverage.requirement, status: o.coverage.status, given: label === true, p: o.p, text: o.sentence.text });
      }
    }
  }
  console.log(`dev policies: ${policies}`);
  const missing = rows.filter((r) => r.status === 'missing');
  const present = rows.filter((r) => r.status === 'present');
  console.log(`cues missing: ${missing.length} items (${missing.filter((r) => r.given).length} labelled given); cues present: ${present.length} (${present.filter((r) => !r.given).length} labelled not given)`);
  console.log('\nmissing items: threshold | useful flags (label given) | noise (label not given) | precision | noise per policy');
  for (const t of HIGH) {
    const f = missing.filter((r) => r.p >= t);
    const u = f.filter((r) => r.given).length;
    console.log(`${t} | ${u} | ${f.length - u} | ${(u / Math.max(1, f.length)).toFixed(3)} | ${((f.length - u) / policies).toFixed(3)}`);
  }
  console.log('\npresent items: low threshold | useful flags (label not given) | noise (label given) | precision | noise per policy');
  for (const t of LOW) {
    const f = present.filter((r) => r.p < t);
    const u = f.filter((r) => !r.given).length;
    console.log(`${t} | ${u} | ${f.length - u} | ${(u / Math.max(1, f.length)).toFixed(3)} | ${((f.length - u) / policies).toFixed(3)}`);
  }
  if (args.includes('--list')) {
    for (const r of missing.filter((x) => x.p >= 0.7).sort((a, b) => b.p - a.p)) console.log(`missing ${r.given ? 'USEFUL' : 'noise '} ${r.file} ${r.requirement} ${r.p.toFixed(3)}: ${r.text.slice(0, 160)}`);
    for (const r of present.filter((x) => x.p < (args.includes("--all") ? 2 : 0.25)).sort((a, b) => a.p - b.p)) console.log(`present ${!r.given ? 'USEFUL' : 'noise '} ${r.file} ${r.requirement} ${r.p.toFixed(3)}: ${r.text.slice(0, 160)}`);
  }
}

/**
 * The blind rounds replayed: each test file's texts read by the cues of an older checkout (one
 * from before that round's fixes, when the texts were fresh to the cues), the model trained with
 * that file left out. Where the old cues were wrong, a flag is useful; where they were right, noise.
 */
async function replay(oldRoot) {
  const { parseDocument } = await import('../server/out/engine/document.js');
  const { opinions } = await import('../server/out/engine/coverage-check.js');
  const { check: oldCheck } = await import(join(oldRoot, 'server', 'out', 'engine', 'check.js'));
  const extracted = await recorded();
  const exs = await examples(extracted, settings);
  const out = [];
  for (const { file, records } of extracted) {
    const model = { bits: BITS, stem: STEM, norm: settings.norm, models: await trainAll(exs.filter((e) => e.file !== file), settings) };
    const texts = merged(records);
    let wrong = 0;
    for (const r of texts) {
      const coverage = oldCheck(r.text, { profiles: r.profiles ?? ['eu-gdpr'] }).coverage;
      const doc = parseDocument(r.text);
      for (const o of opinions(doc, coverage, model)) {
        const label = r.asked[o.coverage.requirement];
        if (!label || label === 'not-applicable') continue;
        const cuesWrong = o.coverage.status === 'missing' ? label !== 'missing' : label !== 'present';
        if (cuesWrong) wrong++;
        out.push({ file, requirement: o.coverage.requirement, status: o.coverage.status, label, cuesWrong, p: o.p, text: o.sentence.text, whole: Object.keys(r.asked).length >= 10 ? r.text : null });
      }
    }
    console.log(`  ${file}: ${texts.length} texts, ${wrong} items the old cues got wrong`);
  }
  const missing = out.filter((r) => r.status === 'missing');
  const present = out.filter((r) => r.status === 'present');
  console.log(`old cues missing: ${missing.length} items, ${missing.filter((r) => r.cuesWrong).length} of them given or partly given; present: ${present.length}, ${present.filter((r) => r.cuesWrong).length} of them not given or partly`);
  console.log('\nmissing items: threshold | useful flags (label given / partly) | noise (label missing) | precision | recall of the old misses');
  const misses = missing.filter((r) => r.cuesWrong).length;
  for (const t of HIGH) {
    const f = missing.filter((r) => r.p >= t);
    const u = f.filter((r) => r.cuesWrong);
    console.log(`${t} | ${u.length} (${u.filter((r) => r.label === 'present').length} / ${u.filter((r) => r.label === 'partial').length}) | ${f.length - u.length} | ${(u.length / Math.max(1, f.length)).toFixed(3)} | ${(u.length / Math.max(1, misses)).toFixed(3)}`);
  }
  const wholes = new Set(out.filter((r) => r.whole).map((r) => r.whole)).size;
  console.log(`\nof them on whole policies (a text with a whole expected report): ${wholes} policies, ${missing.filter((r) => r.whole && r.cuesWrong).length} items the old cues missed`);
  console.log('threshold | useful flags | noise | precision | noise per policy');
  for (const t of HIGH) {
    const f = missing.filter((r) => r.whole && r.p >= t);
    const u = f.filter((r) => r.cuesWrong).length;
    console.log(`${t} | ${u} | ${f.length - u} | ${(u / Math.max(1, f.length)).toFixed(3)} | ${((f.length - u) / Math.max(1, wholes)).toFixed(3)}`);
  }
  console.log('\npresent items: low threshold | useful flags (label not present) | noise (label present) | precision');
  for (const t of LOW) {
    const f = present.filter((r) => r.p < t);
    const u = f.filter((r) => r.cuesWrong).length;
    console.log(`${t} | ${u} | ${f.length - u} | ${(u / Math.max(1, f.length)).toFixed(3)}`);
  }
  if (args.includes('--list')) {
    for (const r of missing.filter((x) => x.p >= 0.7).sort((a, b) => b.p - a.p)) console.log(`missing ${r.cuesWrong ? 'USEFUL' : 'noise '} ${r.file} ${r.requirement} ${r.p.toFixed(3)}: ${r.text.slice(0, 140)}`);
    for (const r of present.filter((x) => x.p < 0.2).sort((a, b) => a.p - b.p)) console.log(`present ${r.cuesWrong ? 'USEFUL' : 'noise '} ${r.file} ${r.requirement} ${r.p.toFixed(3)}: ${r.text.slice(0, 140)}`);
  }
}

if (args.includes('--replay')) await replay(args[args.indexOf('--replay') + 1]);
if (args.includes('--cv')) await crossValidate();
if (args.includes('--dev')) await dev();
if (!args.includes('--cv') && !args.includes('--dev') && !args.includes('--replay')) console.log('usage: node scripts/eval-classifier.js --cv [--rows FILE] [--list] | --dev [--list]');

