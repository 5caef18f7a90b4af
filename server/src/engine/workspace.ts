// Policies as a set: what one checked policy says that can be compared with its siblings (a
// summary, small enough to cross from a worker thread), and which policies belong together
// (families: an original and its translations, older versions). Pure: paths are strings the host
// gives; nothing here reads a file. The set-level rules (set-rule.ts) read the summaries.
import { rememberFor, type TextMemo } from './memo.js';
import type { Block, PolicyDocument } from './document.js';
import type { Coverage, CoverageStatus, Range } from './types.js';
import { analyseOrganisations, controllerWords, normaliseOrgName, sameOrganisation } from './organisation.js';
import { EMAIL, PHONE, phoneKey } from './rules/contact-mismatch.js';
import { POSTCODES } from './address.js';
import { proseBlocks } from './cues.js';
import { valueWords } from './values.js';
import { LANGUAGES } from './data.js';
import { blockSpan } from './document.js';
import { disabledRegions, type Region } from './disables.js';
import { ownProducts, productKey } from './product.js';

export type ValueKind = 'period' | 'email' | 'phone' | 'postcode' | 'date' | 'web';

/** A value that reads the same in every language: "6 maanden" and "6 months" have one key. */
export interface PolicyValue {
  kind: ValueKind;
  /** Normalised: "period:6mo", "email:dpo@acme.example", "phone:02079460000", "date:2024-03-01". */
  key: string;
  text: string;
  range: Range;
}

export interface RequirementSummary {
  requirement: string;
  status: CoverageStatus;
  /** The first sentence that gives it, for related information in the other file. */
  evidence?: { range: Range; text: string };
  /** Values in the sentences that give it. */
  values: PolicyValue[];
}

/** An organisation name the policy mentions that is not its own controller's. */
export interface NameSummary {
  words: string[];
  display: string;
  ranges: Range[];
  /** Used as the policy's own name somewhere ("X collects ..."). */
  self: boolean;
  /** Named only as someone else (a processor, a recipient). */
  thirdParty: boolean;
}

/**
 * An e-mail address, web address, phone number or postcode anywhere in the policy, with what
 * stands beside it. Postcodes are an address that a translation may change (translation-drift)
 * or another client's policy may keep (contact-mismatch across policies).
 */
export interface ContactSummary {
  kind: 'email' | 'web' | 'phone' | 'postcode';
  key: string;
  text: string;
  range: Range;
  /** For e-mail and web addresses: the domain, lower case, without "www.". */
  domain?: string;
  /**
   * For a postcode: the house number written before it in its address ("9" of "9 Mill Lane, Leeds
   * LS1 5AB"), if any. A postcode covers a street or a building: two clients may share one.
   */
  house?: string;
  /** Domains of the e-mail and web addresses in the same paragraph. */
  nearDomains: string[];
  /** The paragraph names the policy's own controller. */
  nearOwn: boolean;
}

export interface PolicySummary {
  language: string;
  declared: { translationOf?: string; family?: string; supersedes?: string };
  controller?: { name: string; words: string[][]; range?: Range };
  /** The product the policy is for (declared, or named in its title): its names, their keys (`productKey`), and where the first is named. */
  product?: { names: string[]; keys: string[]; range?: Range };
  requirements: RequirementSummary[];
  names: NameSummary[];
  contacts: ContactSummary[];
  /** Where `policywright-disable` comments silence rules: set findings obey them too. */
  disabled?: Region[];
}

// ---- values ----------------------------------------------------------------------------------

const WEB = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'”“]+/giu;

/** The domain of an e-mail address or URL: lower case, without "www." and a path. */
export function domainOf(s: string): string {
  const at = s.lastIndexOf('@');
  const host = at >= 0 ? s.slice(at + 1) : s.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0];
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

