// A statistical second opinion on coverage (issue 13): per requirement and language, a small
// logistic model over a sentence's word stems and stem pairs (hashed), trained by
// scripts/train-coverage.js on the project's own labelled test sentences and whole policies
// (server/data/models/coverage.json: hashed feature weights only, no text). It never changes a
// status. Where it disagrees with the cues it adds `check` to the coverage item: a sentence the
// cues did not read as the item but that scores high for it (a `missing` item), or the deciding
// sentence of a `present` item when it scores very low. The report then says "check this line"
// rather than only a confident answer. The thresholds are the model file's, chosen by measurement
// (scripts/eval-classifier.js).
import { blockSpan, type Block, type PolicyDocument } from './document.js';
import { sentencesOf } from './cues.js';
import { rememberFor, type TextMemo } from './memo.js';
import { toMachineCode } from './text.js';
import { coverageModel } from '../generated/coverage-model.js';
import type { Coverage, Evidence } from './types.js';

/** The model file's shape (server/data/models/coverage.json). */
export interface CoverageModelData {
  about: string;
  /** Feature hashes are taken modulo 2^bits. */
  bits: number;
  /** A word is cut to its first `stem` letters (a stem that needs no per-language code). */
  stem: number;
  /** 1: a sentence's feature weights are summed and scaled by one over the square root of their number. */
  norm?: number;
  /** A sentence whose probability reaches this is pointed at for a `missing` item (null: never). */
  flagMissing: number | null;
  /** A `present` item whose every deciding sentence scores below this is pointed at (null: never). */
  flagPresent: number | null;
  /**
   * Per requirement, the score from which an item the cues call plainly `missing` (no statement of
   * absence) is read as given by the model: `present`, its best sentence as the evidence, `by:
   * "model"`, and `check` kept. Chosen per requirement by scripts/eval-raise.js (leave one round
   * out, strictly nested); a requirement not named is never raised. Absent: none.
   */
  raiseMissing?: Record<string, number> | null;
  /**
   * With `raiseMissing`: the best sentence is read again without the one word that adds most to
   * its score (that word's stem and the stem pairs it is in), and only that score is held to τ, so
   * a raise does not hang on one word ("optional", "copy"). Measured so by scripts/eval-raise.js
   * `--robust`.
   */
  raiseRobust?: boolean;
  /**
   * With `raiseMissing`: a second reading the best sentence must also pass, one that look-alikes of
   * another domain fail (`gatePasses`): alternatives joined by `|`, each of readings joined by `&`,
   * of `object`, `person`, `near`, `section` (coverage.ts `gateReadings`). Absent or null: none.
   * Measured by scripts/eval-raise.js `--gates`.
   */
  raiseGate?: string | null;
  /**
   * Per language, per requirement: the bias and the weights, as [feature step, weight × 100] pairs,
   * the features ascending, each written as its distance from the one before (the first from 0).
   */
  models: Record<string, Record<string, { bias: number; w: number[] }>>;
}

const MODEL = coverageModel as CoverageModelData;

/** A sentence of fewer words is a fragment ("With your consent", "Business transfers."): never pointed at for a missing item. */
const MIN_WORDS = 4;

/** Sentences longer than this are read only in their first part (linear time on any input). */
const MAX_UNIT = 600;

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** FNV-1a over a string's code units, from a state (a hash of what came before it): not yet made unsigned. */
function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const FNV_START = 0x811c9dc5;
/** The states after "u " and "b ": a feature's hash is FNV-1a of "u <stem>" or "b <stem> <stem>", continued from them without making those strings. */
const UNIGRAM = fnvOn(FNV_START, 'u ');
const BIGRAM = fnvOn(FNV_START, 'b ');

/** The words of a text as the model reads them: lower case, cut to a stem; numbers up to four digits kept, longer ones as `#`. */
export function stems(text: string, stem = MODEL.stem): string[] {
  const out: string[] = [];
  const lower = text.slice(0, MAX_UNIT).toLowerCase();
  toMachineCode(WORD, lower);
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    out.push(DIGITS.test(w) ? (w.length > 4 ? '#' : w) : w.slice(0, stem));
  }
  return out;
}

/** The hashed features of a text (each stem and each pair of neighbouring stems), distinct and ascending. */
export function featureIds(text: string, bits = MODEL.bits, stem = MODEL.stem): number[] {
  return featuresOf(stems(text, stem), bits);
}

