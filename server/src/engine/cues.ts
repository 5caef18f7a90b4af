// Cue phrases from the data files become regular expressions here, and only here, so that every
// concern's YAML reads the same way in every rule (the syntax is documented on `Cue` in
// datatypes.ts). Also what the rules that search text with cues share: every match, the sentence
// around a match, the blocks that hold prose, and each language's data compiled once.
import type { Cue } from './datatypes.js';
import type { Block, PolicyDocument } from './document.js';
import { LANGUAGES } from './data.js';
import { lastAtMost, readLater, searchable, sourceOf, testCompiled, toMachineCode } from './text.js';
import { rememberFor, type TextMemo } from './memo.js';
import { gated, gateOf, mayMatch } from './anchors.js';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { precompiledLists, PRECOMPUTED_EDGE_NEEDS } from './anchors-table.js';
import { anchorKey } from './anchor-key.js';
import { foldedSource } from './case-fold.js';

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

/** Made when first asked for: the command line's bundle loads regexpp only then (scripts/bundle.js `loadedWhenUsed`). */
let made: RegExpParser | undefined;
const parser = (): RegExpParser => (made ??= new RegExpParser({ ecmaVersion: 2025 }));

/**
 * What a cue needs before it to keep to whole words, a letter each (edgeNeeds): 'w' when every
 * match begins by consuming a word character (WORD_CHAR; with `i`, one of its case partners), or
 * where `^` holds: the look-behind half of the edge alone (WORD_START) gives the same matches,
 * since `(?!WORD_CHAR)` cannot hold before a word character and nothing before `^` is one; 'f'
 * (free) when every match begins by consuming a character that is never a word character in either
 * case mode (a space, a quotation mark, `+`, `§`): `(?!WORD_CHAR)` holds there, so no edge is
 * needed; 'a' when every match begins where `^` holds: any edge holds there; 'm' (mixed)
 * otherwise: the full edge. Read with regexpp, and 'm' whenever unsure: a character class that
 * mixes word and other characters, an escape or property other than `\d`, `\w` and `\s`, `.`, a
 * back-reference, a group with modifiers, a match that may be empty, a source that does not parse.
 */

export function startsWithWordChar(source: string): boolean {
  return edgeNeeds([source]) === 'w';
}

/** Bits of what a match may begin with: a word character, a character never one, anything, where `^` holds; may be empty. */
const W = 1;
const F = 2;
const X = 4;
const A = 8;
const EMPTY = 16;

/** The need of each source (one letter each, in order), read from one parse of their alternation. */
export function edgeNeeds(sources: readonly string[]): string {
  const alt = sources.join('|');
  let alts: AST.Alternative[];
  try {
    alts = parser().parsePattern(alt, 0, alt.length, { unicode: true }).alternatives;
  } catch {
    return 'm'.repeat(sources.length);
  }
  // A source may itself hold alternatives: each top-level alternative is the source's it lies in.
  let out = '';
  let a = 0;
  let end = 0;
  for (const s of sources) {
    end += s.length;
    let bits = 0;
    for (; a < alts.length && alts[a].end <= end; a++) bits |= startOfSequence(alts[a].elements);
    if (!s) bits |= EMPTY;
    out += bits === A ? 'a' : (bits & ~A) === W ? 'w' : bits === F ? 'f' : 'm';
    end += 1;
  }
  return out;
}

function startOfAlternatives(alts: AST.Alternative[]): number {
  let out = 0;
  for (const a of alts) out |= startOfSequence(a.elements);
  return out;
}

/** Assertions consume nothing; an element that may consume nothing leaves the decision to the next. */
function startOfSequence(elements: AST.Element[]): number {
  let kinds = 0;
  for (const e of elements) {
    const r = startOfElement(e);
    kinds |= r & ~EMPTY;
    if (!(r & EMPTY)) return kinds;
  }
  return kinds | EMPTY;
}

