// Issue 13: every round of held-out rows (test/src/coverage-frames-<name>-rows.ts) in one test file.
// Each rows file that exports its known misses (`KNOWN`) is found here by its name and run as
// `roundRows` runs a round (helpers/row-rounds.ts): a test per row, named `<LABEL>, batch <b>: <the
// row's fields> on "<body>"`, a known miss as a `todo`, and the two tests of the known misses. A rows
// file gives:
//   export const KNOWN: Record<string, string> = { … };  // body → what the checker lacks (may be empty)
//   export const LABEL = 'frames round 18';                // optional; default `frames <name>`
//   export const BATCHES = { a: BATCH_A, … };              // optional; default every exported array of
//                                                           // rows: BATCH_A → a, BATCH1 → 1, KINDS → kinds
// A row of three fields [requirement, expected, body] is English, read under a neutral heading
// (`englishRow`); one of four [lang, requirement, expected, body] is read in its language (`crossRow`:
// an English body may bring its own "## " heading or "# " title).
//
// To add a round: write its rows file with `KNOWN` (and `LABEL`); no test file of its own. A rows
// file made for its own test file (`roundRows(label, batches, KNOWN, read)` there) folds in by moving
// KNOWN (exported) and the label into the rows file and deleting the test file; until then the test
// "every rows file is run" names it. The rounds of the first sessions (en, en2, en3, intl, intl2,
// intl3) are run by coverage-frames-en.test.ts and coverage-frames-intl*.test.ts, with their own names.
//
// One file rather than one per round: the rounds' rows are checked in one process, and the suite
// balances one file's weight (scripts/lib/test-weights.json) instead of thirty small ones. Every row of
// every round is corpus-wide work: this file is in the corpus suite (test/src/corpus, `npm run
// test:corpus`, run by .ci/run), not the unit suite.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RowExpectation, Lang } from '../helpers/coverage-lang.js';
import { ROOT } from '../helpers/paths.js';
import { crossRow, englishRow, roundRows } from '../helpers/row-rounds.js';

type Row = readonly [string, RowExpectation, string] | readonly [Lang | 'en', string, RowExpectation, string];

/** The rows files whose rows another test file runs, with its own test names. */
const RUN_ELSEWHERE: Record<string, string> = {
  en: 'coverage-frames-en.test.ts',
  en2: 'coverage-frames-en.test.ts',
  en3: 'coverage-frames-en.test.ts',
  intl: 'coverage-frames-intl.test.ts',
  intl2: 'coverage-frames-intl2.test.ts',
  intl3: 'coverage-frames-intl3.test.ts',
};

/** Where the compiled rows files are: test/out, beside the unit tests (this file is in test/out/corpus). */
const here = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The compiled rows files with a source in test/src (a compiled file left from a deleted source is not read). */
const names = readdirSync(here)
  .map((f) => /^coverage-frames-(.+)-rows\.js$/.exec(f)?.[1])
  .filter((n): n is string => !!n && existsSync(join(ROOT, 'test', 'src', `coverage-frames-${n}-rows.ts`)))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const isRows = (v: unknown): v is Row[] => Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && typeof r[r.length - 1] === 'string');
/** An export's batch label: BATCH_A → a, BATCH10 → 10, KINDS → kinds, AFTER_B → after b. */
const batchOf = (name: string) => name.replace(/^BATCH_?/, '').toLowerCase().replace(/_/g, ' ');

/** A row read by its shape. Here (not in a helper) so that a CPU profile gives its time to this file. */
const read = (row: Row): void => (row.length === 3 ? englishRow(row) : crossRow(row));

const unrun: string[] = [];
for (const name of names) {
  const mod = (await import(pathToFileURL(join(here, `coverage-frames-${name}-rows.js`)).href)) as Record<string, unknown>;
  if (!mod.KNOWN) {
    if (!RUN_ELSEWHERE[name]) unrun.push(name);
    continue;
  }
  const exported = Object.entries(mod).filter(([, v]) => isRows(v));
  // BATCH… first, then the others (KINDS, AFTER_B …) by name; integer labels run first in any case.
  const ordered = [...exported.filter(([k]) => k.startsWith('BATCH')), ...exported.filter(([k]) => !k.startsWith('BATCH'))];
  const batches = (mod.BATCHES as Record<string, Row[]> | undefined) ?? Object.fromEntries(ordered.map(([k, v]) => [batchOf(k), v as Row[]]));
  roundRows((mod.LABEL as string | undefined) ?? `frames ${name}`, batches, mod.KNOWN as Record<string, string>, read);
}

test('every rows file is run: each exports KNOWN (its known misses) or is run by its own older test file', () => {
  assert.ok(names.length >= 25, `${names.length} rows files found`);
  assert.deepEqual(
    unrun.map((n) => `coverage-frames-${n}-rows.ts exports no KNOWN: move its KNOWN table (and the roundRows label, as LABEL) from coverage-frames-${n}.test.ts into it, exported, and delete that test file's roundRows call`),
    [],
  );
});
