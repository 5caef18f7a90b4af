// A word gate in front of the cue expressions. From each compiled cue list we derive letter
// sequences that every match must contain (the "anchors": three or four letters of a literal
// word of a cue, e.g. "prot" of "data protection officer"); a text that contains none of a list's
// anchors cannot match the list, so the expression is not run on it. Each cue of a list is read
// alone, with every word it needs ("coll" and "from" for "we … collect … from"): a text must hold
// all of some cue's words, not one word of any cue. The gate only ever says
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
import { flat, remember } from './memo.js';
import { PRECOMPUTED_ANCHORS } from './anchors-table.js';
import { anchorKey } from './anchor-key.js';
import { sourceOf } from './text.js';

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

/**
 * What a sequence requires, as clauses that must all hold: each literal run of three letters or
 * more (its first four letters), and each element whose every match holds one of a set of anchors.
 */
function clausesOf(elements: AST.Element[]): Set<number>[] {
  const out: Set<number>[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(new Set([keyOf(run).key]));
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
    if (e.type !== 'Character') {
      const a = ofElement(e);
      if (a && a.size) out.push(a);
    }
  }
  flush();
  return out;
}

/** The one clause of a sequence that says most for least: fewest anchors, four letters rather than three. */
function ofSequence(elements: AST.Element[]): Anchors {
  let best: Anchors = null;
  let bestCost = Infinity;
  for (const a of clausesOf(elements)) {
    const c = cost(a);
    if (c < bestCost) {
      best = a;
      bestCost = c;
    }
  }
  return best;
}

/**
 * A gate read from an expression: its branches (any may match), each with the clauses that all
 * hold in a match of it, each clause the anchor codes one of which is in the match. Null: never
 * gated (some branch requires no literal word). A cue list compiles to `EDGE(?:cue|cue|…)EDGE`, so
 * a sequence whose one requirement is a group of alternatives is read as those alternatives, each
 * a branch with its own clauses: "we … collect … from" needs "coll" and "from", not one of them.
 * A group of one alternative (a list of one cue) is read the same way: all the cue's words.
 */
export type Gate = number[][][];