/** The mask of a feature id of `bits` bits. */
const maskOf = (bits: number): number => (bits >= 32 ? 0xffffffff : (1 << bits) - 1);
/** A stem's feature id. */
const unigramId = (word: string, mask: number): number => (fnvOn(UNIGRAM, word) >>> 0) & mask;
/** A pair of neighbouring stems' feature id. */
const bigramId = (a: string, b: string, mask: number): number => (fnvOn(fnvOn(fnvOn(BIGRAM, a), ' '), b) >>> 0) & mask;

/** featureIds of a text's stems already read. */
function featuresOf(words: string[], bits: number): number[] {
  const mask = maskOf(bits);
  const ids = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    ids.add(unigramId(words[i], mask));
    if (i > 0) ids.add(bigramId(words[i - 1], words[i], mask));
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * One language's models, laid out for scoring: per feature, a run of (requirement, weight) pairs
 * in two typed arrays (`at` maps a feature to its run's start, `end` a run's start to its end), so
 * that the thousands of features are a few objects for the collector, not an array each.
 */
interface Scorer {
  ids: string[];
  bias: Float64Array;
  at: Map<number, number>;
  end: Int32Array;
  req: Uint16Array;
  weight: Float32Array;
}

const scorers = new WeakMap<CoverageModelData, Map<string, Scorer | null>>();

function scorerFor(language: string, model = MODEL): Scorer | null {
  let perModel = scorers.get(model);
  if (!perModel) scorers.set(model, (perModel = new Map()));
  let s = perModel.get(language);
  if (s !== undefined) return s;
  const models = model.models[language];
  s = null;
  if (models) {
    const ids = Object.keys(models).sort();
    const bias = new Float64Array(ids.length);
    // Each requirement's (feature, weight) pairs, features ascending (as the file writes them; a
    // list that is not is sorted, stably), merged into one run ordered by feature, then
    // requirement: a merge of two dozen sorted lists, not a sort of every pair (a sort with a
    // comparator over all of them was a tenth of a small check's start-up).
    const lists = ids.map((id, r) => {
      const m = models[id];
      bias[r] = m.bias;
      const n = m.w.length >> 1;
      let feature = new Float64Array(n);
      let w = new Float32Array(n);
      let f = 0;
      let sorted = true;
      for (let i = 0; i < n; i++) {
        if (m.w[2 * i] < 0 && i > 0) sorted = false;
        feature[i] = f += m.w[2 * i];
        w[i] = m.w[2 * i + 1] / 100;
      }
      if (!sorted) {
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => feature[a] - feature[b]);
        [feature, w] = [Float64Array.from(order, (i) => feature[i]), Float32Array.from(order, (i) => w[i])];
      }
      return { feature, w };
    });
    const total = lists.reduce((n, l) => n + l.feature.length, 0);
    const at = new Map<number, number>();
    const req = new Uint16Array(total);
    const weight = new Float32Array(total);
    const next = new Int32Array(lists.length);
    const end = new Int32Array(total);
    for (let i = 0; i < total; i++) {
      let r = -1;
      let f = Infinity;
      for (let k = 0; k < lists.length; k++) {
        const j = next[k];
        if (j < lists[k].feature.length && lists[k].feature[j] < f) {
          f = lists[k].feature[j];
          r = k;
        }
      }
      // A feature's run starts where it is first met and ends where the next feature's starts
      // (`end`): a feature may weigh in for any number of requirements (a start × 64 + length
      // code mixed the start into the length past 63 of them).
      const start = at.get(f);
      if (start === undefined) at.set(f, i);
      end[start ?? i] = i + 1;
      req[i] = r;
      weight[i] = lists[r].w[next[r]++];
    }
    s = { ids, bias, at, end, req, weight };
  }
  perModel.set(language, s);
  return s;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Per requirement, the log-odds that the text gives it. A plain array of numbers (V8 keeps it on
 * the heap, unboxed): the memos hold one per sentence, and a typed array of this size would be a
 * buffer outside the heap for the collector to track, each.
 */
function logits(scorer: Scorer, text: string, model = MODEL): number[] {
  return logitsOf(scorer, featureIds(text, model.bits, model.stem), model);
}

function logitsOf(scorer: Scorer, ids: number[], model: CoverageModelData): number[] {
  const sum: number[] = new Array<number>(scorer.bias.length).fill(0);
  for (const f of ids) {
    const start = scorer.at.get(f);
    if (start === undefined) continue;
    for (let i = start, end = scorer.end[start]; i < end; i++) sum[scorer.req[i]] += scorer.weight[i];
  }
  const scale = model.norm ? 1 / Math.sqrt(Math.max(1, ids.length)) : 1;
  for (let r = 0; r < sum.length; r++) sum[r] = scorer.bias[r] + sum[r] * scale;
  return sum;
}

/** Per requirement of the language's models (ids sorted), the probability that the text gives it; null where the language has no model. */
export function scoreText(text: string, language: string, model = MODEL): { ids: string[]; p: number[] } | null {
  const scorer = scorerFor(language, model);
  if (!scorer) return null;
  return { ids: scorer.ids, p: logits(scorer, text, model).map(sigmoid) };
}

/** Headings, code and HTML are no statements: the model reads none of their text. */
const unread = (block: Block) => block.kind === 'heading' || block.kind === 'code' || block.kind === 'html';

/** A prose block's sentences, as the model reads them (the units of its training too). */
export function unitsOf(block: Block): { from: number; to: number }[] {
  if (unread(block)) return [];
  const { starts, ends } = sentencesOf(block);
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < starts.length; i++) if (ends[i] > starts[i]) out.push({ from: starts[i], to: ends[i] });
  return out;
}