function startOfElement(e: AST.Element): number {
  switch (e.type) {
    case 'Assertion':
      // Where `^` holds, nothing before is a word character: the edge holds, whatever follows.
      return e.kind === 'start' ? A : EMPTY;
    case 'Group':
      // A modifier ((?i:…)) could read the first character in another case mode than the edge.
      return e.modifiers ? X : startOfAlternatives(e.alternatives);
    case 'CapturingGroup':
      return startOfAlternatives(e.alternatives);
    case 'Quantifier': {
      const r = startOfElement(e.element);
      return e.min === 0 ? r | EMPTY : r;
    }
    case 'Character':
      return rangeKind(e.value, e.value);
    case 'CharacterSet':
      return setKind(e);
    case 'CharacterClass': {
      if (e.negate) return X;
      let k = 0;
      for (const c of e.elements) k |= c.type === 'Character' ? rangeKind(c.value, c.value) : c.type === 'CharacterClassRange' ? rangeKind(c.min.value, c.max.value) : c.type === 'CharacterSet' ? setKind(c) : X;
      return k || X;
    }
    default:
      return X;
  }
}

/** `\d` and `\w` are word characters; white space never is (nor does any fold onto one). */
function setKind(e: AST.CharacterSet): number {
  if (e.kind !== 'digit' && e.kind !== 'word' && e.kind !== 'space') return X;
  return e.negate ? X : e.kind === 'space' ? F : W;
}

/** A word character in either case mode, with `i` also what folds onto one: the edge's own reading. */
const WORD_EITHER_CASE = new RegExp(`^${WORD_CHAR}$`, 'iu');

function rangeKind(from: number, to: number): number {
  if (wordRange(from, to)) return W;
  if (to - from > 0x1000) return X;
  let k = 0;
  for (let cp = from; cp <= to; cp++) k |= wordRange(cp, cp) ? W : WORD_EITHER_CASE.test(String.fromCodePoint(cp)) ? X : F;
  return k;
}

const needsRead = new Map<string, { sources: readonly string[]; needs: string }>();

/**
 * edgeNeeds of a list's sources (sorted as in its alternation), looked up in the table the
 * bundles carry (anchors-table.ts, by the alternation's key) and otherwise read, once per list.
 * Every list asked about is kept (`alternationsRead`: what the bundle's table is made from).
 */
function listNeeds(sources: readonly string[], alternation: string): string {
  let got = needsRead.get(alternation);
  if (!got) {
    const known = PRECOMPUTED_EDGE_NEEDS.get(anchorKey(alternation));
    got = { sources, needs: known !== undefined && known.length === sources.length ? known : edgeNeeds(sources) };
    needsRead.set(alternation, got);
  }
  return got.needs;
}

/** Every list whose edges were asked: its alternation (unbounded), its sources in that order, and its key in the table. */
export function alternationsRead(): { alternation: string; sources: readonly string[]; key: string }[] {
  return [...needsRead].map(([alternation, { sources }]) => ({ alternation, sources, key: anchorKey(alternation) }));
}

/** An alternation of no cues: never matches. */
export const NEVER = '(?!)';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The characters escapeRegExp escapes. */
const SPECIAL = new Set('.*+?^${}()|[]\\/');
const SPACE = /\s/;
const WORD_STAR = `${WORD_CHAR}*`;

/**
 * The regular-expression source of one cue, without word boundaries. A character at a time, with
 * no expression or string made for each (as escapeRegExp would): every cue of a language's lists
 * is read at its first check.
 */
