// A Dutch, German or French policy around a sentence, and its coverage: for the coverage tests
// in those languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendFileSync } from 'node:fs';
import { check } from '../../../server/out/engine/check.js';
import { RULE_METAS } from '../../../server/out/engine/rules/index.js';
import type { Coverage } from '../../../server/out/engine/types.js';

export type Lang = 'nl' | 'de' | 'fr';

export const TITLE: Record<Lang, string> = {
  nl: 'Privacyverklaring van Kwikstaart B.V.',
  de: 'Datenschutzerklärung der Kiebitzwerk GmbH',
  fr: 'Politique de confidentialité de Martinet SAS',
};
export const SECTION: Record<Lang, string> = { nl: 'Over deze verklaring', de: 'Zu diesem Text', fr: 'À propos de ce document' };

const RULES_OFF = Object.fromEntries(RULE_METAS.map((m) => [m.id, 'off' as const]));

/**
 * `check(text, { profiles }).coverage`, with every rule off: the coverage tests read the report
 * alone, and running every rule was three quarters of their time. (coverage-languages.test.ts
 * holds the two equal.) `only`: the requirements the caller reads; the report holds only theirs
 * (`coverageOnly`: the same entries, read with only what they need; a whole check reads every
 * requirement, most of a row's time). While recording (below) every report is whole, as training
 * reads it. (coverage-only.test.ts holds the entries of both ways equal on a sample of the rows.)
 */
export function coverageReport(text: string, profiles = ['eu-gdpr'], only?: string[]): Coverage[] {
  const report = check(text, { profiles, rules: RULES_OFF, ...(only && !RECORD ? { coverageOnly: only } : {}) }).coverage;
  if (RECORD) reports.set(report, { text, profiles });
  return report;
}

// ---- recording the labelled rows, for scripts/train-coverage.js ------------------------------
// With POLICYWRIGHT_RECORD_COVERAGE set to a file, every text a test holds to an expectation is
// appended to it (one JSON line): the text, the requirements the test asks about, and the whole
// report. The tests pass, so the recorded status of an asked requirement is the one the test holds
// the checker to; a whole report held by assertReport is recorded with the test's own expectation.
const RECORD = process.env.POLICYWRIGHT_RECORD_COVERAGE;
const reports = new WeakMap<Coverage[], { text: string; profiles: string[] }>();
/** Set while known misses are checked again: a row the checker gets wrong is no label to learn from. */
let unrecorded = false;
// An item the model raised (`by: "model"`) is recorded as the cues read it, plainly missing, both its
// entry and a status a row records as its label: training reads the cues' reports only, so a model
// never learns from its own raises, and the same inputs give the same bytes whatever model the build holds.
const cueStatus = (c: Coverage): string => (c.by === 'model' ? 'missing' : c.status);
const short = (c: Coverage) =>
  c.by === 'model'
    ? { status: 'missing', evidence: [] }
    : {
        status: c.status,
        evidence: c.evidence.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character]),
      };
function record(source: { text: string; profiles: string[] } | undefined, report: Coverage[], asked: Record<string, string>): void {
  if (!RECORD || !source || unrecorded) return;
  const all = Object.fromEntries(report.map((c) => [c.requirement, short(c)]));
  appendFileSync(RECORD, `${JSON.stringify({ ...source, asked, report: all })}\n`);
}

/** The whole report of a policy in the language (front matter and title added). */
export function reportOf(lang: Lang, body: string): Coverage[] {
  return coverageReport(policyText(lang, body));
}

/** A policy in the language around a body; a body that begins with its own "# " title stands as the whole document. */
export const policyText = (lang: Lang, body: string) => `---\npolicy:\n  language: ${lang}\n---\n${body.startsWith('# ') ? '' : `# ${TITLE[lang]}\n\n`}${body}\n`;

/**
 * The policy a Dutch, German or French row is read in (`coverageOf`; scripts/score-rows.js too): the
 * body under a neutral section heading, or under `heading`; a body that begins with its own "## "
 * heading or "# " title stands as it is.
 */
export const rowText = (lang: Lang, body: string, heading = SECTION[lang]) => policyText(lang, body.startsWith('## ') || body.startsWith('# ') ? body : `## ${heading}\n\n${body}`);

/** One requirement's coverage of an English body under a section heading, in a notice of our own. */
/** An English body under a section heading, in a notice of our own (the text `englishCoverageOf` reads; scripts/score-rows.js too). */
export const englishText = (body: string, heading = 'About this notice') => `# Privacy notice of Quillfeather Ltd\n\n## ${heading}\n\n${body}\n`;

export function englishCoverageOf(body: string, requirement: string, heading = 'About this notice'): Coverage {
  const report = coverageReport(englishText(body, heading), undefined, [requirement]);
  const c = report.find((x) => x.requirement === requirement);
  assert.ok(c, `no coverage entry for ${requirement}`);
  record(reports.get(report), report, { [requirement]: cueStatus(c) });
  return c;
}

/**
 * One requirement's coverage of a body under a neutral section heading, or under `heading`; a body
 * that begins with its own "## " heading stands as it is.
 */
