// Offsets, positions and bytes. Everything here is pure: the adapters hand us bytes or strings.
import type { Position, Range, Span } from './types.js';

/** Maps UTF-16 offsets to LSP positions and back. Line breaks: \n, \r\n and a lone \r. */
export class LineIndex {
  /**
   * Each line's start, as 32-bit integers (a check's text is at most MAX_CHECK_CHARS): made at every
   * check of the whole text, it outlives V8's young generation, and an array of numbers built
   * with push was twice its size or more (8 bytes a number, and room to grow).
   */
  readonly starts: Int32Array;
  constructor(readonly text: string) {
    // No list is kept between checks (one reused for every check stayed as long as the longest
    // text ever indexed). Without a carriage return every break is a \n, found natively (a check
    // indexes the whole text: a character at a time this was 2 % of an edit at 1 MB), twice: the
    // breaks counted, then written to an array of their number.
    if (text.indexOf('\r') >= 0) {
      this.starts = withReturns(text);
      return;
    }
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n);
    n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = this.clamp(offset);
    const line = lastAtMost(this.starts, o);
    return { line, character: o - this.starts[line] };
  }

  /** The offset as `positionAt` reads it: within the text. */
  clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  /** The line of an offset (`positionAt`'s), without an object. */
  lineAt(offset: number): number {
    return lastAtMost(this.starts, this.clamp(offset));
  }

  offsetAt(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const start = this.starts[p.line];
    const end = this.lineEnd(p.line);
    return Math.min(start + Math.max(0, p.character), end);
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let e = next;
    if (e > this.starts[line] && this.text.charCodeAt(e - 1) === 10) e--;
    if (e > this.starts[line] && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/**
 * How two texts agree at their edges: the length of their longest common start, and of their
 * longest common end in what is left after it (the two never overlap). Compared a block at a time
 * natively, then a character at a time inside the block that differs. Used by an edit's way from
 * the server thread to the check worker (lsp/scheduler.ts) and by the re-parse of changed chunks
 * (lsp/incremental-parse.ts).
 */
export function commonEnds(before: string, after: string): { start: number; end: number } {
  const min = Math.min(before.length, after.length);
  const BLOCK = 4096;
  let p = 0;
  while (p + BLOCK <= min && after.startsWith(before.slice(p, p + BLOCK), p)) p += BLOCK;
  while (p < min && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= min - p && after.endsWith(before.slice(before.length - s - BLOCK, before.length - s), after.length - s)) s += BLOCK;
  while (s < min - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, end: s };
}

/** The line starts of a text with carriage returns, read a character at a time (into a list of this check's, copied). */
function withReturns(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}

/** The index of the last of the sorted numbers that is at most x (0 when none is). */
export function lastAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A test of whether a span overlaps any of the given spans, in log time: the spans sorted by
 * start, with the furthest end among each prefix (a span overlaps one of them exactly when some
 * span starting before its end reaches past its start).
 */
export function overlapsAny(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((p) => p.start);
  const reach: number[] = [];
  for (const p of sorted) reach.push(Math.max(p.end, reach.length ? reach[reach.length - 1] : -Infinity));
  return (s) => {
    if (!sorted.length || starts[0] >= s.end) return false;
    return reach[lastAtMost(starts, s.end - 1)] > s.start;
  };
}

export interface DecodeResult {
  text: string;
  /** Set when the bytes are not text we can check; `offset` is the byte where it went wrong. */
  problem?: { kind: 'binary' | 'encoding'; message: string; byteOffset: number; position: Position };
  hadBom: boolean;
}

/**
 * Turns file bytes into text. Invalid UTF-8 is decoded with replacement characters (so no text
 * is lost from view) and reported at the first bad byte; a NUL byte in the first 8 KB marks the
 * file as binary.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) {
    // UTF-16 text has NULs too; say so rather than calling it binary.
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const text = '';
    return {
      text,
      hadBom,
      problem: {
        kind: 'binary',
        message: utf16
          ? 'This file is UTF-16 encoded; save it as UTF-8 to check it.'
          : `This file looks binary (a NUL byte at byte ${nul}); only text policies can be checked.`,
        byteOffset: nul,
        position: bytePosition(bytes, nul),
      },
    };
  }
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), hadBom };
  } catch {
    const bad = firstInvalidUtf8(body);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const position = bytePosition(body, bad);
    return {
      text,
      hadBom,
      problem: {
        kind: 'encoding',
        message: `This file is not valid UTF-8 (first bad byte 0x${body[bad]?.toString(16).padStart(2, '0')} at line ${position.line + 1}, column ${position.character + 1}); it was read with replacement characters. Save it as UTF-8.`,
        byteOffset: bad + (hadBom ? 3 : 0),
        position,
      },
    };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return b.length;
}

/** Line and character (UTF-16, decoding leniently) of a byte offset, with LineIndex's line breaks. */
function bytePosition(b: Uint8Array, byteOffset: number): Position {
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, byteOffset));
  return new LineIndex(prefix).positionAt(prefix.length);
}

