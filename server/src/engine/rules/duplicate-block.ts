// Finds paragraphs, or runs of paragraphs, that a policy repeats verbatim or nearly so. Pasted
// twice, a clause says the same thing twice at best; once one copy is edited, it says two things.
// Paragraphs are compared as sets of word shingles; MinHash signatures banded for
// locality-sensitive hashing find the candidate pairs, so the cost grows with the document's
// length, not with the square of its paragraph count.
import type { Block, PolicyDocument } from '../document.js';
import { fromLanguageData } from '../cues.js';
import type { Rule } from '../rule.js';
import type { Span, SpanFix } from '../types.js';
import { removalSpan } from '../edits.js';
import { flat, remember } from '../memo.js';
import { toMachineCode } from '../text.js';

const DEFAULT_MIN_WORDS = 20;
const DEFAULT_THRESHOLD = 0.8;
/** Words per shingle: pairs separate reworded copies from parallel clauses best (see the docs). */
const SHINGLE = 2;
const HASHES = 64;
/** Earlier paragraphs kept per LSH bucket; a later one is compared with these only. */
const BUCKET_CAP = 6;
/** Most candidates verified for one paragraph. */
const CANDIDATE_CAP = 24;
/** Atoms (short paragraphs, headings) a run of copies may cross when both copies have them. */
const RUN_GAP = 2;
/** Most "also repeated here" entries on one finding. */
const MAX_RELATED = 10;

