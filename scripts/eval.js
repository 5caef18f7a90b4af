#!/usr/bin/env node
// Measures required-info's missing-item detection on the labelled sets in ../shared/eval
// (gt200-dev, goppc-dev; or $POLICYWRIGHT_SHARED) and on the seeds (expected.json): precision and
// recall of "not given" (missing or partial), and the share of policies whose whole coverage
// report is right, overall and per requirement.
//   npm run eval [-- --json] [-- --errors] [-- --set gt200-dev] [-- --write-floor]
//   (--write-floor: store the figures in test/eval-floor.json)
//   npm run eval -- --dir PATH [--profile eu-gdpr] [--errors]
//   (any folder of policies with a labels.json of the same shape, e.g. a held-out round of our own)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAll, scoreSet, hasShared, floorOf, SHARED, ROOT } from './eval-lib.js';

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const dir = valueOf('--dir');
if (!dir && !hasShared()) {
  console.error(`No evaluation data at ${SHARED} (set POLICYWRIGHT_SHARED).`);
  process.exit(2);
}
const only = valueOf('--set');
const scores = dir ? { sets: { [dir]: scoreSet({ dir, profile: valueOf('--profile') ?? 'eu-gdpr' }) }, seeds: null } : scoreAll();
if (dir && args.includes('--write-floor')) {
  console.error('--write-floor measures the labelled sets, not a folder given with --dir.');
  process.exit(2);
}
if (args.includes('--write-floor')) writeFileSync(join(ROOT, 'test', 'eval-floor.json'), JSON.stringify(floorOf(scores), null, 1) + '\n');

if (args.includes('--json')) {
  const strip = ({ errors, ...figures }) => (args.includes('--errors') ? { ...figures, errors } : figures);
  const sets = Object.fromEntries(Object.entries(scores.sets).map(([k, v]) => [k, strip(v)]));
  console.log(JSON.stringify({ sets, seeds: scores.seeds }, null, 2));
  process.exit(0);
}

const pct = (x) => x.toFixed(3);
const row = (id, t) => `${id.padEnd(28)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)}  ${pct(t.precision)}  ${pct(t.recall)}`;
for (const [name, s] of Object.entries(scores.sets)) {
  if (only && only !== name) continue;
  console.log(`${name} (${s.documents} policies), positive = item not given (missing or partial)`);
  console.log(`${'requirement'.padEnd(28)}   tp   fp   fn   tn  precis  recall`);
  for (const [id, t] of Object.entries(s.perRequirement)) console.log(row(id, t));
  console.log(row('OVERALL', s.overall));
  console.log(`policies whose whole report is right: ${pct(s.wholeRight)}\n`);
  if (args.includes('--errors')) {
    for (const e of s.errors) {
      console.log(`${e.kind} ${e.file} ${e.requirement} (${e.status}${e.absent ? `; absent: ${e.absent.join(', ')}` : ''})`);
      for (const ev of e.evidence ?? []) console.log(`     ${ev.slice(0, 240)}`);
    }
    console.log('');
  }
}
const sd = scores.seeds;
if (!sd) process.exit(0);
console.log(`Seeds: ${sd.held}/${sd.total} expectations hold; precision ${pct(sd.overall.precision)}, recall ${pct(sd.overall.recall)} of "not given"; seeds whose whole report is right: ${pct(sd.wholeRight)}`);
for (const [file, s] of Object.entries(sd.seeds)) {
  for (const w of s.wrong) {
    console.log(`  ${file} ${w.requirement}: expected ${w.expected}, got ${w.got}${w.absent ? ` (absent: ${w.absent.join(', ')})` : ''}`);
    for (const ev of w.evidence) console.log(`     ${ev.slice(0, 200)}`);
  }
}