/**
 * What the model makes of one block, for every requirement of its language at once: per
 * requirement (by the scorer's index) the best log-odds among the block's sentences that are not
 * fragments and which of those sentences gave it (the first on a tie). Remembered by the block's
 * text and language, so the check after an edit scores only the sentences of the blocks it
 * changed, and the document pass compares one number per block and item.
 */
interface BlockBest {
  /** The sentences (MIN_WORDS words or more), in the block's folded offsets. */
  units: { from: number; to: number }[];
  /** Per requirement: the best log-odds (-Infinity without a sentence) and its sentence's index in `units`. */
  at: number[];
  which: number[];
}

const blockScores: TextMemo<string, BlockBest> = new Map();
const textScores: TextMemo<string, number[]> = new Map();

/** A block with no sentence the model reads (a heading, fragments only): shared, never changed. */
const NO_SENTENCE: BlockBest = Object.freeze({ units: [], at: [], which: [] }) as unknown as BlockBest;

/** Per length, an array of zeros: the `which` of every block of one sentence (shared, never changed). */
const firsts = new Map<number, number[]>();

function scoreBlock(scorer: Scorer, block: Block, model: CoverageModelData): BlockBest {
  const read: { from: number; to: number; logits: number[] }[] = [];
  for (const u of unitsOf(block)) {
    const words = stems(block.text.slice(u.from, u.to), model.stem);
    if (words.length >= MIN_WORDS) read.push({ ...u, logits: logitsOf(scorer, featuresOf(words, model.bits), model) });
  }
  if (!read.length) return NO_SENTENCE;
  const n = scorer.bias.length;
  const units = read.map(({ from, to }) => ({ from, to }));
  if (read.length === 1) {
    let which = firsts.get(n);
    if (!which) firsts.set(n, (which = Object.freeze(new Array<number>(n).fill(0)) as number[]));
    return { units, at: read[0].logits, which };
  }
  const at: number[] = new Array<number>(n).fill(-Infinity);
  const which: number[] = new Array<number>(n).fill(-1);
  read.forEach((u, k) => {
    for (let r = 0; r < n; r++) {
      if (u.logits[r] > at[r]) {
        at[r] = u.logits[r];
        which[r] = k;
      }
    }
  });
  return { units, at, which };
}

function blockBest(scorer: Scorer, block: Block, language: string, model = MODEL): BlockBest {
  // Not remembered for a heading: the memo is keyed by the text, which a paragraph may share.
  if (unread(block)) return scoreBlock(scorer, block, model);
  // Another model (a measurement's) is not remembered: the memos hold the built-in model's scores.
  return model === MODEL ? rememberFor(blockScores, block.text, language, () => scoreBlock(scorer, block, model)) : scoreBlock(scorer, block, model);
}

/** Where the model weighs in on an item: its best sentence for a `missing` item, the best of its deciding sentences for a `present` one. */
export interface Opinion {
  coverage: Coverage;
  /** The probability the model gives the sentence. */
  p: number;
  sentence: Evidence;
  /** A missing item's: the block the sentence is in, and the sentence's offsets in its text. */
  block?: Block;
  at?: { from: number; to: number };
}

