// Cues from the data files become regular expressions here, once: a phrase matches
// case-insensitively on word boundaries with any white space between its words; a cue written
// between slashes is a regular expression. Rules search a block's folded text with them.
import type { Cue } from './datatypes.js';
import type { Block, PolicyDocument } from './document.js';
import { LANGUAGES } from './data.js';

const WORD = '[\\p{L}\\p{N}_]';
const cache = new Map<string, RegExp>();

/** The source of one cue as a regular expression (without flags). */
export function cueSource(cue: Cue): string {
  const m = /^\/(.+)\/$/s.exec(cue);
  if (m) return m[1];
  const body = cue
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
  const open = new RegExp(`^${WORD}`, 'u').test(cue.trim()) ? `(?<!${WORD})` : '';
  const close = new RegExp(`${WORD}$`, 'u').test(cue.trim()) ? `(?!${WORD})` : '';
  return `${open}${body}${close}`;
}

/** The cues as one alternation (for building larger expressions); never matches when empty. */
export function alternation(cues: readonly Cue[]): string {
  return cues.length ? cues.map((c) => `(?:${cueSource(c)})`).join('|') : '(?!)';
}

/** One regular expression (global, case-insensitive, Unicode) matching any of the cues. */
export function cuesRegExp(cues: readonly Cue[]): RegExp {
  const key = cues.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(alternation(cues), 'giu');
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every match of the cues in a text (non-overlapping, left to right). */
export function matchAll(text: string, cues: readonly Cue[] | RegExp): RegExpExecArray[] {
  const re = cues instanceof RegExp ? (cues.global ? cues : new RegExp(cues.source, cues.flags + 'g')) : cuesRegExp(cues);
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

export function hasCue(text: string, cues: readonly Cue[]): boolean {
  return cues.length > 0 && cuesRegExp(cues).test(text);
}

const BOUNDARY = /(?<=\p{Ll}{2}[.!?]["'”’)]?)\s+(?=[\p{Lu}\p{N}"“‘(•])/gu;
const boundaries = new WeakMap<Block, { starts: number[]; ends: number[] }>();

/**
 * The sentence around a position in a block's folded text. A full stop ends a sentence only
 * after a lower-case word, so "St. Albans", "Inc. 520" and "Herts. EN8" do not split an address.
 * Sentence starts are computed once per block. A sentence reaches at most `maxReach` characters
 * either side of the position.
 */
export function sentenceAt(block: Block, index: number, maxReach = 400): { start: number; end: number } {
  let known = boundaries.get(block);
  if (!known) {
    known = { starts: [0], ends: [] };
    for (const m of block.text.matchAll(BOUNDARY)) {
      known.ends.push(m.index!);
      known.starts.push(m.index! + m[0].length);
    }
    known.ends.push(block.text.length);
    boundaries.set(block, known);
  }
  const { starts, ends } = known;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  // Text with no sentence ends (a run-on line, a table pasted flat) is cut to a window.
  return { start: Math.max(starts[lo], index - maxReach), end: Math.min(ends[lo], index + maxReach) };
}

/** Blocks that hold policy text (not code, not HTML). */
export function proseBlocks(doc: PolicyDocument): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
}

const compiled = new Map<string, unknown>();

/**
 * What a rule builds from one concern's data (`languages/<lang>/<concern>.yaml`), built once per
 * document language. The document's language comes first, then English: policies in other
 * languages often keep English labels ("Legal Department").
 */
export function fromLanguageData<D, T>(doc: PolicyDocument, concern: string, build: (data: D[]) => T): T {
  const langs = doc.language === 'en' ? ['en'] : [doc.language, 'en'];
  const key = `${concern}:${langs.join(',')}`;
  if (!compiled.has(key)) compiled.set(key, build(langs.map((l) => (LANGUAGES[l]?.[concern] ?? {}) as D)));
  return compiled.get(key) as T;
}
