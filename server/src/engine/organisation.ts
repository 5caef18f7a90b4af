// Who a policy speaks for, and which other organisations it names. A policy copied from another
// company's keeps that company's name in sentences where the policy describes itself ("Westcon
// collects ..."); finding those needs to know the names the text uses as itself, as opposed to the
// recipients, processors and authorities it names. The cues are language data (entities.yaml);
// this module reads the document once and keeps the result per document.
import type { Block, PolicyDocument } from './document.js';
import { blockSpan } from './document.js';
import { LANGUAGES } from './data.js';
import { overlapsAny, searchable, testCompiled, toMachineCode } from './text.js';
import { cueAlternation, escapeRegExp, fromLanguageData, LETTER, NEVER, proseBlocks } from './cues.js';
import type { EntityData } from './datatypes.js';
import { exact, flat, intern, recall, remember, rememberFor, store, type TextMemo } from './memo.js';
import type { Span } from './types.js';

/** One place where the text names an organisation (or something written like a name). */
export interface OrgMention {
  /** The name as written (white space folded), legal form included. */
  name: string;
  /** Normalised words without the legal form: "westcon international" for "Westcon International, Ltd". */
  words: string[];
  key: string;
  /** Canonical legal form, when the name carries one ("Limited" for "Ltd"). */
  legalForm?: string;
  block: Block;
  /** Offsets in block.text. */
  from: number;
  to: number;
  span: Span;
  /** Every word in capitals ("WINT"): a name only when defined or given a strong statement. */
  acronym: boolean;
}

export type SelfUseKind = 'defined-term' | 'policy-of' | 'title' | 'controller' | 'at-we' | 'verb' | 'possessive';

/** A mention that uses the name as the policy's own ("Acme collects ...", "Acme Ltd is the data controller"). */
export interface SelfUse {
  kind: SelfUseKind;
  /** Defined terms, controller statements, titles: enough on their own. */
  strong: boolean;
  mention: OrgMention;
}

/** Every mention of one normalised name, and what the text says about it. */
export interface OrgName {
  key: string;
  words: string[];
  /** As first written. */
  display: string;
  mentions: OrgMention[];
  self: SelfUse[];
  /** Mentions in a third-party context ("such as X", "provided by X", "our processor X"). */
  thirdParty: number;
  /** Mentions naming it as a parent, subsidiary, group company, trading name or own product. */
  group: number;
  /** An authority or a well-known service. */
  known: boolean;
  /** The key of the name this one is a defined term for ("WINT" for Weston International Ltd). */
  aliasOf?: string;
}

export interface DefinedTerm {
  /** The name being defined. */
  name: OrgMention;
  /** Names defined together with it: "Acme Ltd and Acme Retail Ltd (together, "we")". */
  also: OrgMention[];
  /** The quoted terms, pronouns included. */
  terms: { text: string; pronoun: boolean }[];
  /** It includes a first-person pronoun: the policy defines itself. */
  self: boolean;
}

export type ControllerSource = 'front-matter' | 'defined-term' | 'policy-of' | 'title' | 'self-reference';

export interface ControllerInfo {
  /** The controller's name, as declared or written. */
  name: string;
  /** Other names it goes by (declared aliases, defined terms), pronouns excluded. */
  aliases: string[];
  source: ControllerSource;
  /** Where it was found: the mention in the text, or the front matter. */
  span?: Span;
  /** How it was found, for messages: "defined as “we”". */
  how: string;
}

export interface OrganisationAnalysis {
  mentions: OrgMention[];
  names: Map<string, OrgName>;
  definedTerms: DefinedTerm[];
  controller?: ControllerInfo;
}

// ---- language data --------------------------------------------------------------------------

interface Compiled {
  formsRe: string;
  /** Normalised legal forms, longest first, as word lists. */
  forms: { words: string[]; canonical: string }[];
  pronouns: Set<string>;
  /** Lower-case words never at the front of a name: pronouns, articles, "at", "contact" ... */
  notNames: Set<string>;
  articles: Set<string>;
  pronounRe: string;
  strongAfter: RegExp | null;
  verbs: RegExp | null;
  possessive: RegExp | null;
  strongBefore: RegExp | null;
  atWe: RegExp | null;
  weAfter: RegExp | null;
  title: RegExp | null;
  thirdPartyBefore: RegExp | null;
  thirdPartyAfter: RegExp | null;
  groupBefore: RegExp | null;
  groupAfter: RegExp | null;
  definedMarkers: RegExp | null;
  authority: Set<string>;
  known: string[][];
  /** Laws' names, normalised ("dsgvo", "uk gdpr"): a name that is one is not an organisation. */
  laws: Set<string>;
}