export function cueSource(cue: Cue): string {
  const c = cue.trim();
  if (c.length > 2 && c.startsWith('/') && c.endsWith('/')) return inScript(c.slice(1, -1));
  let out = '';
  for (const ch of c) {
    if (ch === '*') out += WORD_STAR;
    else if (SPACE.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (ch === "'" || ch === '’' || ch === '‘') out += "['’‘]";
    else if (ch === '-' || ch === '‐' || ch === '‑') out += '[-‐‑–\\s]?';
    else out += SPECIAL.has(ch) ? `\\${ch}` : ch;
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
  // Ordered by the sources as given (a part of a list keeps the whole list's order), each then
  // written without a lookahead that only repeats it (withoutEcho).
  const sorted = [...sources].sort((a, b) => b.length - a.length).map(withoutEcho);
  const alt = `(?:${sorted.join('|')})`;
  if (!bounded) return alt;
  // The edge the cues need (edgeNeeds). A cue that needs the full edge gives it to all (runs of
  // edges, some of them full, were slower than one full edge before all); so does a cue that begins
  // at `^` among cues that begin on punctuation; among cues that begin on word characters it
  // takes their edge, which holds wherever `^` does.
  const needs = listNeeds(sorted, alt);
  const grouped = `(?:${headOnce(sorted)})`;
  if (needs.includes('m') || (needs.includes('a') && needs.includes('f'))) return `${EDGE}${grouped}${EDGE}`;
  if (!needs.includes('f')) return `${WORD_START}${grouped}${EDGE}`;
  if (!needs.includes('w')) return `${grouped}${EDGE}`;
  // Cues that begin on a word character never match where cues that begin on another character
  // do: each kind keeps its order, so the same cue wins at every place.
  const kind = (k: string) => headOnce(sorted.filter((_, i) => needs[i] === k));
  return `(?:${WORD_START}(?:${kind('w')})|(?:${kind('f')}))${EDGE}`;
}

/**
 * A source that opens (after any other lookaheads) with a lookahead of the rest of itself,
 * "(?=own)own" with the lookahead's groups made non-capturing, as that rest alone: the same
 * matches (where own matches the lookahead holds, and it captures nothing). coverage.ts
 * `lookbehindLast` writes a cue that opens with a long lookbehind as "(?=own)lookbehind own", and
 * a list searched without that lookbehind (`commonHead`) is left with "(?=own)own": a lookahead at
 * an expression's head consumes nothing, so V8 could not skip ahead to the cue's first letters
 * and tried the list at every character (those lists searched the same texts 1.5 to 2x slower; one such cue alone, 2.8x).
 * The sources are ordered before (alternationOf), so a list keeps the order of the cues as written.
 */
export function withoutEcho(source: string): string {
  let at = 0;
  while (source.startsWith('(?=', at) || source.startsWith('(?!', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return source;
    if (source[at + 2] === '=' && nonCapturing(source.slice(end)) === source.slice(at + 3, end - 1)) return source.slice(0, at) + source.slice(end);
    at = end;
  }
  return source;
}

/** The index just past the group that opens at `from` in a regular expression's source; -1 if it does not close. */
export function groupEnd(source: string, from: number): number {
  const close = walkSource(source, from, (ch, depth) => ch === ')' && depth === 0);
  return close < 0 ? -1 : close + 1;
}

/**
 * Walks a regular expression's source from `from`, past escapes and character classes: `stop` sees
 * every other character with the group depth after it (an opening parenthesis counted in, a closing
 * one out); the index of the first it stops at, or -1.
 */
export function walkSource(source: string, from: number, stop: (ch: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      if (stop(ch, depth)) return i;
    }
  }
  return -1;
}

/** A head shorter than this is left to each cue (a lookahead of it would cost about what it saves). */
const SHARED_HEAD = 40;

/**
 * The alternation of sources (in its order) of which several open with the same group, as a
 * concept does (`{dpo}…`, expanded: kilobytes of alternatives): that group is read once at a
 * place, as a lookahead, where V8 tried it once per such cue at every place a search tried the
 * list (the nl dpo-contact list opened seven cues with the concept). `a|Gx|b|Gy|c` is written
 * `a|(?=G)(?:Gx|b|Gy)|b|c`: where G matches, the cues from the first to the last that open with it
 * are tried in their order, then the others after the first (those between failed there and fail
 * again: a search is the same at the same place); where G does not match, no cue that opens with
 * it can, and the others are tried in their order. So every place gives the same match, and a
 * match that the edge after the list refuses is followed by the same next one. G's groups capture
 * nothing in the lookahead. The sources as they are when no head opens two of them, or a source has
 * a named group (written twice it would not compile) or a back-reference (numbers would move).
 */
export function headOnce(sources: readonly string[]): string {
  const plain = sources.join('|');
  if (sources.length < 2 || /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/.test(plain)) return plain;
  const heads = sources.map(openingGroup);
  const counts = new Map<string, number>();
  for (const h of heads) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  let head = '';
  let best = 1;
  for (const [h, n] of counts) if (n > best) [head, best] = [h, n];
  if (!head) return plain;
  const first = heads.indexOf(head);
  const last = heads.lastIndexOf(head);
  const others = sources.filter((_, i) => i > first && heads[i] !== head);
  return [...sources.slice(0, first), `(?=${nonCapturing(head)})(?:${sources.slice(first, last + 1).join('|')})`, ...others].join('|');
}

/** The group a source opens with, unquantified and at least SHARED_HEAD long; '' for none (a lookaround, a bare character). */
function openingGroup(source: string): string {
  if (source[0] !== '(' || /^\(\?[<=!]/.test(source)) return '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) {
      const end = i + 1;
      return end >= SHARED_HEAD && !/^[*+?{]/.test(source.slice(end)) ? source.slice(0, end) : '';
    }
  }
  return '';
}

/** A regular expression's source with every group made non-capturing (escapes and classes kept). */
export function nonCapturing(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[++i] ?? '');
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i + 1));
      if (named) {
        out += '(?:';
        i += named[0].length;
        continue;
      }
      if (source[i + 1] !== '?') {
        out += '(?:';
        continue;
      }
    }
    out += ch;
  }
  return out;
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

