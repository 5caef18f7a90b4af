#!/usr/bin/env node
// Draws a fixed-seed sample of items that required-info reports present or partial on a labelled
// set, with the deciding sentence (the first evidence), for a reviewer to read: is the sentence
// about the item? The same seed draws the same items from the same results.
//   node scripts/evidence-sample.js [--set gt200-dev] [--n 40] [--seed 6]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SETS, hasShared, statusOf, SHARED } from './eval-lib.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const set = opt('--set', 'gt200-dev');
const n = Number(opt('--n', '40'));
const seed = Number(opt('--seed', '6'));
if (!hasShared() || !SETS[set]) {
  console.error(SETS[set] ? `No evaluation data at ${SHARED} (set POLICYWRIGHT_SHARED).` : `Unknown set ${set}; one of ${Object.keys(SETS).join(', ')}.`);
  process.exit(2);
}
if (!Number.isInteger(n) || n < 1 || !Number.isFinite(seed)) {
  console.error('--n takes a whole number above 0 and --seed a number.');
  process.exit(2);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function generator(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { dir, profile } = SETS[set];
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const items = [];
for (const file of Object.keys(labels).sort()) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const cov = statusOf(readFileSync(path, 'utf8'), profile);
  for (const id of Object.keys(labels[file]).sort()) {
    const c = cov[id];
    if (!c || (c.status !== 'present' && c.status !== 'partial') || !c.evidence.length) continue;
    const e = c.evidence[0];
    items.push({ file, id, status: c.status, absent: c.absent, line: e.range.start.line + 1, text: e.text });
  }
}
const random = generator(seed);
for (let i = items.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [items[i], items[j]] = [items[j], items[i]];
}
console.log(`${set}: ${items.length} items reported present or partial with evidence; ${Math.min(n, items.length)} drawn with seed ${seed}`);
items.slice(0, n).forEach((it, k) => {
  console.log(`${String(k + 1).padStart(2)}. ${it.file} ${it.id} (${it.status}${it.absent ? `; absent: ${it.absent.join(', ')}` : ''}) line ${it.line}`);
  console.log(`    ${it.text.slice(0, 300)}`);
});