function entityData(lang: string): EntityData {
  return LANGUAGES[lang]?.entities ?? {};
}

function compile(language: string): Compiled {
  return fromLanguageData(language, 'entities', compileEntities);
}

/** `own`: the document's language and English; some lists apply in every language. */
function compileEntities(own: EntityData[]): Compiled {
  const all = Object.keys(LANGUAGES).map(entityData);
  const list = (k: keyof EntityData, from: EntityData[]): string[] => from.flatMap((d) => (Array.isArray(d[k]) ? (d[k] as string[]) : []));

  const spellings = new Set<string>();
  const forms: Compiled['forms'] = [];
  for (const group of all.flatMap((d) => d.legalForms ?? [])) {
    if (!Array.isArray(group) || !group.length) continue;
    for (const s of group) {
      if (typeof s !== 'string' || !s.trim()) continue;
      spellings.add(s);
      spellings.add(s.toUpperCase());
      forms.push({ words: normWords(s), canonical: String(group[0]) });
    }
  }
  forms.sort((a, b) => b.words.length - a.words.length || b.words.join('').length - a.words.join('').length);
  const formsRe = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(s).replace(/\s+/g, '\\s+'))
    .join('|');

  // A quoted "wij" or "nous" in a defined term is unambiguous whatever language was detected.
  const pronouns = list('pronouns', all);
  // Each expression below puts its own anchors around the cues.
  const alt = (cues: string[]) => cueAlternation(cues, { bounded: false });
  const pronounRe = alt(pronouns) ?? NEVER;
  const modals = alt(list('modals', own));
  const lead = modals ? `(?:${modals}\\s+){0,4}` : '';
  const re = (src: string | null, make: (alt: string) => string, flags = 'iu') => (src ? new RegExp(make(src), flags) : null);
  const END = `(?!${LETTER})`;
  const authority = new Set<string>();
  for (const w of list('authorityWords', all)) {
    const n = normWords(w);
    if (n.length) authority.add(n[0]);
  }
  const c: Compiled = {
    formsRe,
    forms,
    pronouns: new Set(pronouns.map((p) => p.toLowerCase())),
    notNames: new Set([...pronouns, ...list('articles', all), ...list('notNames', all)].map((w) => w.toLowerCase())),
    articles: new Set(list('articles', all).map((w) => w.toLowerCase())),
    pronounRe,
    strongAfter: re(alt(list('strongAfter', own)), (a) => `^\\s*${lead}${a}${END}`),
    verbs: re(alt(list('selfVerbs', own)), (a) => `^\\s+${lead}${a}${END}`),
    possessive: re(alt(list('ownNouns', own)), (a) => `^['’]s\\s+(?:\\p{L}+\\s+)?${a}${END}`),
    strongBefore: re(alt(list('strongBefore', own)), (a) => `(?<!${LETTER})${a}\\s*[(:,]?\\s*$`),
    atWe: re(alt(list('atWe', own)), (a) => `(?<!${LETTER})${a}\\s+$`),
    weAfter: new RegExp(`^\\s*,?\\s+${pronounRe}${END}`, 'iu'),
    title: re(alt(list('titles', own)), (a) => `^\\s*[-–—:|]?\\s*${a}\\s*$`),
    thirdPartyBefore: re(alt(list('thirdPartyBefore', own)), (a) => `(?<!${LETTER})${a}${END}`),
    thirdPartyAfter: re(alt(list('thirdPartyAfter', own)), (a) => `(?<!${LETTER})${a}${END}`),
    groupBefore: re(alt(list('groupBefore', own)), (a) => `(?<!${LETTER})${a}${END}`),
    groupAfter: re(alt(list('groupAfter', own)), (a) => `^\\s*,?\\s*${a}`),
    definedMarkers: re(alt(list('definedTerm', all)), (a) => `(?<!${LETTER})${a}${END}`, 'giu'),
    authority,
    known: list('knownThirdParties', all).map(normWords).filter((w) => w.length),
    laws: new Set(list('laws', all).map((w) => normWords(w).join(' ')).filter(Boolean)),
  };
  return c;
}

// ---- names ----------------------------------------------------------------------------------