function gateOfAlternatives(alts: AST.Alternative[]): Gate | null {
  const out: Gate = [];
  for (const a of alts) {
    const clauses = clausesOf(a.elements);
    if (!clauses.length) return null;
    const groups = a.elements.filter((e): e is AST.Group | AST.CapturingGroup => (e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length >= 1 && !!ofElement(e));
    if (clauses.length === 1 && groups.length === 1) {
      // The one clause is this group's (an element with anchors gives exactly one): its branches instead.
      const sub = gateOfAlternatives(groups[0].alternatives);
      if (!sub) return null;
      out.push(...sub);
    } else out.push(clauses.map((c) => [...c]).sort((x, y) => cost(new Set(x)) - cost(new Set(y))));
  }
  return out;
}

/** Made when first asked for: the command line's bundle loads regexpp only then (scripts/bundle.js `loadedWhenUsed`). */
let made: RegExpParser | undefined;
const parser = (): RegExpParser => (made ??= new RegExpParser({ ecmaVersion: 2025 }));

/** The anchors of one expression's source (with the `u` flag), its best single clause; null when it has none or does not parse. */
export function anchorsOf(source: string): Set<number> | null {
  try {
    return ofAlternatives(parser().parsePattern(source, 0, source.length, { unicode: true }).alternatives);
  } catch {
    return null;
  }
}

/**
 * Sources read at run time (not in the bundle's table), with their gates: a source asked again is
 * not read again, and scripts/bundle.js puts every source a compile of the data and a few checks
 * asked about into the table (`gatesRead`): a list's cues read one by one to split it (`cueHasGate`
 * in cues.ts), its part with words, the rules' lists. Bounded (a caller may make expressions from
 * document text, `mayMatch`).
 */
const readAtRunTime = new Map<string, Gate | null>();
const MAX_READ_AT_RUN_TIME = 16384;

/** The gate of one expression's source (with the `u` flag); null when it is never gated or does not parse. */
export function gateOf(source: string): Gate | null {
  if (PRECOMPUTED_ANCHORS.size) {
    const known = PRECOMPUTED_ANCHORS.get(anchorKey(source));
    if (known !== undefined) return known as Gate | null;
  }
  let gate = readAtRunTime.get(source);
  if (gate === undefined) {
    gate = readGate(source);
    if (readAtRunTime.size < MAX_READ_AT_RUN_TIME) readAtRunTime.set(source, gate);
  }
  return gate;
}

/** Every source `gateOf` read itself, with its gate: what the bundles' table is made from (scripts/bundle.js). */
export function gatesRead(): [source: string, gate: Gate | null][] {
  return [...readAtRunTime];
}

/** The same, always read from the source (what a precomputed table holds: anchors-table.ts). */
export function readGate(source: string): Gate | null {
  try {
    return gateOfAlternatives(parser().parsePattern(source, 0, source.length, { unicode: true }).alternatives);
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

/** Anchor code → its bit in a text's words; only codes some gate asks about have one. */
const anchorBit = new Map<number, number>();
/** The same for three-letter codes, as an array read once per letter of a text (-1: none). */
const triBit = new Int32Array(TRI).fill(-1);
/** Three-letter codes that begin some four-letter anchor: only after them is a four-letter code looked up. */
const quadStart = new Uint8Array(TRI);

/** The bit of an anchor code, given one when it has none. */
function bitOf(k: number): number {
  let bit = anchorBit.get(k);
  if (bit === undefined) {
    anchorBit.set(k, (bit = anchorBit.size));
    if (k < TRI) triBit[k] = bit;
    else quadStart[Math.floor((k - TRI) / 36)] = 1;
  }
  return bit;
}
/** Gate id → its branches of clauses of anchor bits; null: always open. */
const gates: (Int32Array[][] | null)[] = [];

/**
 * A gate for a list of expressions (any of which may match): its id, to be asked with `opens`.
 * Registered once per compiled list (the caller keeps the id).
 */
export function gateFor(regexps: readonly RegExp[]): number {
  return gateMade(regexps, (re) => gateOf(sourceOf(re)));
}

/**
 * A gate made as `gateFor` makes one, of each item's gate (`read`, asked in order until one is
 * null): a list compiled ahead of time gives its expressions' gates as data (coverage.ts
 * `matcherFrom`), without its sources looked up again.
 */
export function gateMade<T>(items: readonly T[], read: (item: T) => Gate | null): number {
  const id = gates.length;
  const branches: Int32Array[][] = [];
  for (const item of items) {
    const g = read(item);
    if (!g) {
      gates.push(null);
      return id;
    }
    for (const b of g) {
      branches.push(
        b.map((clause) => Int32Array.from(clause, bitOf)),
      );
    }
  }
  gates.push(branches.length ? branches : null);
  return id;
}

/**
 * A gate open wherever one of the given gates is (any of their lists may match), made from their
 * branches without reading an expression again. Registered like `gateFor`'s.
 */
export function gateOfGates(ids: readonly number[]): number {
  const id = gates.length;
  const branches: Int32Array[][] = [];
  for (const g of ids) {
    const b = gates[g];
    if (b === null || b === undefined) {
      gates.push(null);
      return id;
    }
    branches.push(...b);
  }
  gates.push(branches.length ? branches : null);
  return id;
}

/** Which anchors a text holds (a bit per anchor), and each gate's answer once asked: ask with `opens(words, id)`. */
export interface TextWords {
  present: Uint32Array;
  /** How many gates there were: a gate made later is open to this text (until `current` brings it up to date). */
  gates: number;
  /** How many anchors had a bit when the text was read: `present` says nothing of later ones. */
  bits: number;
  /** Per gate: 0 not asked yet, 1 open, 2 closed. */
  answers: Uint8Array;
}

/** The anchors of a text (and of any part of it). Linear in the text. */
export function textWords(text: string): TextWords {
  const count = gates.length;
  const present = new Uint32Array((anchorBit.size >> 5) + 1);
  const lower = text.toLowerCase();
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = 0; i < lower.length; i++) {
    let ch = lower.charCodeAt(i);
    if (ch === 0x17f) ch = 115; // ſ is an s to a case-insensitive match
    const d = code(ch);
    if (d < 0) {
      a = b = c = -1;
      continue;
    }
    if (b >= 0 && c >= 0) {
      const bit = triBit[(b * 36 + c) * 36 + d];
      if (bit >= 0) present[bit >> 5] |= 1 << (bit & 31);
      if (a >= 0 && quadStart[(a * 36 + b) * 36 + c]) {
        const q = anchorBit.get(TRI + ((a * 36 + b) * 36 + c) * 36 + d);
        if (q !== undefined) present[q >> 5] |= 1 << (q & 31);
      }
    }
    a = b;
    b = c;
    c = d;
  }
  return { present, gates: count, bits: anchorBit.size, answers: answersFor(present, count) };
}

/**
 * A text's words brought up to the gates made since it was read, when those gates brought no new
 * anchor (its `present` is then complete): the text need not be read again. False when it must be.
 */
function current(words: TextWords): boolean {
  if (words.gates === gates.length) return true;
  if (words.bits !== anchorBit.size) return false;
  words.gates = gates.length;
  words.answers = answersFor(words.present, words.gates);
  return true;
}

/**
 * A gate's answer depends only on which anchors a text holds, so texts that hold the same ones
 * share their answers: the items of a long list ("record 1", "record 2", ...) ask every gate once,
 * not once per item. Bounded; cleared when full.
 */
const sharedAnswers = new Map<string, Uint8Array>();
const SHARED_ANSWERS = 4096;
function answersFor(present: Uint32Array, gates: number): Uint8Array {
  // Joined, not added up: a key made with `+=` is a chain of strings that point at their parts,
  // kept by the map as long as the key (4,096 keys; the 1 MB policy's held 2.5 MB that way).
  const parts: (string | number)[] = [gates];
  for (let i = 0; i < present.length; i++) if (present[i]) parts.push(`${i}:${present[i]}`);
  const key = parts.join(',');
  let answers = sharedAnswers.get(key);
  if (!answers) {
    if (sharedAnswers.size >= SHARED_ANSWERS) sharedAnswers.clear();
    sharedAnswers.set(key, (answers = new Uint8Array(gates)));
  }
  return answers;
}

/**
 * The words of two texts joined by a space (or any character that is not a letter or digit): no
 * anchor runs across the join, so they are the two texts' words together, without reading either
 * again. Null when a gate was made between the two readings.
 */
export function joinedWords(a: TextWords, b: TextWords): TextWords | null {
  current(a);
  current(b);
  if (a.gates !== b.gates || a.present.length !== b.present.length) return null;
  const present = new Uint32Array(a.present.length);
  for (let i = 0; i < present.length; i++) present[i] = a.present[i] | b.present[i];
  return { present, gates: a.gates, bits: a.bits, answers: answersFor(present, a.gates) };
}

function holds(present: Uint32Array, clause: Int32Array): boolean {
  for (let i = 0; i < clause.length; i++) if (present[clause[i] >> 5] & (1 << (clause[i] & 31))) return true;
  return false;
}

/** May an expression list behind this gate match in the text (or in any part of it)? */
export function opens(words: TextWords, id: number): boolean {
  if (!enabled || (id >= words.gates && !current(words))) return true;
  const known = words.answers[id];
  if (known) return known === 1;
  const branches = gates[id];
  const open = !branches || someBranchHolds(words.present, branches);
  words.answers[id] = open ? 1 : 2;
  return open;
}

/**
 * May an expression list behind this gate match in two texts joined by a space (`joinedWords` of the
 * two): open when either text opens it alone (each answer remembered with its text), else as the
 * joined words answer it. The joined words are kept with the second text (an item, a cell) for the
 * first (its lead-in, its row) they were made with, so every requirement's gate asks the pair once,
 * and pairs that hold the same anchors share their answers (`answersFor`): a list of thousands of
 * items under one lead-in asks each gate a few times, not once per item and requirement (session 39:
 * a 512 KB list spent an eighth of its check looping over the gates' branches here).
 */
const joinedWith = new WeakMap<TextWords, { first: TextWords; joined: TextWords | null }>();
export function opensJoined(a: TextWords, b: TextWords, id: number): boolean {
  if (opens(a, id) || opens(b, id)) return true;
  // A text read before an anchor was added says nothing of it: open, as for one text alone.
  if (!gates[id] || !current(a) || !current(b)) return true;
  let kept = joinedWith.get(b);
  if (kept?.first !== a) joinedWith.set(b, (kept = { first: a, joined: joinedWords(a, b) }));
  return kept.joined === null || opens(kept.joined, id);
}

/** Whether every clause of some branch holds (loops, not closures: asked once per text and gate). */
function someBranchHolds(present: Uint32Array, branches: Int32Array[][]): boolean {
  for (let b = 0; b < branches.length; b++) {
    const clauses = branches[b];
    let all = true;
    for (let c = 0; c < clauses.length && all; c++) all = holds(present, clauses[c]);
    if (all) return true;
  }
  return false;
}

// ---- any expression, on any text ---------------------------------------------------------------

const regexpGates = new WeakMap<RegExp, number>();
const gatesBySource = new Map<string, number>();
const wordsMemo = new Map<string, TextWords>();
/**
 * At most this many expressions get a gate of their own through `mayMatch` (the data's and the
 * code's are a few hundred): the gates, the anchors' bits and every text's words would otherwise
 * grow with each new expression a caller made.
 */
export const MAX_EXPRESSION_GATES = 4096;
/**
 * Shorter texts are gated without remembering their words (reading them costs about as much as a
 * look-up). They were once searched without the gate, but V8 compiles an expression at its first
 * search, a millisecond or more for a long cue list: in a small policy, made of short texts, that
 * was a tenth of the check.
 */
const REMEMBER_FROM = 48;
/** The words of the last short text `mayMatch` was asked about (a copy: a slice would keep its document alive). */
let lastShort: { text: string; words: TextWords } = { text: '', words: { present: new Uint32Array(1), gates: -1, bits: -1, answers: new Uint8Array(0) } };

/**
 * May the expression match somewhere in the text? False only when it certainly cannot. Only
 * expressions with the `u` or `v` flag are gated (their syntax is the one the anchors are read
 * in); a text's words are remembered by the text, so an edit reads again only what it changed.
 */
/** Whether the word gate can ever close for this expression (it has a gate, `u` or `v` flag); false when the gate is off. */
export function gated(re: RegExp): boolean {
  if (!enabled || !(re.unicode || re.flags.includes('v'))) return false;
  return gateOf(sourceOf(re)) !== null;
}

/** How many expressions have a gate of their own through `mayMatch` (for the test of its bound). */
export function expressionGates(): number {
  return gatesBySource.size;
}

export function mayMatch(text: string, re: RegExp): boolean {
  if (!enabled) return true;
  let id = regexpGates.get(re);
  if (id === undefined) {
    // A caller may make a new expression object per call: the gate is kept by source too.
    const key = `${re.flags}/${sourceOf(re)}`;
    id = gatesBySource.get(key);
    if (id === undefined) {
      // Past MAX_EXPRESSION_GATES expressions (a caller making them from document text), a new one is searched ungated.
      if (gatesBySource.size >= MAX_EXPRESSION_GATES) return true;
      gatesBySource.set(key, (id = re.unicode || re.flags.includes('v') ? gateFor([re]) : gateFor([])));
    }
    regexpGates.set(re, id);
  }
  if (!gates[id]) return true;
  if (text.length < REMEMBER_FROM) {
    // Not worth a memo entry; but the rules ask of one short text (a heading, a list item) with
    // one expression after another, so its words are kept until another text is asked about.
    if (text !== lastShort.text || (id >= lastShort.words.gates && !current(lastShort.words))) lastShort = { text: flat(text), words: textWords(text) };
    return opens(lastShort.words, id);
  }
  let words = remember(wordsMemo, text, () => textWords(text));
  if (id >= words.gates && !current(words)) {
    // Gates with new anchors made since this text was read: read it again for them.
    words = textWords(text);
    wordsMemo.set(text, words);
  }
  return opens(words, id);
}
