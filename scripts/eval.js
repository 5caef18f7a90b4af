#!/usr/bin/env node
// Measures required-info's missing-item detection: precision and recall on the GoPPC development
// split (../shared/eval/goppc-dev, or $POLICYWRIGHT_SHARED), and the seeds against expected.json.
//   npm run eval [-- --json] [-- --errors] [-- --write-floor]   (--write-floor: store the figures in test/eval-floor.json)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreGoppc, scoreSeeds, hasShared, floorOf, SHARED, ROOT } from './eval-lib.js';

const args = process.argv.slice(2);
if (!hasShared()) {
  console.error(`No evaluation data at ${SHARED} (set POLICYWRIGHT_SHARED).`);
  process.exit(2);
}
const goppc = scoreGoppc();
const seeds = scoreSeeds();
if (args.includes('--write-floor')) writeFileSync(join(ROOT, 'test', 'eval-floor.json'), JSON.stringify(floorOf(goppc), null, 1) + '\n');

if (args.includes('--json')) {
  const { errors, ...figures } = goppc;
  console.log(JSON.stringify({ goppc: args.includes('--errors') ? goppc : figures, seeds }, null, 2));
  process.exit(0);
}

const pct = (x) => x.toFixed(3);
const row = (id, t) => `${id.padEnd(28)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)}  ${pct(t.precision)}  ${pct(t.recall)}`;
console.log(`GoPPC dev (${goppc.documents} policies), positive = item not covered`);
console.log(`${'requirement'.padEnd(28)}   tp   fp   fn   tn  precis  recall`);
for (const [id, t] of Object.entries(goppc.perRequirement)) console.log(row(id, t));
console.log(row('OVERALL', goppc.overall));
if (args.includes('--errors')) {
  for (const e of goppc.errors) {
    console.log(`${e.kind} ${e.file} ${e.requirement}`);
    for (const ev of e.evidence ?? []) console.log(`     ${ev.slice(0, 200)}`);
  }
}
console.log(`\nSeeds: ${seeds.held}/${seeds.total} expectations hold`);
for (const [file, s] of Object.entries(seeds.seeds)) {
  for (const w of s.wrong) {
    console.log(`  ${file} ${w.requirement}: expected ${w.expected}, got ${w.got}`);
    for (const ev of w.evidence) console.log(`     ${ev.slice(0, 200)}`);
  }
}