/** The structural readings of a sentence in its place that may gate a raise (coverage.ts `gateReadings`). */
export interface GateReadings {
  object: boolean;
  person: boolean;
  near: boolean;
  section: boolean;
}
export type GateReader = (language: string, id: string, text: string, head?: string, lead?: string | null) => GateReadings;

/** Whether readings pass a gate expression (`raiseGate`): "object", "near&object", "object|section". No expression: yes. */
export function gatePasses(readings: GateReadings, gate: string | null | undefined): boolean {
  if (!gate) return true;
  return gate.split('|').some((alt) => alt.split('&').every((g) => readings[g.trim() as keyof GateReadings] === true));
}

/**
 * A block's place as the model reads it (here and in scripts/eval-raise.js): its section's title
 * and, for a list item, its lead-in (the nearest paragraph before it, past other list items and
 * tables but not past a heading, where that paragraph ends on a colon).
 */
export function placeOf(doc: PolicyDocument, block: Block): { head: string; lead: string | null } {
  const head = doc.sections[block.section]?.title ?? '';
  if (block.kind !== 'list-item') return { head, lead: null };
  for (let i = block.index - 1; i >= 0; i--) {
    const b = doc.blocks[i];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph') return { head, lead: b.text.trimEnd().endsWith(':') ? b.text : null };
  }
  return { head, lead: null };
}

/**
 * The model's opinion of each `missing` and `present` item that the document's language has a
 * model for: for a missing item, the sentence that scores highest for it (none when the text has
 * no sentence; `stateless`: blocks that state nothing, a table of contents' items, are not read);
 * for a present one, the highest score among its deciding sentences. `model`: another model than
 * the built-in one (scripts/eval-classifier.js measures models before one is written).
 */
export function opinions(doc: PolicyDocument, coverage: Coverage[], model = MODEL, stateless?: ReadonlySet<number>): Opinion[] {
  const scorer = scorerFor(doc.language, model);
  if (!scorer) return [];
  const index = new Map(scorer.ids.map((id, i) => [id, i]));
  const out: Opinion[] = [];
  const missing = coverage.filter((c) => c.status === 'missing' && index.has(c.requirement));
  if (missing.length) {
    const rs = missing.map((c) => index.get(c.requirement)!);
    const best: number[] = missing.map(() => -Infinity);
    const blocks: (Block | undefined)[] = missing.map(() => undefined);
    const scores: (BlockBest | undefined)[] = missing.map(() => undefined);
    for (const block of doc.blocks) {
      if (stateless?.has(block.index)) continue;
      const b = blockBest(scorer, block, doc.language, model);
      if (!b.units.length) continue;
      for (let k = 0; k < rs.length; k++) {
        const at = b.at[rs[k]];
        if (at > best[k]) {
          best[k] = at;
          blocks[k] = block;
          scores[k] = b;
        }
      }
    }
    missing.forEach((c, k) => {
      const b = scores[k];
      if (!b) return;
      const unit = b.units[b.which[rs[k]]];
      out.push({ coverage: c, p: sigmoid(best[k]), sentence: evidenceAt(doc, blocks[k]!, unit), block: blocks[k], at: { from: unit.from, to: unit.to } });
    });
  }
  for (const c of coverage) {
    if (c.status !== 'present' || !c.evidence.length || !index.has(c.requirement)) continue;
    const r = index.get(c.requirement)!;
    let top = c.evidence[0];
    let at = -Infinity;
    for (const e of c.evidence) {
      const l = (model === MODEL ? rememberFor(textScores, e.text, doc.language, () => logits(scorer, e.text)) : logits(scorer, e.text, model))[r];
      if (l > at) [at, top] = [l, e];
    }
    out.push({ coverage: c, p: sigmoid(at), sentence: top });
  }
  return out;
}

/** Whether an opinion disagrees with the cues enough to say "check this line", at the given thresholds. */
export function disagrees(o: Opinion, flagMissing = MODEL.flagMissing, flagPresent = MODEL.flagPresent): boolean {
  if (o.coverage.status === 'missing') return flagMissing !== null && o.p >= flagMissing;
  return flagPresent !== null && o.p < flagPresent;
}

/**
 * Per distinct stem of a text (in the order first met), the features that go with it: its own and
 * every stem pair it is in (featuresOf's ids). What leaving one word out of a sentence takes away
 * (`withoutStrongestWord`; scripts/eval-raise.js --robust measures the same).
 */
