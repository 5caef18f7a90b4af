#!/usr/bin/env node
// Which runs of N words our repository shares with the corpora in ../shared (seeds, labelled
// sets): per folder and per file, with counts, runs that the law notes in ../shared/law also hold
// (statutory wording) counted apart.
//
//   node scripts/own-words.js [--n 7] [--shared ../shared] [--passages] [--law] [--json] [PART...]
//
// PART: repository folders or files to read (default: every part of REPO_PARTS in
// scripts/lib/own-words.js). --passages prints each shared passage (the text to reword) under
// its file; --law prints the statutory ones too. Exits 0 (a report, not a gate: the gate is
// test/src/slow/own-words.test.ts).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, REPO_PARTS } from './lib/own-words.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let n = 7;
let shared = join(root, '..', 'shared');
let passages = false;
let showLaw = false;
let json = false;
const parts = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--n') n = Number(args[++i]);
  else if (a.startsWith('--n=')) n = Number(a.slice(4));
  else if (a === '--shared') shared = resolve(args[++i] ?? '');
  else if (a === '--passages') passages = true;
  else if (a === '--law') showLaw = true;
  else if (a === '--json') json = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: node scripts/own-words.js [--n 7] [--shared DIR] [--passages] [--law] [--json] [PART...]');
    process.exit(0);
  } else if (a.startsWith('-')) {
    console.error(`own-words: unknown option ${a}`);
    process.exit(2);
  } else parts.push(a.replace(/\/+$/, ''));
}
if (!Number.isInteger(n) || n < 2 || n > 50) {
  console.error('own-words: --n takes a whole number from 2 to 50');
  process.exit(2);
}
if (!existsSync(join(shared, 'seeds')) && !existsSync(join(shared, 'eval'))) {
  console.error(`own-words: no corpora at ${shared} (seeds/, eval/): nothing to compare`);
  process.exit(2);
}
for (const p of parts)
  if (!existsSync(join(root, p))) {
    console.error(`own-words: ${p}: no such file or folder in the repository`);
    process.exit(2);
  }

const result = compare(root, shared, n, parts.length ? parts : REPO_PARTS);
if (json) {
  console.log(JSON.stringify(result, null, 1));
  process.exit(0);
}

const byFolder = new Map();
for (const f of result.files) {
  const t = byFolder.get(f.folder) ?? { runs: 0, statutory: 0, files: 0 };
  t.runs += f.runs;
  t.statutory += f.statutory;
  if (f.runs) t.files++;
  byFolder.set(f.folder, t);
}
const total = { runs: 0, statutory: 0, files: 0 };
console.log(`Runs of ${n} words shared with ${shared} (seeds, eval); statutory = also in law/`);
console.log(`${'folder'.padEnd(24)} ${'runs'.padStart(6)} ${'files'.padStart(6)} ${'statutory'.padStart(10)}`);
for (const [folder, t] of [...byFolder].sort()) {
  console.log(`${folder.padEnd(24)} ${String(t.runs).padStart(6)} ${String(t.files).padStart(6)} ${String(t.statutory).padStart(10)}`);
  total.runs += t.runs;
  total.statutory += t.statutory;
  total.files += t.files;
}
console.log(`${'total'.padEnd(24)} ${String(total.runs).padStart(6)} ${String(total.files).padStart(6)} ${String(total.statutory).padStart(10)}`);
console.log('');
for (const f of result.files) {
  if (!f.runs && !showLaw) continue;
  console.log(`${f.file}: ${f.runs} runs${f.statutory ? `, ${f.statutory} statutory` : ''}`);
  if (passages)
    for (const p of f.passages)
      if (p.runs || showLaw) console.log(`  ${f.file}:${p.line}${p.statutory ? ' (statutory)' : ''} ${p.text}`);
}
