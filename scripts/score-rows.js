#!/usr/bin/env node
// Counts the wrong rows of the held-out statement batches (test/src/coverage-frames-en-rows.ts,
// built into test/out) on any built checkout (not a test): for a before/after comparison of the
// statement reader. Each row's body is checked under a neutral section heading of a notice of our
// own, as the test does.
// Usage: node scripts/score-rows.js [checkout, default .] [--batch=1|2|all] [--rows=en|en2] [--list]
// (--rows=en2: the second round's rows, test/src/coverage-frames-en2-rows.ts)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const batch = (args.find((a) => a.startsWith('--batch=')) ?? '--batch=1').slice(8);
const list = args.includes('--list');
const here = resolve(new URL('..', import.meta.url).pathname);
const rowsFile = (args.find((a) => a.startsWith('--rows=')) ?? '--rows=en').slice(7) === 'en2' ? 'coverage-frames-en2-rows.js' : 'coverage-frames-en-rows.js';
const { BATCH1, BATCH2 } = await import(pathToFileURL(resolve(here, 'test/out', rowsFile)).href);
const { check } = await import(pathToFileURL(resolve(root, 'server/out/engine/check.js')).href);
const { RULE_METAS } = await import(pathToFileURL(resolve(root, 'server/out/engine/rules/index.js')).href);
const rules = Object.fromEntries(RULE_METAS.map((m) => [m.id, 'off']));
const rows = batch === '2' ? BATCH2 : batch === 'all' ? [...BATCH1, ...BATCH2] : BATCH1;

const per = new Map();
let wrong = 0;
for (const [requirement, expected, body] of rows) {
  const text = `# Privacy notice of Quillfeather Ltd\n\n## About this notice\n\n${body}\n`;
  const c = check(text, { profiles: ['eu-gdpr'], rules }).coverage.find((x) => x.requirement === requirement);
  const ok = expected === 'notpresent' ? c.status !== 'present' : c.status === expected;
  const p = per.get(requirement) ?? { rows: 0, wrong: 0, gives: 0, givesWrong: 0, looks: 0, looksWrong: 0 };
  p.rows++;
  if (expected === 'notpresent') p.looks++;
  else p.gives++;
  if (!ok) {
    wrong++;
    p.wrong++;
    if (expected === 'notpresent') p.looksWrong++;
    else p.givesWrong++;
    if (list) console.log(`WRONG ${requirement} want ${expected}, got ${c.status}${c.absent ? ` (${c.absent})` : ''}: ${body}\n      evidence: ${c.evidence.map((e) => e.text).join(' | ')}`);
  }
  per.set(requirement, p);
}
console.log(`checkout ${root}, ${rowsFile}, batch ${batch}: ${wrong} of ${rows.length} rows wrong`);
for (const [id, p] of per) console.log(`  ${id.padEnd(28)} ${p.wrong}/${p.rows} wrong (statements ${p.givesWrong}/${p.gives}, look-alikes ${p.looksWrong}/${p.looks})`);