/** The key of a cue list compiled with flags, in a table of precompiled lists (anchors-table.ts `precompiledLists`). */
function listKey(cues: readonly Cue[], flags: string): string {
  return anchorKey(`${flags}\u0001${cues.join('\u0000')}`);
}

/**
 * How the requirements' lists of one chain of languages ("nl,en") are compiled: from
 * the bundle's table of their sources where it has them (`table`, anchors-table.ts
 * `precompiledLists`), and recorded (`read`, by key) while scripts/bundle.js makes that table.
 */
export interface ListCompiler {
  table: ReadonlyMap<string, string | null>;
  read: Map<string, string | null> | null;
}

let recording = false;
const listsRead = new Map<string, Map<string, string | null>>();
/** Record every list compiled from now on (`compiledListsRead`): for scripts/bundle.js, which makes the table of them. */
export function recordCompiledLists(): void {
  recording = true;
}
/** Per chain of languages, every list compiled since recordCompiledLists, by key, with its source. */
export function compiledListsRead(): [chain: string, lists: [key: string, source: string | null][]][] {
  return [...listsRead].map(([chain, lists]) => [chain, [...lists]]);
}

export function listCompiler(chain: string): ListCompiler {
  let read: Map<string, string | null> | null = null;
  if (recording) listsRead.set(chain, (read = listsRead.get(chain) ?? new Map()));
  return { table: precompiledLists(chain), read };
}

const foldedExpressions = new WeakSet<RegExp>();
/** Whether the expression was made by compileCuesFrom with `fold`: it runs over foldedView(text), not the text. */
export function isFolded(re: RegExp): boolean {
  return foldedExpressions.has(re);
}
/** The flags an expression was asked for: a folded one's with the `i` it was written for. */
export function askedFlags(re: RegExp): string {
  return isFolded(re) ? [...re.flags, 'i'].sort().join('') : re.flags;
}
function foldedExpression(source: string, flags: string, later = false): RegExp {
  const re = later ? readLater(source, flags.replace('i', '')) : new RegExp(source, flags.replace('i', ''));
  foldedExpressions.add(re);
  return re;
}

