// Requirement coverage: for every item the active profiles require, does the text give it, give it
// only in part, or leave it out — and which sentences say so? The text is read as statements (a
// sentence, or a list item with its lead-in), never as a heading alone; the language data
// (server/data/languages/<lang>/requirements.yaml, docs/coverage-model.md) says which statements
// give an item, which only address it, which are never evidence, and what gives each element the
// law names. Each kind of cue is compiled once per language into one alternation (two where some
// cues are case-sensitive), so a document is read in one pass over its blocks whatever its size.
import { blockSpan, MAX_READ_BLOCK, readEnd, type Block, type PolicyDocument } from './document.js';
import { LANGUAGES, PROFILES } from './data.js';
import type { Cue, LanguageData, RequirementCues, RequirementData, ProfileData } from './datatypes.js';
import { askedFlags, compileCuesFrom, cueAlternation, isFolded, cueGatesFrom, cueSource, escapeRegExp, expressionFrom, fromLanguageData, groupEnd, listCompiler, nonCapturing, proseBlocks, walkSource, type ListCompiler } from './cues.js';
export { nonCapturing } from './cues.js';
import { exact, flat, intern, remember, rememberFor, type TextMemo } from './memo.js';
import { hasLegalForm, valueConcepts } from './values.js';
import { lazily, readLater, searchable, sourceOf, testCompiled, toMachineCode } from './text.js';
import { foldedView } from './case-fold.js';
import { ownProducts, productKey } from './product.js';
import { gated, gateFor, gateMade, gateOf, gateOfGates, joinedWords, opens, opensJoined, textWords, wordGateOn, type Gate, type TextWords } from './anchors.js';
import { anchorKey } from './anchor-key.js';
import type { Coverage, Evidence, Position, Range } from './types.js';
import { frameAbsence, frameBlanket, frameLanguage, frameStatement, frameVeto, leadStatement, mayNameParties, namesReader, nearFrame, type FrameLanguage } from './frames.js';
import { addChecks, type GateReadings } from './coverage-check.js';

/** How many evidence sentences an item keeps: enough to show it, few enough for a huge file. */
export const MAX_EVIDENCE = 3;
/** How many statements of one item are kept while reading (for evidence and elements beside them). */
const MAX_STATEMENTS = 64;
/** Evidence longer than this is cut around the cue. */
const MAX_SENTENCE = 300;

/**
 * Cues compiled as one case-insensitive expression and, if any cue asks for it, one case-sensitive;
 * `gate`: its word gate (anchors.ts), which skips a text that lacks the words a match needs.
 */
type Matcher = RegExp[] & { gate: number; cues: Cue[][]; wordless?: (Wordless | null)[]; parts?: (Parts | null)[] };

/** A match: where, and the name a cue captured (`(?<name>…)`), if any. */
type Found = { from: number; to: number; name?: string };

/**
 * A part of a long list (`partsOf`): a run of its cues in the order its alternation tries them,
 * compiled alone, with its own word gate (null: the gate never closes, the part is always run).
 */
interface Part {
  re: RegExp;
  gate: number;
  /**
   * The group of the list's cues it was compiled from (plain, at the start, or one lookbehind's):
   * a group too long for V8 to optimise is compiled in pieces (`bySize`), each a run of the
   * group's cues in the alternation's order, which make consecutive parts of one group. Where two
   * of a group's pieces match at the same place, the earlier piece's match is the list's.
   */
  group: number;
}

/** Lists compiled with no table (`ListCompiler`). */
const FRESH: ListCompiler = { table: new Map(), read: null };

/** `cues`: each expression's cues (see `wordless`). */
function matcher(regexps: RegExp[], cues: Cue[][], compiler: ListCompiler, raw: (readonly Cue[] | null)[] = []): Matcher {
  const m: Matcher = Object.assign(regexps, { gate: gateFor(regexps), cues });
  // Split now, with the language's other gates: a gate made during a check makes every text's
  // words read before it out of date (anchors.ts `current`).
  for (let i = 0; i < m.length; i++) wordless(m, i, compiler);
  m.parts = m.map((re, i) => partsOf(re, m.cues[i], raw[i] ?? null, compiler));
  return m;
}

/**
 * A list cut into parts, each compiled alone, for cues that make V8 try the whole alternation at
 * every character where, alone, they are tried at a few places only; null for a list with no such
 * cues. Two kinds: cues that begin at the text's start (`^…`, "Last updated" lines), which alone
 * V8 tries at the start only; and cues that open with a long lookbehind (a veto clause read
 * backwards, `(?<!{change-occasion})…`, `(?=\p{Lu})(?<!{third-party} …)…`) among cues that do not,
 * which `lookbehindLast` writes as a lookahead of the cue's own words, tried at every character:
 * those of one lookbehind are compiled as a list of their own without it (`headedList`), so the
 * search skips to their words and the lookbehind is tried only where they match. The other cues
 * make one part. Each part has its own word gate and keeps its cues in the order the alternation
 * tries them (cues.ts `alternationOf`), with the edges its own cues need, which hold where the
 * whole list's do (search-shortcuts.test). Same matches: the earliest place any part matches is
 * the earliest place any cue does; where only one part matches there, its first cue that does is
 * the list's; where two parts match at the same place, the whole list is run from there
 * (`wholeAt`), unless they found the same match (`sameMatch`). A group longer than V8 optimises
 * (`OPTIMISED_SOURCE`) is compiled in pieces (`bySize`), and so is a list of one group, which is
 * otherwise not cut. Made when the list is compiled, with the language's other gates (anchors.ts
 * `current`). `raw`: the cues as written (lookbehinds not yet moved), one for each of `cues`.
 */
function partsOf(re: RegExp, cues: readonly Cue[], raw: readonly Cue[] | null, compiler: ListCompiler): Parts | null {
  if (cues.length < 2 || (raw && raw.length !== cues.length)) return null;
  const flags = askedFlags(re);
  const fold = flags.includes('i');
  const veto = headVetoes.get(re);
  const plain: Cue[] = [];
  const atStart: Cue[] = [];
  const headed = new Map<string, Cue[]>();
  cues.forEach((c, i) => {
    if (typeof c !== 'string' || !c.trim()) return;
    const w = raw?.[i];
    const head = w && w !== c && !veto ? commonHead([w])?.head : undefined;
    if (head !== undefined) {
      const g = headed.get(head);
      if (g) g.push(w!);
      else headed.set(head, [w!]);
    } else if (beginsAtStart(c)) atStart.push(c);
    else plain.push(c);
  });
  // One group of cues: parts only where the list is too long for V8 to optimise.
  if ((plain.length ? 1 : 0) + (atStart.length ? 1 : 0) + headed.size < 2 && sourceOf(re).length <= OPTIMISED_SOURCE) return null;
  const parts: Part[] = [];
  const add = (list: Cue[], group: number): boolean => {
    // The list itself where the group is all of it (no second compilation of a long list).
    const compile = (l: Cue[]) => (l.length === cues.length ? re : compileCuesFrom(l, flags, compiler, fold));
    for (const part of bySize(list, compile)) {
      if (!part) return false;
      if (veto) {
        if (isFolded(part) !== isFolded(re)) return false;
        headVetoes.set(part, veto);
      }
      parts.push({ re: part, gate: gateFor([part]), group });
    }
    return true;
  };
  if (plain.length && !add(plain, 0)) return null;
  let group = 1;
  for (const g of headed.values()) {
    const common = commonHead(g);
    const head = common && headVeto(common.head, flags, compiler, fold);
    if (!head) return null;
    // Each piece of a lookbehind's cues tests that lookbehind where its match begins (headedList).
    for (const h of bySize(common.rest, (l) => compileCuesFrom(l, flags, compiler, fold))) {
      if (!h || isFolded(h) !== head.folded) return null;
      headVetoes.set(h, head.sticky);
      parts.push({ re: h, gate: gateFor([h]), group });
    }
    group++;
  }
  if (atStart.length && !add(atStart, group)) return null;
  return parts.length > 1 ? Object.assign(parts, { whole: re }) : null;
}

/**
 * The length of an expression's source (UTF-16 units) above which V8 compiles it without
 * optimisation (RegExp::kRegExpTooLargeToOptimize, 20 KB): no skipping of places where no
 * alternative can begin, no quick checks. Measured in session 32 (scripts/profile-cues.js): the
 * recipients list grown from 19.6 to 20.8 KB by three cues searched the same texts 9x slower, and
 * the same expression padded with empty groups from 20,471 to 20,491 characters 1.8x slower.
 */
export const OPTIMISED_SOURCE = 20 * 1024;

/**
 * The cues of one group of a list compiled (`compile`) as one expression, or, when its source is
 * longer than V8 optimises (`OPTIMISED_SOURCE`), as several: runs of the cues in the order the
 * alternation tries them (the longest source first, cues.ts `alternationOf`; a stable sort), each
 * run compiled alone (a run of two halves until each is short enough, or one cue). A place where a
 * run matches is one where one of its cues does, and the first cue of the list that matches at a
 * place is in the first run that matches there: so the earliest match of the runs, the earlier run
 * at a tie, is the group's. Null in the result: a run that did not compile.
 */
function bySize(cues: readonly Cue[], compile: (cues: Cue[]) => RegExp | null): (RegExp | null)[] {
  const whole = compile([...cues]);
  if (!whole || cues.length < 2 || sourceOf(whole).length <= OPTIMISED_SOURCE) return [whole];
  const sized = cues.map((c) => ({ c, n: cueSource(c).length }));
  const ordered = sized.map((x, i) => ({ ...x, i })).sort((a, b) => b.n - a.n || a.i - b.i);
  const split = (run: typeof ordered): (RegExp | null)[] => {
    const re = compile(run.map((x) => x.c));
    if (!re || run.length < 2 || sourceOf(re).length <= OPTIMISED_SOURCE) return [re];
    const total = run.reduce((n, x) => n + x.n, 0);
    let at = 1;
    for (let sum = run[0].n; at < run.length - 1 && sum + run[at].n <= total / 2; at++) sum += run[at].n;
    return [...split(run.slice(0, at)), ...split(run.slice(at))];
  };
  return split(ordered);
}

/** A `/regex/` cue whose expression opens with `^`, after any opening groups (see beginsAtStart). */
const REGEX_AT_START = /^\s*\/(?:\((?:\?:)?)*\^/;
/**
 * Whether a cue's expression (cueSource) begins at the text's start: `^`, after any opening groups.
 * Only a `/regex/` cue can (a phrase's `(` and `^` are escaped), and its expression is its body
 * with each `\p{L}` and `\p{N}` written out (inScript), which leaves every character before the
 * first backslash as it is: the test reads the cue as written. Making each cue's expression (every
 * cue of every list, some of them kilobytes once their concepts are expanded) only to read its
 * first characters was a tenth of compiling a language's lists.
 */
function beginsAtStart(cue: Cue): boolean {
  return REGEX_AT_START.test(cue) && cue.trim().endsWith('/');
}

/** A list's parts, and the list itself (for a place where two parts match, `wholeAt`). */
type Parts = Part[] & { whole: RegExp };

/**
 * The list's own match at `at`, where some cue of it matches (its head veto holds there): the list
 * itself, searched from `at`, finds it there (a copy of it made sticky was a second compilation of
 * a long list on a first check, and the list itself is often compiled already). Null where it
 * would find a later match (not where some cue matches).
 */
function wholeAt(re: RegExp, view: string, at: number): RegExpExecArray | null {
  toMachineCode(re, view);
  re.lastIndex = at;
  const m = re.exec(view);
  return m && m.index === at ? m : null;
}

/**
 * Whether parts that match at the same place all found the same match there with no named group: the
 * list's own match there is one of theirs (the one whose cue it tries first), so it is that one, and
 * the list need not be run (nor compiled) to say which.
 */
function sameMatch(a: RegExpExecArray, b: RegExpExecArray): boolean {
  return a[0].length === b[0].length && !a.groups && !b.groups;
}

/**
 * A list the word gate never closes, because some of its cues have no literal word (a postcode,
 * a phone number), split in two: the gate of its cues that have words, and the expression of the
 * others. Where that gate is closed, the cues with words match nowhere in the text, and the
 * expression of the others finds what the whole list finds (at each place the alternation tries
 * its cues in order, and those fail); so only that shorter expression is run. Read once per list,
 * when it is compiled; null for a list that has a gate or cannot be split.
 */
interface Wordless {
  withWords: number;
  /** The others' expression, in pieces where it is too long for V8 to optimise (`bySize`). */
  others: RegExp[];
}

/** The gate of a split's cues with words, kept while a table of lists is made (`recipeOf`). */
const wordlessWords = new WeakMap<Wordless, Gate | null>();

function wordless(m: Matcher, i: number, compiler = FRESH): Wordless | null {
  const all = (m.wordless ??= []);
  let w = all[i];
  if (w === undefined) {
    w = null;
    const re = m[i];
    if (m.cues[i].length > 1 && !gated(re)) {
      const withWords: Cue[] = [];
      const others: Cue[] = [];
      const has = cueGatesFrom(m.cues[i], compiler);
      m.cues[i].forEach((c, j) => (has[j] ? withWords : others).push(c));
      const some = compileCuesFrom(withWords, askedFlags(re), compiler, isFolded(re));
      const rest = bySize(others, (l) => compileCuesFrom(l, askedFlags(re), compiler, isFolded(re)));
      const veto = headVetoes.get(re);
      for (const r of rest) if (veto && r && isFolded(r) === isFolded(re)) headVetoes.set(r, veto);
      if (some && rest.every((r) => r && (!veto || headVetoes.has(r)))) {
        w = { withWords: gateFor([some]), others: rest as RegExp[] };
        if (compiler.read) wordlessWords.set(w, gateOfOne(some));
      }
    }
    all[i] = w;
  }
  return w;
}

interface CompiledRequirement {
  id: string;
  /** Its place in the language's list: a paragraph's readings are kept in an array by it. */
  index: number;
  /** Headings that open the item's own context for its section (they never cover it alone). */
  heading: Matcher | null;
  /** Statements that give the item. */
  phrase: Matcher | null;
  /** Statements that address the item but give none of its elements ("as long as necessary"). */
  partial: Matcher | null;
  /** A table column's whole header that names the item: a cell under it states it. */
  column: Matcher | null;
  /** Statements of absence ("we do not transfer data abroad"): they give the item whole. */
  absence: Matcher | null;
  /** Of those, the statements of where all the data is kept (`kept`): absence only while nothing else states the item. */
  kept: Matcher | null;
  /** The statements of absence without `kept`: a sentence of these is an absence whatever else the block says. */
  absenceOwn: Matcher | null;
  /**
   * A profile's `absenceGives: false`: a statement that the item's condition does not hold gives
   * nothing, so a block's statement that gives the item is looked for before it.
   */
  absenceLast: boolean;
  /**
   * The language's `exceptions` ("unless", "tenzij", "es sei denn"): a statement of absence whose
   * sentence makes an exception ("not outside the EEA unless safeguards are in place") denies
   * nothing; it is read as what else it says.
   */
  exception: Matcher | null;
  /** The item there after all ("our website does use cookies"): a statement of absence beside it gives nothing whole. */
  contrary: Matcher | null;
  /** A sentence that matches one of these is never evidence for the item (nor gives an element). */
  not: Matcher | null;
  /** `not` and the language's `notAny` (a policy's statement of its own scope, a definition): for statements. */
  notStatement: Matcher | null;
  /** A full statement whose sentence says one of these is read as partial... */
  narrow: Matcher | null;
  /** ...unless it also says one of these (self-service, or ask us). */
  broad: Matcher | null;
  /** The item's condition named (RequirementCues.sole): a narrowed statement of the only use that rests on it is whole. */
  sole: Matcher | null;
  /** A means named with a narrowing word (RequirementCues.means): left out where the narrowing is read. */
  means: Matcher | null;
  /** The condition named only as another right's (RequirementCues.soleNot): not read by `sole`. */
  soleNot: Matcher | null;
  /** Another use's own withdrawal in its paragraph (RequirementCues.soleOwn): that use does not keep a `sole` use partial. */
  soleOwn: Matcher | null;
  /** A feature switched off whenever the reader likes (RequirementCues.switchedOff), and the words that name no feature. */
  switchedOff: Matcher | null;
  featureCommon: ReadonlySet<string>;
  /** What the narrowing reads of a sentence: the language's example markers and list joiners (`narrowScope`). */
  scope: ReadScope;
  inContext: { context: string; re: Matcher; partial: boolean }[];
  /** Statements that count only at the document's top or bottom, after a statement of the item, or in its section (RequirementCues.atEdge). */
  atEdge: Matcher | null;
  /** Element id → what gives it; an element without cues is given by a `phrase` match. */
  elements: Map<string, Matcher>;
  /** Element id → what gives it in a section whose heading names the item. */
  contextElements: Map<string, Matcher>;
  /** Per element: the item's veto with the element's own (`elementsNot`). */
  elementNot: Map<string, Matcher>;
  /** Elements looked for anywhere in the document, not only beside the item. */
  documentWide: Set<string>;
  /** Its statements count in headings too (a "Last updated: 3 May 2026" line). */
  inHeadings: boolean;
  /** The policy's own product named and nothing else: partial (RequirementCues.productAlone). */
  productAlone: boolean;
  /** An element given by a name written both in a contact's mail domain and in the text. */
  nameFromMailDomain?: { from: string; gives: string };
  /** Cues in words, for "looked for". */
  examples: { headings: string[]; phrases: string[] };
  /**
   * The word gate of every expression that can find something in a block's text, its lead-in or
   * a semicolon item (statements, context names, elements, a label's column cues): a text (with its lead-in) it does not
   * open says nothing about the item, and `readBlock` is not called. A column header and a row are
   * read apart, so a table cell is always read.
   */
  any: number;
  /**
   * The word gate of what a reading for a statement only finds (readBlock's `hitOnly`: the statement
   * lists and the context names): a text read again with another lead-in (without its colon, with
   * its row) that does not open it gives no statement there, and that reading is not made.
   */
  statement: number;
}

interface CompiledLanguage {
  /** Every requirement of the language's data, each compiled when first asked for (`LazyRequirements`). */
  requirements: LazyRequirements;
  /** Every requirement's heading cues (`CompiledRequirement.heading`), compiled with the language: each heading's contexts read them all. */
  headings: [id: string, heading: Matcher | null][];
  triggers: Map<string, Matcher>;
  contexts: Map<string, Matcher>;
  /** A blanket "we collect no personal data", and the items such a statement gives. */
  blanket: Matcher | null;
  blanketGives: string[];
  /** A paragraph that only answers "Nothing." under a heading about what is collected (`blanket.nothing`, `blanket.headings`). */
  blanketNothing: Matcher | null;
  blanketHeadings: Matcher | null;
  /** Statements that some data is collected after all: a blanket statement then gives nothing. */
  blanketUnless: Matcher | null;
  /** The end of a text before an unless cue that denies it ("no analytics tools"): blanket.notAfter. */
  blanketNotAfter: RegExp | null;
  /** Cues that capture the name of the app, site or service itself (`(?<name>…)`). */
  products: Matcher | null;
  freeMail: Set<string>;
  /** A lead-in or heading whose list is a table of contents. */
  tableOfContents: Matcher | null;
  /** Words of a person or their data (`personal`): what puts a list under a short label in a privacy context. */
  personal: Matcher | null;
  /** Example markers and list joiners (requirements.yaml `narrowScope`): what a narrowing reads, how a compound heading splits. */
  scope: ReadScope;
}

type RequirementsData = NonNullable<LanguageData['requirements']>;

/**
 * A language's requirements by id, in the data's order, each compiled by `make` (with its place in
 * that order) when first asked for: a check reads the requirements of its profiles, and compiling
 * the others (another jurisdiction's) was a tenth of a small check's start-up.
 */
class LazyRequirements {
  private readonly made = new Map<string, CompiledRequirement>();
  private readonly index: Map<string, number>;
  constructor(
    private readonly ids: readonly string[],
    private readonly make: (id: string, index: number) => CompiledRequirement,
  ) {
    this.index = new Map(ids.map((id, i) => [id, i]));
  }
  get size(): number {
    return this.ids.length;
  }
  has(id: string): boolean {
    return this.index.has(id);
  }
  get(id: string): CompiledRequirement | undefined {
    let r = this.made.get(id);
    if (r === undefined) {
      const i = this.index.get(id);
      if (i === undefined) return undefined;
      this.made.set(id, (r = this.make(id, i)));
    }
    return r;
  }
  keys(): IterableIterator<string> {
    return this.ids.values();
  }
  /** The ids of the requirements made so far, in the order they were made. */
  madeIds(): string[] {
    return [...this.made.keys()];
  }
  /** Every requirement, compiling those not yet made. */
  *values(): IterableIterator<CompiledRequirement> {
    for (const id of this.ids) yield this.get(id)!;
  }
}

/**
 * What a reading leaves out: example markers and list joiners (requirements.yaml `narrowScope`), which
 * scope a narrowing and split a compound heading, and the titles of documents a policy points to
 * (`documentTitles`: "our Cookie Management Policy"), whose words give no element.
 */
interface ReadScope {
  examples: Matcher | null;
  joiners: Matcher | null;
  titles: Matcher | null;
}

function merged<T>(data: RequirementsData[], pick: (d: RequirementsData) => Record<string, T[]> | undefined): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const d of data) for (const [k, v] of Object.entries(pick(d) ?? {})) (out[k] ??= []).push(...(v ?? []));
  return out;
}