/** Lower case, accents and dots dropped, split into words: "S.à r.l." → ["sa", "rl"]. */
function normWords(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A name reduced to the words that identify it: lower case, legal form and a leading article
 * dropped, so that "Westcon International, Ltd." and "Westcon International Limited" compare equal.
 */
export function normaliseOrgName(name: string, language = 'en'): { words: string[]; key: string; legalForm?: string } {
  const c = compile(language);
  let words = normWords(name);
  let legalForm: string | undefined;
  for (const f of c.forms) {
    const n = f.words.length;
    if (n && words.length > n && f.words.every((w, i) => words[words.length - n + i] === w)) {
      words = words.slice(0, words.length - n);
      legalForm = f.canonical;
      break;
    }
  }
  if (words.length > 1 && c.articles.has(words[0])) words = words.slice(1);
  return { words, key: words.join(' '), legalForm };
}

/**
 * Do two normalised names name the same organisation? Equal, or one runs inside the other:
 * "Westcon" and "Westcon International" are one company; "Westcom Network Solutions" and
 * "Westcom Business Communications" are two.
 */
export function sameOrganisation(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const s = a.length <= b.length ? a : b;
  const l = s === a ? b : a;
  outer: for (let i = 0; i + s.length <= l.length; i++) {
    for (let j = 0; j < s.length; j++) if (l[i + j] !== s[j]) continue outer;
    return true;
  }
  return false;
}

const CAP = '\\p{Lu}[\\p{L}\\p{N}]*(?:[-&][\\p{L}\\p{N}]+)*';
const CONN = '(?:and|&|of|for|und|en|et|de|du|des|van|von|der|den|la|le|y)';
const CONN_RE = new RegExp(`^${CONN}$`, 'u');
const QUOTED = /[“"'‘„«‹‚]\s*([^“”"'‘’„«»‹›‚()]{1,60}?)\s*[”"'’“»›‘]/gu;

/**
 * Lower-case words of the text (outside addresses and links), with counts: what is a common word
 * here. Kept from the last document read and brought up to date by the blocks that changed (the
 * texts are the interned ones, so comparing them is cheap): an edit adds and takes away the
 * words of its paragraphs instead of counting every block's words again. The map returned is
 * read during the call that asked for it and changed by the next one: nothing keeps it.
 */
let lastVocab: { texts: Map<string, number>; vocab: Map<string, number> } | undefined;
function vocabulary(doc: PolicyDocument): Map<string, number> {
  const texts = new Map<string, number>();
  for (const b of proseBlocks(doc)) texts.set(b.text, (texts.get(b.text) ?? 0) + 1);
  const last = lastVocab;
  // Another document altogether: counted afresh (as cheap as taking the other's words away).
  // forEach, not `for (const [t, n] of …)`: a destructured entry is an array and an iterator made
  // per block at every check.
  let changed = 0;
  if (last) texts.forEach((n, t) => void (last.texts.get(t) !== n && changed++));
  if (!last || changed > texts.size / 2) {
    const m = new Map<string, number>();
    texts.forEach((k, t) => eachWord(t, (w, n) => m.set(w, (m.get(w) ?? 0) + n * k)));
    lastVocab = { texts, vocab: m };
    return m;
  }
  const m = last.vocab;
  const add = (t: string, k: number) => {
    eachWord(t, (w, n) => {
      const v = (m.get(w) ?? 0) + n * k;
      if (v) m.set(w, v);
      else m.delete(w);
    });
  };
  texts.forEach((n, t) => {
    const before = last.texts.get(t) ?? 0;
    if (before !== n) add(t, n - before);
  });
  last.texts.forEach((n, t) => void (!texts.has(t) && add(t, -n)));
  lastVocab = { texts, vocab: m };
  return m;
}

// What depends only on a block's text (and the language) is remembered by that text (memo.ts).
const WORD_RE = /(?<![\p{L}\p{N}@._/-])\p{Ll}[\p{L}\p{N}]*(?![\p{L}\p{N}@]|[._/-][\p{L}\p{N}])/gu;
const blockWords = new Map<string, (string | number)[]>();
/**
 * The lower-case words of one block's text, with counts, in the order they first stand there: a
 * word, its count, the next word... (one array as long as it is: a Map per block was twice the
 * memory, kept for every paragraph).
 */
function wordsOf(text: string): (string | number)[] {
  return remember(blockWords, text, () => {
    const m = new Map<string, number>();
    toMachineCode(WORD_RE, text);
    for (const x of text.matchAll(WORD_RE)) m.set(x[0], (m.get(x[0]) ?? 0) + 1);
    // The one remembered copy of each word (memo.ts `intern`), not a copy per block: "data" and
    // "we" are in most paragraphs, and a copy each was most of this memo's 5 MB at 1 MB.
    const out = new Array<string | number>(2 * m.size);
    let i = 0;
    m.forEach((n, w) => {
      out[i++] = intern(w);
      out[i++] = n;
    });
    return out;
  });
}

/** Each lower-case word of a block's text with its count there (`wordsOf`). */
function eachWord(text: string, f: (word: string, count: number) => void): void {
  const ws = wordsOf(text);
  for (let i = 0; i < ws.length; i += 2) f(ws[i] as string, ws[i + 1] as number);
}

/** Where a block's text has a run of capitalised words with a legal form after it, and a bare run. */
interface NameRuns {
  /** [from, nameEnd, to): the name, then its legal form. */
  suffixed: [number, number, number][];
  /** [from, to). */
  bare: [number, number][];
}
const blockRuns: TextMemo<string, NameRuns> = new Map();
const runPatterns = new Map<string, { suffixRe: RegExp; formRe: RegExp; bareRe: RegExp }>();
function nameRuns(language: string, c: Compiled, text: string): NameRuns {
  return rememberFor(blockRuns, text, language, () => {
    const { suffixRe, formRe, bareRe } = remember(runPatterns, language, () => ({
      suffixRe: new RegExp(`(?<![\\p{L}\\p{N}])(${CAP}(?:\\s(?:${CONN}\\s)?${CAP}){0,7})(,?\\s)(?:${c.formsRe})(?![\\p{L}\\p{N}])`, 'gu'),
      // What every match of suffixRe holds: white space, then a legal form. Most blocks have none,
      // and this one scan is far cheaper than trying suffixRe's run of names at every capital.
      formRe: new RegExp(`\\s(?:${c.formsRe})(?![\\p{L}\\p{N}])`, 'u'),
      bareRe: new RegExp(`(?<![\\p{L}\\p{N}@._/&-])${CAP}(?:\\s${CAP}){0,4}(?![\\p{L}\\p{N}@&-]|[._/][\\p{L}\\p{N}])`, 'gu'),
    }));
    const suffixed: NameRuns['suffixed'] = [];
    const view = searchable(text);
    if (c.formsRe && testCompiled(formRe, view)) {
      toMachineCode(suffixRe, view);
      for (const m of view.matchAll(suffixRe)) suffixed.push([m.index!, m.index! + m[1].length, m.index! + m[0].length]);
    }
    const bare: NameRuns['bare'] = [];
    toMachineCode(bareRe, view);
    for (const m of view.matchAll(bareRe)) bare.push([m.index!, m.index! + m[0].length]);
    return { suffixed: exact(suffixed), bare: exact(bare) };
  });
}

/** A block's mentions as offsets in its text, with what finding them asked of the document. */
interface BlockMentions {
  /** The block's own source, marked when something other than white space stands before it on its first line, when it differs from its text (line breaks decide where a name starts). */
  source: string | null;
  /**
   * The words asked whether they are common here (lower case), the count asked for, and the
   * answer, one after another (a list of triples was an array per word asked, kept per block).
   */
  asked: (string | number | boolean)[];
  found: Omit<OrgMention, 'block' | 'span'>[];
}
const blockMentions: TextMemo<string, BlockMentions> = new Map();

/**
 * Every capitalised name of the prose. A block's names depend on its text and source, and on the
 * rest of the document only through which of its words are common there (the vocabulary): they
 * are remembered per block with the answers they were found with, and found again only when the
 * block changed or one of those answers did. A block that a placeholder overlaps is read afresh.
 */
function findMentions(doc: PolicyDocument, c: Compiled, vocab: Map<string, number>): OrgMention[] {
  const out: OrgMention[] = [];
  const inPlaceholder = overlapsAny(doc.placeholders.map((p) => p.span));
  const isCommon = (lower: string, min: number) => (vocab.get(lower) ?? 0) >= min || c.notNames.has(lower);
  for (const block of proseBlocks(doc)) {
    if (!block.text) continue;
    // What the names read around the block: its own source (its line breaks) and whether only
    // white space stands before it on its first line (readMentions asks no more of that prefix).
    // Not the prefix itself: a cell of a row of thousands of cells would copy the row before it.
    const lineStart = doc.lines.starts[doc.lines.positionAt(block.span.start).line];
    let k = block.span.start;
    while (k > lineStart && /\s/.test(doc.text[k - 1])) k--;
    const own = doc.text.slice(block.span.start, block.span.end);
    const source = k > lineStart ? `\u0000${own}` : own;
    const fresh = inPlaceholder(block.span);
    const memo = fresh ? undefined : recall(blockMentions, block.text, doc.language);
    let got: BlockMentions;
    if (memo && (memo.source ?? block.text) === source && askedAlike(memo.asked, isCommon)) got = memo;
    else {
      got = readMentions(doc, c, block, isCommon, inPlaceholder);
      got.source = source === block.text ? null : flat(source);
      if (!fresh) store(blockMentions, block.text, doc.language, got);
    }
    for (const m of got.found) out.push({ name: m.name, words: m.words, key: m.key, legalForm: m.legalForm, block, from: m.from, to: m.to, span: blockSpan(block, m.from, m.to), acronym: m.acronym });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Does every word asked get the answer it got (`BlockMentions.asked`)? */
function askedAlike(asked: BlockMentions['asked'], isCommon: (lower: string, min: number) => boolean): boolean {
  for (let i = 0; i < asked.length; i += 3) if (isCommon(asked[i] as string, asked[i + 1] as number) !== asked[i + 2]) return false;
  return true;
}

function readMentions(doc: PolicyDocument, c: Compiled, block: Block, isCommon: (lower: string, min: number) => boolean, inPlaceholder: (s: Span) => boolean): BlockMentions {
  const text = block.text;
  const found: BlockMentions['found'] = [];
  const asked: BlockMentions['asked'] = [];
  const common = (w: string, min: number) => {
    const lower = w.toLowerCase();
    // A word that is never a name's start ("we", "the") is common in every text: nothing to ask again.
    if (c.notNames.has(lower)) return true;
    const yes = isCommon(lower, min);
    asked.push(lower, min, yes);
    return yes;
  };
  const taken: [number, number][] = [];
  const isConn = (w: string) => CONN_RE.test(w);
  /** [from, nameEnd) is the name, [nameEnd, to) its legal form (empty for a bare name). */
  const add = (from: number, nameEnd: number, to: number) => {
    const hasForm = nameEnd < to;
    const ws: { from: number; to: number; w: string }[] = [];
    for (const m of text.slice(from, nameEnd).matchAll(/\S+/g)) ws.push({ from: from + m.index!, to: from + m.index! + m[0].length, w: m[0] });
    if (!ws.length) return;
    // A bare run of nothing but common words ("A A A", "The And") names nothing wherever its
    // line starts (that only moves the start on): said before the line breaks are looked at.
    if (!hasForm && ws.every((w) => common(w.w, 1) || isConn(w.w))) return;
    const src = (i: number) => blockSpan(block, ws[i].from, ws[i].to);
    // An address block puts "Legal Department" on the line above "Acme Group, Inc.": a name
    // starts on a new line when what stands before it is a line of its own.
    let first = 0;
    for (let i = 1; i < ws.length; i++) {
      const gap = doc.text.slice(src(i - 1).end, src(i).start);
      const a = src(first).start;
      const lineStart = doc.lines.starts[doc.lines.positionAt(a).line];
      if (/[\r\n]/.test(gap) && !doc.text.slice(lineStart, a).trim()) first = i;
    }
    // Common words in front ("Contact Acme Ltd", "Our Cookie Policy") are not part of the name.
    const keep = hasForm ? 1 : 0;
    while (first < ws.length - keep && (common(ws[first].w, hasForm ? 2 : 1) || isConn(ws[first].w))) first++;
    if (first >= ws.length) return;
    const f = ws[first].from;
    const name = flat(text.slice(f, to));
    const norm = normaliseOrgName(name, doc.language);
    if (!norm.words.length || norm.key.length < 2) return;
    // "im Sinne der DSGVO", "under the UK GDPR": a law, however capitalised, is no organisation.
    if (c.laws.has(norm.key)) return;
    if (inPlaceholder(blockSpan(block, f, to))) return;
    const acronym = !norm.legalForm && ws.slice(first).every((w) => /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(w.w));
    found.push({ name, words: norm.words, key: norm.key, legalForm: norm.legalForm, from: f, to, acronym });
    taken.push([from, to]);
  };
  const runs = nameRuns(doc.language, c, text);
  for (const [from, nameEnd, to] of runs.suffixed) add(from, nameEnd, to);
  // Suffixed names were found in order; a bare run inside one of them is part of it.
  let k = 0;
  const suffixed = taken.length;
  for (const [s, e] of runs.bare) {
    while (k < suffixed && taken[k][1] <= s) k++;
    if (k < suffixed && taken[k][0] < e) continue;
    add(s, e, e);
  }
  return { source: null, asked: exact(asked), found: exact(found) };
}

// ---- what the text says about each name -----------------------------------------------------

function sentenceBefore(text: string, at: number, max: number): string {
  const before = text.slice(Math.max(0, at - max), at);
  const cut = Math.max(before.search(/[.!?;][^.!?;]*$/) + 1, before.lastIndexOf('•') + 1);
  return cut > 0 ? before.slice(cut) : before;
}

function readDefinedTerm(c: Compiled, after: string): DefinedTerm['terms'] | null {
  // The dot of "Inc." or "Corp."; then "Acme Ltd, its subsidiaries and affiliates (collectively
  // ...)", "Acme Ltd and its group (...)"; a first bracket may hold the company number.
  const paren = /^\.?(?:\s*(?:,|\s(?:and|en|und|et))\s*[^()\p{Lu}.;:]{1,120}?)?(?:\s*\([^()“"'‘„«‹‚]{1,80}\))?\s*\(([^()]{1,240})\)/u.exec(after);
  let inner: string | undefined = paren?.[1];
  if (!inner && c.definedMarkers) {
    // Without brackets: `Acme Ltd, hereinafter "Acme"`.
    const m = /^\s*,?\s*([^.;()]{1,160})/u.exec(after);
    c.definedMarkers.lastIndex = 0;
    if (m && testCompiled(c.definedMarkers, m[1]) && /^\s*,?\s*\S+(?:\s+\S+){0,3}\s*:?\s*[“"'‘„«‹‚]/u.test(m[1])) inner = m[1];
  }
  if (!inner) return null;
  const terms: DefinedTerm['terms'] = [];
  let rest = inner;
  for (const q of inner.matchAll(QUOTED)) {
    const t = q[1].replace(/[\s,;.]+$/u, '').trim();
    if (t) terms.push({ text: t, pronoun: c.pronouns.has(t.toLowerCase()) });
    rest = rest.replace(q[0], ' ');
  }
  if (!terms.length) return null;
  if (c.definedMarkers) rest = rest.replace(c.definedMarkers, ' ');
  // What is left besides the terms and their marker must be glue: "and", "the", commas.
  const leftover = rest.match(/\p{L}+/gu) ?? [];
  if (leftover.length > 3) return null;
  return terms;
}

/** What the words around one mention say of it; the same for the same text, so remembered by it. */
interface MentionReading {
  /** The terms a definition right after the name gives it ("(“Acme”, “we”)"). */
  terms: DefinedTerm['terms'] | null;
  group: boolean;
  thirdParty: boolean;
  self?: { kind: SelfUseKind; strong: boolean };
}
const mentionReadings: TextMemo<string, Map<number, MentionReading>> = new Map();

/** The readings of one block's mentions, remembered by its text (looked up once per block, not per mention). */
function blockReadings(language: string, text: string, heading: boolean): Map<number, MentionReading> {
  return rememberFor(mentionReadings, text, `${language}\u0001${heading ? 'h' : 'p'}`, () => new Map<number, MentionReading>());
}

/** A mention's place in its block as one number (a block is shorter than MAX_CHECK_CHARS, under 2^24). */
const placeKey = (from: number, to: number) => from * 0x1000000 + to;

function readMention(c: Compiled, inBlock: Map<number, MentionReading>, text: string, heading: boolean, from: number, to: number): MentionReading {
  const key = placeKey(from, to);
  const known = inBlock.get(key);
  if (known) return known;
  const reading = readMentionAt(c, text, heading, from, to);
  inBlock.set(key, reading);
  return reading;
}

function readMentionAt(c: Compiled, text: string, heading: boolean, from: number, to: number): MentionReading {
  const after = text.slice(to, to + 300);
  const r: MentionReading = { terms: readDefinedTerm(c, after), group: false, thirdParty: false };
  const afterName = after.replace(/^\s*\([^()]{0,80}\)/u, '');
  const near = sentenceBefore(text, from, 120);
  // A term inside a definition's quotes ("Acme", "we") says nothing by its surroundings.
  if (/[“"'‘„«‹‚]\s*$/u.test(text.slice(Math.max(0, from - 2), from)) && /^\s*[”"'’“»›‘]/u.test(after)) return r;
  if (heading) {
    if (c.title && (from === 0 || /^\s*[\d.]*\s*$/.test(text.slice(0, from))) && testCompiled(c.title, text.slice(to))) r.self = { kind: 'title', strong: true };
    else if (testCompiled(c.strongBefore, near)) r.self = { kind: 'policy-of', strong: true };
    return r;
  }
  if (testCompiled(c.groupBefore, near.slice(-60)) || testCompiled(c.groupAfter, afterName)) r.group = true;
  // "This is the privacy policy of X" before "the privacy policy of Google" (a third party).
  if (testCompiled(c.strongBefore, near)) {
    r.self = { kind: /controller|verantwortlich|responsable/i.test(near) ? 'controller' : 'policy-of', strong: true };
    return r;
  }
  const rest = /^[^.;!?]*/u.exec(after)![0];
  if (testCompiled(c.thirdPartyBefore, near.slice(-70)) || testCompiled(c.thirdPartyAfter, rest)) {
    r.thirdParty = true;
    return r;
  }
  if (testCompiled(c.strongAfter, afterName)) r.self = { kind: 'controller', strong: true };
  else if (testCompiled(c.atWe, near) && testCompiled(c.weAfter, after)) r.self = { kind: 'at-we', strong: true };
  else if (testCompiled(c.verbs, afterName)) r.self = { kind: 'verb', strong: false };
  else if (testCompiled(c.possessive, after)) r.self = { kind: 'possessive', strong: false };
  return r;
}

/** Read the document's organisation names once; the result is kept for the document. */
export function analyseOrganisations(doc: PolicyDocument): OrganisationAnalysis {
  const hit = cache.get(doc);
  if (hit) return hit;
  const c = compile(doc.language);
  const vocab = vocabulary(doc);
  const mentions = findMentions(doc, c, vocab);
  const names = new Map<string, OrgName>();
  const definedTerms: DefinedTerm[] = [];
  const nameOf = (m: OrgMention) => names.get(m.key)!;
  const readings = new Map<Block, Map<number, MentionReading>>();
  mentions.forEach((m, i) => {
    let n = names.get(m.key);
    if (!n) {
      n = { key: m.key, words: m.words, display: m.name, mentions: [], self: [], thirdParty: 0, group: 0, known: false };
      names.set(m.key, n);
    }
    n.mentions.push(m);
    // A block's readings are found once for all its mentions: the key holds the block's whole
    // text, and hashing it once per mention was quadratic in a long paragraph full of names.
    let inBlock = readings.get(m.block);
    if (!inBlock) readings.set(m.block, (inBlock = blockReadings(doc.language, m.block.text, m.block.kind === 'heading')));
    const r = readMention(c, inBlock, m.block.text, m.block.kind === 'heading', m.from, m.to);
    if (r.terms) {
      const d: DefinedTerm = { name: m, also: [], terms: r.terms, self: r.terms.some((t) => t.pronoun) };
      // Walk back over "Acme Ltd, Acme Retail Ltd and" to every name the term covers.
      for (let j = i - 1; j >= 0; j--) {
        const p = mentions[j];
        const next = j === i - 1 ? m : d.also[d.also.length - 1];
        if (p.block !== m.block || !/^\s*(?:,|and|&|en|und|et)\s*$/u.test(m.block.text.slice(p.to, next.from))) break;
        d.also.push(p);
        if (d.self) nameOf(p).self.push({ kind: 'defined-term', strong: true, mention: p });
      }
      definedTerms.push(d);
      if (d.self) n.self.push({ kind: 'defined-term', strong: true, mention: m });
    }
    if (r.group) n.group++;
    if (r.thirdParty) n.thirdParty++;
    if (r.self) n.self.push({ ...r.self, mention: m });
  });
  for (const n of names.values()) {
    n.known =
      n.words.some((w) => c.authority.has(w)) || c.known.some((k) => n.words[0] === k[0] && sameOrganisation(k, n.words));
  }
  // A title alone could be a heading word ("Global Privacy Policy"): the name must stand elsewhere too.
  for (const n of names.values()) if (n.mentions.length < 2 && !n.mentions[0].legalForm) n.self = n.self.filter((s) => s.kind !== 'title');
  // Defined terms: "WINT" is another name of Weston International Ltd.
  for (const d of definedTerms) {
    for (const t of d.terms) {
      if (t.pronoun) continue;
      const k = normaliseOrgName(t.text, doc.language).key;
      const n = names.get(k);
      if (n && k !== d.name.key && !n.aliasOf) n.aliasOf = d.name.key;
    }
  }
  const analysis: OrganisationAnalysis = { mentions, names, definedTerms };
  analysis.controller = resolveController(doc, analysis);
  cache.set(doc, analysis);
  return analysis;
}

const cache = new WeakMap<PolicyDocument, OrganisationAnalysis>();

// ---- the controller -------------------------------------------------------------------------

function resolveVariables(doc: PolicyDocument, s: string): string {
  return s.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (all, name: string) => doc.frontMatter.variables[name] ?? all);
}

function termsOf(d: DefinedTerm): string[] {
  return d.terms.filter((t) => !t.pronoun).map((t) => t.text);
}

function quotedPronoun(d: DefinedTerm): string {
  return d.terms.find((t) => t.pronoun)?.text ?? 'we';
}

function resolveController(doc: PolicyDocument, a: OrganisationAnalysis): ControllerInfo | undefined {
  const policy = doc.frontMatter.policy;
  const declared = policy.controller ? resolveVariables(doc, policy.controller).trim() : '';
  if (declared && !/\{\{/.test(declared)) {
    const words = normaliseOrgName(declared, doc.language).words;
    const aliases = (policy.aliases ?? []).map((x) => resolveVariables(doc, x).trim()).filter(Boolean);
    // The text's own defined term for the declared controller adds its short names.
    for (const d of a.definedTerms) if (sameOrganisation(d.name.words, words)) aliases.push(...d.also.map((m) => m.name), ...termsOf(d));
    return { name: declared, aliases: [...new Set(aliases)], source: 'front-matter', span: doc.frontMatter.span, how: 'declared in the front matter' };
  }
  const self = a.definedTerms.find((d) => d.self);
  if (self) {
    const aliases = [...self.also.map((m) => m.name), ...termsOf(self)];
    return { name: self.name.name, aliases, source: 'defined-term', span: self.name.span, how: `defined in the text as “${quotedPronoun(self)}”` };
  }
  const withDefined = (n: OrgName) => a.definedTerms.filter((d) => d.name.key === n.key).flatMap(termsOf);
  // "This is the privacy policy of Acme Ltd", or a title "Acme Privacy Policy".
  let first: SelfUse | undefined;
  for (const n of a.names.values())
    for (const s of n.self)
      if ((s.kind === 'policy-of' || s.kind === 'title') && (!first || s.mention.span.start < first.mention.span.start)) first = s;
  if (first) {
    const n = a.names.get(first.mention.key)!;
    const how = first.kind === 'title' ? 'named in the title' : 'named as the organisation whose policy this is';
    return { name: preferredName(n), aliases: withDefined(n), source: first.kind as ControllerSource, span: first.mention.span, how };
  }
  return byScore(a, withDefined);
}

/** The fullest spelling of a name: with its legal form when the text gives one. */
function preferredName(n: OrgName): string {
  return (n.mentions.find((m) => m.legalForm) ?? n.mentions[0]).name;
}

/**
 * No declaration, no defined term, no "privacy policy of": the name the text uses most as itself,
 * weighing statements of identity, self-describing sentences, mentions and which comes first.
 * Undecided (none, or no clear winner) gives undefined: a guess is not a controller.
 */
function byScore(a: OrganisationAnalysis, withDefined: (n: OrgName) => string[]): ControllerInfo | undefined {
  const candidates = [...a.names.values()].filter((n) => n.self.length && !n.known && (!n.mentions[0].acronym || n.self.some((s) => s.strong)));
  if (!candidates.length) return undefined;
  // One organisation may be written several ways ("Acme", "Acme Widgets Ltd"): score them together.
  const clusters: OrgName[][] = [];
  for (const n of candidates) {
    const cl = clusters.find((c) => c.some((m) => sameOrganisation(m.words, n.words)));
    if (cl) cl.push(n);
    else clusters.push([n]);
  }
  let firstSelf: SelfUse | undefined;
  for (const n of candidates) for (const s of n.self) if (!firstSelf || s.mention.span.start < firstSelf.mention.span.start) firstSelf = s;
  const scored = clusters
    .map((cl) => {
      const uses = cl.flatMap((n) => n.self);
      const strong = uses.filter((s) => s.strong).length;
      const mentions = cl.reduce((k, n) => k + n.mentions.length, 0);
      let score = strong * 3 + (uses.length - strong) + mentions * 0.5;
      if (firstSelf && cl.some((n) => n.key === firstSelf!.mention.key)) score += 4;
      return { cl, score, strong, uses: uses.length };
    })
    .sort((x, y) => y.score - x.score);
  const best = scored[0];
  if (!best.strong && best.uses < 2) return undefined;
  if (scored.length > 1 && best.score < scored[1].score * 1.5) return undefined;
  // The cluster's name with the most mentions stands for it.
  const main = [...best.cl].sort((x, y) => y.mentions.length - x.mentions.length || x.mentions[0].span.start - y.mentions[0].span.start)[0];
  const withForm = best.cl.find((n) => n.mentions.some((m) => m.legalForm));
  const n = withForm && sameOrganisation(withForm.words, main.words) ? withForm : main;
  const firstUse = best.cl.flatMap((x) => x.self).sort((x, y) => x.mention.span.start - y.mention.span.start)[0];
  const aliases = best.cl.filter((x) => x !== n).map((x) => x.display);
  return {
    name: preferredName(n),
    aliases: [...new Set([...aliases, ...best.cl.flatMap(withDefined)])],
    source: 'self-reference',
    span: firstUse.mention.span,
    how: 'the name the policy mostly uses for itself',
  };
}

/** Who the policy speaks for: declared in the front matter, or inferred from the text (and where). */
export function inferController(doc: PolicyDocument): ControllerInfo | undefined {
  return analyseOrganisations(doc).controller;
}

/** The normalised word lists of the controller and its aliases (pronouns excluded). */
export function controllerWords(doc: PolicyDocument, controller: ControllerInfo): string[][] {
  return [controller.name, ...controller.aliases].map((x) => normaliseOrgName(x, doc.language).words).filter((w) => w.length);
}