export function featuresByWord(words: string[], bits: number): Set<number>[] {
  const mask = maskOf(bits);
  const out: Set<number>[] = [];
  for (const w of new Set(words)) {
    const gone = new Set<number>([unigramId(w, mask)]);
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== w) continue;
      if (i > 0) gone.add(bigramId(words[i - 1], w, mask));
      if (i + 1 < words.length) gone.add(bigramId(w, words[i + 1], mask));
    }
    out.push(gone);
  }
  return out;
}

/**
 * The probability one requirement's model gives a text without the word that adds most to it: that
 * word's stem and every stem pair it is in are left out of the sum (the scale stays the whole
 * sentence's). Equals the plain score where no word adds anything. Null: no model.
 */
export function withoutStrongestWord(text: string, language: string, requirement: string, model = MODEL): number | null {
  const scorer = scorerFor(language, model);
  const r = scorer ? scorer.ids.indexOf(requirement) : -1;
  if (!scorer || r < 0) return null;
  const weightOf = (f: number): number => {
    const start = scorer.at.get(f);
    if (start !== undefined) for (let i = start, end = scorer.end[start]; i < end; i++) if (scorer.req[i] === r) return scorer.weight[i];
    return 0;
  };
  const words = stems(text, model.stem);
  const ids = featuresOf(words, model.bits);
  let sum = 0;
  for (const f of ids) sum += weightOf(f);
  let most = 0;
  for (const gone of featuresByWord(words, model.bits)) {
    let add = 0;
    for (const f of gone) add += weightOf(f);
    if (add > most) most = add;
  }
  const scale = model.norm ? 1 / Math.sqrt(Math.max(1, ids.length)) : 1;
  return sigmoid(scorer.bias[r] + (sum - most) * scale);
}

/** Whether the model reads a plainly missing item as given (`raiseMissing`; with `raiseRobust`, its sentence without its strongest word). */
export function raises(o: Opinion, raise = MODEL.raiseMissing, language?: string, model = MODEL, doc?: PolicyDocument, readGate?: GateReader): boolean {
  const tau = raise?.[o.coverage.requirement];
  if (tau === undefined || o.coverage.status !== 'missing' || o.coverage.stated?.length || o.p < tau) return false;
  if (model.raiseRobust && language !== undefined && (withoutStrongestWord(o.sentence.text, language, o.coverage.requirement, model) ?? 0) < tau) return false;
  if (!model.raiseGate) return true;
  // The second reading: without a reader of the sentence's place, no raise.
  if (!doc || !readGate || !o.block) return false;
  const { head, lead } = placeOf(doc, o.block);
  return gatePasses(readGate(doc.language, o.coverage.requirement, o.sentence.text, head, lead), model.raiseGate);
}

/**
 * Adds `check` to the items where the model disagrees with the cues (`disagrees`), and reads a
 * plainly missing item as given where its best sentence reaches the requirement's `raiseMissing`
 * (`raises`): `present` at that sentence, `by: "model"`, the `check` kept so the report says to
 * check the line. `stateless`: blocks the cues read as stating nothing (coverage.ts `Findings.contents`);
 * `absentAt`: the item's elements not given beside a raised sentence (coverage.ts), which make it `partial`.
 */
export function addChecks(
  doc: PolicyDocument,
  coverage: Coverage[],
  model = MODEL,
  readGate?: GateReader,
  stateless?: ReadonlySet<number>,
  absentAt?: (item: Coverage, block: Block, at: { from: number; to: number }) => string[],
): void {
  if (model.flagMissing === null && model.flagPresent === null && !model.raiseMissing) return;
  for (const o of opinions(doc, coverage, model, stateless)) {
    if (raises(o, model.raiseMissing, doc.language, model, doc, readGate)) {
      const c = o.coverage;
      const absent = absentAt && o.block && o.at ? absentAt(c, o.block, o.at) : [];
      c.status = absent.length ? 'partial' : 'present';
      if (absent.length) c.absent = absent;
      c.evidence = [o.sentence];
      c.by = 'model';
      c.check = [o.sentence];
      delete c.lookedFor;
    } else if (disagrees(o, model.flagMissing, model.flagPresent)) o.coverage.check = [o.sentence];
  }
}

function evidenceAt(doc: PolicyDocument, block: Block, unit: { from: number; to: number }): Evidence {
  return { range: doc.lines.range(blockSpan(block, unit.from, unit.to)), text: block.text.slice(unit.from, unit.to) };
}