/**
 * A value made when first asked for, then the same one: for a module's `\p{…}` expressions, which
 * V8 parses when they are made (a few hundred microseconds each, Unicode's tables read), and which a
 * small check mostly never runs. The same object each time, so a global one's `lastIndex` is kept.
 */
export function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const LETTER_AT = lazily(() => /\p{L}/uy);
const CAPITAL_AT = lazily(() => /\p{Lu}/uy);

/**
 * How many letters (code points of `\p{L}`) a text holds, and how many of them are capitals
 * (`\p{Lu}`), without an array of matches: ASCII is counted by its codes.
 */
export function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    const letter = LETTER_AT();
    letter.lastIndex = i;
    if (letter.test(text)) {
      letters++;
      const capital = CAPITAL_AT();
      capital.lastIndex = i;
      if (capital.test(text)) upper++;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return { letters, upper };
}

/** Text written in capitals: twenty letters or more, over 60 % of them capitals. */
export function shouting(text: string): boolean {
  const { letters, upper } = letterCounts(text);
  return letters >= 20 && upper > letters * 0.6;
}

const machineCode = new WeakSet<RegExp>();
/** Expressions made by `readLater`, with the source V8 has not read yet. */
const unread = new WeakMap<RegExp, string>();
/** An expression that matches nothing V8 need read: what `readLater` makes before its first run. */
const UNREAD = '(?!)';
/**
 * An expression of `source` (a valid one: a compiled list's, from the bundles' tables) whose
 * pattern V8 reads at its first run (`toMachineCode`, which every search of a requirement's list
 * goes through), not now: V8 parses a pattern when the expression is made, and a small check made
 * some 300 lists of some 900 KB, of which it ran about 20. Until then it is an expression that
 * matches nothing, with the flags asked for; `sourceOf` gives its source. Each is read once, in
 * place (`RegExp.prototype.compile`: the same object, so what is kept by it stays kept).
 */
export function readLater(source: string, flags: string): RegExp {
  const re = new RegExp(UNREAD, flags);
  unread.set(re, source);
  return re;
}
/** An expression's source, for one made by `readLater` too (its `source` is the stand-in's until its first run). */
export function sourceOf(re: RegExp): string {
  return unread.get(re) ?? re.source;
}
/** Has V8 read the pattern of an expression made by `readLater` (nothing for another); `lastIndex` kept. */
export function readNow(re: RegExp): void {
  const source = unread.get(re);
  if (source === undefined) return;
  unread.delete(re);
  const at = re.lastIndex;
  re.compile(source, re.flags);
  re.lastIndex = at;
}
/** The length from which V8 compiles an expression's first run straight to machine code (JSRegExp::kTierUpForSubjectLengthValue). */
const TIER_UP_LENGTH = 1000;
/**
 * Has V8 compile `re` straight to machine code, before its first run over `text` (or a text of the
 * same kind). V8 compiles an expression first to bytecode and, when it runs a second time, once
 * more to machine code ("tier-up"): the checker's expressions are long, run many times, and were
 * compiled twice; a process started with `--no-regexp-tier-up` compiles each once, but a flag
 * needs the process started with it (bin/relaunch.js started a second Node for it). V8 also
 * skips the bytecode for a run over a text of at least TIER_UP_LENGTH characters: for a shorter
 * `text` this runs `re` once over such a text made of `text` repeated, so that it is stored as
 * `text` is (one or two bytes a character: V8 compiles for each apart) and its middle, which V8
 * samples to tune the code, reads like it. A global or sticky expression starts at the very end
 * (nothing is searched); one that is neither ignores `lastIndex` and searches the repeated text
 * once (under twice TIER_UP_LENGTH characters). Results are those of any other run, and
 * `lastIndex` is restored. A `text` that long already needs nothing: its own first run compiles
 * to machine code. Once per expression; a V8 without that rule compiles as before (slower).
 */
