// A word gate in front of the cue expressions. From each compiled cue list we derive letter
// sequences that every match must contain (the "anchors": three or four letters of a literal
// word of a cue, e.g. "prot" of "data protection officer"); a text that contains none of a list's
// anchors cannot match the list, so the expression is not run on it. The gate only ever says
// "cannot match" when that is certain: a list whose expression has a branch without a literal
// word of three letters is never gated. It never changes a result (test/src/anchors.test.ts checks
// this over the cue data; test/src/slow/anchors-corpus.test.ts over the ../shared policies).
//
// The expressions are read with @eslint-community/regexpp (a maintained ECMAScript regular
// expression parser) rather than by hand.
//
// Why it is safe, in short: anchors are made of ASCII letters and digits only, taken from a run of
// literal characters that a match must consume one after the other. A case-insensitive match of
// such a run in a text consumes the same run of characters of the text, each an ASCII letter or
// digit in either case, or one of the two characters that Unicode case folding maps onto one (the
// Kelvin sign, read as "k" by toLowerCase, and the long s "ſ", replaced by "s" below). The text
// is lower-cased and cut into runs of [a-z0-9]: each anchor of a match lies inside one such run.
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { remember } from './memo.js';
import { PRECOMPUTED_ANCHORS } from './anchors-table.js';
import { anchorKey } from './anchor-key.js';

const TRI = 36 * 36 * 36;

/** 0-35 for [0-9a-z] (already lower case), -1 otherwise. */
function code(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}

/** A set of anchor codes every match contains at least one of; null: no such set (never gate). */
type Anchors = Set<number> | null;

function keyOf(run: number[]): { key: number; quad: boolean } {
  // The first four letters of the run (a word's start says more than its ending: "tion").
  if (run.length >= 4) return { key: TRI + ((run[0] * 36 + run[1]) * 36 + run[2]) * 36 + run[3], quad: true };
  return { key: (run[0] * 36 + run[1]) * 36 + run[2], quad: false };
}

/** Lower cost is better: fewer anchors, four letters rather than three. */
function cost(a: Set<number>): number {
  let c = 0;
  for (const k of a) c += k >= TRI ? 1 : 4;
  return c;
}

function lowerCode(cp: number): number {
  if (cp >= 65 && cp <= 90) return cp - 55;
  return code(cp);
}

function ofAlternatives(alts: AST.Alternative[]): Anchors {
  const out = new Set<number>();
  for (const a of alts) {
    const got = ofSequence(a.elements);
    if (!got) return null;
    for (const k of got) out.add(k);
  }
  return out;
}

function ofElement(e: AST.Element): Anchors {
  switch (e.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(e.alternatives);
    case 'Quantifier':
      return e.min >= 1 ? ofElement(e.element) : null;
    default:
      // Lookarounds consume nothing; classes, sets, backreferences give no literal letters.
      return null;
  }
}

function ofSequence(elements: AST.Element[]): Anchors {
  let best: Anchors = null;
  let bestCost = Infinity;
  const consider = (a: Anchors) => {
    if (!a || !a.size) return;
    const c = cost(a);
    if (c < bestCost) {
      best = a;
      bestCost = c;
    }
  };
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) consider(new Set([keyOf(run).key]));
    run = [];
  };
  for (const e of elements) {
    if (e.type === 'Character') {
      const c = lowerCode(e.value);
      if (c >= 0) {
        run.push(c);
        continue;
      }
    }
    flush();
    if (e.type !== 'Character') consider(ofElement(e));
  }
  flush();
  return best;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The anchors of one expression's source (with the `u` flag); null when it has none or does not parse. */
export function anchorsOf(source: string): Set<number> | null {
  if (PRECOMPUTED_ANCHORS.size) {
    const known = PRECOMPUTED_ANCHORS.get(anchorKey(source));
    if (known !== undefined) return known && new Set(known);
  }
  return readAnchors(source);
}

/** The same, always read from the source (what a precomputed table holds: anchors-table.ts). */
export function readAnchors(source: string): Set<number> | null {
  try {
    return ofAlternatives(parser.parsePattern(source, 0, source.length, { unicode: true }).alternatives);
  } catch {
    return null;
  }
}