/**
 * Concepts are named word classes (`concepts:` in requirements.yaml): "{delete}" in a regular
 * expression cue stands for every way the language says it, so a statement is written once as
 * who does what to what, and each language supplies its words.
 */
function expander(data: RequirementsData[], languages: readonly string[]): (cues: Cue[] | undefined, rewrite?: boolean) => Cue[] {
  const concepts = merged(data, (d) => d.concepts);
  // Value shapes (`{date}`, `{legal-form}`) come from the languages' values and entities data.
  const sources = new Map<string, string>(valueConcepts(languages));
  const source = (name: string, depth: number): string | undefined => {
    if (sources.has(name)) return sources.get(name);
    const list = concepts[name];
    if (!list || depth > 8) return undefined;
    const alt = cueAlternation(list.map((c) => expand(c, depth + 1)), { bounded: false });
    if (alt) sources.set(name, alt);
    return alt ?? undefined;
  };
  const expand = (cue: Cue, depth = 0): Cue => cue.replace(/\{([a-z][a-z-]*)\}/g, (all, name: string) => source(name, depth) ?? all);
  // Each cue as written expanded once per chain (and rewritten once): a cue stands in several lists
  // (an item's `absence` and `kept`, its `not` in `notStatement`), and a list read as written
  // (`raw`) is expanded again.
  const plain = new Map<Cue, Cue>();
  const rewritten = new Map<Cue, Cue>();
  const once = (memo: Map<Cue, Cue>, c: Cue, make: (c: Cue) => Cue): Cue => {
    let x = memo.get(c);
    if (x === undefined) memo.set(c, (x = make(c)));
    return x;
  };
  const expandOnce = (c: Cue): Cue => once(plain, c, expand);
  return (cues, rewrite = true) => (cues ?? []).filter((c) => typeof c === 'string').map((c) => (rewrite ? once(rewritten, c, (x) => lookbehindLast(x, expandOnce)) : expandOnce(c)));
}

/**
 * The long lookbehind that every cue of a list opens with (`/(?<!{change-occasion})…/`, expanded), and
 * the cues without it, each as lookbehindLast writes it less that lookbehind (so the cues keep their
 * order in the list: each is shorter by the same length); null when some cue opens otherwise.
 * `(?<!X)a|(?<!X)b` is `(?<!X)(?:a|b)`: the list is searched without it, and the lookbehind is tested
 * once where a match begins (firstMatch, `headVetoes`), not at every place a cue's words stand.
 */
