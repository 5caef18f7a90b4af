// Reading the seed policies and their expectations from ../shared, and matching findings to
// the pieces of text a reviewer named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../server/out/engine/text.js';
import type { Range } from '../../../server/out/engine/types.js';
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
