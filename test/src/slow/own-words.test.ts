// Slow (it reads every seed and every policy of the labelled sets into a set of 12-word runs):
// run by `npm run test:slow` and .ci/run. Our clauses and examples are written in our own words:
// none shares a run of 12 words with the seeds or the eval corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, SKIP_NO_SHARED } from '../helpers/paths.js';

test('clauses and examples share no run of 12 words with the seeds or the eval corpus', { skip: SKIP_NO_SHARED }, () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(md|txt)$/.test(f) ? [p] : [];
    });
  const words = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const N = 12;
  const theirs = new Set<string>();
  for (const f of [...files(join(SHARED, 'seeds')), ...files(join(SHARED, 'eval'))].filter((f) => !/README/.test(f))) {
    const w = words(readFileSync(f, 'utf8'));
    for (let i = 0; i + N <= w.length; i++) theirs.add(w.slice(i, i + N).join(' '));
  }
  const shared: string[] = [];
  for (const f of [...files(join(ROOT, 'clauses')), ...files(join(ROOT, 'examples'))]) {
    const w = words(readFileSync(f, 'utf8'));
    for (let i = 0; i + N <= w.length; i++) if (theirs.has(w.slice(i, i + N).join(' '))) shared.push(`${f}: ${w.slice(i, i + N).join(' ')}`);
  }
  assert.deepEqual(shared, []);
});