/**
 * compileCues, made from the list's source in the compiler's table when it is there (the same
 * expression). With `fold` and flags `i` and `u`: the expression made to run without `i` over a
 * folded text (case-fold.ts `foldedSource`; `isFolded`), when it can be; the table keeps that
 * source too (null: the list keeps its `i`).
 */
export function compileCuesFrom(cues: readonly Cue[], flags: string, c: ListCompiler, fold = false): RegExp | null {
  if (!fold || !flags.includes('i') || !flags.includes('u')) return compileListFrom(cues, flags, c);
  if (!c.table.size && !c.read) {
    const re = compileCues(cues, flags);
    const src = re && foldedSource(re.source);
    return src ? foldedExpression(src, flags) : re;
  }
  const key = listKey(cues, `${flags}F`);
  const known = c.table.get(key);
  // From the table: a valid source, which V8 reads when the list is first run (readLater).
  if (known !== undefined) return known === null ? compileListFrom(cues, flags, c) : foldedExpression(known, flags, true);
  const re = compileListFrom(cues, flags, c);
  const src = re && foldedSource(sourceOf(re));
  c.read?.set(key, src ?? null);
  // A folded list is never made from its unfolded source: the table need not carry that.
  if (src) c.read?.delete(listKey(cues, flags));
  return src ? foldedExpression(src, flags) : re;
}

/**
 * An expression compiled ahead of time, from its source and the flags it was asked for
 * (`askedFlags`), folded or not (`isFolded`): read by V8 when first run (readLater), as a list from
 * the table is.
 */
export function expressionFrom(source: string, flags: string, folded: boolean): RegExp {
  return folded ? foldedExpression(source, flags, true) : readLater(source, flags);
}

function compileListFrom(cues: readonly Cue[], flags: string, c: ListCompiler): RegExp | null {
  if (!c.table.size && !c.read) return compileCues(cues, flags);
  const key = listKey(cues, flags);
  const known = c.table.get(key);
  if (known !== undefined) return known === null ? null : readLater(known, flags);
  const re = compileCues(cues, flags);
  c.read?.set(key, re ? re.source : null);
  return re;
}

/** `cueHasGate` of each cue of a list, from the compiler's table when it is there ('1' or '0' a cue). */
export function cueGatesFrom(cues: readonly Cue[], c: ListCompiler): boolean[] {
  if (!c.table.size && !c.read) return cues.map(cueHasGate);
  const key = `g${listKey(cues, '')}`;
  const known = c.table.get(key);
  if (typeof known === 'string' && known.length === cues.length) return [...known].map((x) => x === '1');
  const out = cues.map(cueHasGate);
  c.read?.set(key, out.map((x) => (x ? '1' : '0')).join(''));
  return out;
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
  if (!g) globalCopies.set(re, (g = new RegExp(sourceOf(re), re.flags + 'g')));
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
  const view = searchable(text);
  toMachineCode(re, view);
  let m: RegExpExecArray | null;
  while ((m = re.exec(view))) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    // The match's own characters (searchable may read one of a very long run as a space).
    if (view !== text) {
      const own = text.slice(m.index, m.index + m[0].length);
      if (own !== m[0]) ownGroups(m, re, view, text);
      m[0] = own;
    }
    out.push(m);
  }
  return out;
}

const anchoredCopies = new WeakMap<RegExp, RegExp>();
/**
 * A match read in searchable's view that holds a character the view reads as a space: its capture
 * groups are taken again from the text itself, at the offsets the same expression gives them in the
 * view (matched once more, anchored, with indices). Only matches inside a very long run pay for it.
 */
