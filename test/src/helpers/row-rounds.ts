// The held-out row batches of a coverage round (coverage-frames-*-rows.ts), as tests: one shape for
// every round file. A round file gives its batches, its table of known misses and how a row is read:
//
//   roundRows('frames round 9', { 1: BATCH1, 2: BATCH2 }, KNOWN, englishRow);
//
// Each row is a test named `<label>, batch <b>: <the row's fields> on "<body>"`; a row whose body
// is a key of `known` runs as a `todo` with its reason (rowTests); one test holds every known miss
// still wrong, and one that every key of `known` is a row of the batches (a miss whose row was
// reworded or dropped must leave the table too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertRow, coverageOf, coverageReport, englishCoverageOf, rowTests, type Lang, type RowExpectation } from './coverage-lang.js';

/** A row: its fields, the body (the sentence or block read) last. */
type Row = readonly [...unknown[], string];
const bodyOf = (row: Row): string => row[row.length - 1] as string;

/** An English row (coverage-frames-en-rows.ts `FrameRow`): read by `englishCoverageOf`. */
export const englishRow = ([requirement, expected, body]: readonly [string, RowExpectation, string]): void => assertRow(englishCoverageOf(body, requirement), expected);

/** A Dutch, German or French row (`IntlRow`): read by `coverageOf` in its language. */
export const languageRow = ([lang, requirement, expected, body]: readonly [Lang, string, RowExpectation, string]): void => assertRow(coverageOf(lang, body, requirement), expected);

/**
 * One requirement's coverage of a row of any of the four languages (`CrossRow`): an English body is
 * a whole notice ("# …"), a section with its own heading ("## …", read under that heading), or a
 * sentence under a neutral heading; a Dutch, German or French one is read by `coverageOf`.
 */
export function rowCoverage(lang: Lang | 'en', body: string, requirement: string) {
  if (lang !== 'en') return coverageOf(lang, body, requirement);
  if (!body.startsWith('# ')) {
    const [, heading, rest] = /^## (.*)\n\n([\s\S]*)$/.exec(body) ?? [];
    return heading ? englishCoverageOf(rest, requirement, heading) : englishCoverageOf(body, requirement);
  }
  const c = coverageReport(`${body}\n`, undefined, [requirement]).find((x) => x.requirement === requirement);
  if (!c) throw new Error(`no coverage entry for ${requirement}`);
  return c;
}

/** A row of any of the four languages (coverage-frames-cross-rows.ts `CrossRow`): read by `rowCoverage`. */
export const crossRow = ([lang, requirement, expected, body]: readonly [Lang | 'en', string, RowExpectation, string]): void => assertRow(rowCoverage(lang, body, requirement), expected);

/**
 * The tests of a round's batches (`batches`: label → rows, in the order given; integer labels come
 * first, in ascending order, as in any object), with `known` (body → what the checker lacks) as
 * todos, each row read by `run`.
 */
export function roundRows<R extends Row>(label: string, batches: Record<string, readonly R[]>, known: Record<string, string>, run: (row: R) => void): void {
  const all = Object.entries(batches).flatMap(([batch, rows]) => rows.map((row) => ({ batch, row })));
  rowTests(
    all.map(({ batch, row }) => ({ name: `${label}, batch ${batch}: ${row.slice(0, -1).join(' ')} on "${bodyOf(row)}"`, row, why: known[bodyOf(row)] })),
    run,
    `${label}, known misses`,
  );
  test(`${label}: every known miss is a row of the batches`, () => {
    const bodies = new Set(all.map(({ row }) => bodyOf(row)));
    assert.deepEqual(Object.keys(known).filter((body) => !bodies.has(body)), [], 'known misses that are no row');
  });
}