// ---- gates ------------------------------------------------------------------------------------

/** Whether the gate is used: off only to compare gated and ungated results (tests, bench). */
let enabled = true;
export function setWordGate(on: boolean): void {
  enabled = on;
}
export function wordGateOn(): boolean {
  return enabled;
}

/** Gate id → always open (no anchors); anchor code → the gates it opens. */
const alwaysOpen: boolean[] = [];
const byAnchor = new Map<number, number[]>();

/**
 * A gate for a list of expressions (any of which may match): its id, to be asked with `opens`.
 * Registered once per compiled list (the caller keeps the id).
 */
export function gateFor(regexps: readonly RegExp[]): number {
  const id = alwaysOpen.length;
  const all = new Set<number>();
  let open = false;
  for (const re of regexps) {
    const a = anchorsOf(re.source);
    if (!a) {
      open = true;
      break;
    }
    for (const k of a) all.add(k);
  }
  alwaysOpen.push(open || !all.size);
  if (!open) {
    for (const k of all) {
      let list = byAnchor.get(k);
      if (!list) byAnchor.set(k, (list = []));
      list.push(id);
    }
  }
  return id;
}

/** Which gates a text opens (a bit per gate): ask with `opens(words, id)`. */
export interface TextWords {
  open: Uint32Array;
  /** How many gates there were: a gate made later is open to this text. */
  gates: number;
}

/** The gates that a text (and any part of it) may pass. Linear in the text. */
export function textWords(text: string): TextWords {
  const gates = alwaysOpen.length;
  const open = new Uint32Array((gates >> 5) + 1);
  const lower = text.toLowerCase();
  let a = -1;
  let b = -1;
  let c = -1;
  const mark = (k: number) => {
    const ids = byAnchor.get(k);
    if (ids) for (const id of ids) open[id >> 5] |= 1 << (id & 31);
  };
  for (let i = 0; i < lower.length; i++) {
    let ch = lower.charCodeAt(i);
    if (ch === 0x17f) ch = 115; // ſ is an s to a case-insensitive match
    const d = code(ch);
    if (d < 0) {
      a = b = c = -1;
      continue;
    }
    if (b >= 0 && c >= 0) {
      mark((b * 36 + c) * 36 + d);
      if (a >= 0) mark(TRI + ((a * 36 + b) * 36 + c) * 36 + d);
    }
    a = b;
    b = c;
    c = d;
  }
  return { open, gates };
}

/** May an expression list behind this gate match in the text (or in any part of it)? */
export function opens(words: TextWords, id: number): boolean {
  return !enabled || id >= words.gates || alwaysOpen[id] || (words.open[id >> 5] & (1 << (id & 31))) !== 0;
}

// ---- any expression, on any text ---------------------------------------------------------------

const regexpGates = new WeakMap<RegExp, number>();
const gatesBySource = new Map<string, number>();
const wordsMemo = new Map<string, TextWords>();
/** Shorter texts are searched without the gate: reading their words costs about as much. */
const GATE_FROM = 48;

/**
 * May the expression match somewhere in the text? False only when it certainly cannot. Only
 * expressions with the `u` or `v` flag are gated (their syntax is the one the anchors are read
 * in); a text's words are remembered by the text, so an edit reads again only what it changed.
 */
export function mayMatch(text: string, re: RegExp): boolean {
  if (!enabled || text.length < GATE_FROM) return true;
  let id = regexpGates.get(re);
  if (id === undefined) {
    // A caller may make a new expression object per call: the gate is kept by source too.
    const key = `${re.flags}/${re.source}`;
    id = gatesBySource.get(key);
    if (id === undefined) gatesBySource.set(key, (id = re.unicode || re.flags.includes('v') ? gateFor([re]) : gateFor([])));
    regexpGates.set(re, id);
  }
  if (alwaysOpen[id]) return true;
  let words = remember(wordsMemo, text, () => textWords(text));
  if (id >= words.gates) {
    // Gates made since this text was read: read it again for them.
    words = textWords(text);
    wordsMemo.set(text, words);
  }
  return opens(words, id);
}
