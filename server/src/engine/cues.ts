// Cue phrases from the data files become regular expressions here, and only here, so that every
// concern's YAML reads the same way in every rule (the syntax is documented on `Cue` in
// datatypes.ts). Also what the rules that search text with cues share: every match, the sentence
// around a match, the blocks that hold prose, and each language's data compiled once.
import type { Cue } from './datatypes.js';
import type { Block, PolicyDocument } from './document.js';
import { LANGUAGES } from './data.js';
import { lastAtMost } from './text.js';
import { rememberFor, type TextMemo } from './memo.js';
import { mayMatch } from './anchors.js';

/** A letter, a digit or an underscore: what a word is made of. */
export const LETTER = '[\\p{L}\\p{N}_]';

/**
 * The letters and digits of the Latin script, for what a cue matches inside a word (its `*`, and
 * `\p{L}` / `\p{N}` in a cue written as a regular expression, and its word edges). Every language the data has is
 * written in it. Compiling `\p{L}` case-insensitively costs V8 about a millisecond per occurrence
 * (it closes the whole Unicode letter set under case folding), and the cues hold over a thousand:
 * that was most of a first check.
 * A language in another script adds its letters here.
 */
const LETTER_RANGES: readonly [number, number][] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x1e00, 0x1eff],
];
const DIGIT_RANGES: readonly [number, number][] = [[0x30, 0x39]];
/** Code point ranges as the inside of a character class: ASCII letters and digits as they are, the rest as `\uXXXX`. */
const classOf = (ranges: readonly [number, number][]): string => {
  const one = (cp: number) => (/[A-Za-z0-9]/.test(String.fromCharCode(cp)) ? String.fromCharCode(cp) : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  return ranges.map(([a, b]) => (a === b ? one(a) : `${one(a)}-${one(b)}`)).join('');
};
const SCRIPT_LETTERS = classOf(LETTER_RANGES);
const SCRIPT_DIGITS = classOf(DIGIT_RANGES);

/**
 * A cue's expression with `\p{L}` and `\p{N}` (alone or inside a character class) read as the
 * script's letters and digits; other escapes and classes are kept as written.
 */
export function inScript(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const esc = source.slice(i, i + 5);
      if (esc === '\\p{L}' || esc === '\\p{N}') {
        const range = esc === '\\p{L}' ? SCRIPT_LETTERS : SCRIPT_DIGITS;
        out += inClass ? range : `[${range}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** Not inside a word: a cue never begins or ends between two letters (of the script, see above). */
const WORD_CHAR = `[${SCRIPT_LETTERS}${SCRIPT_DIGITS}_]`;
const EDGE = `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}))`;
/**
 * EDGE before cues whose every match begins with a word character (startsWithWordChar): there
 * `(?!WORD_CHAR)` cannot hold (with the `i` flag both read a character by its case folding), so
 * the look-behind alone gives the same matches, and the expression fails at once inside a word
 * and before a space or a punctuation mark, instead of trying every cue there: a third cheaper.
 */
const WORD_START = `(?<!${WORD_CHAR})`;
export { WORD_CHAR };

/** The script's word characters as code point ranges (WORD_CHAR). */
const WORD_RANGES: readonly [number, number][] = [...DIGIT_RANGES, [0x5f, 0x5f], ...LETTER_RANGES];

const wordRange = (from: number, to: number): boolean => WORD_RANGES.some(([a, b]) => from >= a && to <= b);

/**
 * Does every match of the expression source (`u` flag) begin by consuming a word character
 * (WORD_CHAR; with `i`, one of its case partners)? Read conservatively: false whenever unsure (a
 * character class with anything but word ranges, an escape other than `\d` and `\w`, a
 * back-reference, a first element that can match nothing with nothing sure after it). Linear in
 * the source.
 */
export function startsWithWordChar(source: string): boolean {
  let i = 0;
  /** Past the next `ch` (or to the end: an unclosed group name or property is unsure anyway). */
  const past = (ch: string): number => {
    const at = source.indexOf(ch, i);
    return at < 0 ? source.length : at + 1;
  };
  // A disjunction up to its closing parenthesis (or the end): 'word' when every alternative
  // starts with a word character, 'empty' when some alternative may match nothing (and the others
  // start with one), else 'other'.
  const disjunction = (): Start => {
    let out: Start = 'word';
    for (;;) {
      const r = alternative();
      if (r === 'other' || out === 'other') out = 'other';
      else if (r === 'empty') out = 'empty';
      if (source[i] !== '|') return out;
      i++;
    }
  };
  // An alternative: assertions skipped; an element that may match nothing leaves the decision to the next.
  const alternative = (): Start => {
    let decided: Start | undefined;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const r = element();
      if (r === 'assertion') continue;
      const none = quantifier();
      if (decided !== undefined) continue;
      if (r === 'other') decided = 'other';
      else if (r === 'word' && !none) decided = 'word';
      // 'empty', or a word element that may be skipped: what follows decides.
    }
    return decided ?? 'empty';
  };
  /** Reads a quantifier if there is one: true when it allows no repetition ({0,…}, ?, *). */
  const quantifier = (): boolean => {
    const q = source[i];
    let none = false;
    if (q === '?' || q === '*') {
      none = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
      if (!m) return false;
      none = Number(m[1]) === 0;
      i += m[0].length;
    } else return false;
    if (source[i] === '?') i++;
    return none;
  };
  let unclosed = false;
  const close = (): void => {
    if (source[i] !== ')') unclosed = true;
    i++;
  };
  const codeAt = (): number => {
    const cp = source.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    return cp;
  };
  // One element: 'word' when it consumes a word character first, 'empty' when it may consume nothing.
  const element = (): Start | 'assertion' => {
    const ch = source[i];
    if (ch === '^' || ch === '$') {
      i++;
      return 'assertion';
    }
    if (ch === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        i += source[i + 2] === '<' ? 4 : 3;
        disjunction();
        close();
        return 'assertion';
      }
      let known = true;
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?<', i)) i = past('>');
      else if (source[i + 1] === '?') {
        // A modifier group or anything else unread: unsure.
        known = false;
        i++;
      } else i++;
      const r = disjunction();
      close();
      return known ? r : 'other';
    }
    if (ch === '[') return charClass() ? 'word' : 'other';
    if (ch === '\\') {
      const next = source[i + 1];
      i += 2;
      if (next === 'b' || next === 'B') return 'assertion';
      if (next === 'd' || next === 'w') return 'word';
      if (next === 'p' || next === 'P' || next === 'k') {
        if (source[i] === '{') i = past('}');
        else if (source[i] === '<') i = past('>');
      } else if (next === 'u') i = source[i] === '{' ? past('}') : i + 4;
      else if (next === 'x') i += 2;
      else if (next === 'c') i += 1;
      return 'other';
    }
    if (ch === '.') {
      i++;
      return 'other';
    }
    const cp = codeAt();
    return wordRange(cp, cp) ? 'word' : 'other';
  };
  // A character class: true when it is not negated and every member is a word character or range.
  const charClass = (): boolean => {
    i++;
    let ok = source[i] !== '^';
    let any = false;
    while (i < source.length && source[i] !== ']') {
      if (source[i] === '\\') {
        const next = source[i + 1];
        i += 2;
        if (next === 'd' || next === 'w') {
          any = true;
          continue;
        }
        ok = false;
        if ((next === 'p' || next === 'P' || next === 'u') && source[i] === '{') i = past('}');
        else if (next === 'u') i += 4;
        continue;
      }
      const from = codeAt();
      let to = from;
      if (source[i] === '-' && i + 1 < source.length && source[i + 1] !== ']') {
        i++;
        if (source[i] === '\\') {
          ok = false;
          continue;
        }
        to = codeAt();
      }
      any = true;
      if (!wordRange(from, to)) ok = false;
    }
    i++;
    return ok && any;
  };
  if (!source) return false;
  const ok = disjunction() === 'word';
  // A group never closed, or anything left unread (an unbalanced parenthesis): unsure.
  return ok && !unclosed && i >= source.length;
}

type Start = 'word' | 'empty' | 'other';

/** An alternation of no cues: never matches. */
export const NEVER = '(?!)';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The regular-expression source of one cue, without word boundaries. */
export function cueSource(cue: Cue): string {
  const c = cue.trim();
  if (c.length > 2 && c.startsWith('/') && c.endsWith('/')) return inScript(c.slice(1, -1));
  let out = '';
  for (const ch of c) {
    if (ch === '*') out += `${WORD_CHAR}*`;
    else if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (ch === "'" || ch === '’' || ch === '‘') out += "['’‘]";
    else if (ch === '-' || ch === '‐' || ch === '‑') out += '[-‐‑–\\s]?';
    else out += escapeRegExp(ch);
  }
  return out;
}

export interface AlternationOptions {
  /**
   * Keep each cue to whole words: it may not begin or end inside a word (default). Off for a
   * caller that puts its own anchors around the alternation.
   */
  bounded?: boolean;
}

/**
 * One group that matches any of the cues, longest first so that a longer phrase wins; a cue that
 * is not a valid regular expression is left out (a bad cue in a data file must not take the
 * checker down; the data tests name it). Null when no cue is left.
 */
export function cueAlternation(cues: readonly Cue[] | undefined, { bounded = true }: AlternationOptions = {}): string | null {
  const sources = validSources(candidateSources(cues));
  return sources.length ? alternationOf(sources, bounded) : null;
}

/** Each cue's source (see cueSource), blank and non-string entries left out. */
function candidateSources(cues: readonly Cue[] | undefined): string[] {
  const out: string[] = [];
  for (const c of cues ?? []) if (typeof c === 'string' && c.trim()) out.push(cueSource(c));
  return out;
}

/** The sources as one group, longest first, kept to whole words when `bounded`. */
function alternationOf(sources: readonly string[], bounded: boolean): string {
  const alt = `(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})`;
  if (!bounded) return alt;
  // Only when every cue starts with a word character: an alternation of edged groups, some with
  // the cheaper edge and some without, is slower than one full edge before them all.
  return `${sources.every(startsWithWordChar) ? WORD_START : EDGE}${alt}${EDGE}`;
}

/**
 * The sources that are valid regular expressions (`u` flag) on their own, in their order.
 * Constructing a RegExp per cue only to validate it was a large part of a small check's start-up
 * (V8 parses each one), so the whole alternation is validated once; when every source is
 * self-contained (see `selfContained`) and the alternation is valid, so is each source. Otherwise
 * each is validated alone, as before: the result is the same either way.
 */
function validSources(candidates: readonly string[]): string[] {
  if (!candidates.length) return [];
  if (candidates.every(selfContained)) {
    try {
      new RegExp(`(?:${candidates.join('|')})`, 'u');
      return [...candidates];
    } catch {
      // some cue is invalid: find it below
    }
  }
  return candidates.filter((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false; // left out, see cueAlternation
    }
  });
}

/**
 * A source whose validity cannot depend on its neighbours in an alternation: its groups and
 * character classes close inside it, it does not end in a lone backslash, and it has no
 * backreference (`\1`, `\k<name>`), which could name a group of another cue. Such a source parses
 * as one alternative of the whole, with the same early errors as alone (duplicate group names
 * across cues only make the whole fail, which falls back to validating each alone).
 */
function selfContained(s: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      const next = s[i + 1];
      if (next === undefined || next === 'k' || (next >= '1' && next <= '9')) return false;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !inClass;
}

/** One regular expression that finds any of the cues as whole words; null for no usable cue. */
export function compileCues(cues: readonly Cue[] | undefined, flags = 'giu'): RegExp | null {
  // The expression itself validates every cue when each is self-contained (see validSources): one
  // parse instead of two. Only with `u` (and not `v`), the syntax cueAlternation validates with.
  const candidates = candidateSources(cues);
  if (!candidates.length) return null;
  if (flags.includes('u') && !flags.includes('v') && candidates.every(selfContained)) {
    try {
      return new RegExp(alternationOf(candidates, true), flags);
    } catch {
      // some cue is invalid: left out below
    }
  }
  const alt = cueAlternation(cues);
  return alt ? new RegExp(alt, flags) : null;
}

// ---- searching ------------------------------------------------------------------------------

const cueCache = new Map<string, RegExp>();
/** The same, by list: the data's lists are the same objects on every call, and joining one per paragraph was a tenth of a re-check. */
const cueListCache = new WeakMap<readonly Cue[], RegExp>();

/** The cues compiled once (global, case-insensitive); a list with no usable cue never matches. */
export function cuesRegExp(cues: readonly Cue[]): RegExp {
  let re = cueListCache.get(cues);
  if (!re) {
    const key = cues.join('\u0000');
    re = cueCache.get(key);
    if (!re) {
      re = compileCues(cues) ?? new RegExp(NEVER, 'gu');
      cueCache.set(key, re);
    }
    cueListCache.set(cues, re);
  }
  re.lastIndex = 0;
  return re;
}

const globalCopies = new WeakMap<RegExp, RegExp>();
/** The expression itself when global, else a global copy made once (a new one per call was compiled again each time). */
function globalCopy(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags + 'g')));
  return g;
}

/**
 * Every match of the cues (or of a regular expression) in a text, non-overlapping, left to right.
 * A text without the words a match needs is not searched (the word gate, anchors.ts).
 */
export function matchAll(text: string, cues: readonly Cue[] | RegExp): RegExpExecArray[] {
  const re = cues instanceof RegExp ? globalCopy(cues) : cuesRegExp(cues);
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  if (!mayMatch(text, re)) return out;
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
  if (!cues.length) return false;
  const re = cuesRegExp(cues);
  return mayMatch(text, re) && re.test(text);
}

const listIds = new WeakMap<readonly Cue[], number>();
let nextListId = 0;
const blockHas: TextMemo<number, boolean> = new Map();
/**
 * Does any block say one of the cues? Each block's answer is remembered by its text and the list,
 * so that after an edit only the changed paragraphs are read again (a document-wide condition
 * read over the whole text cost a fifth of a re-check).
 */
export function anyBlockHas(blocks: readonly Block[], cues: readonly Cue[]): boolean {
  if (!cues.length) return false;
  let id = listIds.get(cues);
  if (id === undefined) listIds.set(cues, (id = nextListId++));
  for (const b of blocks) if (rememberFor(blockHas, b.text, id, () => hasCue(b.text, cues))) return true;
  return false;
}

// ---- sentences and blocks -------------------------------------------------------------------

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
  const i = lastAtMost(starts, index);
  // Text with no sentence ends (a run-on line, a table pasted flat) is cut to a window.
  return { start: Math.max(starts[i], index - maxReach), end: Math.min(ends[i], index + maxReach) };
}

/** Blocks that hold policy text (not code, not HTML). */
export function proseBlocks(doc: PolicyDocument): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
}

// ---- each language's data, compiled once ---------------------------------------------------

/**
 * The languages whose data a document is read with for one concern: its own, then English, which
 * policies in other languages often keep in places ("Legal Department"). Languages without that
 * concern's file are left out.
 */
export function languageChain(language: string, concern: string): string[] {
  return [...new Set([language, 'en'])].filter((l) => LANGUAGES[l]?.[concern] !== undefined);
}

const built = new WeakMap<Function, Map<string, unknown>>();

/**
 * What a caller builds from one concern's data (`languages/<lang>/<concern>.yaml`), for the
 * languages of `languageChain`, built once per language and builder. Pass a module-level
 * function as `build`: it is the cache's key.
 */
export function fromLanguageData<D, T>(language: string, concern: string, build: (data: D[]) => T): T {
  const langs = languageChain(language, concern);
  let cache = built.get(build);
  if (!cache) built.set(build, (cache = new Map()));
  const key = langs.join(',');
  if (!cache.has(key)) cache.set(key, build(langs.map((l) => LANGUAGES[l][concern] as D)));
  return cache.get(key) as T;
}