export function commonHead(cues: readonly Cue[]): { head: string; rest: Cue[] } | null {
  let head: string | null = null;
  const rest: Cue[] = [];
  for (const c of cues) {
    if (c.length < 3 || !c.startsWith('/') || !c.endsWith('/') || !/^\/\(\?(<[!=]|[=!])/.test(c)) return null;
    const body = c.slice(1, -1);
    const heads = leadingLookbehinds(body);
    // "(?<=…)a|b": the lookbehind heads the first alternative only, so it is no head of the cue
    // (lookbehindLast's "(?=a|b)(?<=…)a|b" keeps that; a head tested for the whole cue would not).
    if (!heads || hasTopLevelBar(body) || heads.first - heads.pre <= LONG_LOOKBEHIND || (head !== null && body.slice(heads.pre, heads.first) !== head)) return null;
    head = body.slice(heads.pre, heads.first);
    const own = body.slice(heads.end);
    if (!own || hasBackreference(own)) return null;
    // The cue's own lookaheads stay in it (all of its lookarounds hold at one place: the head's too).
    rest.push(`/${body.slice(0, heads.pre)}${ownWordsFirst(body.slice(heads.first, heads.end), own)}/`);
  }
  return head === null ? null : { head, rest };
}

/**
 * A list's expression searched without the lookbehind all its cues open with → that lookbehind, sticky (see commonHead).
 * One made from a table (`matcherFrom`) is read by V8 at its first run (`readLater`; `headHolds` runs it
 * through toMachineCode): a small check ran few of the some twenty it made, each a kilobyte of pattern.
 */
const headVetoes = new WeakMap<RegExp, RegExp>();

/** Whether the lookbehind a list's cues share holds where a match of the list begins. */
function headHolds(veto: RegExp, view: string, at: number): boolean {
  toMachineCode(veto, view);
  veto.lastIndex = at;
  return veto.test(view);
}

/**
 * A cue that opens with a long lookbehind ("/(?<!{change-occasion})notify you/", a clause of up
 * to a hundred characters read backwards) is compiled with the rest of the cue first, as a
 * lookahead: "(?=notify you)(?<!…)notify you". Same matches; but the lookbehind is tried only
 * where the cue's own words stand, not at every character of the text (session 22's
 * `change-occasion` lookbehinds cost a 1 MB policy 13 of its 18 seconds). The copy in the
 * lookahead captures nothing. A short lookbehind ("(?<!\p{L})") is left where it is.
 */
export function lookbehindLast(cue: Cue, expand: (cue: Cue) => Cue): Cue {
  const x = expand(cue);
  const open = /^=?\//.exec(x)?.[0];
  if (!open || !x.endsWith('/') || x.length <= open.length + 1) return x;
  const body = x.slice(open.length, -1);
  const heads = leadingLookbehinds(body);
  if (!heads?.long) return x;
  const rest = body.slice(heads.end);
  if (!rest || hasBackreference(rest)) return x;
  // Lookaheads before the lookbehinds stay first: they are cheap ("(?=\p{Lu})"), and all hold at one place.
  return `${open}${body.slice(0, heads.pre)}${ownWordsFirst(body.slice(heads.pre, heads.end), rest)}/`;
}

/** A lookbehind longer than this (in source characters) is moved behind the cue's own words. */
const LONG_LOOKBEHIND = 24;

/**
 * The lookbehinds a cue's body opens with, after any lookaheads it opens with (`(?=\p{Lu})(?<!…)`):
 * where those lookaheads end (`pre`, the first lookbehind's start), where the first lookbehind
 * ends, where the last ends, and whether one of them is long; null when one does not close.
 */
function leadingLookbehinds(body: string): { pre: number; first: number; end: number; long: boolean } | null {
  let at = 0;
  while (body.startsWith('(?=', at) || body.startsWith('(?!', at)) {
    const end = groupEnd(body, at);
    if (end < 0) return null;
    at = end;
  }
  const pre = at;
  let first = 0;
  let long = false;
  while (body.startsWith('(?<!', at) || body.startsWith('(?<=', at)) {
    const end = groupEnd(body, at);
    if (end < 0) return null;
    if (end - at > LONG_LOOKBEHIND) long = true;
    first ||= end;
    at = end;
  }
  return { pre, first, end: at, long };
}

/** "(?=own)heads own": the cue's own words tried first, as a lookahead that captures nothing. */
function ownWordsFirst(heads: string, own: string): string {
  return `(?=${nonCapturing(own)})${heads}${own}`;
}

const hasBackreference = (source: string) => /\\[1-9]|\\k</.test(source);

/** Whether a regular expression's source is an alternation at its top level ("a|b", not "(a|b)" or "[|]"). */
function hasTopLevelBar(source: string): boolean {
  return walkSource(source, 0, (ch, depth) => ch === '|' && depth === 0) >= 0;
}

/**
 * A list whose cues all open with one long lookbehind (commonHead), compiled without it, with that
 * lookbehind as its head veto; null when the list has no such head or the two would not read the
 * same view of a text (folded or not).
 */
function headedList(cues: readonly Cue[], flags: string, compiler: ListCompiler, fold: boolean): { re: RegExp; rest: Cue[] } | null {
  const common = cues.length ? commonHead(cues) : null;
  if (!common) return null;
  const re = compileCuesFrom(common.rest, flags, compiler, fold);
  const veto = headVeto(common.head, flags, compiler, fold);
  if (!re || !veto || isFolded(re) !== veto.folded) return null;
  headVetoes.set(re, veto.sticky);
  return { re, rest: common.rest };
}

/**
 * The lookbehind a list's cues share (commonHead), compiled as a cue and made sticky (headHolds),
 * and whether it reads the folded text. Bounded like a cue; where a match of the list begins its
 * edge holds, so the edges change nothing there.
 */
function headVeto(head: string, flags: string, compiler: ListCompiler, fold: boolean): { sticky: RegExp; folded: boolean } | null {
  const veto = compileCuesFrom([`/${head}/`], flags, compiler, fold);
  return veto ? { sticky: new RegExp(sourceOf(veto), veto.flags.replace('g', '') + 'y'), folded: isFolded(veto) } : null;
}

/**
 * A requirement's list compiled ahead of time (scripts/bundle.js, into the chain's table of lists:
 * `ListCompiler`), keyed by its cues as written (`recipeKey`): its expressions' sources, the
 * flags they were asked for and their fold (`e`; none for a matcher of expressions given, the
 * statement veto's), each one's head veto (`v`, source and flags), the gates of its expressions up
 * to the first that never closes (`g`, `gateFor`), each expression's wordless split (`w`: the gate
 * of its cues with words, the expression of the others) and its parts (`p`, each with its gate):
 * what compiling the list makes of the language data alone. A start-up then makes the matcher
 * from these, instead of expanding the list's concepts (kilobytes a cue), looking each expanded
 * list up by a hash of it, splitting it into parts and reading its cues' gates (`matcherFrom`):
 * that was most of compiling a requirement's lists on a small check.
 */
interface ExpressionRecipe {
  s: string;
  f: string;
  F?: 1;
  v?: [source: string, flags: string];
  /** A part's gate. */
  a?: Gate | null;
  /** A part's group (`Part.group`), when not 0. */
  G?: number;
}
interface MatcherRecipe {
  e?: ExpressionRecipe[];
  g: (Gate | null)[];
  w: ({ g: Gate | null; o: ExpressionRecipe[] } | null)[];
  p: (ExpressionRecipe[] | null)[];
}

/** The key of a list of cues as written in a chain's table of lists ('M', or 'N' for the statement veto's two lists). */
function recipeKey(kind: 'M' | 'N', ...lists: (readonly Cue[])[]): string {
  return kind + anchorKey(lists.map((l) => l.filter((c) => typeof c === 'string').join('\u0000')).join('\u0001'));
}

/** Whether a key of a chain's table of lists is a matcher's (`recipeKey`): scripts/bundle.js keeps only those. */
export function isMatcherKey(key: string): boolean {
  return key[0] === 'M' || key[0] === 'N';
}

/** The gate of one expression as `gateFor` reads it (null: it never closes). */
const gateOfOne = (re: RegExp): Gate | null => gateOf(sourceOf(re));

/** What `matcherFrom` makes `m` from (`given`: its expressions are not in it). */
function recipeOf(m: Matcher, given: boolean): MatcherRecipe {
  const expression = (re: RegExp, part?: Part): ExpressionRecipe => {
    const veto = headVetoes.get(re);
    return { s: sourceOf(re), f: askedFlags(re), ...(isFolded(re) ? { F: 1 as const } : {}), ...(veto ? { v: [sourceOf(veto), veto.flags] as [string, string] } : {}), ...(part ? { a: gateOfOne(re), ...(part.group ? { G: part.group } : {}) } : {}) };
  };
  // As gateFor reads them: up to the first that never closes.
  const g: (Gate | null)[] = [];
  for (const re of m) {
    const gate = gateOfOne(re);
    g.push(gate);
    if (!gate) break;
  }
  return {
    ...(given ? {} : { e: m.map((re) => expression(re)) }),
    g,
    w: m.map((_, i) => {
      const w = m.wordless?.[i];
      return w ? { g: wordlessWords.get(w) ?? null, o: w.others.map((re) => expression(re)) } : null;
    }),
    p: (m.parts ?? []).map((p) => (p ? p.map((part) => expression(part.re, part)) : null)),
  };
}

/** A matcher made from its recipe, with its gates made in the order `matcher` makes them. */
function matcherFrom(recipe: MatcherRecipe, given?: RegExp[]): Matcher {
  const vetoes = new Map<string, RegExp>();
  const expression = (x: ExpressionRecipe): RegExp => {
    const re = expressionFrom(x.s, x.f, !!x.F);
    if (x.v) {
      const key = `${x.v[1]}\u0001${x.v[0]}`;
      let veto = vetoes.get(key);
      if (!veto) vetoes.set(key, (veto = readLater(x.v[0], x.v[1])));
      headVetoes.set(re, veto);
    }
    return re;
  };
  const regexps = given ?? (recipe.e ?? []).map(expression);
  const m: Matcher = Object.assign(regexps, { gate: gateMade(recipe.g, (g) => g), cues: regexps.map(() => []) });
  m.wordless = recipe.w.map((w) => (w ? { withWords: gateMade([w.g], (g) => g), others: w.o.map(expression) } : null));
  m.parts = recipe.p.map((p, i) => (p ? Object.assign(p.map((x) => ({ re: expression(x), gate: gateMade([x.a ?? null], (g) => g), group: x.G ?? 0 })), { whole: regexps[i] }) : null));
  return m;
}

/**
 * A matcher from the compiler's table when it holds the recipe of `key`, else made by `make` (and
 * its recipe recorded while scripts/bundle.js makes the table). No key is made without a table.
 */
function remembered(compiler: ListCompiler, key: () => string, make: () => Matcher | null, given?: RegExp[]): Matcher | null {
  if (!compiler.table.size && !compiler.read) return make();
  const k = key();
  const known = compiler.table.get(k);
  if (known !== undefined) return known === null ? null : matcherFrom(JSON.parse(known) as MatcherRecipe, given);
  const m = make();
  compiler.read?.set(k, m ? JSON.stringify(recipeOf(m, !!given)) : null);
  return m;
}

/** The requirements' cues in the document's language and English, each list one expression. */
function compileRequirements(data: RequirementsData[], languages: readonly string[]): CompiledLanguage {
  const chain = languages.join(',');
  const compiler = listCompiler(chain);
  // Made when a list is compiled here (not from the table): the value shapes' concepts are read then.
  let expandWith: ReturnType<typeof expander> | undefined;
  const expand: ReturnType<typeof expander> = (cues, rewrite) => (expandWith ??= expander(data, languages))(cues, rewrite);
  const compile = (cues: Cue[] | undefined): Matcher | null => remembered(compiler, () => recipeKey('M', cues ?? []), () => compileFresh(cues));
  const compileFresh = (cues: Cue[] | undefined): Matcher | null => {
    // Several cues may capture a name: each gets its own group (name0, name1, ...).
    const named = (list: Cue[]) => list.map((c, i) => c.replaceAll('(?<name>', `(?<name${i}>`));
    const list = named(expand(cues));
    // The cues as written matter only to a list whose cues lookbehindLast rewrote (commonHead reads them).
    const raw = list.some((c) => /^=?\/\(\?=/.test(c)) ? named(expand(cues, false)) : list;
    const sensitive = list.filter((c) => c.startsWith('=')).map((c) => c.slice(1));
    const insensitive = list.filter((c) => !c.startsWith('='));
    const out: RegExp[] = [];
    const lists: Cue[][] = [];
    const raws: (Cue[] | null)[] = [];
    for (const [l, flags, fold, rawList] of [
      [insensitive, 'giu', true, raw.filter((c) => !c.startsWith('='))],
      [sensitive, 'gu', false, raw.filter((c) => c.startsWith('=')).map((c) => c.slice(1))],
    ] as const) {
      const headed = headedList(rawList, flags, compiler, fold);
      const re = headed ? headed.re : compileCuesFrom(l, flags, compiler, fold);
      if (re) {
        out.push(re);
        lists.push(headed ? headed.rest : l);
        raws.push(headed ? null : rawList);
      }
    }
    return out.length ? matcher(out, lists, compiler, raws) : null;
  };
  const ids = new Set<string>();
  for (const d of data) for (const id of Object.keys(d.requirements ?? {})) ids.add(id);
  // Compiled once and shared by every requirement's statement veto (expressions compile lazily
  // and each costs time on a first check).
  const notAnyCues = data.flatMap((d) => d.notAny ?? []);
  const notAny = compile(notAnyCues);
  // An item's `not` and `notAny` read as one matcher, of their own expressions.
  const statementVeto = (not: Matcher | null, any: Matcher | null, notCues: Cue[]): Matcher | null => {
    const given = [...(not ?? []), ...(any ?? [])];
    return remembered(compiler, () => recipeKey('N', notCues, notAnyCues), () => matcher(given, [...(not?.cues ?? []), ...(any?.cues ?? [])], compiler), given);
  };
  const exception = compile(data.flatMap((d) => d.exceptions ?? []));
  const scope: ReadScope = {
    examples: compile(data.flatMap((d) => d.narrowScope?.examples ?? [])),
    joiners: compile(data.flatMap((d) => d.narrowScope?.joiners ?? [])),
    titles: compile(data.flatMap((d) => d.documentTitles ?? [])),
  };
  const cuesOf = (id: string): RequirementCues[] => data.map((d) => d.requirements?.[id] ?? {});
  // Every heading list now: a section's contexts are read with all of them.
  const headings: [string, Matcher | null][] = [...ids].map((id) => [id, compile(cuesOf(id).flatMap((c) => c.headings ?? []))]);
  const headingOf = new Map(headings);
  // The rest of a requirement when first asked for (findCues asks for the requirements it reads
  // before it reads a text, so their gates are made with the language's: anchors.ts `current`):
  // a check under one profile compiles that profile's requirements, not every one in the data.
  const one = (id: string, index: number): CompiledRequirement => {
    const cues = cuesOf(id);
    const all = (k: 'headings' | 'phrases' | 'columns' | 'absence' | 'kept' | 'contrary' | 'partial' | 'not' | 'narrow' | 'broad' | 'sole' | 'means' | 'soleNot' | 'soleOwn' | 'switchedOff' | 'atEdge') => cues.flatMap((c) => c[k] ?? []);
    const ctx = merged(data, (d) => d.requirements?.[id]?.inContext);
    const ctxPartial = merged(data, (d) => d.requirements?.[id]?.inContextPartial);
    const elementCues = merged(data, (d) => d.requirements?.[id]?.elements);
    const words = (list: Cue[] | undefined) => (list ?? []).filter((c) => !c.startsWith('/')).map((c) => c.replace(/\*/g, ''));
    const inContext: CompiledRequirement['inContext'] = [];
    for (const [list, partial] of [[ctx, false], [ctxPartial, true]] as const) {
      for (const [context, l] of Object.entries(list)) {
        const re = compile(l);
        if (re) inContext.push({ context: context === 'self' ? id : context, re, partial });
      }
    }
    const elements = new Map<string, Matcher>();
    for (const [e, l] of Object.entries(elementCues)) {
      const re = compile(l);
      if (re) elements.set(e, re);
    }
    const contextElements = new Map<string, Matcher>();
    for (const [e, l] of Object.entries(merged(data, (d) => d.requirements?.[id]?.elementsInContext))) {
      const re = compile(l);
      if (re) contextElements.set(e, re);
    }
    // `notOwn` vetoes only in their own language: data[0] is the document's.
    const notCues = [...all('not'), ...(cues[0].notOwn ?? [])];
    const not = compile(notCues);
    // An element's own veto (read beside the element's match, `ownVetoed`; the item's `not` vetoes it too).
    const elementNot = new Map<string, Matcher>();
    for (const [e, l] of Object.entries(merged(data, (d) => d.requirements?.[id]?.elementsNot))) {
      const re = compile(l);
      if (re) elementNot.set(e, re);
    }
    const heading = headingOf.get(id) ?? null;
    const phrase = compile(all('phrases'));
    const partial = compile(all('partial'));
    const absence = compile([...all('absence'), ...all('kept')]);
    const kept = compile(all('kept'));
    const absenceOwn = compile(all('absence'));
    const contrary = compile(all('contrary'));
    const column = compile(all('columns'));
    // `column` too: a short label before a colon ("Source: …") is read with it (readBlock's LABEL).
    const finders = [phrase, partial, absence, column, ...inContext.map((c) => c.re), ...elements.values(), ...contextElements.values()];
    return {
      id,
      index,
      heading,
      phrase,
      partial,
      column,
      absence,
      kept,
      absenceOwn,
      contrary,
      absenceLast: Object.values(PROFILES).some((p) => p.requirements.some((x) => x.id === id && x.absenceGives === false)),
      exception,
      not,
      notStatement: not || notAny ? statementVeto(not, notAny, notCues) : null,
      narrow: compile(all('narrow')),
      broad: compile(all('broad')),
      sole: compile(all('sole')),
      means: compile(all('means')),
      soleNot: compile(all('soleNot')),
      soleOwn: compile(all('soleOwn')),
      switchedOff: compile(all('switchedOff')),
      featureCommon: new Set(cues.flatMap((c) => c.featureCommon ?? []).map((w) => w.toLowerCase())),
      scope,
      inContext,
      atEdge: compile(all('atEdge')),
      elements,
      contextElements,
      elementNot,
      documentWide: new Set(cues.flatMap((c) => c.documentWide ?? [])),
      inHeadings: cues.some((c) => c.inHeadings),
      productAlone: cues.some((c) => c.productAlone),
      nameFromMailDomain: cues.find((c) => c.nameFromMailDomain)?.nameFromMailDomain,
      examples: { headings: words(cues[0].headings).slice(0, 2), phrases: words(cues[0].phrases).slice(0, 3) },
      any: gateOfGates(finders.filter((m): m is Matcher => !!m).map((m) => m.gate)),
      statement: gateOfGates([phrase, partial, absence, ...inContext.map((c) => c.re)].filter((m): m is Matcher => !!m).map((m) => m.gate)),
    };
  };
  const requirements = new LazyRequirements([...ids], one);
  const toMap = (rec: Record<string, Cue[]>) => {
    const m = new Map<string, Matcher>();
    for (const [k, v] of Object.entries(rec)) {
      const re = compile(v);
      if (re) m.set(k, re);
    }
    return m;
  };
  const blanket = data.flatMap((d) => d.blanket?.cues ?? []);
  return {
    requirements,
    headings,
    triggers: toMap(merged(data, (d) => d.triggers)),
    contexts: toMap(merged(data, (d) => d.contexts)),
    blanket: compile(blanket),
    blanketGives: [...new Set(data.flatMap((d) => d.blanket?.gives ?? []))],
    blanketNothing: compile(data.flatMap((d) => d.blanket?.nothing ?? [])),
    blanketHeadings: compile(data.flatMap((d) => d.blanket?.headings ?? [])),
    blanketUnless: compile(data.flatMap((d) => d.blanket?.unless ?? [])),
    blanketNotAfter: notAfterOf(data.flatMap((d) => d.blanket?.notAfter ?? [])),
    products: compile(data.flatMap((d) => d.products ?? [])),
    freeMail: new Set(data.flatMap((d) => d.freeMail ?? []).map((x) => String(x).toLowerCase())),
    tableOfContents: compile(data.flatMap((d) => d.tableOfContents ?? [])),
    personal: compile(data.flatMap((d) => d.personal ?? [])),
    scope,
  };
}

/**
 * Every cue of a language's requirements data that would be left out because it does not
 * compile (after concepts are expanded and a case-sensitivity `=` is taken off), and every
 * `inContext` key that names no context: for the data tests.
 */
export function cueProblems(language: string): string[] {
  const data = LANGUAGES[language]?.requirements;
  if (!data) return [`${language}: no requirements data`];
  const expand = expander([data, ...(language === 'en' ? [] : [LANGUAGES.en.requirements!])], language === 'en' ? ['en'] : [language, 'en']);
  const out: string[] = [];
  const test = (where: string, cues: Cue[] | undefined) => {
    // A cue YAML read as something else ("- /(?: x)/" is a mapping: a colon and a space) is left out without a word.
    for (const c of cues ?? []) if (typeof c !== 'string') out.push(`${language} ${where}: not a string: ${JSON.stringify(c)}`);
    for (const c of expand(cues)) {
      const body = c.replace(/^=?\//, '');
      if (/^\(\?<[!=]/.test(body) && groupEnd(body, 0) > LONG_LOOKBEHIND) out.push(`${language} ${where}: opens with a long lookbehind that is tried at every character: ${c.slice(0, 80)}`);
      try {
        new RegExp(cueSource(c.startsWith('=') ? c.slice(1) : c).replace(/\(\?<name>/g, '(?<n>'), 'u');
      } catch (e) {
        out.push(`${language} ${where}: ${c} (${(e as Error).message})`);
      }
    }
  };
  const contexts = new Set(Object.keys(data.contexts ?? {}));
  for (const [id, r] of Object.entries(data.requirements ?? {})) {
    for (const k of ['headings', 'phrases', 'partial', 'absence', 'kept', 'contrary', 'not', 'notOwn', 'narrow', 'broad', 'sole', 'means', 'soleNot', 'soleOwn', 'switchedOff', 'atEdge'] as const) test(`${id}.${k}`, r[k]);
    for (const [k, list] of [...Object.entries(r.inContext ?? {}), ...Object.entries(r.inContextPartial ?? {})]) {
      if (k !== 'self' && !contexts.has(k) && !LANGUAGES.en.requirements?.contexts?.[k]) out.push(`${language} ${id}: unknown context ${k}`);
      test(`${id}.inContext.${k}`, list);
    }
    for (const [e, list] of Object.entries(r.elements ?? {})) test(`${id}.elements.${e}`, list);
    for (const [e, list] of Object.entries(r.elementsInContext ?? {})) test(`${id}.elementsInContext.${e}`, list);
    for (const [e, list] of Object.entries(r.elementsNot ?? {})) test(`${id}.elementsNot.${e}`, list);
  }
  for (const [k, list] of Object.entries(data.triggers ?? {})) test(`triggers.${k}`, list);
  for (const [k, list] of Object.entries(data.contexts ?? {})) test(`contexts.${k}`, list);
  for (const [k, list] of Object.entries(data.concepts ?? {})) test(`concepts.${k}`, list);
  test('notAny', data.notAny);
  test('exceptions', data.exceptions);
  test('products', data.products);
  test('blanket', data.blanket?.cues);
  test('blanket.unless', data.blanket?.unless);
  test('blanket.nothing', data.blanket?.nothing);
  test('blanket.headings', data.blanket?.headings);
  test('tableOfContents', data.tableOfContents);
  test('personal', data.personal);
  return out;
}

/** Compiled cues for a document's language, built once and kept. */
function compiledCues(language: string): CompiledLanguage {
  return fromLanguageData(language, 'requirements', compileRequirements);
}

/** The ids of a language's requirements compiled so far (`LazyRequirements`): for the test that a check compiles only its profiles'. */
export function requirementsCompiled(language: string): string[] {
  return compiledCues(language).requirements.madeIds();
}

/**
 * The first match of one list made from `cues` as a requirement's list is made (a shared long head
 * as the head veto's sticky copy, else one expression with its parts and wordless split), searched
 * through firstMatch: for the tests of lists made from a bundle's table (`readLater`).
 */
export function firstMatchOfList(cues: Cue[], flags: string, compiler: ListCompiler, text: string, fold = true): Found | null {
  const headed = headedList(cues, flags, compiler, fold);
  const re = headed ? headed.re : compileCuesFrom(cues, flags, compiler, fold);
  if (!re) return null;
  const m = matcher([re], [headed ? headed.rest : cues], compiler, [headed ? null : cues]);
  return firstMatch(m, text, 0, textWords(text));
}

/** Every cue list of a language's requirements as compiled (each a list of expressions): for the word gate's tests. */
export function compiledCueLists(language: string): RegExp[][] {
  const c = compiledCues(language);
  const out: (Matcher | null)[] = [...c.triggers.values(), ...c.contexts.values(), c.blanket, c.blanketUnless, c.blanketNothing, c.blanketHeadings, c.products, c.tableOfContents, c.personal];
  out.push(c.scope.examples, c.scope.joiners, c.scope.titles);
  for (const r of c.requirements.values()) {
    out.push(r.heading, r.phrase, r.partial, r.column, r.absence, r.kept, r.absenceOwn, r.contrary, r.exception, r.not, r.notStatement, r.narrow, r.broad, r.sole, r.means, r.soleNot, r.soleOwn, r.switchedOff, r.atEdge);
    out.push(...r.inContext.map((x) => x.re), ...r.elements.values(), ...r.contextElements.values(), ...r.elementNot.values());
  }
  return out.filter((m): m is Matcher => !!m);
}

// ---- matching -------------------------------------------------------------------------------

export type HitKind = 'phrase' | 'partial' | 'absence';

export interface CueMatch {
  block: Block;
  /** Offsets of the cue in the block's folded text. */
  from: number;
  to: number;
  kind?: HitKind;
  /** A full statement narrowed to self-service or marketing (`narrow`): no element cue completes it. */
  narrowed?: boolean;
  /** The name an element cue captured. */
  name?: string;
  /** An element found in a sentence that itself states the item. */
  stated?: boolean;
  /** The blanket "we collect no personal data" (`blanket`), given to the items it gives. */
  blanket?: boolean;
  /** A reading that holds by parties named by their own names: those names (none of them the policy's own). */
  parties?: readonly string[];
}

export interface Findings {
  /** Requirement id → the statements that address it, in document order. */
  matches: Map<string, CueMatch[]>;
  /** Requirement id → element id → where the element is given. */
  elements: Map<string, Map<string, CueMatch[]>>;
  /** Condition ids whose triggers the text contains, with the first match. */
  triggers: Map<string, CueMatch>;
  /** The contexts open in each section (by section index), as read for the matches. */
  contexts: Set<string>[];
  /** The list items of a table of contents (by block index): they state nothing, to the cues or the model. */
  contents?: Set<number>;
}

const headingMemo: TextMemo<string, string[]> = new Map();
/** The contexts a heading opens, remembered by its text. */
function headingContexts(cues: CompiledLanguage, heading: string, language: string): string[] {
  return rememberFor(headingMemo, heading, language, () => {
    const own = new Set<string>();
    // A compound heading ("Why, and on what basis", "How long and where") is read whole and part by
    // part, so a cue written for a heading of its own ("^why$") reads its part too.
    for (const part of headingParts(cues, heading)) {
      const words = textWords(part);
      for (const [id, re] of cues.contexts) if (matches(re, part, words)) own.add(id);
      for (const [id, heading] of cues.headings) if (matches(heading, part, words)) own.add(id);
    }
    return [...own];
  });
}

/** A heading and, if it is compound, its parts: split at commas, semicolons, "&", "/" and the language's list joiners ("and", "en", "und", "et"). */
function headingParts(cues: CompiledLanguage, heading: string): string[] {
  const parts = listItems(cues.scope, heading.replace(/[&/]/g, ',')).map((p) => p.trim());
  return parts.length > 1 ? [heading, ...parts] : [heading];
}

const NO_CONTEXT: Set<string> = new Set();

/**
 * The structural readings a model's raise may be gated by (coverage-check.ts `raiseGate`), of a
 * sentence in its place (`head`: its section's title; `lead`: a list item's lead-in): `object`, it
 * (or its lead-in, or a question heading over it) names the reader's data (frames.ts `namesReader`);
 * `person`, or the reader as a party; `near`, a reading of it (with its lead-in) is all but one slot
 * of one of the requirement's frames (`nearFrame`); `section`, its heading opens the requirement's
 * context or one its cues count in (`inContext`: the rights, the other sources), as the cues read
 * headings (`headingContexts`). A heading never covers on its own: it is only one reading of two.
 */
export function gateReadings(language: string, id: string, text: string, head = '', lead: string | null = null): GateReadings {
  const frames = frameLanguage(language);
  const read = lead ? `${lead} ${text}` : text;
  const asked = /\?\s*$/.test(head) ? `${head} ${read}` : read;
  const cues = compiledCues(language);
  const r = cues.requirements.has(id) ? cues.requirements.get(id) : undefined;
  const family = new Set<string>([id, ...(r?.inContext.map((x) => x.context) ?? [])]);
  return {
    ...namesReader(frames, asked),
    near: nearFrame(frames, id, read),
    section: !!head.trim() && headingContexts(cues, head, language).some((c) => family.has(c)),
  };
}

/** The contexts open in each section: a context id (e.g. "rights") or a requirement's own id. */
function sectionContexts(doc: PolicyDocument, cues: CompiledLanguage): Set<string>[] {
  const out: Set<string>[] = [];
  const stack: { depth: number; ctx: Set<string> }[] = [];
  for (const s of doc.sections) {
    const own = s.heading ? headingContexts(cues, s.heading.text, doc.language) : [];
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    // A heading that opens no context of its own shares the contexts around it (never changed).
    const around = stack.length ? stack[stack.length - 1].ctx : NO_CONTEXT;
    const ctx = own.length ? new Set<string>([...around, ...own]) : around;
    if (s.heading) stack.push({ depth: s.depth, ctx });
    out.push(ctx);
  }
  return out;
}

/**
 * The earliest match of any of the matcher's expressions. `words`: the words of the text or of a
 * text it is part of; a matcher whose gate they do not open is not run.
 */
function firstMatch(matcher: Matcher, text: string, from = 0, words?: TextWords): Found | null {
  if (words && !opens(words, matcher.gate)) return null;
  let best: Found | null = null;
  let plain: string | undefined;
  let folded: string | undefined;
  // A folded expression reads the text folded (case-fold.ts): the same offsets.
  const viewFor = (re: RegExp): string => (isFolded(re) ? (folded ??= foldedView(text)) : (plain ??= searchable(text)));
  const search = (re: RegExp): RegExpExecArray | null => {
    const view = viewFor(re);
    toMachineCode(re, view);
    re.lastIndex = from;
    let m = re.exec(view);
    const veto = headVetoes.get(re);
    // Where the cues' shared lookbehind fails, no cue matches there: the search goes on from the next character.
    while (veto && m && !headHolds(veto, view, m.index)) {
      const c = view.charCodeAt(m.index);
      re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff && m.index + 1 < view.length ? 2 : 1);
      m = re.exec(view);
    }
    return m;
  };
  for (let i = 0; i < matcher.length; i++) {
    let parts: Parts | null = null;
    let others: RegExp[] | null = null;
    if (words && wordGateOn()) {
      const w = wordless(matcher, i);
      if (w && !opens(words, w.withWords)) others = w.others;
      else parts = matcher.parts?.[i] ?? null;
    }
    let m: RegExpExecArray | null = null;
    if (others) {
      // Pieces of one run of cues: the earliest match, the earlier piece's at a tie (bySize).
      for (const o of others) {
        const got = search(o);
        if (got && (!m || got.index < m.index)) m = got;
      }
    } else if (parts) {
      // Only the parts whose words the text holds (partsOf); where two of different groups match at
      // the same place, the whole list decides which of its cues matches there (two pieces of one
      // group: the earlier piece's match, bySize).
      let tie = false;
      let group = -1;
      for (const p of parts) {
        if (!opens(words!, p.gate)) continue;
        const got = search(p.re);
        if (!got) continue;
        if (!m || got.index < m.index) {
          m = got;
          group = p.group;
          tie = false;
        } else if (got.index === m.index && p.group !== group && !sameMatch(got, m)) tie = true;
      }
      if (m && tie) m = wholeAt(parts.whole, viewFor(parts.whole), m.index) ?? m;
    } else m = search(matcher[i]);
    // Strictly earlier: at the same place the expression searched first wins.
    if (m && (!best || m.index < best.from)) {
      const name = m.groups ? Object.values(m.groups).find((v) => v !== undefined) : undefined;
      best = { from: m.index, to: m.index + m[0].length, name };
    }
  }
  return best;
}

/** A negator word, and at most two words after it, ending the text ("no " or "not use any " before "analytics tools"; "pas d'"). */
function notAfterOf(words: string[]): RegExp | null {
  if (!words.length) return null;
  const alt = words.map((w) => (/['’]$/.test(w) ? escapeRegExp(w) : `${escapeRegExp(w)}\\s+`)).join('|');
  return new RegExp(`(?:^|[^\\p{L}])(?:${alt})(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}$`, 'iu');
}

/**
 * Whether a text says some data is collected after all (a blanket statement then gives nothing):
 * an unless cue not denied by the words just before it ("no analytics tools" collects nothing).
 * At most 16 denied mentions are passed over in one text.
 */
function collectsAfterAll(cues: CompiledLanguage, text: string, words: TextWords): boolean {
  let from = 0;
  for (let n = 0; n < 16; n++) {
    const m = firstMatch(cues.blanketUnless!, text, from, words);
    if (!m) return false;
    if (!testCompiled(cues.blanketNotAfter, text.slice(Math.max(0, m.from - 48), m.from))) return true;
    from = m.to;
  }
  return true;
}

function matches(matcher: Matcher | null, text: string, words?: TextWords): boolean {
  return !!matcher && firstMatch(matcher, text, 0, words) !== null;
}

/** The whole sentence of a match, as vetoes and narrowing read it (up to 800 characters). */
function sentenceOf(text: string, from: number, to: number): { from: number; to: number } {
  return sentenceAround(text, from, to, 800);
}

/**
 * The first match of re in text whose sentence is not vetoed by `not`, or null. `minEnd`: the
 * match must reach past this offset (a list item read with its lead-in must match in the item).
 */
function firstValid(
  re: Matcher,
  not: Matcher | null,
  text: string,
  words: TextWords,
  minEnd = 0,
  itemNot: Matcher | null = not,
  start = 0,
): { from: number; to: number; sentence: string; name?: string } | null {
  if (!opens(words, re.gate)) return null;
  let at = start;
  for (let guard = 0; guard < 50 && at <= text.length; guard++) {
    const m = firstMatch(re, text, at, words);
    if (!m) return null;
    if (m.to === m.from || m.to <= minEnd) {
      at = Math.max(m.from + 1, m.to);
      continue;
    }
    const s = sentenceOf(text, m.from, m.to);
    // The veto reads the sentence of the match (with a list item's lead-in, the whole).
    const sentence = text.slice(Math.min(s.from, m.from), Math.max(s.to, m.to));
    // A list item read with its lead-in is also vetoed by what the item alone says; `itemNot` (a
    // policy's statement of its own scope) vetoes only the item, so a list of purposes under "This
    // policy explains how we use your data:" still counts.
    const joined = minEnd > 0 && s.from < minEnd;
    const item = joined ? text.slice(minEnd, Math.max(s.to, m.to)) : '';
    if (joined ? matches(not, sentence, words) || matches(itemNot, item, words) : matches(itemNot, sentence, words)) {
      at = Math.max(s.to, m.from + 1);
      continue;
    }
    return { ...m, sentence };
  }
  return null;
}

/** What one block says about one requirement: its statement (if any) and the elements it gives. */
interface BlockHit {
  /** `parties`: a reading that holds by parties named by their own names, those names (the document tells them from its own). */
  hit: { from: number; to: number; kind: HitKind; narrowed?: boolean; parties?: readonly string[] } | null;
  /** Element id, where, and the name the cue captured (`(?<name>…)`), if any. */
  elements: [string, { from: number; to: number; name?: string; stated?: boolean }][];
}

/** A block's statement: where and of what kind, with `narrowed` (to self-service or marketing) only when it is. */
const hitAt = (from: number, to: number, kind: HitKind, narrowed: boolean): NonNullable<BlockHit['hit']> => (narrowed ? { from, to, kind, narrowed: true } : { from, to, kind });

/** A block that says nothing about an item (shared: never changed). */
const SAYS_NOTHING: BlockHit = Object.freeze({ hit: null, elements: Object.freeze([]) as unknown as BlockHit['elements'] });

/**
 * A block's reading; the shared SAYS_NOTHING when it found nothing. Most blocks say nothing about
 * most items, and every reading is remembered (`blockMemos`): an object per block and item was
 * what a check of 50,000 headings kept most of, and memory a collection copies. Its elements as a
 * list as long as it is (memo.ts `exact`).
 */
const said = (hit: BlockHit['hit'], elements: BlockHit['elements']): BlockHit => (hit || elements.length ? { hit, elements: exact(elements) } : SAYS_NOTHING);

/**
 * What a block says depends only on its language, kind, section context, lead-in and text, so it
 * is remembered across checks: when an edit changes one paragraph of a long policy, the language
 * server's next check reads only that paragraph again. Bounded; cleared when full.
 */
interface BlockMemo {
  /** By requirement index; read when a check first asks for it. */
  hits: (BlockHit | undefined)[];
  /** The requirements (of the list named by `sparseFor`) this block states or gives an element of: a check walks only these. */
  sparse?: CompiledRequirement[];
  sparseFor?: string;
  /** By condition, in the language's order of triggers; null: no trigger here. */
  triggers: ({ from: number; to: number } | null | undefined)[];
  blanket?: { from: number; to: number } | null;
  /** Whether the paragraph is only "Nothing." (`blanketNothing`). */
  nothing?: boolean;
  /** By requirement index: its `atEdge` cues' match in the text alone (read when a check first asks for it). */
  edges?: ({ from: number; to: number } | null)[];
  unless?: boolean;
  product?: { name?: string } | null;
}
const blockMemos: TextMemo<string, BlockMemo> = new Map();

/**
 * A list item's lead-in: the last sentence of the paragraph just before its list, in its section;
 * a table's body cell is read with its column's header.
 */
function leadInOf(doc: PolicyDocument, block: Block, listLeads: Map<number, string>, paragraphLeads?: Set<number>): string {
  if (block.kind === 'table-cell') return block.header ?? '';
  if (block.kind === 'paragraph') return questionOf(doc, block);
  if (block.kind !== 'list-item') return '';
  // An item right after another item of the section has that item's lead-in: a list of thousands
  // of items is not read back to its start for each one (`listLeads`: this check's, by block index).
  const prev = doc.blocks[block.index - 1];
  let lead = prev && prev.section === block.section && prev.kind === 'list-item' ? listLeads.get(prev.index) : undefined;
  if (lead !== undefined && paragraphLeads?.has(prev.index)) paragraphLeads.add(block.index);
  if (lead === undefined) {
    lead = '';
    for (let i = block.index - 1; i >= 0; i--) {
      const b = doc.blocks[i];
      if (b.section !== block.section) break;
      if (b.kind === 'list-item') continue;
      if (b.kind === 'paragraph') {
        lead = lastSentence(b.text);
        // Whose lead-in is a paragraph's, not a heading's (a short label read as a column's header: `bareLabel`).
        paragraphLeads?.add(block.index);
      }
      // A list right under a question heading ("Who do we share your data with?" over "- our
      // courier"): each item is read with the question, as a paragraph under it is; under a short
      // heading that is no question ("Things you can ask us to do"), with the heading.
      else if (b === doc.sections[block.section]?.heading) lead = questionText(b.text) || headingLead(b.text);
      break;
    }
  }
  listLeads.set(block.index, lead);
  return lead;
}

/** A paragraph's last sentence (the lead-in of the list after it), remembered by its text: every item of the list asks. */
const lastSentences: TextMemo<number, string> = new Map();
function lastSentence(text: string): string {
  return rememberFor(lastSentences, text, 0, () => flat(text.slice(sentenceAround(text, Math.max(0, text.length - 1), text.length).from)));
}

/** At most this many earlier cells of a row are read with a cell (a row of a thousand columns stays linear). */
const ROW_CELLS = 4;

/**
 * A table's body cell: the nearest of its row's earlier cells (at most ROW_CELLS), each after its
 * column's header ("Why: To detect scams"), joined by semicolons.
 */
function rowOf(doc: PolicyDocument, block: Block): string {
  if (block.kind !== 'table-cell' || !block.column) return '';
  const cells: string[] = [];
  for (let i = Math.max(0, block.index - Math.min(block.column, ROW_CELLS)); i < block.index; i++) {
    const b = doc.blocks[i];
    if (b.kind === 'table-cell' && b.text) cells.push(`${b.header ? `${b.header.slice(0, 100)}: ` : ''}${b.text.slice(0, 300)}`);
  }
  return cells.join('; ');
}

/**
 * A question heading answered by the paragraph right under it ("Does my data leave Europe?" over
 * "No. Our servers are in Frankfurt."): the answer is read with its question, as a list item with
 * its lead-in, so a cue must still reach into the answer. The heading alone states nothing.
 */
function questionOf(doc: PolicyDocument, block: Block): string {
  const section = doc.sections[block.section];
  const heading = section?.heading;
  if (heading && heading.index === block.index - 1) return questionText(heading.text);
  // A question set in bold or italics as a paragraph of its own, its answer in the paragraph right
  // after it ("**Must I share my address?**" over "No. …", as pasted FAQs have them): the
  // question is the answer's, as a question heading's is.
  const question = bareQuestionOver(doc, block);
  return question ? questionText(question) : '';
}

/**
 * The question a paragraph answers when the block right before it, a paragraph of its section, is only a question set in
 * bold or italics ("**Must I share my address?**" over "No. …"): the question's text, else ''. One test for the answer's
 * lead-in (`questionOf`) and for dropping the question's own reading where its answer gives the item (session 36).
 */
function bareQuestionOver(doc: PolicyDocument, answer: Block): string {
  const prev = doc.blocks[answer.index - 1];
  if (answer.kind !== 'paragraph' || !prev || prev.kind !== 'paragraph' || prev.section !== answer.section) return '';
  return BARE_QUESTION.exec(prev.text)?.[2] ?? '';
}

/** A paragraph that is only a question set in bold or italics ("**May I say no later?**"). */
const BARE_QUESTION = /^\s*([*_]{1,2})([^*_\n]{2,200}?\?)\1\s*$/u;

/**
 * A heading of at most 12 words that ends on no stop says what the list right under it is ("Things
 * you can ask us to do" over "- Fix anything that is wrong"): its text is the list's lead-in, as a
 * lead-in sentence's would be, so a reading must still reach into the item (the heading alone
 * gives nothing).
 */
function headingLead(text: string): string {
  const h = text.trim();
  return h.split(/\s+/).length <= 12 && !/[.:;!?]$/.test(h) ? h : '';
}

/**
 * A question set in bold or italics at the head of its paragraph, its answer after it ("**Will this page
 * change?** Probably, …", pasted FAQs whose questions stand on the line above their answers): the question,
 * and the paragraph with the question's characters read as spaces (the same length, so offsets stay the
 * paragraph's), with its words; null where the paragraph opens otherwise.
 */
const HEAD_QUESTION = /^\s*([*_]{1,2})([^*_\n]{2,200}?\?)\1(?=\s+\S)/u;
function headQuestion(text: string): { question: string; text: string; words: BlockWords } | null {
  const m = HEAD_QUESTION.exec(text);
  if (!m) return null;
  const question = m[2].trim();
  const rest = ' '.repeat(m[0].length) + text.slice(m[0].length);
  return { question, text: rest, words: blockWords(rest, question) };
}

/**
 * A paragraph that opens with a question in bold (`headQuestion`) and says nothing of an item as written
 * is read again as a question heading's answer: the answer with the question as its lead-in, so a cue
 * must still reach into the answer ("Will this page change? Probably" then "we will show a notice").
 */
function withFaq(got: BlockHit, r: CompiledRequirement, faq: ReturnType<typeof headQuestion>, readText: (text: string) => BlockHit, frames: FrameLanguage): BlockHit {
  if (!faq || got.hit || !opens(faq.words.joined(), r.any)) return got;
  const again = withFrames(r, frames, readText(faq.text), faq.text, faq.question, false, readText);
  return again.hit ? again : got;
}

/**
 * The contexts of a paragraph's answer to its bold question: its section's, and the item's own where the question is
 * a heading of the item ("**Woher kommen die Angaben?** …", "**Where does it come from?** …"), as a question heading opens it (session 28).
 */
function faqContexts(r: CompiledRequirement, ctx: Set<string>, question: string): Set<string> {
  return ctx.has(r.id) || !matches(r.heading, question) ? ctx : new Set<string>([...ctx, r.id]);
}

/** A heading's text if it asks a question (ends on "?", at most 200 characters), else ''. */
function questionText(text: string): string {
  const q = text.trim();
  return q.endsWith('?') && q.length <= 200 ? q : '';
}

/** The last lead-in asked about and whether it introduces a table of contents: the items of a list share it. */
let lastContents: { cues: CompiledLanguage; lead: string; yes: boolean } | undefined;

/** A list item under a table-of-contents lead-in ("This notice covers:") or heading ("Contents"). */
function inContents(cues: CompiledLanguage, doc: PolicyDocument, block: Block, lead: string): boolean {
  if (!cues.tableOfContents) return false;
  if (lead) {
    if (lastContents?.cues !== cues || lastContents.lead !== lead) lastContents = { cues, lead, yes: matches(cues.tableOfContents, lead) };
    return lastContents.yes;
  }
  const heading = doc.sections[block.section]?.heading?.text;
  return !!heading && matches(cues.tableOfContents, heading);
}

/**
 * The items of "lead-in: item; item; item" (two semicolons at least), each with its lead-in (the
 * sentence up to the colon, without it) and its offset in the text.
 */
function semicolonItems(text: string): { lead: string; text: string; at: number }[] {
  const out: { lead: string; text: string; at: number }[] = [];
  let colon = text.indexOf(': ');
  while (colon >= 0 && out.length < 40) {
    const s = sentenceAround(text, colon, colon + 1, 800);
    // The list runs past its semicolons to the sentence's end.
    const stop = /[.!?](?= \p{Lu}|$)/u.exec(text.slice(colon + 2, colon + 2000));
    const end = stop ? colon + 2 + stop.index : Math.min(text.length, colon + 2000);
    const list = text.slice(colon + 2, end);
    if ((list.match(/; /g) ?? []).length >= 2) {
      // "Sie haben das Recht auf" + "Löschung": without the colon it reads as one sentence.
      const lead = text.slice(s.from, colon);
      let at = colon + 2;
      for (const part of list.split('; ')) {
        out.push({ lead, text: part, at });
        at += part.length + 2;
      }
    }
    colon = text.indexOf(': ', end);
  }
  return out;
}

/** A lead-in whose last word before its colon is short (up to four letters): "Recht auf:", "the right to:", "le droit de :". */
const LEAD_TO_COMPLETE = lazily(() => /(?<![\p{L}])\p{L}{1,4}\s*:$/u);
const SPACE = /\s/u;

/**
 * LEAD_TO_COMPLETE.test(lead), read from the lead's end: the expression, anchored only at the
 * end, was tried at every position of a long lead. Before the colon and the white space before it,
 * at most twelve code units hold a run of up to four letters (two units each at most) and the
 * character before it.
 */
export function leadToComplete(lead: string): boolean {
  if (!lead.endsWith(':')) return false;
  let j = lead.length - 1;
  while (j > 0 && SPACE.test(lead[j - 1])) j--;
  return testCompiled(LEAD_TO_COMPLETE(), `${lead.slice(Math.max(0, j - 12), j)}:`);
}

/** Whether a block says the item is there after all (`contrary`) in a sentence other than the statement of absence at `m`. */
function saysContrary(r: CompiledRequirement, text: string, m: { from: number; to: number }): boolean {
  if (!r.contrary) return false;
  const s = sentenceOf(text, m.from, Math.max(m.from + 1, m.to));
  return matches(r.contrary, text.slice(0, s.from)) || matches(r.contrary, text.slice(s.to));
}

/** Whether the statement of absence at `m` is only a `kept` one and another sentence of the block states the item, fully or in part. */
function keptOnlyBeside(
  r: CompiledRequirement,
  text: string,
  m: { from: number; to: number; sentence: string },
  find: (re: Matcher | null, not?: Matcher | null, start?: number) => { from: number; sentence: string } | null,
): boolean {
  if (!r.kept || !matches(r.kept, m.sentence) || matches(r.absenceOwn, m.sentence)) return false;
  const s = sentenceOf(text, m.from, Math.max(m.from + 1, m.to));
  // Another sentence that states the item; not one that denies it itself ("Toutes les données sont
  // hébergées en France. Aucun transfert n'est effectué en dehors de l'UE.": two statements of absence).
  const states = (h: { from: number; sentence: string } | null) => !!h && (h.from < s.from || h.from >= s.to) && !(matches(r.absenceOwn, h.sentence) && !matches(r.exception, h.sentence));
  const other = (re: Matcher | null) => {
    let h = find(re);
    for (let n = 0; h && n < 8; n++) {
      if (states(h)) return true;
      const next = find(re, r.notStatement, Math.max(h.from + 1, h.from < s.to && h.from >= s.from ? s.to : sentenceOf(text, h.from, h.from + 1).to));
      if (!next || next.from <= h.from) break;
      h = next;
    }
    return false;
  };
  return other(r.phrase) || other(r.partial);
}

/** A full statement limited to self-service or to marketing, with no wider way offered. */
function narrowed(r: CompiledRequirement, sentence: string, words: TextWords): boolean {
  return matches(r.narrow, sentence, words) && !matches(r.broad, sentence, words) && narrowsOwn(r, sentence);
}

/**
 * Whether the limit is the statement's own, not an example's or a means': an example ("including for
 * appeals", "such as newsletters", "z. B. für den Newsletter", "notamment pour la lettre") limits
 * nothing, and a list of short items after a colon or a spaced dash that follows a statement of the
 * item ("withdraw it at any time: switch off tracking, unsubscribe from emails or write to us") limits
 * only if every item of it does.
 */
function narrowsOwn(r: CompiledRequirement, sentence: string): boolean {
  const own = withoutMeans(r, withoutExamples(r.scope, sentence));
  // A statement of its own in brackets, narrowed ("object to our use of your data (you may also say no to our newsletter at any time)"),
  // does not narrow the sentence around it, which is not; words around it that state nothing ("More about your choices (…)") leave
  // the bracket's narrowing the sentence's.
  const outside = own.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  if (outside !== own && matches(r.phrase, outside) && !matches(r.narrow, outside) && [...own.matchAll(/\(([^()]*)\)/gu)].some((b) => matches(r.phrase, b[1]))) return false;
  const cut = /:\s|\s[—–-]\s/u.exec(own);
  if (!cut) return matches(r.narrow, own);
  const head = own.slice(0, cut.index);
  const tail = own.slice(cut.index + cut[0].length);
  // A label or a lead-in before the colon ("Profile: you can edit it in the app") leaves the statement after it, read whole.
  if (!matches(r.phrase, head)) return matches(r.narrow, own);
  if (matches(r.narrow, head)) return true;
  const items = listItems(r.scope, tail);
  // Only a list of short items (a means or an object each) is read item by item; prose after the colon is read whole.
  // Three means or more are a list even where one is long ("… or change your advertising choices through the link at the foot of
  // each page"): session 28, by kind.
  const most = items.length > 2 ? MAX_LIST_ITEM_WORDS : MAX_ITEM_WORDS;
  const list = items.length > 1 && items.every((item) => (item.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0) <= most);
  return list ? items.every((item) => matches(r.narrow, item)) : matches(r.narrow, tail);
}

/** The most words an item of a list after a colon or a dash has ("switch off tracking in the settings"). */
const MAX_ITEM_WORDS = 8;
/** The most words an item has in a list of three items or more after a colon or a dash. */
const MAX_LIST_ITEM_WORDS = 16;

/**
 * A sentence without its examples: from an example marker to the end of its clause (a semicolon, a
 * colon, a closing bracket, a dash or the sentence's end); a marker set off by a comma ("for
 * example, object to …") is taken out alone. At most eight.
 */
function withoutExamples(scope: ReadScope, sentence: string): string {
  if (!scope.examples) return sentence;
  let out = sentence;
  for (let n = 0, at = 0; n < 8; n++) {
    const m = firstMatch(scope.examples, out, at);
    if (!m) break;
    const aside = /^\s*,/.test(out.slice(m.to));
    const end = aside ? m.to : clauseEnd(out, m.to);
    out = `${out.slice(0, m.from)}${out.slice(end)}`;
    at = m.from;
  }
  return out;
}

/**
 * A sentence without the means it names with a narrowing word (`means`: "either with the unsubscribe link … or by
 * telling us"): from the means to its clause's end, or to the statement where it follows the means ("By clicking the
 * unsubscribe link in our e-mails, you can withdraw your consent to our newsletter": the newsletter stays). At most four.
 */
function withoutMeans(r: CompiledRequirement, sentence: string): string {
  if (!r.means) return sentence;
  let out = sentence;
  for (let n = 0, at = 0; n < 4; n++) {
    const m = firstMatch(r.means, out, at);
    if (!m) break;
    const statement = r.phrase ? firstMatch(r.phrase, out, m.to) : null;
    // The means' clause, up to the statement where the means leads the sentence ("Via the link … you can withdraw …").
    const end = Math.min(clauseEnd(out, m.to), statement?.from ?? Infinity);
    // Only a means among others ("either with the unsubscribe link or by writing to us") is cut: a withdrawal whose one
    // means is the unsubscribe link ("withdraw it at any time via the unsubscribe link") stays narrowed to the mailing.
    if (!amongOthers(r.scope, out, m.from, m.to, end)) {
      at = m.to;
      continue;
    }
    out = `${out.slice(0, m.from)}${out.slice(end)}`;
    at = m.from;
  }
  return out;
}

/** Whether a list joiner ("or", "oder", "ou", "of") follows the means in its clause, or stands just before it. */
function amongOthers(scope: ReadScope, text: string, from: number, to: number, end: number): boolean {
  if (!scope.joiners) return false;
  if (firstMatch(scope.joiners, text.slice(to, end), 0)) return true;
  const before = text.slice(Math.max(0, from - 12), from);
  const j = firstMatch(scope.joiners, before + ' ', 0);
  return !!j && j.to >= before.length;
}

/** Where the clause that runs on from `from` ends: a semicolon, colon, closing bracket or spaced dash, or the text's end. */
function clauseEnd(text: string, from: number): number {
  const m = /[;:)]|\s[—–]\s/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** The items of a list: split at commas, semicolons and the language's list joiners ("or", "and", "oder"). */
function listItems(scope: ReadScope, text: string): string[] {
  const cuts: number[][] = [];
  for (const m of text.matchAll(/[,;]/gu)) cuts.push([m.index, m.index + 1]);
  for (let at = 0, n = 0; scope.joiners && n < 16; n++) {
    const m = firstMatch(scope.joiners, text, at);
    if (!m) break;
    cuts.push([m.from, m.to]);
    at = Math.max(m.to, m.from + 1);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const items: string[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    if (a < from) continue;
    items.push(text.slice(from, a));
    from = b;
  }
  items.push(text.slice(from));
  return items.filter((x) => /[\p{L}\p{N}]/u.test(x));
}

/** The words of a block's text, and of its text with its lead-in, each computed when first asked. */
interface BlockWords {
  text(): TextWords;
  joined(): TextWords;
}

/** The last lead-in read and its words: the items of a list share theirs. */
let lastLead: { text: string; words: TextWords } | undefined;

/** A lead-in's own words (the last one asked about). */
function leadWords(lead: string): TextWords {
  if (lastLead?.text !== lead) lastLead = { text: lead, words: textWords(lead) };
  return lastLead.words;
}

/** The words of a lead-in and a text joined by a space (no word runs across the join). */
function withLead(lead: string, text: TextWords, joined: () => string): TextWords {
  return joinedWords(leadWords(lead), text) ?? textWords(joined());
}

function blockWords(text: string, lead: string, ownWords?: () => TextWords): BlockWords {
  let own: TextWords | undefined;
  let joined: TextWords | undefined;
  const w: BlockWords = {
    text: ownWords ?? (() => (own ??= textWords(text))),
    joined: () => (lead ? (joined ??= withLead(lead, w.text(), () => `${lead} ${text}`)) : w.text()),
  };
  return w;
}

/**
 * The words of a text with its lead-in read without the colon, for the last text asked about:
 * every requirement asks for the same ones (a list of thousands of items under one lead-in made
 * them once per item and requirement).
 */
let lastBare: { lead: string; text: TextWords; words: TextWords } | undefined;
function bareWords(lead: string, text: TextWords, joined: () => string): TextWords {
  if (lastBare?.lead !== lead || lastBare.text !== text) lastBare = { lead, text, words: withLead(lead, text, joined) };
  return lastBare.words;
}

/**
 * Whether a lead-in offers a request (`broad`), for the last lead-ins asked about: a list's items share
 * their lead-in, read with and without its colon (a list of thousands of items read it once per item,
 * requirement and reading).
 */
const leadOffersMemo: TextMemo<Matcher, boolean> = new Map();
const LEAD_OFFERS = 64;
function leadOffersOf(broad: Matcher | null, lead: string): boolean {
  if (!broad) return false;
  if (leadOffersMemo.size >= LEAD_OFFERS && !leadOffersMemo.has(lead)) leadOffersMemo.clear();
  return rememberFor(leadOffersMemo, lead, broad, () => matches(broad, lead));
}

type Valid = ReturnType<typeof firstValid>;
/**
 * A table cell's own readings (its text alone, from its start: `firstValid`), by its text, the list
 * read and its veto: a column repeats its cells ("Consent", "2 years"), each read with another header
 * and row, and so remembered apart (one row of thousands of cells read each cell's text again for
 * each). Only a text met again under another header is remembered (`cellHeaders`: the header each
 * text was first read under): a list of thousands of distinct items under a label ("We keep:") made
 * a map per item and list here, garbage that raised the peak memory of a 512 KB list from 250 MB
 * to 600 MB (session 33). Both bounded far below the paragraph memos: the repeats are few texts.
 */
const cellReadings: TextMemo<Matcher, Map<Matcher | null, Valid>> = new Map();
const cellHeaders = new Map<string, string>();
const CELL_TEXTS = 4096;
function cellValid(re: Matcher, not: Matcher | null, text: string, words: BlockWords, header: string): Valid {
  if (!cellReadings.has(text)) {
    const first = cellHeaders.get(text);
    if (first === undefined) {
      if (cellHeaders.size >= CELL_TEXTS) cellHeaders.clear();
      cellHeaders.set(text, header);
    }
    if (first === undefined || first === header) return firstValid(re, not, text, words.text(), 0, not);
    if (cellReadings.size >= CELL_TEXTS) cellReadings.clear();
  }
  const byVeto = rememberFor(cellReadings, text, re, () => new Map<Matcher | null, Valid>());
  let m = byVeto.get(not);
  if (m === undefined) byVeto.set(not, (m = firstValid(re, not, text, words.text(), 0, not)));
  return m;
}

/** The words of the last row read with a cell: every requirement reads the same cell with its row. */
let lastRow: { row: string; text: string; words: BlockWords } | undefined;
function rowWords(text: string, row: string, own: BlockWords): BlockWords {
  if (lastRow?.row !== row || lastRow.text !== text) lastRow = { row, text, words: blockWords(text, `${row};`, own.text) };
  return lastRow.words;
}

/** The last lead-in asked about and whether it ends on a short word before its colon (asked once per requirement). */
let lastCompletable: { lead: string; yes: boolean } | undefined;
function completable(lead: string): boolean {
  if (lastCompletable?.lead !== lead) lastCompletable = { lead, yes: leadToComplete(lead) };
  return lastCompletable.yes;
}

/**
 * A label of up to four words before a colon that opens a text ("Why: …", "How long: …") (up to six set in bold), with
 * three words or more after it, not a pointer ("see below"). Read as a column's header only in a
 * run of labelled blocks (`labelledRun`): one labelled sentence alone ("Information: for questions
 * about this notice, write to us") is a sentence like any other. The label may be set in bold or
 * italics ("**How long:** …", "**Why**: …") and may be a short question ("**Who gets it?** …");
 * set in bold, it may end on a full stop instead ("**Who else sees it.** My accountant …").
 */
const LABEL_WORDS = String.raw`\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3}`;
/**
 * A bare label's words (`BARE_LABEL`): up to six (session 26: "**Who we pass it to:**", "**Met wie wij
 * gegevens delen.**" over their lists); such a label is a header only where a `columns` cue names it.
 */
const BARE_LABEL_WORDS = String.raw`\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,5}`;
const LABEL = lazily(() => new RegExp(
  String.raw`^\s*(?:(?<b>[*_]{1,2})(?<bold>${BARE_LABEL_WORDS})\s*(?:[:?.]\s*\k<b>|\k<b>\s*[:?.])|(?:[*_]{1,2})?(?<plain>${LABEL_WORDS})\s*(?:[*_]{1,2})?\s*[:?])\s*(?:[*_]{1,2})?\s+(?=[\p{L}\p{N}]\S*(?:\s+\S+){2})(?!see\b)`,
  'iu',
));

/**
 * A paragraph that is only a short label (up to six words, `BARE_LABEL_WORDS`), set in bold or italics or
 * ending on a colon or a question mark ("**Why.**", "**Pourquoi ?**", "What for:"): its words,
 * read as the header of the list right under it; else ''.
 */
const BARE_LABEL = new RegExp(
  String.raw`^\s*(?:(?<b>[*_]{1,2})(?<bold>${BARE_LABEL_WORDS})\s*[:?.]?\s*\k<b>\s*[:?.]?|(?<plain>${BARE_LABEL_WORDS})\s*[:?])\s*$`,
  'u',
);
/**
 * Whether a list item under a bare label (`bareLabel`) is about people and their data: the item, the
 * label, the block right before the label's paragraph or the section's heading has a `personal` word.
 */
function aboutPersons(cues: CompiledLanguage, doc: PolicyDocument, item: Block, label: string): boolean {
  if (!cues.personal) return true;
  if (matches(cues.personal, item.text) || matches(cues.personal, label)) return true;
  let i = item.index - 1;
  while (i >= 0 && doc.blocks[i].kind === 'list-item' && doc.blocks[i].section === item.section) i--;
  // i: the label's paragraph; the block before it, in the same section.
  const before = i > 0 ? doc.blocks[i - 1] : undefined;
  if (before && before.section === item.section && matches(cues.personal, before.text)) return true;
  const heading = doc.sections[item.section]?.heading;
  return !!heading && matches(cues.personal, heading.text);
}

/**
 * A paragraph that is only a short label (`bareLabel`) with a list item of its section right under it, where
 * that list is not about people and their data (`aboutPersons`: "Our legitimate interests include:" still says so).
 */
function labelOverList(cues: CompiledLanguage, doc: PolicyDocument, block: Block): boolean {
  const next = doc.blocks[block.index + 1];
  if (!next || next.kind !== 'list-item' || next.section !== block.section) return false;
  const label = bareLabel(block.text);
  return !!label && !aboutPersons(cues, doc, next, label);
}

function bareLabel(lead: string): string {
  if (lead.length > 80) return '';
  const m = BARE_LABEL.exec(lead);
  return m ? (m.groups!.bold ?? m.groups!.plain).trim() : '';
}

/**
 * What a block says about one requirement. `hitOnly`: only its statement is wanted (a second
 * reading of the same block, whose elements the first reading already looks for), not its elements.
 * `textSaidNothing`: the text alone was read for the item's statements (absence, phrase, partial)
 * and gave none, so only the text with this lead-in is read for them.
 */
function readBlock(
  r: CompiledRequirement,
  text: string,
  lead: string,
  ctx: Set<string>,
  heading: boolean,
  words: BlockWords,
  addressLine = false,
  header = '',
  row = '',
  hitOnly = false,
  textSaidNothing = false,
  labelRun = false,
  leadStated = false,
  denial = '',
  question = '',
  top = false,
): BlockHit {
  const elements: BlockHit['elements'] = [];
  if (heading && !r.inHeadings) {
    // A heading states nothing; but a line of an address block (pasted lines become implicit
    // headings) still gives an element that may stand anywhere: "Kiebitzwerk GmbH", "Lindenstraße 5".
    if (addressLine) {
      for (const e of r.documentWide) {
        const wide = r.elements.get(e);
        const own = ctx.has(r.id) ? r.contextElements.get(e) : undefined;
        const m = (wide && firstValid(wide, r.not, text, words.text())) || (own && firstValid(own, r.not, text, words.text()));
        if (m) elements.push([e, { from: m.from, to: m.to, name: m.name }]);
      }
    }
    return said(null, elements);
  }
  const joined = lead ? `${lead} ${text}` : '';
  const shift = lead ? lead.length + 1 : 0;
  const find = (re: Matcher | null, not = r.notStatement, start = 0, skipText = false): { from: number; to: number; sentence: string; name?: string } | null => {
    if (!re) return null;
    const own = skipText ? null : header && !start ? cellValid(re, not, text, words, header) : firstValid(re, not, text, words.text(), 0, not, start);
    if (own || !lead) return own;
    // A lead-in its answer's "Yes" made a statement may give the item by itself (a "No" is read apart, as absence only).
    const m = firstValid(re, not === r.notStatement ? r.not : not, joined, words.joined(), leadStated ? 0 : shift, not);
    return m ? { from: Math.max(0, m.from - shift), to: Math.max(1, m.to - shift), sentence: m.sentence, name: m.name } : null;
  };
  /** A match in a lead-in joined to the text, from `start`, with offsets in the text (a lead-in's own words at 0). */
  const withLead = (re: Matcher, before: string, start: number) => {
    const said = `${before} ${text}`;
    const d = firstValid(re, r.not, said, textWords(said), start, r.notStatement);
    return d && { from: Math.max(0, d.from - before.length - 1), to: Math.max(1, d.to - before.length - 1), sentence: d.sentence };
  };
  // A list item under a lead-in that offers the request ("You can ask us to:" over "- export your
  // data (also in Settings)") is not narrowed by the item's own self-service words.
  const leadOffers = !!lead && leadOffersOf(r.broad, lead);
  const narrowedHere = (sentence: string) => !leadOffers && narrowed(r, sentence, words.joined());
  let hit: BlockHit['hit'] = null;
  // An item a statement of absence does not give (`absenceLast`): what gives it, even in part, is read
  // first ("We rely on legitimate interests for fraud checks. We do not rely on them for marketing.").
  const kinds = r.absenceLast ? ([['phrase', r.phrase], ['partial', r.partial], ['absence', r.absence]] as const) : ([['absence', r.absence], ['phrase', r.phrase], ['partial', r.partial]] as const);
  const saysAbsence = (sentence: string) => matches(r.absence, sentence) && !matches(r.exception, sentence);
  for (const [kind, re] of kinds) {
    let m = find(re, r.notStatement, 0, textSaidNothing);
    // A question its answer's "No" denies (`denial`: "Do you sell my data?" over "No." is "we do not
    // sell your data") gives a statement of absence; only that: the cues do not read negation, so
    // "you can not delete your account" must not give the right.
    if (!m && kind === 'absence' && denial && re) m = withLead(re, denial, 0);
    // A question its "Yes" made a statement is still read as the question with its answer, as any
    // question heading ("Can I get my data? Yes": a cue that reaches into the answer).
    if (!m && question && re) m = withLead(re, question, question.length + 1);
    if (!m) continue;
    if (kind === 'absence' && matches(r.exception, m.sentence)) continue;
    // "The app uses no cookies. Our website does use cookies; see our cookie notice": the absence is one product's.
    if (kind === 'absence' && saysContrary(r, text, m)) continue;
    // "All our data is stored within the EU. Your data may be transferred to the United States.": where
    // all of it is kept (`kept`) is no absence when another sentence of the block states the item.
    if (kind === 'absence' && keptOnlyBeside(r, text, m, find)) continue;
    // "We never rely on legitimate interests: everything rests on our contract" is the absence, not the item.
    if (kind !== 'absence' && r.absenceLast && saysAbsence(m.sentence)) {
      // A cue that reaches from that sentence into the next ("… no DPO. Our privacy team …, privacy@…") is read again from the next.
      // So is the rest of the sentence after the denial, where it gives the item by itself ("We are not required to appoint a
      // DPO, but our manager acts as our data protection lead and can be reached at privacy@…").
      const sentence = sentenceOf(text, m.from, m.from + 1);
      const denied = firstMatch(r.absence!, text, sentence.from);
      const rest: ReturnType<typeof find> = denied && denied.to < sentence.to ? find(re, r.notStatement, denied.to) : null;
      if (rest && rest.from >= denied!.to && rest.from < sentence.to && !matches(r.absence, text.slice(denied!.to, sentence.to))) m = rest;
      else {
        const next: ReturnType<typeof find> = find(re, r.notStatement, sentence.to);
        if (!next || next.from <= m.from || saysAbsence(next.sentence)) continue;
        m = next;
      }
    }
    // A full statement narrowed to self-service or to marketing only addresses the item; a later
    // sentence of the block may still give it whole ("… in your account settings. You may also
    // contact us to correct it.").
    let narrow = kind === 'phrase' && narrowedHere(m.sentence);
    const first = m;
    for (let n = 0; narrow && m && n < 8; n++) {
      const next: ReturnType<typeof find> = find(re, r.notStatement, sentenceOf(text, m.from, Math.max(m.from + 1, m.to)).to);
      if (!next || next.from <= m.from) break;
      m = next;
      narrow = narrowedHere(m.sentence);
    }
    const at = narrow || !m ? first : m;
    hit = hitAt(at.from, at.to, narrow ? 'partial' : kind, narrow);
    break;
  }
  // A body cell under a column whose header names the item ("Speicherdauer" over "drei Monate",
  // "Destinataires" over "le transporteur") states it, if it says anything and is not vetoed.
  if (!hit && header && r.column && /[\p{L}\p{N}]/u.test(text) && matches(r.column, header) && !matches(r.notStatement, text, words.text())) {
    const from = text.search(/\S/);
    hit = { from, to: text.trimEnd().length, kind: 'phrase' };
  }
  // "• How long: until you delete your account": a short label before a colon, at the start of a
  // paragraph or list item of a run of labelled ones, names the item as a column's header does.
  if (!hit && labelRun && !header && !heading && r.column) {
    toMachineCode(LABEL(), text);
    const label = LABEL().exec(text);
    if (label && matches(r.column, label.groups!.bold ?? label.groups!.plain) && !matches(r.notStatement, text, words.text())) hit = { from: label[0].length, to: text.trimEnd().length, kind: 'phrase' };
  }
  // "You have the right to: access; rectification; erasure." Items joined by semicolons after a
  // lead-in are read as list items with it.
  if (!hit && !lead && !heading) {
    for (const item of semicolonItems(text)) {
      const sub = readBlock(r, item.text, item.lead, ctx, false, blockWords(item.text, item.lead), false, '', '', true);
      if (sub.hit) {
        hit = { ...sub.hit, from: sub.hit.from + item.at, to: sub.hit.to + item.at };
        break;
      }
    }
  }
  // "Sie haben das Recht auf:" + "Löschung": a lead-in that ends on a short word before its colon
  // (a preposition, "the right to:") is completed by its item. Read without the colon only when the
  // item said nothing with it, so a lead-in's own veto ("This policy explains how we use your
  // data:") still stops at its colon for the items it already reads.
  if (!hit && lead && !heading && completable(lead)) {
    const bare = lead.replace(/\s*:$/, '');
    const bareRead: BlockWords = { text: words.text, joined: () => bareWords(bare, words.text(), () => `${bare} ${text}`) };
    const sub = opensJoined(leadWords(bare), words.text(), r.statement) ? readBlock(r, text, bare, ctx, false, bareRead, false, '', '', true, true) : SAYS_NOTHING;
    if (sub.hit) hit = sub.hit;
  }
  // A table cell that says nothing whole under its header is read with its row's earlier cells:
  // "To detect scams | Legitimate interests" names the interest that "Legitimate interests" alone lacks.
  if ((!hit || hit.kind === 'partial') && row) {
    const sub = opensJoined(leadWords(`${row};`), words.text(), r.statement) ? readBlock(r, text, `${row};`, ctx, false, rowWords(text, row, words), false, '', '', true) : SAYS_NOTHING;
    if (sub.hit && sub.hit.kind !== 'partial') hit = sub.hit;
  }
  // In a section about the item (or a rights section), its short names count; they may also
  // complete what a partial statement began.
  if ((!hit || hit.kind === 'partial') && ctx.size) {
    for (const c of r.inContext) {
      if (!ctx.has(c.context)) continue;
      const m = find(c.re);
      if (!m) continue;
      const narrow = !c.partial && narrowedHere(m.sentence);
      const kind = c.partial || narrow ? 'partial' : 'phrase';
      if (!hit || kind === 'phrase') hit = hitAt(m.from, m.to, kind, narrow);
      if (kind === 'phrase') break;
    }
  }
  if (hitOnly) return said(hit, elements);
  const own = ctx.has(r.id);
  // An element is looked for from the statement's sentence on, where it completes it ("customers
  // have 30 days to export; we then erase it within a further 60 days"), then anywhere in the block.
  const from = hit && hit.from > 0 ? sentenceOf(text, hit.from, Math.max(hit.from + 1, hit.to)).from : 0;
  for (const [e, re] of own && r.contextElements.size ? [...r.elements, ...r.contextElements] : r.elements) {
    const ownNot = r.elementNot.get(e);
    const findOwn = (start: number) => {
      let m = find(re, r.not, start);
      // Past a vetoed match; a search that does not move on (a lead-in's, read from its start) has no other.
      for (let n = 0; m && ownNot && ownVetoed(ownNot, re, text, m); n++) {
        const next = n < 50 ? find(re, r.not, Math.max(m.to, m.from + 1)) : null;
        m = next && next.from > m.from ? next : null;
      }
      return m;
    };
    const at = (start: number) => outsideTitles(r.scope, text, findOwn, start);
    const first = at(0);
    const m = first && from > 0 && first.to <= from ? (at(from) ?? first) : first;
    if (!m) continue;
    // The element's own sentence states the item ("we keep your data for 6 years"), or a table
    // cell's column header does ("Retention" over "10 years").
    const stated = [r.phrase, r.partial, r.absence].some((x) => matches(x, m.sentence, words.joined()) || (!!header && matches(x, header))) || (!!header && matches(r.column, header));
    elements.push([e, { from: m.from, to: m.to, name: m.name, stated }]);
  }
  // The document's first paragraph, a letterhead ("Schoenmakerij Bakels / Molenweg 12 / Tel. …" under the title): an element
  // read in the item's section (the name line of an address block) is read there too, where it opens the paragraph (session 28).
  if (top && !own) {
    for (const [e, re] of r.contextElements) {
      if (elements.some((x) => x[0] === e)) continue;
      const m = find(re, r.not);
      if (m && m.from === 0) elements.push([e, { from: m.from, to: m.to, name: m.name, stated: false }]);
    }
  }
  return said(hit, elements);
}

/**
 * Whether an element's own veto (`elementsNot`) speaks of this match of the element: a veto's match in
 * the match's sentence that overlaps it, or that follows it in the same clause with no other match of the
 * element between ("while you are a member and afterwards for as long as necessary"), not one about
 * another period of the same sentence ("invoices for seven years, and your profile while … and afterwards as long as needed").
 */
function ownVetoed(veto: Matcher, element: Matcher, text: string, m: { from: number; to: number }): boolean {
  const s = sentenceOf(text, m.from, Math.max(m.from + 1, m.to));
  for (let v = firstMatch(veto, text, s.from); v && v.from < s.to; v = firstMatch(veto, text, Math.max(v.to, v.from + 1))) {
    if (v.to <= m.from) continue;
    if (v.from < m.to) return true;
    // Another clause between them (a comma or semicolon, but for one right before the veto: "…, and after that …").
    if (/[,;]/u.test(text.slice(m.to, v.from).replace(/[,;]\s*\p{L}*\s*$/u, ''))) return false;
    const next = firstMatch(element, text, m.to);
    return !next || next.from >= v.from;
  }
  return false;
}

/**
 * The first match of an element's cue from `start` that does not lie inside the title of a document the
 * policy points to ("see our Cookie Management Policy", "notre politique de gestion des cookies": the
 * title's "management" is no means of refusing cookies). At most eight titles are passed over.
 */
function outsideTitles<M extends { from: number; to: number }>(scope: ReadScope, text: string, find: (start: number) => M | null, start: number): M | null {
  let m = find(start);
  for (let n = 0; m && scope.titles && n < 8; n++) {
    const t = titleAround(scope.titles, text, m.from, m.to);
    if (!t) return m;
    m = find(Math.max(t.to, m.from + 1));
  }
  return m;
}

/** A title of a pointed-to document that holds text[from, to), or null. */
function titleAround(titles: Matcher, text: string, from: number, to: number): { from: number; to: number } | null {
  const s = sentenceOf(text, from, to);
  for (let at = s.from, n = 0; n < 8; n++) {
    const t = firstMatch(titles, text, at);
    if (!t || t.from > from) return null;
    if (t.to >= to) return t;
    at = Math.max(t.to, t.from + 1);
  }
  return null;
}

/** The elements a reading gives, at the reading. */
const elementsOf = (m: { from: number; to: number; gives: string[] }): BlockHit['elements'] => m.gives.map((e) => [e, { from: m.from, to: m.to, stated: true }]);

/** How many vetoed sentences of a block are blanked before it is read again (withFrames). */
const MAX_VETOED = 4;

/**
 * The statement reader's word on a block (frames.ts): where the cues found no statement of the
 * item, a reading of a sentence that gives it (a paraphrase the cues do not know: "you can have us
 * get rid of the details we hold about you"), in the block's text or in a list item with its
 * lead-in; where a cue matched, a reading that says the sentence is about something else vetoes it
 * ("you can ask us to remove a listing"). The item's own vetoes (`not`, `notAny`) and an exception
 * to a statement of absence hold for a reading as for a cue.
 */
function withFrames(r: CompiledRequirement, frames: FrameLanguage, got: BlockHit, text: string, lead: string, heading: boolean, readText: (text: string) => BlockHit, leadStated = false): BlockHit {
  const own = frames.requirements.get(r.id);
  // A cue's partial statement may still be completed by a reading ("our legitimate interest here is
  // making sure the app works": the interest named in other words).
  if (heading || !own) return got;
  // A cue's statement whose sentence reads as a negated one of the item's statements of absence
  // is that absence ("We not transfer your data outside the EU": the cue saw the transfer's words).
  if (got.hit?.kind === 'phrase' && own.absent) {
    const s = sentenceOf(text, got.hit.from, Math.max(got.hit.from + 1, got.hit.to));
    const sentence = text.slice(s.from, s.to);
    if (frameAbsence(frames, r.id, sentence) && !matches(r.exception, sentence) && !matches(r.notStatement, sentence)) return { ...got, hit: { ...got.hit, kind: 'absence' } };
  }
  // A cue's whole statement without an element that a completing reading of the block gives
  // (`completes`): "automated decisions under Art. 22(1) GDPR, profiling included, are not made" —
  // the cue saw the words, the reading says whether.
  if (got.hit?.kind === 'phrase' && own.frames.some((s) => s.completes && s.gives.some((e) => !got.elements.some(([id]) => id === e)))) {
    const m = frameStatement(frames, r.id, text, 0, true);
    if (m) got = { ...got, elements: [...got.elements, ...elementsOf(m)] };
  }
  if (got.hit && got.hit.kind !== 'partial' && !own.vetoes.length) return got;
  // A vetoed sentence is blanked (offsets kept) and the block read again, so a later sentence may
  // still give the item; at most a few times (each reads the block again). A match still unread
  // then is dropped, and the reader reads the rest of the block as where the cues found nothing.
  let read = text;
  let kept: BlockHit | null = null;
  for (let n = 0; got.hit && n < MAX_VETOED; n++) {
    const s = sentenceOf(read, got.hit.from, Math.max(got.hit.from + 1, got.hit.to));
    // The sentence before in the block, for whose subject a sentence-opening pronoun resumes.
    let p = s.from;
    while (p > 0 && /\s/.test(read[p - 1])) p--;
    const before = p > 0 ? read.slice(sentenceOf(read, p - 1, p).from, p) : '';
    if (!frameVeto(frames, r.id, read.slice(s.from, s.to), before)) {
      if (got.hit.kind !== 'partial') return got;
      kept = got;
      break;
    }
    read = read.slice(0, s.from) + ' '.repeat(s.to - s.from) + read.slice(s.to);
    got = readText(read);
  }
  if (got.hit && !kept) got = said(null, got.elements);
  let hit = frameStatement(frames, r.id, read);
  if (!hit && lead) {
    // A lead-in that is already a statement (a question its answer made one, `leadStated`) is read as it is.
    const { said, stated } = leadStated ? { said: lead, stated: true } : leadStatement(frames, lead, read);
    const shift = said.length + 1;
    // A yes/no question its answer made a statement ("Can I …?" over "Yes.") needs no reading that
    // reaches into the answer; any other lead-in's reading must, or the lead-in alone would give it.
    const m = frameStatement(frames, r.id, `${said} ${read}`, stated ? 0 : shift);
    if (m) hit = { ...m, from: Math.max(0, m.from - shift), to: Math.max(1, m.to - shift) };
  }
  if (!hit || (kept && hit.kind === 'partial')) return got;
  const s = sentenceOf(text, hit.from, Math.max(hit.from + 1, hit.to));
  const sentence = text.slice(s.from, s.to);
  if (matches(r.notStatement, sentence) || (hit.kind === 'absence' && matches(r.exception, sentence))) return got;
  // A reading narrowed to self-service or to marketing only addresses the item, as a cue's does.
  const narrow = hit.kind === 'phrase' && narrowed(r, sentence, textWords(sentence));
  if (narrow) hit = { ...hit, kind: 'partial' };
  if (kept && hit.kind === 'partial') return got;
  const elements = hit.gives.length ? [...got.elements, ...elementsOf(hit)] : got.elements;
  const at = hitAt(hit.from, hit.to, hit.kind, narrow);
  return { hit: hit.parties ? { ...at, parties: hit.parties } : at, elements };
}

/** The last list lead-in asked about, the section's contexts and what they are with it: a list's items share them. */
let lastLeadContexts: { cues: CompiledLanguage; around: Set<string>; lead: string; ctx: Set<string> } | undefined;
/** The contexts of a list item: its section's, and `rights` when its lead-in opens that context ("You have these rights:"). */
function leadContexts(cues: CompiledLanguage, around: Set<string>, lead: string): Set<string> {
  if (lastLeadContexts?.cues === cues && lastLeadContexts.around === around && lastLeadContexts.lead === lead) return lastLeadContexts.ctx;
  const rights = cues.contexts.get('rights-lead') ?? cues.contexts.get('rights');
  const ctx = !around.has('rights') && rights && matches(rights, lead) ? new Set<string>([...around, 'rights']) : around;
  lastLeadContexts = { cues, around, lead, ctx };
  return ctx;
}

/** A capitalised name of up to four words, not inside an address or a domain. */
const CAPITALISED_NAME = lazily(() => /(?<![\p{L}\p{N}@.])\p{Lu}[\p{L}\p{N}]*(?: ?(?:& ?)?[\p{L}\p{N}]+){0,3}/gu);

/** A mail address's domain label ("hollyhockpottery" of hello@hollyhockpottery.example). */
const MAIL_LABEL = lazily(() => /(?<![\p{L}\p{N}.+-])[\p{L}\p{N}._+-]+@([\p{L}\p{N}-]+)\.[\p{L}\p{N}.-]+/gu);

/**
 * A capitalised name spells a mail domain's label: written as one word ("XongoLab" of xongolab),
 * or in words of three letters or more that together make up most of it ("Smrt Lighting
 * Controls" of installsmrtcontrols: smrt + controls, 12 of 19 letters).
 */
function spellsLabel(name: string, label: string, ampersand: readonly string[]): boolean {
  // "&" is spelt out in a domain as the language spells it (`ampersand`: "Crumb & Co" of crumbandco,
  // "Bakker & Zn" of bakkerenzn), or left out ("Juniper & Sons" of junipersons).
  const words = name.toLowerCase().replace(/ ?& ?/g, ' & ').split(' ');
  if (words.filter((w) => w !== '&').join('') === label) return true;
  if (ampersand.some((and) => words.map((w) => (w === '&' ? and : w)).join('') === label)) return true;
  const inLabel = words.filter((w) => w.length >= 3 && label.includes(w)).reduce((n, w) => n + w.length, 0);
  return words.length > 1 && inLabel >= 6 && inLabel >= 0.6 * label.length;
}

/**
 * The words of a capitalised name that its mail domain's label holds, without the words before and
 * after them that it does not: a sentence that opens on the app's name ("Welcome to Lumen Level",
 * "Bienvenue sur Panier Malin") is matched with its first words, which are no part of the name.
 */
function spelledPart(name: string, label: string): string {
  const words = name.split(' ');
  let i = 0;
  let j = words.length;
  while (i < j && !label.includes(words[i].toLowerCase())) i++;
  while (j > i && !label.includes(words[j - 1].toLowerCase())) j--;
  return words.slice(i, j).join(' ');
}

/**
 * The operator named by its own mail domain: where a contact address's domain label (not a free
 * mail provider's) is written in the text as a capitalised name, "XongoLab" of info@xongolab.example,
 * that name gives the element — unless it is only the app's own name.
 */
function fromMailDomain(doc: PolicyDocument, cues: CompiledLanguage, el: Map<string, CueMatch[]>, how: { from: string; gives: string }, products: Set<string>, edges: ReadonlySet<Block>): void {
  if (el.get(how.gives)?.length) return;
  // How the document's language spells "&" (meta.yaml `ampersand`: "and", "en", "und", "et").
  const ampersand = (LANGUAGES[doc.language]?.ampersand ?? []).map((w) => w.toLowerCase());
  const labels = new Set<string>();
  // The label an element cue captured, or (a contact found by its postal address on a line at the
  // document's top or bottom that also holds a mail address: "Hollyhock Pottery · 14 Mill Lane ·
  // hello@hollyhockpottery.example") the domain labels of the mail addresses in its block.
  const found = (el.get(how.from) ?? []).flatMap((m) => (m.name ? [m.name] : edges.has(m.block) ? [...m.block.text.matchAll(MAIL_LABEL())].map((x) => x[1]) : []));
  for (const name of found) {
    const label = name.toLowerCase();
    if (!label || label.length < 3 || cues.freeMail.has(label) || labels.has(label) || labels.size >= 3) continue;
    labels.add(label);
    // Cheap first: a block that spells the label has its first or its last four letters.
    const ends = [label.slice(0, 4), label.slice(-4)];
    for (const b of proseBlocks(doc)) {
      const lower = b.text.toLowerCase();
      if (!ends.some((e) => lower.includes(e))) continue;
      for (const n of b.text.matchAll(CAPITALISED_NAME())) {
        if (!spellsLabel(n[0], label, ampersand) || products.has(nameKey(n[0])) || products.has(nameKey(spelledPart(n[0], label)))) continue;
        el.set(how.gives, [{ block: b, from: n.index!, to: n.index! + n[0].length }]);
        return;
      }
    }
  }
}

/**
 * The product names the cues found, with the policy's own product (front matter or title: "Lumen
 * Level – Privacy"), unless that name has a legal form: a mail domain that spells the app's name
 * ("support@lumenlevel.app") names no operator.
 */
function withOwnProducts(doc: PolicyDocument, products: Set<string>): Set<string> {
  const own = ownProducts(doc).names.filter((n) => !hasLegalForm(n));
  return own.length ? new Set([...products, ...own.map(nameKey)]) : products;
}

/**
 * The words of the policy's own names: its product (front matter or title, and the names the cues
 * found), and the operator an element names (controller-identity's `identity`).
 */
function ownNames(doc: PolicyDocument, products: Set<string>, elements: Map<string, Map<string, CueMatch[]>>): Set<string> {
  const names = [...ownProducts(doc).names, ...(ownProducts(doc).title ?? '').split(/\s+/), ...products];
  for (const list of elements.get('controller-identity')?.values() ?? []) for (const m of list) if (m.name) names.push(m.name);
  return new Set(names.flatMap((n) => productKey(n, doc.language).split(' ')).filter(Boolean));
}

/** Whether a party's name is one of the policy's own names (any of its distinguishing words is theirs); a name with no such word is own too ("Privacy Policy"). */
function isOwnName(language: string, party: string, own: Set<string>): boolean {
  const words = productKey(party, language).split(' ').filter(Boolean);
  return !words.length || words.some((w) => own.has(w));
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const nameKey = (name: string) => {
  const lower = name.toLowerCase();
  toMachineCode(NOT_WORD, lower);
  return lower.replace(NOT_WORD, ' ').trim();
};

/** The last block memo key made, from its parts: the items of a list (and most blocks of a section) share theirs, one string. */
let lastKey: { parts: string[]; key: string } | undefined;
function memoKey(language: string, kind: string, contexts: string, lead: string, row: string): string {
  // Compared part by part, with no list made for the parts: this runs for every block at every check.
  const p = lastKey?.parts;
  if (p && p[0] === language && p[1] === kind && p[2] === contexts && p[3] === lead && p[4] === row) return lastKey!.key;
  const parts = [language, kind, contexts, lead, row];
  lastKey = { parts: parts.map(flat), key: intern(parts.join('\u0001')) };
  return lastKey.key;
}

/** Whether a text opens with a label (LABEL), remembered by the text: every block was tested again at every check. */
const labels = new Map<string, boolean>();
const opensWithLabel = (text: string): boolean => remember(labels, text, () => testCompiled(LABEL(), text));

/** Which prose blocks open with a label (LABEL) beside another that does, in the same section: "Why: …", "How long: …". */
function labelledRun(prose: Block[]): boolean[] {
  const labelled = prose.map((b) => b.kind !== 'heading' && b.kind !== 'table-cell' && opensWithLabel(b.text));
  const beside = (i: number, j: number) => j >= 0 && j < prose.length && labelled[j] && prose[j].section === prose[i].section;
  return labelled.map((yes, i) => yes && (beside(i, i - 1) || beside(i, i + 1)));
}

/** The indexes (in `prose`) of the document's first two and last two paragraphs: its top and bottom. */
function edgeParagraphs(prose: Block[]): Set<number> {
  const paragraphs = prose.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  return new Set([...paragraphs.slice(0, 2), ...paragraphs.slice(-2)]);
}

/**
 * The lines of fields of a letterhead or a footer read as implicit headings (an address block's line:
 * "Ashgrove School · Part of the Vale Trust · May 2025") before the second paragraph or after the last but one:
 * at the edge for `atEdge`, whose date there is the policy's.
 */
/**
 * A line of fields: two separated by a middle dot, a bar, a bullet or (session 26) a dash set off by spaces ("Ashgrove
 * School · May 2025", "Acme Widgets Ltd — May 2025"; not a numbered line "24. Dezember 2025").
 */
const FIELDS = /\S\s+[·|•—–]\s+\S/u;
/** A block whose source line holds nothing before its text: a pasted line, no list's bullet or number. */
function unmarked(source: string, b: Block): boolean {
  const start = b.span.start;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return !b.marker && /^[ \t]*$/.test(source.slice(lineStart, start));
}
/**
 * Session 28: a line of an edge paragraph written on a line of its own after a sentence's end ("… each spring." over "Approved
 * by the parish council, 3 May 2024."): the reader joins the paragraph's lines, so the line cues of `atEdge` (`^…$`) are tried on each
 * such line too. A line that goes on a sentence hard-wrapped mid-way ("… the offer ends on" over "12 March 2025.") is none.
 */
function ownLineMatch(matcher: Matcher, block: Block, source: string): Found | null {
  const { text, tpos, spos } = block;
  const starts: number[] = [];
  for (let s = 1; s < tpos.length; s++) {
    const t = tpos[s];
    if (text.charCodeAt(t) !== 32 || !/[.!?:)]$/.test(text.slice(Math.max(0, t - 1), t))) continue;
    // Segment offsets are from the block's span start (document.ts, `toSource`).
    const prevEnd = block.span.start + spos[s - 1] + (t - tpos[s - 1]);
    if (source.slice(prevEnd, block.span.start + spos[s] + 1).includes('\n')) starts.push(t + 1);
  }
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
    if (to - from > 160) continue;
    const m = firstMatch(matcher, text.slice(from, to));
    if (m) return { ...m, from: m.from + from, to: m.to + from };
  }
  return null;
}
function edgeLines(prose: Block[], edge: Set<number>, source: string): Set<number> {
  const at = [...edge].sort((a, b) => a - b);
  const top = at.length > 1 ? at[1] : Infinity;
  const bottom = at.length > 1 ? at[at.length - 2] : -Infinity;
  const lines = new Set<number>();
  // Session 26: the unbulleted lines of a pasted footer after the document's last paragraph (or a header's before its
  // first), read as a list of items ("——" over "Acme Ltd · 3 Quay Street", "Issue 4 — 02.07.2025"): at the edge too.
  // A bulleted or numbered list (a marker before the item on its source line) stays a list: "Taster days:" over
  // "- 3 May 2025" dates no policy.
  const paragraphs = prose.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const first = paragraphs.length ? paragraphs[0] : Infinity;
  const last = paragraphs.length ? paragraphs[paragraphs.length - 1] : -Infinity;
  prose.forEach((b, i) => {
    // An implicit heading after the last paragraph (or before the first) is the document's last (or first) line, whatever
    // it holds ("Most recent change to this page: 9 October 2025" pasted as the last line).
    // (Not a list's item read as a numbered heading: "- 24. Dezember 2025" under "Closed on these days:".)
    if (b.kind === 'heading' && b.implicit && (((i < first || i > last) && unmarked(source, b)) || ((i < top || i > bottom) && FIELDS.test(b.text)))) lines.add(i);
    else if (b.kind === 'list-item' && (i < first || i > last) && unmarked(source, b)) lines.add(i);
  });
  return lines;
}

/**
 * Read the document once: every requirement's statements and elements (of `ids`: all by default),
 * every condition's first trigger (none with `triggers: false`: only required-info reads them).
 * What one requirement's findings read of another's is the caller's to ask for (`readsAlso`).
 */
export function findCues(doc: PolicyDocument, ids?: Iterable<string>, options: { triggers?: boolean } = {}): Findings {
  const cues = compiledCues(doc.language);
  const wanted = [...(ids ?? cues.requirements.keys())].map((id) => cues.requirements.get(id)).filter((r): r is CompiledRequirement => !!r);
  const withTriggers = options.triggers !== false;
  // The blanket "we collect nothing" gives only `blanketGives`: not looked for when none of them is read.
  const withBlanket = wanted.some((r) => cues.blanketGives.includes(r.id));
  const wantedKey = wanted.map((r) => r.index).join(',');
  const matches = new Map<string, CueMatch[]>(wanted.map((r) => [r.id, []]));
  const elements = new Map<string, Map<string, CueMatch[]>>(wanted.map((r) => [r.id, new Map()]));
  const triggers = new Map<string, CueMatch>();
  const ctxOf = sectionContexts(doc, cues);
  const triggerList = withTriggers ? [...cues.triggers] : [];
  const keys = new Map<Set<string>, string>();
  const ctxKeys = ctxOf.map((c) => {
    let k = keys.get(c);
    if (k === undefined) keys.set(c, (k = [...c].sort().join(',')));
    return k;
  });
  let blanket: CueMatch | undefined;
  let collects = false;
  const products = new Set<string>();
  const listLeads = new Map<number, string>();
  const paragraphLeads = new Set<number>();
  const contents = new Set<number>();
  const prose = proseBlocks(doc);
  const inRun = labelledRun(prose);
  const frames = frameLanguage(doc.language);
  const edge = edgeParagraphs(prose);
  const firstParagraph = prose.findIndex((p) => p.kind === 'paragraph');
  const atEdge = wanted.filter((r) => r.atEdge);
  const lines = atEdge.length ? edgeLines(prose, edge, doc.text) : new Set<number>();
  for (let b = 0; b < prose.length; b++) {
    const block = prose[b];
    if (!block.text) continue;
    const text = block.text;
    const heading = block.kind === 'heading';
    const asked = leadInOf(doc, block, listLeads, paragraphLeads);
    // A question heading its answer's "Yes" or "No" makes a statement ("Do you sell my data?" over
    // "No.": "we do not sell your data") is read as that statement, by the cues and the reader alike.
    const statement = block.kind === 'paragraph' && asked ? leadStatement(frames, asked, text) : undefined;
    const leadStated = !!statement?.stated && !statement.denied;
    const lead = leadStated ? statement!.said : asked;
    const denial = statement?.stated && statement.denied ? statement.said : '';
    // A list whose lead-in names the reader's rights ("Your rights include:") is a list of rights,
    // as under a rights heading (the memo's key holds the lead-in, so the context needs no key).
    const ctx = block.kind === 'list-item' && lead ? leadContexts(cues, ctxOf[block.section], lead) : ctxOf[block.section];
    const row = rowOf(doc, block);
    // A list right under a paragraph that is only a short label ("**Why.**", "Pourquoi :") is read as
    // a table's column under that header: each item under "Why" states a purpose. (Under a heading,
    // the heading stays a lead-in only: "## Pourquoi ?" over "- **Base légale** : …" states no purpose.)
    // Only where the list is about people and their data: its item, its label, the block before the
    // label or the section's heading says so (`personal`); "**How long?**" over delivery times is no column.
    const bare = block.kind === 'list-item' && lead && !leadStated && paragraphLeads.has(block.index) ? bareLabel(lead) : '';
    const labelHead = bare && aboutPersons(cues, doc, block, bare) ? bare : '';
    // A table of contents names sections; its items state nothing (nor trigger anything).
    if (block.kind === 'list-item' && inContents(cues, doc, block, lead)) {
      contents.add(block.index);
      continue;
    }
    // A paragraph that is only a short label over a list that is not about people and their data ("**Hoe lang?**"
    // over delivery times) is that list's header: it states nothing by itself ("hoe lang" is no retention there).
    if (block.kind === 'paragraph' && labelOverList(cues, doc, block)) continue;
    const addressLine = heading && !!block.implicit;
    const words = blockWords(text, lead);
    // "**Will this page change?** Probably. …": a question set in bold or italics at the head of its paragraph.
    const faq = !heading && !lead && block.kind === 'paragraph' ? headQuestion(text) : null;
    // A table cell is read with its header as the column's (readBlock's `header`), a paragraph with
    // its question or a list item with its lead-in: the same text and lead, read apart.
    // (A paragraph read again with its bold question, `faq`, is told from a list item of the same text, which is not.)
    // The document's first paragraph, with no lead-in: a letterhead's lines (`top`, readBlock).
    const top = b === firstParagraph && !lead;
    const kind = heading ? (addressLine ? 'i' : 'h') : block.kind === 'table-cell' ? 'c' : labelHead ? (inRun[b] ? 'B' : 'b') : inRun[b] ? 'l' : leadStated ? 's' : top ? 'P' : 'p';
    const memo = rememberFor(blockMemos, text, memoKey(doc.language, faq ? `${kind}q` : kind, ctxKeys[block.section], lead, row), (): BlockMemo => ({ hits: [], triggers: [] }));
    if (memo.sparseFor !== wantedKey) {
      const sparse: CompiledRequirement[] = [];
      for (const r of wanted) {
        // Every text readBlock reads (the block's, with its lead-in, without its colon, a semicolon
        // item) is a part of the text with its lead-in, whose words hold all of theirs.
        const read = block.kind === 'table-cell' || row || !!labelHead || opens(words.joined(), r.any);
        const readText = (t: string) => readBlock(r, t, lead, ctx, heading, words, addressLine, block.kind === 'table-cell' ? lead : labelHead, row, false, false, inRun[b], leadStated, denial, leadStated ? asked : '', top);
        const got = (memo.hits[r.index] ??= withFaq(withFrames(r, frames, read ? readText(text) : SAYS_NOTHING, text, heading ? '' : lead, heading, readText, leadStated), r, faq, (t) => readBlock(r, t, faq!.question, faqContexts(r, ctx, faq!.question), false, faq!.words), frames));
        if (got.hit || got.elements.length) sparse.push(r);
      }
      // As long as they are (memo.ts `exact`): kept for every block and reading.
      memo.sparse = exact(sparse);
      memo.hits = exact(memo.hits);
      memo.sparseFor = wantedKey;
    }
    const sparse = memo.sparse!;
    for (let k = 0; k < sparse.length; k++) {
      const r = sparse[k];
      const got = memo.hits[r.index]!;
      if (got.hit) {
        const list = matches.get(r.id)!;
        // A question set in bold or italics as a paragraph of its own is answered by the paragraph under it: where that answer
        // gives the item itself, whole or in part, the answer decides ("**Kann ich meine Daten ändern?**" over "Du kannst sie in
        // der App unter *Profil* bearbeiten" is self-service, partial), and the question's own reading is dropped (session 35).
        const asker = list.at(-1);
        if (asker && asker.block.index === block.index - 1 && bareQuestionOver(doc, block)) list.pop();
        if (list.length < MAX_STATEMENTS) list.push({ block, from: got.hit.from, to: got.hit.to, kind: got.hit.kind, ...(got.hit.narrowed ? { narrowed: true } : {}), ...(got.hit.parties ? { parties: got.hit.parties } : {}) });
      }
      if (!got.elements.length) continue;
      const el = elements.get(r.id)!;
      // Indexed, not destructured: this loop and the triggers' below run for every block at every
      // check, and `[e, m] of` made an iterator and its results each time (a tenth of what a check
      // of the 1 MB policy allocated after an edit).
      for (let j = 0; j < got.elements.length; j++) {
        const e = got.elements[j][0];
        const m = got.elements[j][1];
        const list = el.get(e) ?? [];
        // Past the cap, still an element in a block that states the item, or in a sentence that does:
        // a common element cue ("at any time") must not be crowded out before the item's own section.
        if (list.length < MAX_EVIDENCE * 4 || got.hit || m.stated) list.push({ block, ...m });
        el.set(e, list);
      }
    }
    // A line that is only a date: the policy's date at its top or bottom, under a "Stand:" line or in its section.
    for (let k = 0; k < atEdge.length; k++) {
      const r = atEdge[k];
      const list = matches.get(r.id)!;
      if ((block.kind !== 'paragraph' && !lines.has(b)) || memo.hits[r.index]?.hit || list.length >= MAX_STATEMENTS) continue;
      if (!edge.has(b) && !lines.has(b) && !ctxOf[block.section].has(r.id) && list.at(-1)?.block !== prose[b - 1]) continue;
      // The match in the text alone is the block's (remembered); on its own line it depends on the document's text.
      const edges = (memo.edges ??= []);
      const own = edges[r.index] === undefined ? (edges[r.index] = spanOf(firstMatch(r.atEdge!, text, 0, words.text()))) : edges[r.index];
      const m = own ?? (edge.has(b) && block.kind === 'paragraph' ? ownLineMatch(r.atEdge!, block, doc.text) : null);
      if (m) list.push({ block, from: m.from, to: m.to, kind: 'phrase' });
    }
    for (let i = 0; i < triggerList.length && triggers.size < triggerList.length; i++) {
      const cond = triggerList[i][0];
      if (triggers.has(cond)) continue;
      const m = memo.triggers[i] === undefined ? (memo.triggers[i] = firstMatch(triggerList[i][1], text, 0, words.text())) : memo.triggers[i];
      if (m) triggers.set(cond, { block, ...m });
    }
    if (heading) continue;
    if (withBlanket && cues.blanket && !blanket) {
      // The cues' words, else a reading: "the game does not collect anything about you".
      const m = memo.blanket === undefined ? (memo.blanket = firstMatch(cues.blanket, text, 0, words.text()) ?? frameBlanket(frames, text)) : memo.blanket;
      if (m) blanket = { block, ...m, kind: 'absence', blanket: true };
      // "Nothing." as the answer a heading about what is collected asks for ("What the app collects").
      else if (block.kind === 'paragraph' && cues.blanketNothing && cues.blanketHeadings && (memo.nothing ??= !!firstMatch(cues.blanketNothing, text, 0, words.text()))) {
        const h = doc.sections[block.section]?.heading;
        if (h && firstMatch(cues.blanketHeadings, h.text, 0)) blanket = { block, from: 0, to: text.length, kind: 'absence', blanket: true };
      }
    }
    if (withBlanket && cues.blanketUnless && !collects) collects = (memo.unless ??= collectsAfterAll(cues, text, words.text()));
    if (cues.products) {
      const m = memo.product === undefined ? (memo.product = firstMatch(cues.products, text, 0, words.text())) : memo.product;
      if (m?.name) products.add(nameKey(m.name));
    }
  }
  // "We collect no personal data" tells the reader what is done with it, unless the policy
  // describes data it collects after all (logs, crash reports, analytics).
  if (blanket && !collects) {
    for (const id of cues.blanketGives) {
      const list = matches.get(id);
      if (list && !list.some((x) => x.kind === 'absence')) list.unshift(blanket);
    }
  }
  // A party named by its own name is a third party only when it is not the policy's own product or
  // operator ("Quillfeather is run by …", "sent by Quillfeather").
  if ([...matches.values()].some((l) => l.some((m) => m.parties))) {
    const own = ownNames(doc, products, elements);
    for (const [id, list] of matches) matches.set(id, list.filter((m) => !m.parties || m.parties.some((p) => !isOwnName(doc.language, p, own))));
  }
  // A name that is only the app's own identifies no operator.
  for (const [id, el] of elements) {
    for (const [e, list] of el) el.set(e, list.filter((m) => !m.name || !products.has(nameKey(m.name))));
    const r = cues.requirements.get(id)!;
    if (r.nameFromMailDomain) fromMailDomain(doc, cues, el, r.nameFromMailDomain, withOwnProducts(doc, products), new Set([...edge].map((i) => prose[i])));
  }
  return { matches, elements, triggers, contexts: ctxOf, contents };
}

const END_MARKS = new Set(['.', '!', '?', ';']);

/** The sentence of a block around [from, to), cut to a readable length, in folded offsets. */
export function sentenceAround(text: string, from: number, to: number, max = MAX_SENTENCE): { from: number; to: number } {
  const half = max / 2;
  // A full stop before a lower-case word, a number or a bracket ends an abbreviation ("Acme Inc.
  // (“we”)", "e.g. the", "Art. 4(7)"), not a sentence.
  const ends = (i: number) =>
    END_MARKS.has(text[i]) && (i + 1 >= text.length || (text[i + 1] === ' ' && !(text[i] === '.' && /^ [(\p{Ll}\p{N}]/u.test(text.slice(i + 1, i + 3)))));
  let a = from;
  while (a > 0 && from - a < half && !ends(a - 1)) a--;
  while (a < from && text[a] === ' ') a++;
  let b = to;
  while (b < text.length && b - to < half) if (ends(b++)) break;
  // A window cut inside a long sentence starts and ends on whole words.
  const letter = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]);
  while (a < from && letter(a - 1) && letter(a)) a++;
  while (b > to && letter(b) && letter(b - 1)) b--;
  while (a < from && text[a] === ' ') a++;
  return { from: a, to: b };
}

/**
 * A statement in a block that ends in a colon, with no sentence ending between it and the colon: a
 * lead-in that announces what its list states. (Read from the block's end, so that ranking the
 * evidence costs next to nothing.)
 */
function announcesList(m: CueMatch): boolean {
  const t = m.block.text;
  let end = t.length - 1;
  while (end >= 0 && /\s/.test(t[end])) end--;
  if (m.block.kind === 'heading' || end < 0 || t[end] !== ':') return false;
  for (let i = m.to; i < end; i++) if (END_MARKS.has(t[i])) return false;
  return true;
}

/** The sentence a match stands in (a heading whole). */
function sentenceText(m: CueMatch): string {
  const s = m.block.kind === 'heading' ? { from: 0, to: m.block.text.length } : sentenceAround(m.block.text, m.from, m.to);
  return m.block.text.slice(s.from, s.to);
}

function evidenceOf(doc: PolicyDocument, m: CueMatch): Evidence {
  const s = m.block.kind === 'heading' ? { from: 0, to: m.block.text.length } : sentenceAround(m.block.text, m.from, m.to);
  return { range: doc.lines.range(blockSpan(m.block, s.from, s.to)), text: m.block.text.slice(s.from, s.to) };
}

/**
 * An item whose elements may stand anywhere (the controller's name, its contact details) is
 * addressed wherever one of them is given, even with no statement about it: "write to
 * privacy@example.org" gives part of the controller item.
 */
function withWideElements(r: RequirementData, c: CompiledRequirement | undefined, findings: Findings): CueMatch[] {
  const found = findings.matches.get(r.id) ?? [];
  if (found.length || !c?.documentWide.size) return found;
  const el = findings.elements.get(r.id);
  const wide = [...c.documentWide].flatMap((e) => el?.get(e) ?? []).sort((a, b) => a.block.index - b.block.index || a.from - b.from);
  return wide.slice(0, 1).map((m) => ({ ...m, kind: 'partial' as const }));
}

/**
 * A sentence and the two after it in the same paragraph: an element given there completes the
 * statement ("Some of our suppliers are in the United States. These transfers rest on the
 * standard contractual clauses."), also when a sentence stands between them ("We use cookies …
 * Cookies are small files. You can switch them off.").
 */
function withNextSentence(text: string, s: { from: number; to: number }): { from: number; to: number } {
  let to = s.to;
  for (let n = 0; n < 2; n++) {
    let i = to;
    while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length) break;
    to = sentenceAround(text, i, Math.min(text.length, i + 1), 800).to;
  }
  return { from: s.from, to };
}

/**
 * A clause that follows a semicolon with the clause before it: both are one sentence, so an element
 * there stands beside the statement ("To prevent ticket fraud we check suspicious orders; we do so
 * on our legitimate interest" names the interest).
 */
function withClauseBefore(text: string, s: { from: number; to: number }): { from: number; to: number } {
  let i = s.from;
  while (i > 0 && text[i - 1] === ' ') i--;
  return i > 0 && text[i - 1] === ';' ? { from: sentenceAround(text, i - 1, i, 800).from, to: s.to } : s;
}

/** The sentence of a statement (with a clause before a semicolon) and the two after it (withNextSentence), remembered by the block's text and the statement's place. */
// The place is one number (a block is under 2^24 code units): a string key would be interned, one per statement, filling the shared intern table.
const statementWindows: TextMemo<number, { from: number; to: number }> = new Map();
function statementWindow(text: string, from: number, to: number): { from: number; to: number } {
  return rememberFor(statementWindows, text, from * 0x1000000 + to, () => withNextSentence(text, withClauseBefore(text, sentenceAround(text, from, to, 800))));
}

/**
 * Which of a requirement's elements the text gives. An element with cues is given where its cue
 * stands beside the item: in a sentence that states the item (its own, or one of the item's
 * statements) or the sentence after it, or in a section whose heading names the item; a
 * document-wide element anywhere. An element without cues is given by a full statement of the item (not by a partial one). A
 * statement of absence gives every element.
 */
function absentElements(r: RequirementData, c: CompiledRequirement | undefined, found: CueMatch[], el: Map<string, CueMatch[]> | undefined, contexts: Set<string>[]): string[] {
  const elements = r.elements ?? [];
  // Where all the data is kept (`kept`) is the fact of no transfer only while no other statement addresses the item.
  const keptOnly = (m: CueMatch) => !!c?.kept && matches(c.kept, sentenceText(m));
  const others = found.some((m) => m.kind !== 'absence');
  // A statement of absence gives every element, unless another statement says the item is there after all (`contrary`).
  const contrary = (m: CueMatch) => {
    if (m.kind === 'absence' || !c?.contrary) return false;
    const s = sentenceOf(m.block.text, m.from, Math.max(m.from + 1, m.to));
    return matches(c.contrary, m.block.text.slice(s.from, s.to));
  };
  if (!elements.length || (found.some((m) => m.kind === 'absence' && !(others && keptOnly(m))) && !found.some(contrary))) return [];
  const full = found.some((m) => m.kind === 'phrase');
  // Only narrowed statements (marketing, self-service): an element cue does not make them whole.
  const onlyNarrowed = !full && found.every((m) => m.narrowed);
  // Beside the item: the sentence that states it (a full statement or a partial one), or a
  // section whose own heading names the item.
  const sentences = new Map<number, { from: number; to: number }[]>();
  for (const m of found) {
    const list = sentences.get(m.block.index) ?? [];
    list.push(statementWindow(m.block.text, m.from, m.to));
    sentences.set(m.block.index, list);
  }
  const inSentence = (m: CueMatch) => (sentences.get(m.block.index) ?? []).some((s) => m.from < s.to && m.to > s.from);
  const absent: string[] = [];
  for (const e of elements) {
    const cued = c?.elements.has(e.id);
    if (!cued) {
      if (!full) absent.push(e.id);
      continue;
    }
    if (onlyNarrowed) {
      absent.push(e.id);
      continue;
    }
    const places = el?.get(e.id) ?? [];
    const wide = c!.documentWide.has(e.id);
    const near = (m: CueMatch) => wide || m.stated || inSentence(m) || contexts[m.block.section].has(r.id);
    if (!places.some(near)) absent.push(e.id);
  }
  return absent;
}

// ---- coverage -------------------------------------------------------------------------------

/** "UK GDPR Art. 13(2)(a)", or a profile's own citation (cookies: "PECR reg. 6"). */
export function citation(profile: ProfileData, r: RequirementData): string {
  return r.citation?.[profile.id] ?? `${profile.law} ${r.article}`;
}

function lookedFor(c: CompiledRequirement | undefined): string {
  if (!c) return 'no cues for this item in the document’s language';
  const q = (l: string[]) => l.map((x) => `“${x}”`).join(', ');
  const parts: string[] = [];
  if (c.examples.headings.length) parts.push(`a heading such as ${q(c.examples.headings)}`);
  if (c.examples.phrases.length) parts.push(`phrases such as ${q(c.examples.phrases)}`);
  return parts.join(', or ') || 'its cues';
}

/**
 * Where the policy names its own product (ownProducts: declared in the front matter, or in the
 * title), as evidence for an item that the product's name alone addresses (`productAlone`).
 */
function productEvidence(doc: PolicyDocument): Evidence | undefined {
  const own = ownProducts(doc);
  // A title that names an organisation by its legal form ("Privacy notice of Quillfeather Ltd") names no product.
  if (!own.names.length || own.names.some(hasLegalForm)) return undefined;
  if (own.how.startsWith('declared') && doc.frontMatter.span) return { range: doc.lines.range(doc.frontMatter.span), text: `product: ${own.names[0]}` };
  const title = doc.blocks.find((b) => b.kind === 'heading');
  return title ? evidenceOf(doc, { block: title, from: 0, to: title.text.length }) : undefined;
}

/** Items a `policy.last-updated` date in the front matter states. */
export const DATE_ITEMS: ReadonlySet<string> = new Set(['last-updated', 'ccpa-last-updated']);

export interface CoverageDetail {
  coverage: Coverage[];
  findings: Findings;
}

/** What computeCoverage computes. */
export interface CoverageOptions {
  /**
   * Only these requirements' entries (in the profiles' order, as in the whole report): each with the
   * same status, evidence, absent elements and `check` as the whole report gives it. Only what they
   * need is read (`readsAlso`: their own cues, the blanket statement for the items it gives, the
   * controller's name for a reading that names parties); no triggers. For a caller that asks about
   * one item of a short text (the coverage tests): a whole check reads every requirement.
   */
  only?: readonly string[];
}

/** The element of another requirement that an item's findings read: the controller's own name, against which a reading's named parties are told from the policy's own (`ownNames`). */
const OWN_NAME_FROM = 'controller-identity';

/**
 * The requirements whose findings `ids`' entries read, `ids` included: a requirement with a reading
 * that names parties (frames.ts `mayNameParties`) reads `controller-identity`'s elements (`ownNames`).
 * Nothing else of one item's findings reads another's: the blanket statement, the products named and
 * the sections' contexts are read for the document, whatever the items asked.
 */
export function readsAlso(language: string, ids: Iterable<string>): Set<string> {
  const frames = frameLanguage(language);
  const out = new Set(ids);
  if ([...out].some((id) => mayNameParties(frames, id))) out.add(OWN_NAME_FROM);
  return out;
}

// check() computes coverage for every rule and required-info needs the triggers too: read each
// document once per set of profiles.
const detailCache = new WeakMap<PolicyDocument, Map<string, CoverageDetail>>();

const readable = new WeakMap<PolicyDocument, PolicyDocument>();
/**
 * The document as its statements are read: a block longer than MAX_READ_BLOCK as far as its last
 * sentence before that (document.ts `readEnd`, which reports it), the same span and offsets; the
 * document itself when no block is that long.
 */
function readableDocument(doc: PolicyDocument): PolicyDocument {
  if (!doc.blocks.some((b) => b.text.length > MAX_READ_BLOCK)) return doc;
  let r = readable.get(doc);
  if (!r) {
    const blocks = doc.blocks.map((b) => (b.text.length > MAX_READ_BLOCK ? { ...b, text: intern(b.text.slice(0, readEnd(b.text))) } : b));
    const sections = doc.sections.map((s) => (s.heading && blocks[s.heading.index] !== s.heading ? { ...s, heading: blocks[s.heading.index] } : s));
    readable.set(doc, (r = { ...doc, blocks, sections }));
  }
  return r;
}

/** Coverage with the raw findings (triggers included), for required-info. */
export function computeCoverageDetail(doc: PolicyDocument, profiles: string[]): CoverageDetail {
  const key = profiles.join(',');
  let perDoc = detailCache.get(doc);
  const hit = perDoc?.get(key);
  if (hit) return hit;
  const detail = coverageDetail(doc, profiles);
  if (!perDoc) detailCache.set(doc, (perDoc = new Map()));
  perDoc.set(key, detail);
  return detail;
}

function coverageDetail(whole: PolicyDocument, profiles: string[], only?: ReadonlySet<string>): CoverageDetail {
  const doc = readableDocument(whole);
  const ps = profiles.map((p) => PROFILES[p]).filter((p): p is ProfileData => !!p);
  const ids = new Set(ps.flatMap((p) => p.requirements.map((r) => r.id)).filter((id) => !only || only.has(id)));
  const findings = only ? findCues(doc, readsAlso(doc.language, ids), { triggers: false }) : findCues(doc, ids);
  const cues = compiledCues(doc.language);
  const na = new Set(doc.frontMatter.policy.notApplicable ?? []);
  const coverage: Coverage[] = [];
  for (const p of ps) {
    for (const r of p.requirements) {
      if (!ids.has(r.id)) continue;
      let found = withWideElements(r, cues.requirements.get(r.id), findings);
      // A feature that rests on the condition switched off whenever the reader likes (`switchedOff`), where nothing else gives it.
      if (!found.length) {
        found = switchedOffUses(doc, cues.requirements.get(r.id));
        // Its elements are read in its own sentence ("at any time"): a common element cue elsewhere must not crowd them out.
        const c = cues.requirements.get(r.id);
        for (const m of found) {
          const s = sentenceOf(m.block.text, m.from, m.to);
          for (const [e, re] of c?.elements ?? []) {
            const hit = firstMatch(re, m.block.text.slice(s.from, s.to), 0);
            if (!hit) continue;
            const byId = findings.elements.get(r.id) ?? new Map<string, CueMatch[]>();
            findings.elements.set(r.id, byId);
            byId.set(e, [...(byId.get(e) ?? []), { block: m.block, from: s.from + hit.from, to: s.from + hit.to, stated: true }]);
          }
        }
      }
      // "We have not appointed a DPO": the condition does not hold, and the reader has nothing of the item.
      const stated = r.absenceGives === false ? found.filter(saysNotApplicable) : [];
      if (stated.length) found = found.filter((m) => !saysNotApplicable(m));
      // Full statements first, then those that do not only announce a list ("these are the kinds
      // of data we may collect:"), and among them those in a section about the item: the
      // evidence shows the best of what the text says.
      const own = (m: CueMatch) => findings.contexts[m.block.section]?.has(r.id);
      const rank = (m: CueMatch) => (m.kind === 'partial' ? 4 : 0) + (announcesList(m) ? 2 : 0) + (own(m) ? 0 : 1);
      const shown = found.map((m) => ({ m, at: rank(m) })).sort((a, b) => a.at - b.at).slice(0, MAX_EVIDENCE).map((x) => x.m);
      const evidence = shown.map((m) => evidenceOf(doc, m));
      const product = !evidence.length && cues.requirements.get(r.id)?.productAlone ? productEvidence(doc) : undefined;
      if (product) evidence.push(product);
      let dated = false;
      if (DATE_ITEMS.has(r.id) && doc.frontMatter.policy.lastUpdated && doc.frontMatter.span) {
        // A date declared in the front matter is printed by export.
        evidence.unshift({ range: doc.lines.range(doc.frontMatter.span), text: `last-updated: ${doc.frontMatter.policy.lastUpdated}` });
        dated = true;
      }
      // The only use that rests on the item's condition, narrowed: whole (`sole`).
      if (evidence.length) found = soleUse(doc, cues.requirements.get(r.id), found);
      const absent = product ? (r.elements ?? []).map((e) => e.id) : evidence.length && !dated ? absentElements(r, cues.requirements.get(r.id), found, findings.elements.get(r.id), findings.contexts) : [];
      const status = na.has(r.id) ? 'not-applicable' : !evidence.length ? 'missing' : absent.length ? 'partial' : 'present';
      const c: Coverage = { requirement: r.id, profile: p.id, status, obligation: r.obligation, article: citation(p, r), evidence };
      if (status === 'missing') c.lookedFor = lookedFor(cues.requirements.get(r.id));
      if (status === 'missing' && stated.length) c.stated = stated.slice(0, MAX_EVIDENCE).map((m) => evidenceOf(doc, m));
      if (status === 'partial') c.absent = absent;
      coverage.push(c);
    }
  }
  // A raised item (the model's reading, coverage-check.ts `raises`) is read for its elements as a
  // full statement at the raised sentence would be (`absentElements`): the model reads the item, not
  // its elements ("we send your data to our host in the US" names no safeguard).
  const raisedAbsent = (item: Coverage, block: Block, at: { from: number; to: number }): string[] => {
    const r = ps.find((p) => p.id === item.profile)?.requirements.find((x) => x.id === item.requirement);
    return r ? absentElements(r, cues.requirements.get(r.id), [{ block, from: at.from, to: at.to, kind: 'phrase' }], findings.elements.get(r.id), findings.contexts) : [];
  };
  addChecks(doc, coverage, undefined, gateReadings, findings.contents, raisedAbsent);
  return { coverage, findings };
}

/** A match's place only (a remembered match must hold no part of another string). */
const spanOf = (m: Found | null): { from: number; to: number } | null => (m ? { from: m.from, to: m.to } : null);

/** No sentence (shared: never changed). */
const NO_SENTENCES: readonly { from: number; to: number }[] = Object.freeze([]);

/**
 * Each block's sentences that name a condition (`sole`), by the block's text and the condition's
 * list, and its first match of a switch-off (`switchedOff`) by its text and that list: the two
 * document scans below read every prose block of a policy for some items at every check, and
 * depend on nothing but the text; remembered, an edit reads only the blocks it changed.
 */
const soleMemo: TextMemo<Matcher, readonly { from: number; to: number }[]> = new Map();
const switchMemo: TextMemo<Matcher, { from: number; to: number } | null> = new Map();

/** Each sentence of the prose blocks that names the condition (`sole`), at most 64 per block, in order. */
function* soleSentences(blocks: readonly Block[], sole: Matcher): Generator<{ block: Block; from: number; to: number }> {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'table-cell') continue;
    for (const s of rememberFor(soleMemo, block.text, sole, () => soleSentencesOf(block.text, sole))) yield { block, from: s.from, to: s.to };
  }
}

/** The sentences of a text that name the condition (`sole`), at most 64, in order. */
function soleSentencesOf(text: string, sole: Matcher): readonly { from: number; to: number }[] {
  const words = textWords(text);
  const out: { from: number; to: number }[] = [];
  for (let from = 0, n = 0; n < 64; n++) {
    const m = firstMatch(sole, text, from, words);
    if (!m) break;
    const s = sentenceOf(text, m.from, Math.max(m.from + 1, m.to));
    out.push({ from: s.from, to: s.to });
    from = Math.max(m.to, s.to);
  }
  return out.length ? exact(out) : NO_SENTENCES;
}

/**
 * Statements narrowed to one use (marketing) that name the item's condition (`sole`: consent) read as
 * whole when the policy also names the condition in a sentence of its own (it says what rests on
 * consent) and every sentence that names it is narrowed too: that use is the only one resting on it,
 * and the statement says all the item asks ("the bulletin goes out only to members who agreed" … "that
 * agreement can be taken back whenever you like"). Read only where every statement is narrowed: a document
 * scan, rare.
 */
function soleUse(doc: PolicyDocument, c: CompiledRequirement | undefined, found: CueMatch[]): CueMatch[] {
  if (!c?.sole || !found.length || !found.every((m) => m.narrowed)) return found;
  const names = (m: CueMatch) => matches(c.sole, sentenceText(m));
  if (!found.some(names)) return found;
  // The statements' own sentences: the condition must also be named apart from them, where the policy says what rests on it.
  // A statement read across two sentences ("… rests on your consent. You can withdraw it …") is its last one's: the
  // sentence before it that says what rests on the condition is apart from it.
  const ownOf = (m: CueMatch) => sentenceOf(m.block.text, Math.max(m.from, m.to - 1), Math.max(m.from + 1, m.to)).from;
  const own = new Set(found.map((m) => `${m.block.index}:${ownOf(m)}`));
  let apart = false;
  for (const { block, from, to } of soleSentences(doc.blocks, c.sole)) {
    const sentence = block.text.slice(from, to);
    // The statement's own sentence is the statement (its narrowing was read with it); any other must be narrowed too.
    const mine = own.has(`${block.index}:${from}`);
    // Another use's own withdrawal in its paragraph ("… analytics cookies; you can change your choice at any time") leaves it out.
    if (!mine && !narrowed(c, sentence, textWords(sentence)) && !matches(c.soleNot, sentence) && !ownWithdrawal(c, block, found, ownOf)) return found;
    if (!mine) apart = true;
  }
  return apart ? found.map((m) => (names(m) ? { ...m, narrowed: false } : m)) : found;
}

/**
 * A feature switched off whenever the reader likes (`switchedOff`: "You can turn reminders off at any time in the app's
 * settings") read as the withdrawal of the consent it rests on: where a sentence that names the condition (`sole`) names
 * the feature too ("If you choose to get parking reminders by text, we rely on your consent"). The feature's words are
 * those of the switch-off sentence up to the match's end, four letters or more and not `featureCommon`, compared by their
 * first six letters. A document scan, read only where no statement gives the item.
 */
function switchedOffUses(doc: PolicyDocument, c: CompiledRequirement | undefined): CueMatch[] {
  if (!c?.switchedOff || !c.sole) return [];
  const stems = (text: string) =>
    new Set(
      (text.toLowerCase().match(/[\p{L}-]{4,}/gu) ?? [])
        .filter((w) => !c.featureCommon.has(w))
        .map((w) => w.slice(0, 6)),
    );
  const prose = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'table-cell');
  const offs: { block: Block; from: number; to: number; words: Set<string> }[] = [];
  for (const block of prose) {
    const switchedOff = c.switchedOff;
    const m = rememberFor(switchMemo, block.text, switchedOff, () => spanOf(firstMatch(switchedOff, block.text, 0, textWords(block.text))));
    if (!m) continue;
    const s = sentenceOf(block.text, m.from, Math.max(m.from + 1, m.to));
    offs.push({ block, from: m.from, to: m.to, words: stems(block.text.slice(s.from, m.to)) });
  }
  if (!offs.length) return [];
  // The features the condition is named with: every sentence that names it.
  const named = new Set<string>();
  for (const { block, from, to } of soleSentences(prose, c.sole)) for (const w of stems(block.text.slice(from, to))) named.add(w);
  return offs.filter((o) => [...o.words].some((w) => named.has(w))).map((o) => ({ block: o.block, from: o.from, to: o.to, kind: 'phrase' as HitKind }));
}

/** Whether a paragraph, without the statements' own sentences, says how another use's consent is withdrawn (`soleOwn`). */
function ownWithdrawal(c: CompiledRequirement, block: Block, found: CueMatch[], ownOf: (m: CueMatch) => number): boolean {
  if (!c.soleOwn) return false;
  let text = block.text;
  for (const m of found) {
    if (m.block !== block) continue;
    const s = sentenceOf(text, ownOf(m), ownOf(m) + 1);
    text = `${text.slice(0, s.from)}${' '.repeat(s.to - s.from)}${text.slice(s.to)}`;
  }
  return matches(c.soleOwn, text);
}

/** A statement that the item's condition does not hold, not the blanket "we collect nothing". */
const saysNotApplicable = (m: CueMatch) => m.kind === 'absence' && !m.blanket;

export function computeCoverage(doc: PolicyDocument, profiles: string[], options: CoverageOptions = {}): Coverage[] {
  if (!options.only) return computeCoverageDetail(doc, profiles).coverage;
  const only = new Set(options.only);
  // A whole report already made for the document holds the entries asked for.
  const whole = detailCache.get(doc)?.get(profiles.join(','));
  return whole ? whole.coverage.filter((c) => only.has(c.requirement)) : coverageDetail(doc, profiles, only).coverage;
}

// ---- for hover ------------------------------------------------------------------------------

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (r: Range, p: Position) => before(r.start, p) && before(p, r.end);

/** The coverage entries whose evidence contains a position: "this sentence covers retention". */
export function coverageAt(coverage: Coverage[], position: Position): { coverage: Coverage; evidence: Evidence }[] {
  const out: { coverage: Coverage; evidence: Evidence }[] = [];
  for (const c of coverage) for (const e of c.evidence) if (contains(e.range, position)) out.push({ coverage: c, evidence: e });
  return out;
}