export function toMachineCode(re: RegExp, text: string): void {
  if (machineCode.has(re)) return;
  machineCode.add(re);
  readNow(re);
  if (text.length >= TIER_UP_LENGTH) return;
  let long = text || ' ';
  while (long.length < TIER_UP_LENGTH) long += long;
  const at = re.lastIndex;
  re.lastIndex = long.length;
  re.exec(long);
  re.lastIndex = at;
}

/** re.test(text), compiled by toMachineCode; false for no expression. */
export function testCompiled(re: RegExp | null | undefined, text: string): boolean {
  if (!re) return false;
  toMachineCode(re, text);
  return re.test(text);
}

/** The longest run without white space a cue is searched in (searchable). */
export const SEARCH_RUN = 256;
/** White space as an expression's `\s` reads it: tab, line feed, vertical tab, form feed, carriage return, space, and Unicode's. */
const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]));
};
/**
 * Where a run of more than SEARCH_RUN characters without white space begins in a text, from
 * `from`, and how long it is; null if there is none. The one reading of such a run: `searchable`
 * (what the checks search) and the warning that they read only its start (document.ts
 * `reportLongRuns`) both ask it, so a run broken by a form feed or a vertical tab is no run for
 * either. Only a stretch between two spaces that long is read character by character (an
 * expression, `\S{257,}`, tried at every character was a millisecond per policy).
 */
export function longRun(text: string, from = 0): { start: number; length: number } | null {
  for (let i = from; i < text.length; ) {
    let j = text.indexOf(' ', i);
    if (j < 0) j = text.length;
    if (j - i > SEARCH_RUN) {
      let run = 0;
      for (let k = i; k < j; k++) {
        if (!isSpace(text, k)) run++;
        else if (run > SEARCH_RUN) return { start: k - run, length: run };
        else run = 0;
      }
      if (run > SEARCH_RUN) return { start: j - run, length: run };
    }
    i = j + 1;
  }
  return null;
}
/** `n` characters of a run read as no words: `x`, with every SEARCH_RUN + 1-th a space. */
function unreadRun(n: number): string {
  const unit = 'x'.repeat(SEARCH_RUN) + ' ';
  return unit.repeat(Math.floor(n / unit.length)) + 'x'.repeat(n % unit.length);
}
const searchViews = new Map<string, string>();
/**
 * The text a cue's expression is run over: the text itself, except in a run of more than
 * SEARCH_RUN characters without white space (a hyphenated or dotted string of letters tens of
 * kilobytes long, a run of legal forms "BV-BV-…"; no real word or address is that long). There its
 * first SEARCH_RUN characters are read as they are, the next as a space, and the rest as the letter
 * `x` with every SEARCH_RUN + 1-th a space: not words, so no cue matches in them, and an expression
 * fails at once at each of their characters (inside a word). Same length, so a match's offsets are the text's.
 * Reading all of the run in SEARCH_RUN pieces of its own letters, as before, kept the search linear
 * (an expression with an unbounded run, "[\p{L}-]+straat", a run of capitalised names, was tried
 * from each word start in the run and scanned to its end: quadratic) but each cue list was still
 * tried at each word start of the run: "e-a-e-a-…" made every other character one, and a 1 MB run
 * took some 15 s of a Dutch check's cue lists.
 */
export function searchable(text: string): string {
  if (text.length <= SEARCH_RUN) return text;
  let view = searchViews.get(text);
  if (view === undefined) {
    view = text;
    if (longRun(text)) {
      const out: string[] = [];
      let from = 0;
      let run = 0;
      for (let i = 0; i < text.length; i++) {
        if (isSpace(text, i)) run = 0;
        else if (++run > SEARCH_RUN && !(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) {
          // The run's first SEARCH_RUN characters as they are, a space, the rest not read.
          let end = i + 1;
          while (end < text.length && !isSpace(text, end)) end++;
          out.push(text.slice(from, i), ' ', unreadRun(end - i - 1));
          from = end;
          i = end - 1;
          run = 0;
        }
      }
      out.push(text.slice(from));
      view = out.join('');
    }
    if (searchViews.size >= 4096) searchViews.clear();
    searchViews.set(text, view);
  }
  return view;
}