function ownGroups(m: RegExpExecArray, re: RegExp, view: string, text: string): void {
  if (m.length <= 1) return;
  let anchored = anchoredCopies.get(re);
  if (!anchored) anchoredCopies.set(re, (anchored = new RegExp(sourceOf(re), re.flags.replace(/[dgy]/g, '') + 'dy')));
  anchored.lastIndex = m.index;
  const again = anchored.exec(view);
  if (!again?.indices) return;
  const at = (span: [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : undefined);
  for (let i = 1; i < m.length; i++) m[i] = at(again.indices[i]) as string;
  if (m.groups && again.indices.groups) for (const name of Object.keys(m.groups)) m.groups[name] = at(again.indices.groups[name]) as string;
}

export function hasCue(text: string, cues: readonly Cue[]): boolean {
  if (!cues.length) return false;
  const re = cuesRegExp(cues);
  if (!mayMatch(text, re)) return false;
  const parts = gatedParts(re, cues);
  const view = searchable(text);
  if (!parts) return testCompiled(re, view);
  // The list has cues without a literal word ("£10", a phone number) among cues with one: those
  // are gated apart, and only the others are run on a text without their words.
  const [withWords, without] = parts;
  if (without.length && testCompiled(cuesRegExp(without), view)) return true;
  const re2 = cuesRegExp(withWords);
  return mayMatch(text, re2) && testCompiled(re2, view);
}

/**
 * Whether a cue's matches all hold a literal word the word gate reads (anchors.ts), read from its
 * source alone, without compiling it: a cue that does not compile has none (it is left out of its
 * list anyway, and a list of it alone never matches).
 */
export function cueHasGate(cue: Cue): boolean {
  if (typeof cue !== 'string' || !cue.trim()) return false;
  return gateOf(cueSource(cue)) !== null;
}

/**
 * A list that the word gate cannot close (some cue has no literal word) split into the cues that
 * have a gate of their own and the rest, when both parts hold some; null otherwise. The list says
 * something somewhere exactly when one of its parts does. Read once per list.
 */
const splitLists = new WeakMap<RegExp, [Cue[], Cue[]] | null>();
function gatedParts(re: RegExp, cues: readonly Cue[]): [Cue[], Cue[]] | null {
  let parts = splitLists.get(re);
  if (parts === undefined) {
    parts = null;
    if (cues.length > 1 && !gated(re)) {
      const withWords: Cue[] = [];
      const without: Cue[] = [];
      for (const c of cues) (cueHasGate(c) ? withWords : without).push(c);
      if (withWords.length && without.length) parts = [withWords, without];
    }
    splitLists.set(re, parts);
  }
  return parts;
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
  const { starts, ends } = sentencesOf(block);
  const i = lastAtMost(starts, index);
  // Text with no sentence ends (a run-on line, a table pasted flat) is cut to a window.
  return { start: Math.max(starts[i], index - maxReach), end: Math.min(ends[i], index + maxReach) };
}

/** The starts and ends of a block's sentences in its folded text (computed once per block). */
export function sentencesOf(block: Block): { starts: number[]; ends: number[] } {
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
  return known;
}

/**
 * Blocks that hold policy text (not code, not HTML): one list per document model, which the rules
 * and the coverage read (a dozen callers a check each made their own copy). Read only.
 */
export function proseBlocks(doc: PolicyDocument): Block[] {
  const known = proseLists.get(doc.blocks);
  if (known && known.of === doc.blocks.length) return known.prose;
  const prose = doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
  proseLists.set(doc.blocks, { of: doc.blocks.length, prose });
  return prose;
}
const proseLists = new WeakMap<Block[], { of: number; prose: Block[] }>();

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
 * languages of `languageChain` (given to `build` beside their data), built once per language and
 * builder. Pass a module-level function as `build`: it is the cache's key.
 */
export function fromLanguageData<D, T>(language: string, concern: string, build: (data: D[], languages: readonly string[]) => T): T {
  const langs = languageChain(language, concern);
  let cache = built.get(build);
  if (!cache) built.set(build, (cache = new Map()));
  const key = langs.join(',');
  if (!cache.has(key)) cache.set(key, build(langs.map((l) => LANGUAGES[l][concern] as D), langs));
  return cache.get(key) as T;
}