export function coverageOf(lang: Lang, body: string, requirement: string, heading = SECTION[lang]): Coverage {
  const report = coverageReport(rowText(lang, body, heading), undefined, [requirement]);
  const c = report.find((x) => x.requirement === requirement);
  assert.ok(c, `no coverage entry for ${requirement}`);
  record(reports.get(report), report, { [requirement]: cueStatus(c) });
  return c;
}

/**
 * Review rows read one at a time as a bare English notice ("# Privacy notice", then the row's text):
 * [requirement, whether the text gives it, text]. Returns the rows read otherwise, for one assertion.
 */
export function wrongReviewRows(rows: [id: string, gives: boolean, text: string][]): string[] {
  const wrong: string[] = [];
  for (const [id, gives, text] of rows) {
    const c = coverageReport(`# Privacy notice\n\n${text}\n`, ['eu-gdpr'], [id]).find((x) => x.requirement === id);
    if ((c?.status === 'present') !== gives) wrong.push(`${id} ${c?.status}: ${text}`);
  }
  return wrong;
}

export const show = (c: Coverage) => `${c.status}${c.absent ? ` (absent: ${c.absent.join(', ')})` : ''}: ${c.evidence.map((e) => e.text).join(' | ')}`;

/**
 * A language's test corpus, per requirement. gives: each text gives the item whole; partly: only
 * in part, with the absent element; never: a keyword without its meaning, another topic, or a
 * heading alone — the item stays missing.
 */
export interface Corpus {
  gives: Record<string, string[]>;
  partly: Record<string, [string, string][]>;
  never: Record<string, string[]>;
}

/** A sentence row's expectation: `notpresent` is missing or partial; otherwise the status itself. */
/** `notpresent`: partial or missing; `missing`: nothing of the item (not even partial). */
export type RowExpectation = 'present' | 'partial' | 'missing' | 'notpresent';

/** Holds a coverage entry to a row's expectation, showing what the checker said. */
export function assertRow(c: Coverage, expected: RowExpectation): void {
  if (expected === 'notpresent') assert.notEqual(c.status, 'present', show(c));
  else assert.equal(c.status, expected, show(c));
}

/** A case of a kinds test: the language, the requirement, what is expected and the text. */
export type Case<L extends string = Lang> = [lang: L, requirement: string, expected: RowExpectation, body: string];

/** Every case read by `read` and held to its expectation; the wrong ones listed together in one failure. */
export function holdsAll<L extends string>(cases: Case<L>[], read: (lang: L, body: string, requirement: string) => Coverage): void {
  const wrong: string[] = [];
  for (const [lang, requirement, expected, body] of cases) {
    try {
      assertRow(read(lang, body, requirement), expected);
    } catch (e) {
      wrong.push(`${lang} ${requirement} want ${expected} on "${body}": ${(e as Error).message.split('\n')[0]}`);
    }
  }
  assert.deepEqual(wrong, []);
}

/** Dutch, German and French cases, each read by `coverageOf` in its language: every one held, the wrong ones listed together. */
export const holds = (cases: Case[]): void => holdsAll(cases, coverageOf);

/**
 * A whole report against its expectation (requirement id → 'present', 'missing' or
 * 'partial: <absent elements>'): the wrong lines, and every id on both sides. `source`: the policy
 * and its profiles, when the report did not come from `coverageReport` (for recording only).
 */
export function assertReport(report: Coverage[], expected: Record<string, string>, source = reports.get(report)): void {
  const got = Object.fromEntries(report.map((c) => [c.requirement, c.status === 'partial' ? `partial: ${c.absent!.join(', ')}` : c.status]));
  const wrong = report.filter((c) => got[c.requirement] !== expected[c.requirement]).map((c) => `${c.requirement}: want ${expected[c.requirement]}, got ${show(c)}`);
  assert.deepEqual(wrong, []);
  assert.deepEqual(Object.keys(got).sort(), Object.keys(expected).sort());
  record(source, report, Object.fromEntries(Object.entries(expected).map(([id, e]) => [id, e.split(':')[0]])));
}

/**
 * The tests of a batch of held-out rows: each row a test; a row listed in `known` (with what it
 * lacks) runs as a `todo`, reported but not failing. The runner does not report a todo that starts
 * to pass, so one more test holds every known miss still wrong: a fixed row must leave the list.
 */
export function rowTests<R>(rows: { name: string; row: R; why?: string }[], run: (row: R) => void, what = 'known misses'): void {
  // What each known miss's own (todo) test found, right or wrong: the test of them all reads it
  // rather than reading the row again (a known miss whose test did not run, as under
  // --test-name-pattern, is read there).
  const found = new Map<R, boolean>();
  const todo = (row: R) => () => {
    found.set(row, false);
    run(row);
    found.set(row, true);
  };
  for (const { name, row, why } of rows) test(name, why ? { todo: why } : {}, why ? todo(row) : () => run(row));
  const known = rows.filter((r) => r.why);
  test(`${what}: each of the ${known.length} is still wrong (a fixed one leaves the list)`, () => {
    unrecorded = true;
    try {
      const right = known.filter(({ row }) => {
        const seen = found.get(row);
        if (seen !== undefined) return seen;
        try {
          run(row);
          return true;
        } catch {
          return false;
        }
      });
      assert.deepEqual(right.map((r) => r.name), []);
    } finally {
      unrecorded = false;
    }
  });
}
