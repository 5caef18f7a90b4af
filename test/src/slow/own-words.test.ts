// Slow (it reads every seed and every policy of the labelled sets into a set of 7-word runs, and
// every text of the repository): run by `npm run test:slow` and .ci/run. Our clauses, examples,
// test sentences and fixtures, docs and code comments are written in our own words: none shares a
// run of 7 words with the seeds or the labelled sets, unless the law notes in ../shared/law hold
// the run too (statutory wording: a law's title, a right as the law names it), read here at test
// time. The reading is scripts/lib/own-words.js's, as in `node scripts/own-words.js`, which lists
// the runs with their places (server/data's cue lists are left out: see GATED_PARTS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, corpusSets, GATED_PARTS, type CorpusSets } from '../../../scripts/lib/own-words.js';
import { ROOT, SHARED, SKIP_NO_SHARED } from '../helpers/paths.js';

const N = 7;
let read: CorpusSets | undefined;
const sets = (): CorpusSets => (read ??= corpusSets(SHARED, N));

test(`repository texts share no run of ${N} words with the seeds or the eval corpus (statutory wording aside)`, { skip: SKIP_NO_SHARED }, (t) => {
  if (!existsSync(join(SHARED, 'law'))) t.diagnostic(`no ${join(SHARED, 'law')}: no run is exempted as statutory wording`);
  const { files } = compare(ROOT, SHARED, N, GATED_PARTS, sets());
  const shared = files.flatMap((f) => f.passages.filter((p) => p.runs > 0).map((p) => `${f.file}:${p.line}: ${p.text}`));
  const statutory = files.reduce((s, f) => s + f.statutory, 0);
  t.diagnostic(`${statutory} statutory run(s) of ${N} words kept (also in ${join(SHARED, 'law')})`);
  assert.deepEqual(shared, [], `reword these in our own words (node scripts/own-words.js --passages lists them):\n${shared.join('\n')}`);
});

// Files made here from the corpora's own words, in a temporary folder, never in the repository.
test('the reading finds a run shared with a seed, in text and in a string literal, and exempts a run the law holds', { skip: SKIP_NO_SHARED }, (t) => {
  const seeds = readdirSync(join(SHARED, 'seeds')).filter((f) => /\.txt$/.test(f));
  assert.ok(seeds.length > 0, 'no seed text to take a run from');
  const words = readFileSync(join(SHARED, 'seeds', seeds[0]!), 'utf8').match(/[\p{L}\p{N}]+/gu) ?? [];
  const run = words.slice(100, 100 + N);
  const dir = mkdtempSync(join(tmpdir(), 'own-words-'));
  try {
    writeFileSync(join(dir, 'a.md'), `Qzxv ${run.join(' ')} qzxv.\n`);
    // One literal holds the run; the words one to a literal make none (code between is no text).
    writeFileSync(join(dir, 'b.ts'), `const parts = [${run.map((w) => `'${w}'`).join(', ')}];\nconst whole = 'x\\n${run.join(' ')}\\n';\n`);
    writeFileSync(join(dir, 'c.ts'), `const parts = [${run.map((w) => `'${w}'`).join(', ')}];\n`);
    const { files } = compare(dir, SHARED, N, ['a.md', 'b.ts', 'c.ts'], sets());
    assert.deepEqual(
      files.map((f) => [f.file, f.runs + f.statutory]),
      [['a.md', 1], ['b.ts', 1]],
    );
    // A run the law notes share with the corpora counts as statutory, not as shared.
    const { theirs, law } = sets();
    const both = [...law].find((r) => theirs.has(r));
    if (!both) {
      t.diagnostic('the law notes share no run with the corpora: the exemption is not exercised');
      return;
    }
    writeFileSync(join(dir, 'd.md'), `Qzxv ${both} qzxv.\n`);
    assert.deepEqual(compare(dir, SHARED, N, ['d.md'], sets()).files.map((f) => [f.runs, f.statutory]), [[0, 1]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