const EMAIL_AT = new RegExp(EMAIL.source, 'gu');
/** What every date valuesIn reads has (its year), and every date, postcode and phone number (a digit). */
const YEAR = /\d{4}/;
const DIGIT = /\d/;
/** Values in the order of their places. */
const byPlace = (a: PolicyValue, b: PolicyValue) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/**
 * E-mail addresses, found around each "@": EMAIL run over a whole paragraph tries every start
 * position and reads to the end of a long run of letters from each (a 2 MB line would take hours).
 */
function emailsIn(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let last = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const from = Math.max(0, at - 64, last);
    const window = text.slice(from, at + 256);
    for (const m of window.matchAll(EMAIL_AT)) {
      const index = from + m.index!;
      if (index <= at && index + m[0].length > at) {
        // Its local part may start before the window: then it is longer than an address can be.
        if (index > 0 && from === index && /[\p{L}\p{N}._%+-]/u.test(text[index - 1]) && from !== last) break;
        out.push({ index, text: m[0] });
        last = index + m[0].length;
        break;
      }
    }
  }
  return out;
}

/** Every comparable value in a stretch of text; `at` turns an offset in it into a range. */
export function valuesIn(text: string, language: string, at: (from: number, to: number) => Range): PolicyValue[] {
  const w = valueWords(language);
  const out: PolicyValue[] = [];
  // Characters already read as a value (a phone number inside a date is not one).
  const taken = new Uint8Array(text.length);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  const add = (kind: ValueKind, key: string, index: number, raw: string) => {
    taken.fill(1, index, index + raw.length);
    out.push({ kind, key: `${kind}:${key}`, text: raw, range: at(index, index + raw.length) });
  };
  for (const m of emailsIn(text)) add('email', m.text.toLowerCase(), m.index, m.text);
  for (const m of text.matchAll(WEB)) if (free(m.index!, m.index! + m[0].length)) add('web', domainOf(m[0].replace(/[.,;:]+$/, '')), m.index!, m[0].replace(/[.,;:]+$/, ''));
  // Each search below only where the text has what every match of it has (a text without a digit
  // holds no date, postcode or phone number; one without a unit word no period): most paragraphs
  // have neither, and the expressions are tried at every character.
  const digits = DIGIT.test(text);
  if (digits && YEAR.test(text))
    for (const m of text.matchAll(w.date)) {
      let y: string, mo: number, d: number;
      if (m[1]) [y, mo, d] = [m[1], +m[2], +m[3]];
      else if (m[5]) [y, mo, d] = [m[6], w.months.get(m[5].toLowerCase()) ?? 0, +m[4]];
      else [y, mo, d] = [m[9], w.months.get(m[7].toLowerCase()) ?? 0, +m[8]];
      if (!mo || d < 1 || d > 31) continue;
      add('date', `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, m.index!, m[0]);
    }
  if (w.periodGate.test(text))
    for (const m of text.matchAll(w.period)) {
      if (!free(m.index!, m.index! + m[0].length)) continue;
      const n = /^\d/.test(m[1]) ? Number(m[1]) : w.numbers.get(m[1].toLowerCase().replace(/\s+/g, ' '));
      const unit = w.units.get(m[2].toLowerCase().replace(/\s+/g, ' '));
      if (n === undefined || !unit) continue;
      // One year is twelve months, one week seven days: compare in months or in days.
      const key = unit === 'year' ? `${n * 12}mo` : unit === 'month' ? `${n}mo` : unit === 'week' ? `${n * 7}d` : `${n}d`;
      add('period', key, m.index!, m[0]);
    }
  if (!digits) return out.sort(byPlace);
  for (const re of POSTCODES)
    for (const m of text.matchAll(re)) {
      const code = /^[\dA-Z\s]+/.exec(m[0])![0].trim();
      if (free(m.index!, m.index! + code.length)) add('postcode', code.replace(/\s+/g, '').toUpperCase(), m.index!, code);
    }
  for (const m of text.matchAll(PHONE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const key = phoneKey(m[0]);
    if (key) add('phone', key, m.index!, m[0]);
  }
  return out.sort(byPlace);
}

/**
 * Values of one kind that differ between two statements of the same item: for each kind both
 * give, the values of `b` that `a` does not give (and those of `a` that `b` dropped). A kind only
 * one of them gives is no difference of value; nor is a value added beside shared ones.
 */
export function valueChanges(a: PolicyValue[], b: PolicyValue[]): { kind: ValueKind; before: PolicyValue[]; after: PolicyValue[]; all: PolicyValue[] }[] {
  const out: { kind: ValueKind; before: PolicyValue[]; after: PolicyValue[]; all: PolicyValue[] }[] = [];
  for (const kind of new Set(a.map((v) => v.kind))) {
    const x = a.filter((v) => v.kind === kind);
    const y = b.filter((v) => v.kind === kind);
    if (!y.length) continue;
    const before = x.filter((v) => !y.some((w) => w.key === v.key));
    const after = y.filter((v) => !x.some((w) => w.key === v.key));
    if (!after.length || (!before.length && after.length < y.length)) continue;
    out.push({ kind, before, after, all: x });
  }
  return out;
}

// ---- one policy's summary ----------------------------------------------------------------------

const blockValueMemo: TextMemo<string, PolicyValue[]> = new Map();
/**
 * A paragraph's values, remembered by its text, so an edit re-reads only what it changed. Their
 * ranges are offsets in the text, as characters of line 0 (the block's place is not remembered).
 */
function blockValues(text: string, language: string): PolicyValue[] {
  return rememberFor(blockValueMemo, text, language, () => valuesIn(text, language, (from, to) => ({ start: { line: 0, character: from }, end: { line: 0, character: to } })));
}

/** What the front matter declares of the policy's family (translationOf, family, supersedes). */
export function declaredOf(doc: PolicyDocument): PolicySummary['declared'] {
  const fm = doc.frontMatter.policy;
  return { ...(fm.translationOf ? { translationOf: fm.translationOf } : {}), ...(fm.family ? { family: fm.family } : {}), ...(fm.supersedes ? { supersedes: fm.supersedes } : {}) };
}

/**
 * Whether a block names the controller: one of its name's words (normalised, four letters or
 * more) stands there as a whole word written as a name is, with a capital. "Green Data Ltd" is not
 * named by "personal data" nor by "update", words that stand beside any regulator's address.
 */
function namesOwn(text: string, ownWords: Set<string>): boolean {
  if (!ownWords.size) return false;
  for (const m of text.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
    const w = m[0];
    if (w[0] !== w[0].toLowerCase() && ownWords.has(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) return true;
  }
  return false;
}

/**
 * The last house number (digits, a letter after them) in the address before a postcode at `at`:
 * within 60 characters, after the block's other values (a phone number's last digits are none).
 */
function houseBefore(text: string, at: number, values: PolicyValue[]): { house?: string } {
  let from = Math.max(0, at - 60);
  for (const v of values) if (v.range.end.character <= at) from = Math.max(from, v.range.end.character);
  let house: string | undefined;
  for (const m of text.slice(from, at).matchAll(/(?<![\p{L}\p{N}])(\d{1,5}(?:\s?[a-z])?)(?![\p{L}\p{N}])/giu)) house = m[1].replace(/\s/g, '').toLowerCase();
  return house ? { house } : {};
}

/** What the set-level rules need of one checked policy. Cheap: it reads what the check computed. */
export function summarisePolicy(doc: PolicyDocument, coverage: Coverage[]): PolicySummary {
  const range = (from: number, to: number) => doc.lines.range({ start: from, end: to });
  const requirements: RequirementSummary[] = [];
  const seen = new Set<string>();
  for (const c of coverage) {
    if (seen.has(c.requirement)) continue;
    seen.add(c.requirement);
    const values: PolicyValue[] = [];
    for (const e of c.evidence) {
      const start = doc.lines.offsetAt(e.range.start);
      const end = doc.lines.offsetAt(e.range.end);
      const source = doc.text.slice(start, end);
      // Evidence of a hard-wrapped sentence is folded; its values are found in the source itself.
      values.push(...valuesIn(source, doc.language, (a, b) => range(start + a, start + b)));
    }
    requirements.push({ requirement: c.requirement, status: c.status, ...(c.evidence[0] ? { evidence: { range: c.evidence[0].range, text: c.evidence[0].text } } : {}), values });
  }

  const analysis = analyseOrganisations(doc);
  const controller = analysis.controller;
  const own = controller ? controllerWords(doc, controller) : [];
  const isOwn = (words: string[]) => own.some((w) => sameOrganisation(w, words));
  const names: NameSummary[] = [];
  for (const n of analysis.names.values()) {
    if (n.known || isOwn(n.words) || n.aliasOf || !n.words.length) continue;
    names.push({ words: n.words, display: n.display, ranges: n.mentions.map((m) => doc.lines.range(m.span)), self: n.self.length > 0, thirdParty: n.thirdParty > 0 && n.self.length === 0 });
  }

  const contacts: ContactSummary[] = [];
  const ownWords = new Set(own.flat().filter((w) => w.length >= 4));
  // Where a block names an authority or a well-known service, a number or postcode after that name
  // is its (the regulator's address after "complain to the ICO"), unless the controller's own name
  // stands between them.
  const knownEnds = new Map<Block, number[]>();
  for (const n of analysis.names.values()) {
    if (!n.known) continue;
    for (const m of n.mentions) knownEnds.set(m.block, [...(knownEnds.get(m.block) ?? []), m.to]);
  }
  for (const b of proseBlocks(doc)) {
    const found = blockValues(b.text, doc.language);
    if (!found.length) continue;
    const nearOwn = namesOwn(b.text, ownWords);
    const known = knownEnds.get(b) ?? [];
    // The start of what stands beside a value at `at`: after the last authority or service named before it.
    const sinceKnown = (at: number): number => Math.max(-1, ...known.filter((to) => to <= at));
    const relevant = found.filter((v) => v.kind === 'email' || v.kind === 'web' || v.kind === 'phone' || v.kind === 'postcode');
    // The domains of the e-mail and web addresses that start in [from, to) of the block.
    const domainsIn = (from: number, to: number) => [...new Set(relevant.filter((w) => (w.kind === 'email' || w.kind === 'web') && w.range.start.character >= from && w.range.start.character < to).map((w) => domainOf(w.text)))];
    const nearDomains = domainsIn(0, Infinity);
    for (const v of relevant) {
      // A block's values are remembered with their offsets in the block's text (blockValues).
      const i = v.range.start.character;
      const since = sinceKnown(i);
      contacts.push({
        kind: v.kind as ContactSummary['kind'],
        key: v.key,
        text: v.text,
        range: doc.lines.range(blockSpan(b, i, i + v.text.length)),
        ...(v.kind === 'email' || v.kind === 'web' ? { domain: domainOf(v.text) } : {}),
        ...(v.kind === 'postcode' ? houseBefore(b.text, i, found) : {}),
        ...((v.kind === 'phone' || v.kind === 'postcode') && since >= 0
          ? { nearDomains: domainsIn(since, i), nearOwn: namesOwn(b.text.slice(since, i), ownWords) }
          : { nearDomains, nearOwn }),
      });
    }
  }

  const disabled = disabledRegions(doc);
  const products = ownProducts(doc);
  const productKeys = products.names.map((n) => productKey(n, doc.language)).filter(Boolean);
  return {
    language: doc.language,
    declared: declaredOf(doc),
    ...(controller ? { controller: { name: controller.name, words: own, ...controllerPlace(doc, controller.name, controller.span) } } : {}),
    ...(productKeys.length ? { product: { names: products.names, keys: productKeys, ...controllerPlace(doc, products.names[0], undefined) } } : {}),
    requirements,
    names,
    contacts,
    ...(disabled.length ? { disabled } : {}),
  };
}

/** Where the controller is named: where it was found, else (declared) its first place in the file. */
function controllerPlace(doc: PolicyDocument, name: string, span: { start: number; end: number } | undefined): { range?: Range } {
  if (span) return { range: doc.lines.range(span) };
  const at = doc.text.indexOf(name);
  return at >= 0 ? { range: doc.lines.range({ start: at, end: at + name.length }) } : {};
}

// ---- families --------------------------------------------------------------------------------

export type MemberRole = 'original' | 'translation' | 'older' | 'member';

export interface FamilyMember {
  path: string;
  role: MemberRole;
  language: string;
}

export interface Family {
  /** The declared family name, or the shared stem ("docs/privacy"). */
  id: string;
  how: 'declared' | 'inferred';
  /** The original: the file the others translate or replace. */
  original: string;
  members: FamilyMember[];
}

export interface SetEntry {
  path: string;
  summary: PolicySummary;
}

/** Language codes a file name may carry ("privacy.nl.md", "privacy-de.md", "privacy_fr.md"). */
const LANGUAGE_CODES = new Set(['en', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'da', 'sv', 'no', 'nb', 'fi', 'pl', 'cs', 'el', 'hu', 'ro', 'ja', 'zh', 'ko', 'ru', 'tr']);
const VERSION_PART = /^(?:(?:19|20)\d\d(?:[-_.]\d\d){0,2}|v\d+|old|previous|archive[d]?)$/i;

const slashes = (p: string) => p.replace(/\\/g, '/');
const dirOf = (p: string) => (slashes(p).includes('/') ? slashes(p).slice(0, slashes(p).lastIndexOf('/')) : '');

/** `./privacy.md` against `docs/privacy.nl.md` → `docs/privacy.md`. */
export function resolveRelative(from: string, target: string): string {
  // A URI keeps its scheme and authority: file:///a/privacy.nl.md → file:///a/privacy.md.
  const uri = /^([a-z][\w+.-]*:\/\/[^/]*)(\/.*)$/i.exec(slashes(from));
  if (uri && !/^[a-z][\w+.-]*:/i.test(target)) return uri[1] + resolveRelative(uri[2], target);
  const parts = (slashes(target).startsWith('/') ? [] : dirOf(from).split('/').filter(Boolean)).concat(slashes(target).split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(p);
  }
  return (slashes(target).startsWith('/') || slashes(from).startsWith('/') ? '/' : '') + out.join('/');
}

/** A file name's stem and its language or version part: `privacy-de.md` → privacy, de. */
export function nameParts(path: string): { stem: string; language?: string; version?: string } {
  const base = slashes(path).split('/').pop()!.replace(/\.(?:md|markdown|txt|text)$/i, '').replace(/\.policy$/i, '');
  const m = /^(.+?)[._-]([^._-]+)$/.exec(base);
  const dir = dirOf(path);
  const key = (s: string) => `${dir ? dir + '/' : ''}${s.toLowerCase()}`;
  if (m && LANGUAGE_CODES.has(m[2].toLowerCase())) return { stem: key(m[1]), language: m[2].toLowerCase() };
  // privacy-2023.md, privacy-2023-05.md, privacy-v2.md
  const v = /^(.+?)[._-]((?:19|20)\d\d(?:[-_.]\d\d){0,2}|v\d+|old|previous|archived?)$/i.exec(base);
  if (v && VERSION_PART.test(v[2])) return { stem: key(v[1]), version: v[2] };
  return { stem: key(base) };
}

/**
 * Which policies belong together: declared (`policy.translationOf`, `policy.family`,
 * `policy.supersedes`) or inferred from file names (one stem with a language or a version part)
 * or from one controller in one folder speaking a different language in each policy.
 * Linear in the number of policies. A policy alone is in no family.
 */
export function findFamilies(entries: SetEntry[]): Family[] {
  const index = new Map(entries.map((e, i) => [slashes(e.path), i]));
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const declaredOriginal = new Map<number, number>();
  const older = new Set<number>();
  const declared = new Set<number>();
  const byFamily = new Map<string, number>();
  const byStem = new Map<string, number>();
  const byController = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const d = e.summary.declared;
    if (d.translationOf) {
      const j = index.get(resolveRelative(e.path, d.translationOf));
      if (j !== undefined && j !== i) {
        union(i, j);
        declaredOriginal.set(i, j);
        declared.add(i);
      }
    }
    if (d.supersedes) {
      const j = index.get(resolveRelative(e.path, d.supersedes));
      if (j !== undefined && j !== i) {
        union(i, j);
        older.add(j);
        declared.add(i);
      }
    }
    if (d.family) {
      const k = byFamily.get(d.family);
      if (k === undefined) byFamily.set(d.family, i);
      else union(i, k);
      declared.add(i);
    }
    const { stem } = nameParts(e.path);
    const k = byStem.get(stem);
    if (k === undefined) byStem.set(stem, i);
    else union(i, k);
    const own = e.summary.controller?.words[0];
    if (own?.length) {
      const key = `${dirOf(e.path)}\0${own.join(' ')}`;
      const same = byController.get(key);
      if (same) same.push(i);
      else byController.set(key, [i]);
    }
  });
  // The same controller in one folder, each policy in another language: translations of one
  // policy under names that share nothing (privacy.md, privacyverklaring.md). Two policies of one
  // controller in one language (an app's and a website's) are not translations: no family.
  for (const list of byController.values()) {
    if (list.length < 2) continue;
    const languages = new Set(list.map((i) => entries[i].summary.language));
    if (languages.size === list.length) for (const i of list.slice(1)) union(i, list[0]);
  }
  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const list = groups.get(find(i));
    if (list) list.push(i);
    else groups.set(find(i), [i]);
  });
  const families: Family[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const parts = list.map((i) => nameParts(entries[i].path));
    for (let k = 0; k < list.length; k++) if (parts[k].version) older.add(list[k]);
    // The original: the one the others name, else the current one without a language part, else English.
    const named = list.map((i) => declaredOriginal.get(i)).find((j) => j !== undefined);
    const current = list.filter((i) => !older.has(i));
    // Without a language part in any name (a family by controller), the name says nothing.
    const byName = parts.some((p) => p.language);
    const original =
      named ??
      current.find((i) => byName && !parts[list.indexOf(i)].language && !declaredOriginal.has(i)) ??
      current.find((i) => entries[i].summary.language === 'en') ??
      current[0] ??
      list[0];
    const origLang = entries[original].summary.language;
    const members = list.map((i) => ({
      path: entries[i].path,
      language: entries[i].summary.language,
      role: (i === original ? 'original' : older.has(i) ? 'older' : entries[i].summary.language !== origLang || declaredOriginal.has(i) ? 'translation' : 'member') as MemberRole,
    }));
    const familyName = list.map((i) => entries[i].summary.declared.family).find(Boolean);
    families.push({ id: familyName ?? nameParts(entries[original].path).stem, how: list.some((i) => declared.has(i)) ? 'declared' : 'inferred', original: entries[original].path, members });
  }
  return families;
}

/** The language's own name, for messages ("Nederlands"), else its code. */
export function languageName(code: string): string {
  const names: Record<string, string> = { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' };
  return names[code] ?? (LANGUAGES[code]?.name as string | undefined) ?? code;
}

/** Normalised words of a name, for the set-level comparison of organisations. */
export function orgWords(name: string, language: string): string[] {
  return normaliseOrgName(name, language).words;
}