const TERMINAL_LINE = /[.!?:;]["'”’)\]]*\s*$/;
const WORD = /[\p{L}\p{N}]+(?:['’‘`][\p{L}\p{N}]+)*/gu;

interface Atom {
  /** Position in document order; adjacent atoms have consecutive indices. */
  index: number;
  block: Block;
  span: Span;
}

interface Unit {
  id: number;
  /** Atoms covered, first and last (inclusive). */
  from: number;
  to: number;
  span: Span;
  block: Block;
  /** Lower-case words joined: equal keys mean the same wording whatever the layout. */
  key: string;
  /** Its source text (a slice of the document's, for this check only): `sameVerbatim`. */
  src: string;
  /** Sorted distinct shingle hashes. */
  shingles: Int32Array;
  /** A segment of a block that holds one paragraph per line. */
  segment: boolean;
}

interface Match {
  unit: Unit;
  root: Unit;
  similarity: number;
  verbatim: boolean;
}

interface Finding {
  from: number;
  to: number;
  firstFrom: number;
  firstTo: number;
  span: Span;
  firstSpan: Span;
  matches: Match[];
  verbatim: boolean;
  similarity: number;
  roots: Set<number>;
}

const rule: Rule = {
  meta: {
    id: 'duplicate-block',
    description: 'A paragraph or run of paragraphs repeated word for word or nearly so.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docs: `A clause pasted twice makes a policy longer and harder to read, and it invites
contradiction: when one copy is later corrected and the other is not, the policy says two
different things, and a reader (or a regulator) may rely on the wrong one.

**What it catches.** A paragraph or list item that repeats an earlier one word for word, with its
lines wrapped differently, or with small edits (by default, 80% alike, counted over pairs of
consecutive words). Copies are found wherever they stand, and a run of paragraphs copied together
is reported once. The finding sits on each later copy; the first copy stays unmarked, and related
information points at every copy.

**What it leaves alone.** Headings, table cells, code blocks and HTML; paragraphs shorter than
\`minWords\` words (repeated labels such as "(a) Contact details" or short sentences); and blocks
that read as a postal address or a list of names rather than prose. Items of one list that say
the same of different things ("we keep your account details …, to establish, exercise or defend
legal claims", "we keep your order history …, to establish, exercise or defend legal claims"): a
list repeats its refrain on purpose. An item that copies another with a few words added or one
word changed is still reported.

**How to fix it.** Keep one copy. For a word-for-word copy the safe fix removes it, line breaks
included; for a near copy, check which wording is right before removing one. Or replace the copy
with a reference to the section that holds the first one.

**Options.** \`minWords\` (default ${DEFAULT_MIN_WORDS}): the fewest words a paragraph needs to be
compared. \`threshold\` (default ${DEFAULT_THRESHOLD}): how alike two paragraphs must be (Jaccard
similarity of their sets of consecutive word pairs; 1 = the same words in the same order). Word
pairs rather than longer shingles because they keep a reworded copy ("which … are" for "that … is")
above 0.8 while parallel clauses that differ in one phrase ("ask us for a copy of" / "ask us to
delete") stay below it.`,
    options: {
      type: 'object',
      properties: {
        minWords: { type: 'integer', minimum: 5, default: DEFAULT_MIN_WORDS, description: 'Fewest words a paragraph needs to be compared.' },
        threshold: {
          type: 'number',
          minimum: 0.3,
          maximum: 1,
          default: DEFAULT_THRESHOLD,
          description: 'How alike two paragraphs must be to count as copies (Jaccard similarity of their sets of consecutive word pairs).',
        },
      },
      additionalProperties: false,
    },
    examples: [
      {
        bad: 'North West IT (seed 004): the paragraph on acting as a data processor appears three times, once with "and not" for ", not".',
        note: 'Each later copy is reported, with related information pointing at the first copy and the others.',
      },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const minWords = clampNumber(ctx.options.minWords, 5, 10000, DEFAULT_MIN_WORDS);
    const threshold = clampNumber(ctx.options.threshold, 0.3, 1, DEFAULT_THRESHOLD);
    const { atoms, units } = buildUnits(doc, minWords);
    if (units.length < 2) return;
    const matches = findMatches(units, threshold, doc.blocks);
    if (!matches.length) return;
    const findings = mergeRuns(matches, atoms, doc.text);
    report(ctx, doc, findings);
  },
};
export default rule;

function clampNumber(v: unknown, min: number, max: number, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : dflt;
}

// ---- units: what is compared ----------------------------------------------------------------

function buildUnits(doc: PolicyDocument, minWords: number): { atoms: Atom[]; units: Unit[] } {
  const { text } = doc;
  const atoms: Atom[] = [];
  const units: Unit[] = [];
  const add = (from: number, to: number, span: Span, block: Block, segment: boolean) => {
    const src = text.slice(span.start, span.end);
    const t = unitText(src);
    if (t.words < minWords || !t.prose) return;
    units.push({ id: units.length, from, to, span, block, key: t.key, src, shingles: t.shingles, segment });
  };
  for (const block of doc.blocks) {
    const prose = block.kind === 'paragraph' || block.kind === 'list-item';
    // Comments (inline disables, notes to editors) are invisible: they do not break a run.
    if (block.kind === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(text.slice(block.span.start, block.span.end))) continue;
    if (!prose) {
      atoms.push({ index: atoms.length, block, span: block.span });
      continue;
    }
    const segments = oneParagraphPerLine(doc, block);
    if (!segments) {
      const a = atoms.length;
      atoms.push({ index: a, block, span: block.span });
      add(a, a, block.span, block, false);
      continue;
    }
    // Pasted text often puts one paragraph on each line and the document model joins them;
    // compare each line, and the block as a whole too (its copy may be laid out differently).
    const first = atoms.length;
    for (const s of segments) {
      const a = atoms.length;
      atoms.push({ index: a, block, span: s });
      add(a, a, s, block, true);
    }
    add(first, atoms.length - 1, block.span, block, false);
  }
  // Whole blocks are added after their segments; compare in document order, wider first.
  units.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  units.forEach((u, i) => (u.id = i));
  return { atoms, units };
}

/** What a unit's comparison needs from its source text alone. */
interface UnitText {
  words: number;
  prose: boolean;
  key: string;
  shingles: Int32Array;
}

// Remembered by source text (memo.ts), so that the check after an edit hashes again only the
// paragraphs the edit changed.
const unitTexts = new Map<string, UnitText>();

function unitText(src: string): UnitText {
  return remember(unitTexts, src, () => {
    toMachineCode(WORD, src);
    const original = src.match(WORD) ?? [];
    const words = original.map((w) => w.toLowerCase().replace(/['’‘`]/g, "'"));
    return {
      words: original.length,
      prose: readsAsProse(original),
      key: flat(words.join(' ')),
      shingles: shingles(words),
    };
  });
}

/** White space as `\s` and `trim` read it. */
function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character as a copy is compared: quotes and dashes as their plain forms. */
function plainChar(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x60 || c === 0xb4) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) return 34;
  if (c >= 0x2010 && c <= 0x2014) return 45;
  return c;
}

/**
 * Do two sources read the same with white space folded (runs as one space, none at the ends) and
 * quotes and dashes unified: a copy safe to delete. Compared in place, for the units that match
 * only: such a folded copy of every unit's text was remembered with it (`unitTexts`), a fourth
 * copy of the document's text kept between checks.
 */
export function sameVerbatim(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  while (i < n && isWhite(a.charCodeAt(i))) i++;
  while (j < m && isWhite(b.charCodeAt(j))) j++;
  for (;;) {
    let wa = false;
    let wb = false;
    while (i < n && isWhite(a.charCodeAt(i))) {
      i++;
      wa = true;
    }
    while (j < m && isWhite(b.charCodeAt(j))) {
      j++;
      wb = true;
    }
    if (i >= n || j >= m) return i >= n && j >= m;
    if (wa !== wb || plainChar(a.charCodeAt(i)) !== plainChar(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

/** Lines of a block that holds one sentence-ending line after another, or null. */
function oneParagraphPerLine(doc: PolicyDocument, block: Block): Span[] | null {
  const { lines, text } = doc;
  const first = lines.positionAt(block.span.start).line;
  const last = lines.positionAt(block.span.end).line;
  if (last === first) return null;
  const out: Span[] = [];
  for (let l = first; l <= last; l++) {
    let a = Math.max(lines.starts[l], block.span.start);
    let b = Math.min(lines.lineEnd(l), block.span.end);
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b <= a) continue;
    out.push({ start: a, end: b });
  }
  if (out.length < 2) return null;
  for (let i = 0; i < out.length - 1; i++) if (!TERMINAL_LINE.test(text.slice(out[i].start, out[i].end))) return null;
  return out;
}

/** Prose has many lower-case words; an address, a list of names or a title block has few. */
function readsAsProse(words: string[]): boolean {
  let lower = 0;
  for (const w of words) if (w[0] !== w[0].toUpperCase() && w[0] === w[0].toLowerCase()) lower++;
  return lower >= words.length * 0.35;
}

// ---- hashing --------------------------------------------------------------------------------

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function shingles(words: string[]): Int32Array {
  const wh = words.map(hashString);
  const n = Math.max(1, wh.length - SHINGLE + 1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE && i + k < wh.length; k++) h = fmix(Math.imul(h ^ wh[i + k], 0x9e3779b1) + k);
    out[i] = h;
  }
  out.sort();
  // Distinct values only.
  let m = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i];
  return out.subarray(0, m);
}

const SEEDS: number[] = (() => {
  let s = 0x2545f491;
  const out: number[] = [];
  for (let i = 0; i < HASHES; i++) {
    s = fmix(s + 0x6d2b79f5);
    out.push(s);
  }
  return out;
})();

function signature(sh: Int32Array): Int32Array {
  const sig = new Int32Array(HASHES).fill(0x7fffffff);
  for (let j = 0; j < sh.length; j++) {
    const x = sh[j];
    for (let i = 0; i < HASHES; i++) {
      const v = fmix(x ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

// Remembered with the shingle set it comes from (itself remembered by source text).
const signatures = new WeakMap<Int32Array, Int32Array>();

/** The MinHash signature of a shingle set. */
function signatureOf(sh: Int32Array): Int32Array {
  let sig = signatures.get(sh);
  if (!sig) signatures.set(sh, (sig = signature(sh)));
  return sig;
}

/**
 * The LSH buckets of one check: which units share a band (`rows` hashes of their signatures at
 * the same place). A band is found by its numbers in an open-addressing table, and a bucket is
 * the first unit that had the band (its signature holds the numbers), then a list once a second
 * unit joins. A key string per band and unit, looked up in a Map, was two-thirds of the rule's
 * time on each check (16 look-ups and insertions per paragraph, 110,000 at 1 MB), and the strings
 * were kept with every paragraph's memo.
 */
class BandTable {
  /** The slots, kept from check to check (one check at a time per thread): made anew, they were a fifth of the rule's time. */
  private static slots = { first: new Int32Array(0), band: new Int32Array(0), list: new Int32Array(0) };
  private readonly mask: number;
  /** The first unit in each slot's bucket, -1 for an empty slot. */
  private readonly first: Int32Array;
  private readonly band: Int32Array;
  /** -1 while a bucket holds one unit, else its list's index in `lists`. */
  private readonly list: Int32Array;
  private readonly lists: number[][] = [];

  constructor(
    private readonly rows: number,
    private readonly sigs: Int32Array[],
    bands: number,
  ) {
    let size = 16;
    while (size < 2 * bands) size *= 2;
    this.mask = size - 1;
    if (BandTable.slots.first.length < size) BandTable.slots = { first: new Int32Array(size), band: new Int32Array(size), list: new Int32Array(size) };
    ({ first: this.first, band: this.band, list: this.list } = BandTable.slots);
    // Only the first `size` slots are used; `band` and `list` are written when a slot is taken.
    this.first.fill(-1, 0, size);
  }

  /**
   * Unit `id` (signature `sig`) joins band `b`'s bucket; `consider` is called first with each
   * unit already in it (at most BUCKET_CAP are kept).
   */
  join(id: number, sig: Int32Array, b: number, consider: (id: number) => void): void {
    const { rows, mask, first, band, sigs } = this;
    const at = b * rows;
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = fmix(Math.imul(h ^ sig[at + r], 0x85ebca6b));
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const f = first[i];
      if (f === -1) {
        first[i] = id;
        band[i] = b;
        this.list[i] = -1;
        return;
      }
      if (band[i] !== b || !sameBand(sigs[f], sig, at, rows)) continue;
      const l = this.list[i];
      if (l === -1) {
        consider(f);
        this.list[i] = this.lists.length;
        this.lists.push([f, id]);
      } else {
        const list = this.lists[l];
        for (const other of list) consider(other);
        if (list.length < BUCKET_CAP) list.push(id);
      }
      return;
    }
  }
}

function sameBand(a: Int32Array, b: Int32Array, at: number, rows: number): boolean {
  for (let r = 0; r < rows; r++) if (a[at + r] !== b[at + r]) return false;
  return true;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 1;
}

// ---- matching -------------------------------------------------------------------------------

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function findMatches(units: Unit[], threshold: number, blocks: Block[]): Match[] {
  // Rows per band: at the default threshold, pairs at 0.8 are candidates with near certainty
  // and pairs under 0.4 rarely; a low threshold needs shorter bands.
  const rows = threshold >= 0.6 ? 4 : 2;
  const bands = HASHES / rows;
  const exact = new Map<string, Unit>();
  const sigs: Int32Array[] = [];
  const table = new BandTable(rows, sigs, units.length * bands);
  const matchOf: (Match | undefined)[] = [];
  const tried = new Set<number>();
  for (const u of units) {
    let best: { f: Unit; sim: number } | undefined;
    const seen = exact.get(u.key);
    const same = seen && !overlaps(seen.span, u.span) ? seen : undefined;
    if (same) best = { f: same, sim: 1 };
    if (!same) {
      const sig = (sigs[u.id] = signatureOf(u.shingles));
      tried.clear();
      const consider = (id: number) => {
        if (tried.size >= CANDIDATE_CAP || tried.has(id)) return;
        tried.add(id);
        const f = units[id];
        if (overlaps(f.span, u.span) || (siblings(blocks, f.block, u.block) && parallel(f.key, u.key))) return;
        const sim = jaccard(u.shingles, f.shingles);
        if (sim >= threshold && (!best || f.id < best.f.id)) best = { f, sim };
      };
      // Each band looked up once: its candidates, then this unit joins it.
      for (let b = 0; b < bands; b++) table.join(u.id, sig, b, consider);
    }
    if (!seen) exact.set(u.key, u);
    if (!best) continue;
    // The first copy is the earliest of the cluster, even when this copy resembles a later one.
    const root = matchOf[best.f.id]?.root ?? best.f;
    const similarity = root === best.f ? best.sim : Math.min(best.sim, jaccard(u.shingles, root.shingles));
    matchOf[u.id] = { unit: u, root, similarity, verbatim: sameVerbatim(u.src, root.src) };
  }
  // Where a block's lines are copies, report the lines, not the block they were pasted into.
  const segmentMatched = new Set<Block>();
  for (const m of matchOf) if (m?.unit.segment) segmentMatched.add(m.unit.block);
  return matchOf.filter((m): m is Match => !!m && (m.unit.segment || !segmentMatched.has(m.unit.block) || m.unit.from === m.unit.to));
}

/** Most list items between two that are read as items of one list. */
const MAX_LIST_SPAN = 60;

/**
 * Items of one list: a list that repeats a phrase on purpose ("…, to establish, exercise or defend
 * legal claims" in every bullet) says it of different things, so near copies there that are
 * `parallel` are clauses of the list, not a paste. A word-for-word copy is still one (it is found
 * by its wording first).
 */
function siblings(blocks: Block[], a: Block, b: Block): boolean {
  if (a === b || a.kind !== 'list-item' || b.kind !== 'list-item' || a.section !== b.section) return false;
  const [lo, hi] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
  if (hi - lo > MAX_LIST_SPAN) return false;
  for (let i = lo + 1; i < hi; i++) if (blocks[i].kind !== 'list-item' && blocks[i].kind !== 'html') return false; // comments do not end a list
  return true;
}

/**
 * Parallel clauses say the same of different things: each has words of its own ("your account"
 * here, "your lessons" there). A copy with a few words added or one changed has none or one.
 */
function parallel(a: string, b: string): boolean {
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let onlyA = 0;
  let onlyB = 0;
  for (const w of wa) if (!wb.has(w)) onlyA++;
  for (const w of wb) if (!wa.has(w)) onlyB++;
  return onlyA >= 2 && onlyB >= 2;
}

/** Join copies of adjacent paragraphs whose first copies are adjacent in the same order. */
function mergeRuns(matches: Match[], atoms: Atom[], text: string): Finding[] {
  const sorted = [...matches].sort((a, b) => a.unit.from - b.unit.from || b.unit.to - a.unit.to);
  const out: Finding[] = [];
  const squash = (a: Atom) => text.slice(a.span.start, a.span.end).replace(/\s+/g, ' ').toLowerCase();
  const sameAtom = (i: number, j: number) => squash(atoms[i]) === squash(atoms[j]);
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.unit.from <= prev.to) continue; // inside a run already reported
    if (prev && m.root.from > prev.firstTo && m.root.to < prev.from) {
      const gap = m.unit.from - prev.to - 1;
      const firstGap = m.root.from - prev.firstTo - 1;
      let joins = gap === firstGap && gap >= 0 && gap <= RUN_GAP && m.root.to < prev.from;
      for (let k = 1; joins && k <= gap; k++) joins = sameAtom(prev.to + k, prev.firstTo + k);
      if (joins) {
        prev.to = m.unit.to;
        prev.firstTo = m.root.to;
        prev.span = { start: prev.span.start, end: m.unit.span.end };
        prev.firstSpan = { start: prev.firstSpan.start, end: m.root.span.end };
        prev.matches.push(m);
        prev.verbatim &&= m.verbatim;
        prev.similarity = Math.min(prev.similarity, m.similarity);
        prev.roots.add(m.root.id);
        continue;
      }
    }
    out.push({
      from: m.unit.from,
      to: m.unit.to,
      firstFrom: m.root.from,
      firstTo: m.root.to,
      span: m.unit.span,
      firstSpan: m.root.span,
      matches: [m],
      verbatim: m.verbatim,
      similarity: m.similarity,
      roots: new Set([m.root.id]),
    });
  }
  // A section copied whole brings its heading along: take it into the copy, so that removing
  // the copy leaves no empty heading behind.
  for (const f of out) {
    for (let k = 0; k < RUN_GAP; k++) {
      const a = atoms[f.from - 1];
      const b = atoms[f.firstFrom - 1];
      if (!a || !b || a.block.kind !== 'heading' || b.block.kind !== 'heading' || f.from - 1 <= f.firstTo || !sameAtom(a.index, b.index)) break;
      f.from--;
      f.firstFrom--;
      f.span = { start: a.span.start, end: f.span.end };
      f.firstSpan = { start: b.span.start, end: f.firstSpan.end };
    }
  }
  return out;
}

// ---- reporting ------------------------------------------------------------------------------

/** The document's language's phrases, or English ones. */
const ownOrEnglish = (list: { seeSection?: string; seeAbove?: string }[]) => list[0] ?? {};

function report(ctx: Parameters<Rule['check']>[0], doc: PolicyDocument, findings: Finding[]): void {
  const { text, lines } = doc;
  const lineOf = (o: number) => lines.positionAt(o).line + 1;
  const phrases = fromLanguageData(doc.language, 'duplicates', ownOrEnglish);
  const byRoot = new Map<number, number[]>();
  findings.forEach((f, i) => {
    for (const r of f.roots) {
      const list = byRoot.get(r);
      if (list) list.push(i);
      else byRoot.set(r, [i]);
    }
  });
  findings.forEach((f, fi) => {
    const count = f.matches.length;
    const firstBlock = f.matches[0].root.block;
    const firstSection = doc.sections[firstBlock.section];
    const title = firstSection?.title ? shorten(firstSection.title) : '';
    const where = title ? `the one under “${title}” (line ${lineOf(f.firstSpan.start)})` : `the one at line ${lineOf(f.firstSpan.start)}`;
    const how = f.verbatim ? 'word for word' : `nearly word for word (${Math.round(f.similarity * 100)}% alike)`;
    // Other copies: findings that share a first copy with this one (a paragraph may also have
    // been pasted alone elsewhere). A paragraph pasted hundreds of times lists the first few.
    const copies = new Set<number>();
    let times = 2;
    for (const r of f.roots) {
      const list = byRoot.get(r)!;
      times = Math.max(times, list.length + 1);
      for (const i of list) {
        if (copies.size >= MAX_RELATED) break; // a paragraph pasted thousands of times: not every copy read per copy
        if (i !== fi) copies.add(i);
      }
    }
    const subject =
      count > 1
        ? `These ${count} paragraphs repeat, ${how}, the ${count} ${title ? `under “${title}” ` : ''}from line ${lineOf(f.firstSpan.start)}`
        : `This paragraph repeats, ${how}, ${where}`;
    const often = times > 2 ? `; ${count > 1 ? 'one of them' : 'it'} appears ${times} times in all` : '';
    const message = `${subject}${often}. Keep one copy, or refer to it.`;

    const related: { span: Span; message: string }[] = [{ span: f.firstSpan, message: count > 1 ? 'First copy of these paragraphs is here.' : 'First copy is here.' }];
    for (const i of [...copies].sort((a, b) => a - b)) related.push({ span: findings[i].span, message: 'Also repeated here.' });
    if (times - 2 > copies.size) related[related.length - 1].message = `Also repeated here, and in ${times - 2 - copies.size} more places.`;

    const fixes: SpanFix[] = [];
    const removal = removalSpan(text, lines, f.span);
    fixes.push({
      title: 'Remove this copy',
      kind: f.verbatim ? 'fix' : 'suggestion',
      edits: [{ span: removal, newText: '' }],
      isPreferred: f.verbatim,
    });
    const sameSection = doc.sections[f.matches[0].unit.block.section] === firstSection;
    const ref = title && !sameSection && phrases.seeSection ? phrases.seeSection.replace('{title}', title) : phrases.seeAbove ?? 'See above.';
    fixes.push({ title: 'Replace with a reference to the first copy', kind: 'suggestion', edits: [{ span: f.span, newText: ref }] });

    ctx.report({
      span: f.span,
      message,
      related,
      fixes,
      data: {
        firstCopy: { start: f.firstSpan.start, end: f.firstSpan.end, range: lines.range(f.firstSpan) },
        similarity: Math.round(f.similarity * 1000) / 1000,
        verbatim: f.verbatim,
        paragraphs: count,
      },
    });
  });
}

function shorten(s: string): string {
  return s.length > 60 ? s.slice(0, 57).replace(/\s+\S*$/, '') + '…' : s;
}
