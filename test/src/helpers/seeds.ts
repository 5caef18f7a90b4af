// Reading the seed policies and their expectations from ../shared, and matching findings to
// the pieces of text a reviewer named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../server/out/engine/text.js';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import type { CheckResult, Diagnostic, Range } from '../../../server/out/engine/types.js';
import { SHARED, HAS_SHARED } from './paths.js';

export interface SeedFinding {
  rule: string;
  text: string;
  occurrences?: number;
  note?: string;
}

export interface SeedExpectation {
  organisation: string;
  language: string;
  findings: SeedFinding[];
  missing: string[];
  missing_recommended?: string[];
  present: string[];
  debatable?: string[];
  must_not: SeedFinding[];
  /** Requirement → the element a reviewer found absent (in words): the item is partly given. */
  partial?: Record<string, string>;
}

export function loadSeeds(): { file: string; text: string; expected: SeedExpectation }[] {
  if (!HAS_SHARED) return [];
  const all = JSON.parse(readFileSync(join(SHARED, 'seeds', 'expected.json'), 'utf8')) as { seeds: Record<string, SeedExpectation> };
  return Object.entries(all.seeds).map(([file, expected]) => ({ file, text: readFileSync(join(SHARED, 'seeds', file), 'utf8'), expected }));
}

/** Ranges of every occurrence of a phrase, white space matched loosely (the seeds hard-wrap). */
export function occurrences(text: string, phrase: string): Range[] {
  const lines = new LineIndex(text);
  const re = new RegExp(phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const out: Range[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(lines.range({ start: m.index, end: m.index + m[0].length }));
  return out;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Do two ranges share at least one character (or does an empty one sit inside the other)? */
export function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start) && !(sameAs(a.end, b.start) && !sameAs(a.start, a.end)) && !(sameAs(b.end, a.start) && !sameAs(b.start, b.end));
}

function sameAs(a: Range['start'], b: Range['start']) {
  return a.line === b.line && a.character === b.character;
}

/** The seeds as a list (alias of loadSeeds, for rule tests). */
export const seeds = loadSeeds;

const checked = new Map<string, CheckResult>();
/**
 * check() of a seed with the default configuration, once per process: the seed tests of every rule
 * read the same result (a seed's first check costs seconds; later ones would only re-read the
 * engine's memos).
 */
export function seedCheck(seed: { file: string; text: string }): CheckResult {
  let r = checked.get(seed.file);
  if (!r) checked.set(seed.file, (r = check(seed.text)));
  return r;
}

/** Does a finding's range touch an occurrence of the text (hard wraps allowed)? */
export function touchesText(text: string, d: Pick<Diagnostic, 'range'>, needle: string): boolean {
  return occurrences(text, needle).some((o) => touches(d.range, o));
}

/**
 * For one rule over every seed: each expected finding of the rule is reported with a range that
 * touches its text, and nothing the rule reports touches a must_not text of the rule.
 * Returns the findings per seed, for the test's log.
 */
export function assertSeedsForRule(rule: string): string[] {
  const log: string[] = [];
  for (const seed of loadSeeds()) {
    const found = seedCheck(seed).diagnostics.filter((d) => d.rule === rule);
    log.push(`${seed.file}: ${found.length} ${rule}`);
    for (const d of found) log.push(`  line ${d.range.start.line + 1}: ${d.message.slice(0, 160)}`);
    for (const f of seed.expected.findings.filter((x) => x.rule === rule)) {
      assert.ok(found.some((d) => touchesText(seed.text, d, f.text)), `${seed.file}: expected a ${rule} finding on "${f.text}"; found:\n${log.join('\n')}`);
    }
    for (const f of seed.expected.must_not.filter((x) => x.rule === rule)) {
      const bad = found.filter((d) => touchesText(seed.text, d, f.text));
      assert.deepEqual(bad.map((d) => d.message), [], `${seed.file}: ${rule} must not fire on "${f.text}"`);
    }
  }
  return log;
}
