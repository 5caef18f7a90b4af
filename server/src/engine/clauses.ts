// The clause library: vetted Markdown clauses, one per requirement and language, that a quick fix
// inserts where the missing item belongs. Built-in clauses come from clauses/<lang>/*.md (embedded
// at build time); a host passes the text of the user's own library folders, which win.
import YAML from 'yaml';
import { flat } from './memo.js';
import { toMachineCode } from './text.js';
import { builtinClauses } from '../generated/data.js';
import { LANGUAGES, PROFILES } from './data.js';
import type { Block, PolicyDocument, Section } from './document.js';
import type { ClauseSource, Span, SpanFix } from './types.js';

export interface ClauseVariable {
  description: string;
  example?: string;
}

export interface Clause {
  id: string;
  /** Requirement ids the clause satisfies; the first is the one it is filed under. */
  requirements: string[];
  /**
   * For an element clause: the element of its requirement it gives (a profile's `elements` id,
   * e.g. `period` of `retention`). It is a sentence or two without a heading, inserted beside a
   * statement that addresses the item but leaves that element out.
   */
  element?: string;
  /**
   * For a clause variant: the answer it stands for (`used` for automated decisions that are made,
   * `none` for a site without cookies). Quick fixes never pick a variant; the questionnaire of
   * `policywright new` does (`server/data/questions.yaml`).
   */
  variant?: string;
  profiles: string[];
  language: string;
  title: string;
  /** The section heading inserted with the clause. */
  heading: string;
  variables: Record<string, ClauseVariable>;
  /** Words or phrases in a section heading that show a section is about this item (for placing clauses). */
  matches: string[];
  /** Markdown with `{{placeholders}}`, ending in one line break. */
  body: string;
  /** Where the clause came from: `builtin:en/retention.md` or the path a host gave. */
  source: string;
  builtin: boolean;
}

export type { ClauseSource } from './types.js';

/**
 * Variables a clause may use without declaring them: they name the policy itself and are filled
 * from the front matter (`policy.controller`, `policy.last-updated`) or are defined once per policy.
 */
export const STANDARD_VARIABLES: Record<string, ClauseVariable> = {
  controller: { description: 'the legal name of the organisation responsible for the data (policy.controller)', example: 'Larkspur Cycles Ltd' },
  contact_email: { description: 'the email address for privacy questions and requests', example: 'privacy@larkspurcycles.co.uk' },
  postal_address: { description: 'the postal address for privacy questions and requests', example: '14 Mill Lane, Harrogate HG1 2AB' },
  website: { description: 'the address of your website', example: 'www.larkspurcycles.co.uk' },
  last_updated: { description: 'the date this policy was last changed (policy.last-updated)', example: '1 March 2026' },
};

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Variable names a text uses, in order of first use. */
export function usedVariables(body: string): string[] {
  const seen: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) if (!seen.includes(m[1])) seen.push(m[1]);
  return seen;
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** `frontMatter`: the front matter already parsed (built-in clauses are parsed at build time). */
export function parseClause(source: string, origin: string, frontMatter?: unknown): Clause | { error: string } {
  const m = FRONT.exec(source);
  if (!m) return { error: `${origin}: a clause starts with YAML front matter between two \`---\` lines` };
  let data = frontMatter as Record<string, unknown> | null | undefined;
  if (data === undefined) {
    const ydoc = YAML.parseDocument(m[1]);
    if (ydoc.errors.length) return { error: `${origin}: front matter is not valid YAML: ${ydoc.errors[0].message.split('\n')[0]}` };
    data = ydoc.toJS() as Record<string, unknown> | null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: `${origin}: front matter must be a mapping` };
  const str = (k: string): string | undefined => (typeof data[k] === 'string' && (data[k] as string).trim() ? (data[k] as string).trim() : undefined);
  const list = (k: string): string[] | undefined => {
    const v = data[k];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return v as string[];
    return undefined;
  };
  const id = str('id');
  const requirements = list('requirements');
  const profiles = list('profiles');
  const language = str('language')?.toLowerCase();
  const title = str('title');
  for (const [k, v] of Object.entries({ id, requirements, profiles, language, title })) {
    if (v === undefined) return { error: `${origin}: front matter needs \`${k}\`${k === 'requirements' || k === 'profiles' ? ' (a list)' : ''}` };
  }
  const variables: Record<string, ClauseVariable> = {};
  const vars = data.variables;
  if (vars !== undefined && vars !== null) {
    if (typeof vars !== 'object' || Array.isArray(vars)) return { error: `${origin}: \`variables\` must map names to { description, example }` };
    for (const [name, v] of Object.entries(vars as Record<string, unknown>)) {
      if (typeof v === 'string') variables[name] = { description: v };
      else if (v && typeof v === 'object' && typeof (v as ClauseVariable).description === 'string') {
        const cv = v as ClauseVariable;
        variables[name] = { description: cv.description, ...(cv.example !== undefined ? { example: String(cv.example) } : {}) };
      } else return { error: `${origin}: variable \`${name}\` needs a description` };
    }
  }
  const body = source.slice(m[0].length).replace(/^\s*\n/, '').trimEnd() + '\n';
  if (!body.trim()) return { error: `${origin}: the clause has no text after its front matter` };
  const element = str('element');
  if (data.element !== undefined && !element) return { error: `${origin}: \`element\` must name one element of the requirement (a string)` };
  const variant = str('variant');
  if (data.variant !== undefined && !variant) return { error: `${origin}: \`variant\` must name the answer the clause stands for (a string)` };
  return {
    id: id!,
    requirements: requirements!,
    ...(element ? { element } : {}),
    ...(variant ? { variant } : {}),
    profiles: profiles!,
    language: language!,
    title: title!,
    heading: str('heading') ?? title!,
    variables,
    matches: list('matches') ?? [],
    body,
    source: origin,
    builtin: origin.startsWith('builtin:'),
  };
}

/** What is wrong with a clause as written: placeholders it does not declare, declarations it does not use. */
export function clauseProblems(clause: Clause): string[] {
  const used = usedVariables(clause.body + '\n' + clause.heading);
  const out: string[] = [];
  for (const v of used) if (!(v in clause.variables) && !(v in STANDARD_VARIABLES)) out.push(`${clause.id}: uses {{${v}}} but does not declare it under variables`);
  for (const v of Object.keys(clause.variables)) if (!used.includes(v)) out.push(`${clause.id}: declares ${v} but does not use it`);
  // Names the profile data does not know would make the clause unreachable.
  const profiles = Object.values(PROFILES);
  for (const p of clause.profiles) if (profiles.length && !PROFILES[p]) out.push(`${clause.id}: unknown profile ${p} (known: ${Object.keys(PROFILES).join(', ')})`);
  const known = profiles.filter((p) => clause.profiles.includes(p.id));
  for (const r of clause.requirements) {
    if (known.length && !known.some((p) => p.requirements.some((x) => x.id === r))) out.push(`${clause.id}: ${r} is not a requirement of ${clause.profiles.join(' or ')}`);
  }
  if (clause.element && known.length) {
    const r = clause.requirements[0];
    const elements = known.flatMap((p) => p.requirements.find((x) => x.id === r)?.elements ?? []);
    if (!elements.some((e) => e.id === clause.element)) out.push(`${clause.id}: ${r} has no element ${clause.element} under ${clause.profiles.join(' or ')}`);
  }
  return out;
}

export class ClauseLibrary {
  /** Highest priority first: the host's clauses in the order given, then the built-in ones. */
  readonly clauses: Clause[] = [];
  /** Clauses that could not be read (user folders); the adapter shows them. */
  readonly errors: { origin: string; message: string }[] = [];

  constructor(extra: ClauseSource[] = [], includeBuiltin = true) {
    const add = (s: ClauseSource, frontMatter?: unknown) => {
      const c = parseClause(s.source, s.origin, frontMatter);
      if ('error' in c) this.errors.push({ origin: s.origin, message: c.error });
      else if (!this.clauses.some((x) => x.id === c.id)) this.clauses.push(c);
    };
    for (const s of extra) add(s);
    if (includeBuiltin) for (const b of builtinClauses()) add({ source: b.source, origin: `builtin:${b.file}` }, b.frontMatter);
  }

  /**
   * The clause for a requirement in a language under a profile. The user's clauses come first;
   * within one origin a clause filed under the requirement beats one that also covers it, and a
   * clause for fewer profiles beats a general one. Falls back to English.
   */
  find(requirement: string, language: string, profile: string): Clause | undefined {
    return this.pick(requirement, undefined, language, profile);
  }

  /**
   * The element clause that gives one element of a requirement (`retention` + `period`), chosen
   * as `find` chooses: the user's first, fewer profiles first, English as the fallback.
   */
  findElement(requirement: string, element: string, language: string, profile: string): Clause | undefined {
    return this.pick(requirement, element, language, profile);
  }

  /** A variant of a requirement's clause (`automated-decision-making` + `used`), chosen as `find` chooses. */
  findVariant(requirement: string, variant: string, language: string, profile: string): Clause | undefined {
    return this.pick(requirement, undefined, language, profile, variant);
  }

  /** A whole-item clause (element undefined) or an element clause, by the ranking `find` describes. */
  private pick(requirement: string, element: string | undefined, language: string, profile: string, variant?: string): Clause | undefined {
    // Lower ranks win, compared in order: user before built-in, filed under the requirement,
    // fewer profiles, then the order the host gave.
    const rank = (c: Clause, order: number) => [c.builtin ? 1 : 0, c.requirements[0] === requirement ? 0 : 1, c.profiles.length, order];
    const better = (a: number[], b: number[]) => {
      const i = a.findIndex((x, k) => x !== b[k]);
      return i >= 0 && a[i] < b[i];
    };
    const pick = (lang: string) => {
      let best: { c: Clause; r: number[] } | undefined;
      this.clauses.forEach((c, order) => {
        if (c.language !== lang || c.element !== element || c.variant !== variant || !c.requirements.includes(requirement) || !c.profiles.includes(profile)) return;
        const r = rank(c, order);
        if (!best || better(r, best.r)) best = { c, r };
      });
      return best?.c;
    };
    return pick(language.toLowerCase()) ?? (language.toLowerCase() === 'en' ? undefined : pick('en'));
  }

  all(language?: string): Clause[] {
    return language ? this.clauses.filter((c) => c.language === language.toLowerCase()) : [...this.clauses];
  }
}

// ---- turning a clause into text -------------------------------------------------------------

export interface ClauseTextOptions {
  /** Put the clause's heading above it (default true). */
  includeHeading?: boolean;
  /** Markdown heading level, 1-6 (default 2). */
  headingDepth?: number;
}

/** Escape literal text for VS Code's snippet syntax: `$`, `}` and `\` are special. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => '\\' + c);
}

function withHeading(body: string, heading: string, opts: ClauseTextOptions): string {
  if (opts.includeHeading === false) return body;
  const depth = Math.min(6, Math.max(1, Math.round(opts.headingDepth ?? 2)));
  return `${'#'.repeat(depth)} ${heading}\n\n${body}`;
}

/**
 * The clause as a VS Code snippet: known variables filled in, the others as tab stops named after
 * the variable (`${1:retention_period}`; a variable used twice shares its tab stop).
 */
export function clauseToSnippet(clause: Clause, variables: Record<string, string>, opts: ClauseTextOptions = {}): string {
  const stops = new Map<string, number>();
  const fill = (text: string) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      out += escapeSnippet(text.slice(last, m.index));
      const name = m[1];
      const value = variables[name];
      if (value !== undefined && value !== '') out += escapeSnippet(value);
      else {
        if (!stops.has(name)) stops.set(name, stops.size + 1);
        out += `\${${stops.get(name)}:${escapeSnippet(name)}}`;
      }
      last = m.index! + m[0].length;
    }
    return out + escapeSnippet(text.slice(last));
  };
  // Tab stops are numbered in reading order, so the heading's come first.
  const heading = opts.includeHeading === false ? '' : fill(clause.heading);
  return withHeading(fill(clause.body), heading, opts) + '\n';
}

/** The clause as Markdown with its `{{placeholders}}` kept (they resolve from the policy's variables). */
export function clauseToText(clause: Clause, opts: ClauseTextOptions = {}): string {
  return withHeading(clause.body, clause.heading, opts) + '\n';
}

/** The values a document supplies for placeholders: its variables and the policy fields. */
export function documentVariables(doc: PolicyDocument): Record<string, string> {
  const p = doc.frontMatter.policy;
  return {
    ...(p.controller ? { controller: p.controller } : {}),
    ...(p.lastUpdated ? { last_updated: p.lastUpdated } : {}),
    ...doc.frontMatter.variables,
  };
}

// ---- where a clause belongs -----------------------------------------------------------------

/**
 * The order in which a policy usually presents its items: who we are, what we collect and why,
 * who gets it and for how long, how it is protected, the reader's rights, and last what changes.
 * California's items (ccpa) stand next to their GDPR counterparts.
 */
export const CANONICAL_ORDER: readonly string[] = [
  'controller-identity',
  'dpo-contact',
  'data-categories',
  'ccpa-categories-collected',
  'ccpa-sensitive-pi',
  'data-source',
  'ccpa-sources',
  'purposes',
  'ccpa-purposes',
  'lawful-basis',
  'legitimate-interests',
  'statutory-contractual',
  'recipients',
  'ccpa-disclosed-business-purpose',
  'ccpa-sold-shared',
  'international-transfers',
  'retention',
  'security',
  'automated-decision-making',
  'cookies',
  'children',
  'ccpa-minors-16-knowledge',
  'right-access', // Art. 15
  'ccpa-right-to-know',
  'right-rectification', // Art. 16
  'ccpa-right-to-correct',
  'right-erasure', // Art. 17
  'ccpa-right-to-delete',
  'right-restriction', // Art. 18
  'right-objection', // Art. 21
  'ccpa-right-to-opt-out',
  'ccpa-opt-out-preference-signal',
  'ccpa-limit-sensitive',
  'right-portability', // Art. 20
  'withdraw-consent',
  'ccpa-non-discrimination',
  'ccpa-request-methods',
  'ccpa-verification',
  'ccpa-authorized-agent',
  'complaint-authority',
  'ccpa-contact',
  'policy-changes',
  'last-updated',
  'ccpa-last-updated',
];

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface HeadingCue {
  cue: string;
  /** A clause's own heading or title: a section titled exactly so is decisive. */
  exact: boolean;
  folded: string;
  /** ` ${folded}`: looked for in ` ${title}` once per title and cue, so made once. */
  spaced: string;
  re?: RegExp;
}

/** `/regex/` cues (from the language data) are regular expressions; others match at word starts, so `keep` matches "keeping". */
function headingCue(cue: string, exact: boolean): HeadingCue | undefined {
  if (cue.length > 2 && cue.startsWith('/') && cue.endsWith('/')) {
    try {
      return { cue, exact, folded: '', spaced: '', re: new RegExp(cue.slice(1, -1), 'iu') };
    } catch {
      return undefined;
    }
  }
  const folded = fold(cue);
  return folded ? { cue, exact, folded, spaced: ` ${folded}` } : undefined;
}

/** How strongly a cue matches a title: 0 for no match, else the length matched (1000 for an exact title). */
function cueScore(c: HeadingCue, title: string, foldedTitle: string, spacedTitle: string): number {
  if (c.re) {
    toMachineCode(c.re, title);
    const m = c.re.exec(title);
    return m ? Math.max(1, m[0].length) : 0;
  }
  if (c.exact && c.folded === foldedTitle) return 1000;
  return spacedTitle.includes(c.spaced) ? c.folded.length : 0;
}

export interface SectionMatch {
  section: number;
  title: string;
  /** The requirements the heading names (several when it is about a group, like "Your rights"). */
  requirements: string[];
  /** The cue that decided it. */
  cue: string;
}

/** Heading cues for a requirement: the clauses' headings, titles and `matches`, and the language data's heading cues. */
function headingCues(library: ClauseLibrary, requirement: string, languages: string[]): HeadingCue[] {
  const out: (HeadingCue | undefined)[] = [];
  for (const c of library.clauses) {
    if (!languages.includes(c.language) || c.requirements[0] !== requirement || c.element) continue;
    out.push(headingCue(c.heading, true), headingCue(c.title, true), ...c.matches.map((m) => headingCue(m, false)));
  }
  for (const lang of languages) {
    const data = LANGUAGES[lang]?.requirements?.requirements?.[requirement];
    for (const h of data?.headings ?? []) out.push(headingCue(h, false));
  }
  return out.filter((c): c is HeadingCue => c !== undefined);
}

/** Words that join two subjects in one heading, in the languages we have clauses for. */
const JOINED = /\s+(?:and|en|und|et|&)\s+|\s*[,;/]\s*/i;

/** Which requirements each headed section is about, judged from its title alone. */
const classified = new WeakMap<PolicyDocument, WeakMap<ClauseLibrary, SectionMatch[]>>();

/** Which requirements each section is about, judged by its heading; computed once per document and library. */
export function classifySections(doc: PolicyDocument, library: ClauseLibrary = defaultLibrary()): SectionMatch[] {
  let perDoc = classified.get(doc);
  if (!perDoc) classified.set(doc, (perDoc = new WeakMap()));
  let out = perDoc.get(library);
  if (!out) perDoc.set(library, (out = classifySectionsUncached(doc, library)));
  return out;
}

/** A requirement's place in CANONICAL_ORDER and a cue's place in its list. */
type CueRef = [req: number, cue: number];

/**
 * Which cues a title could match, found from its words: a cue of several words only where the
 * title has its first word, a cue of one word only where a title word starts with it (cueScore
 * matches at word starts), `/regex/` cues always. A title was scored against every cue of every
 * requirement, and a file of 35,000 headings spent a second doing that.
 */
interface CueIndex {
  regex: CueRef[];
  byFirstWord: Map<string, CueRef[]>;
  byWord: Map<string, CueRef[]>;
}

function indexCues(cues: { r: string; cues: HeadingCue[] }[]): CueIndex {
  const index: CueIndex = { regex: [], byFirstWord: new Map(), byWord: new Map() };
  cues.forEach(({ cues: list }, ri) =>
    list.forEach((c, ci) => {
      if (c.re) return void index.regex.push([ri, ci]);
      const words = c.folded.split(' ');
      const map = words.length > 1 ? index.byFirstWord : index.byWord;
      let refs = map.get(words[0]);
      if (!refs) map.set(words[0], (refs = []));
      refs.push([ri, ci]);
    }),
  );
  return index;
}

const titleVerdicts = new WeakMap<ClauseLibrary, Map<string, { cues: { r: string; cues: HeadingCue[] }[]; index: CueIndex; verdicts: Map<string, { reqs: string[]; cue: string }> }>>();

function classifySectionsUncached(doc: PolicyDocument, library: ClauseLibrary): SectionMatch[] {
  const languages = doc.language === 'en' ? ['en'] : [doc.language, 'en'];
  // Heading cues per library and language, and each title's verdict, are remembered across
  // documents: the language server re-checks the same headings after every edit.
  let perLibrary = titleVerdicts.get(library);
  if (!perLibrary) titleVerdicts.set(library, (perLibrary = new Map()));
  let known = perLibrary.get(languages.join(','));
  if (!known) {
    const cues = CANONICAL_ORDER.map((r) => ({ r, cues: headingCues(library, r, languages) }));
    perLibrary.set(languages.join(','), (known = { cues, index: indexCues(cues), verdicts: new Map() }));
  }
  const { cues, index, verdicts } = known;
  const out: SectionMatch[] = [];
  const classify = (title: string): { reqs: string[]; cue: string } => {
    let v = verdicts.get(title);
    if (!v) {
      if (verdicts.size >= 20_000) verdicts.clear();
      verdicts.set(flat(title), (v = classifyTitle(title)));
    }
    return v;
  };
  const classifyTitle = (title: string) => {
    const folded = fold(title);
    const spaced = ` ${folded}`;
    // Per requirement, the longest cue found (the first in its list among equals); a title that
    // is a clause's own heading beats any.
    const score = new Array<number>(cues.length).fill(0);
    const which = new Array<number>(cues.length).fill(-1);
    const consider = ([ri, ci]: CueRef) => {
      const n = cueScore(cues[ri].cues[ci], title, folded, spaced);
      if (n > score[ri] || (n > 0 && n === score[ri] && ci < which[ri])) [score[ri], which[ri]] = [n, ci];
    };
    index.regex.forEach(consider);
    if (folded) {
      for (const w of new Set(folded.split(' '))) {
        index.byFirstWord.get(w)?.forEach(consider);
        for (let k = 1; k <= w.length; k++) index.byWord.get(w.slice(0, k))?.forEach(consider);
      }
    }
    let best = 0;
    let reqs: string[] = [];
    let bestCue = '';
    cues.forEach(({ r, cues: list }, ri) => {
      if (score[ri] === 0) return;
      if (score[ri] > best) [best, reqs, bestCue] = [score[ri], [r], list[which[ri]].cue];
      else if (score[ri] === best) reqs.push(r);
    });
    return { reqs, cue: bestCue };
  };
  for (const s of doc.sections) {
    if (!s.heading || !s.title) continue;
    // "How we use your information and our lawful basis" is about two items: judge each part.
    const parts = [s.title, ...(JOINED.test(s.title) ? s.title.split(JOINED) : [])];
    const reqs: string[] = [];
    const used: string[] = [];
    for (const part of parts) {
      const { reqs: r, cue } = classify(part);
      const fresh = r.filter((x) => !reqs.includes(x));
      if (fresh.length) [reqs.push(...fresh), used.push(cue)];
    }
    if (reqs.length) out.push({ section: s.index, title: s.title, requirements: reqs, cue: used.join(' + ') });
  }
  return out;
}

export interface InsertionPlace {
  offset: number;
  /** The heading level the inserted clause should take. */
  headingDepth: number;
  /** Text to put before the clause so that it starts a block of its own (a line break or two). */
  prefix: string;
  /** Why here, in words (for hovers, logs and tests). */
  reason: string;
  /** Where, for a reader: `in “Your rights”`, `after “Who we are”`, `before “Cookies”`, `at the end`. */
  where: string;
  /**
   * What a finding about the absent item points at: the heading of the section the clause goes
   * into, after or before; at the end, the last block of the document (the start when it is empty).
   */
  anchor: Span;
}

/** Where a section ends, its subsections included. */
function sectionEnd(doc: PolicyDocument, s: Section, matches: SectionMatch[] = []): number {
  // Pasted text gives every recovered heading the same level, so a heading's sub-headings ("What
  // are my rights?" then at once "The right to be informed") look like its siblings. A recovered
  // heading with no text of its own, followed by unclassified recovered headings, owns them.
  const classified = new Set(matches.map((m) => m.section));
  const flat = !!s.heading?.implicit && s.blocks.length === 1;
  for (let i = s.index + 1; i < doc.sections.length; i++) {
    const next = doc.sections[i];
    if (next.depth > s.depth) continue;
    if (flat && next.heading?.implicit && !next.heading.number && !classified.has(i)) continue;
    return next.span.start;
  }
  return doc.text.length;
}

/**
 * Where a clause for `requirement` belongs. Sections are matched to requirements by their
 * headings; the clause goes into a section already about it (at its end), else right after the
 * section whose item comes closest before it in CANONICAL_ORDER, else right before the closest
 * one after it, else at the end of the document.
 */
export function insertionPlace(doc: PolicyDocument, requirement: string, _profile?: string, library: ClauseLibrary = defaultLibrary()): InsertionPlace {
  const pos = CANONICAL_ORDER.indexOf(requirement);
  // Sections count only for items of the laws that require this one: a GDPR clause is placed among
  // GDPR items, a California clause among California items, though "Your rights" is about both.
  const family = new Set(Object.values(PROFILES).filter((p) => p.requirements.some((r) => r.id === requirement)).flatMap((p) => p.requirements.map((r) => r.id)));
  const matches = classifySections(doc, library)
    .map((m) => (family.size ? { ...m, requirements: m.requirements.filter((r) => family.has(r)) } : m))
    .filter((m) => m.requirements.length);
  const at = (offset: number, headingDepth: number, reason: string, s?: Section, relation?: string): InsertionPlace => {
    const before = doc.text.slice(Math.max(0, offset - 4), offset);
    const prefix = offset === 0 || /\n[ \t]*\r?\n$/.test(before) ? '' : /\n$/.test(before) ? '\n' : '\n\n';
    const anchor = s?.heading?.span ?? lastBlock(doc)?.span ?? { start: offset, end: offset };
    const where = s && relation ? `${relation} “${s.title}”` : 'at the end';
    return { offset, headingDepth: Math.min(6, Math.max(2, headingDepth)), prefix, reason, where, anchor };
  };
  const own = matches.find((m) => m.requirements.includes(requirement));
  if (own) {
    const s = doc.sections[own.section];
    return at(sectionEnd(doc, s, matches), s.depth + 1, `at the end of "${s.title}", which is about this (its heading matches "${own.cue}")`, s, 'in');
  }
  if (pos >= 0) {
    const ranked = matches.map((m) => ({ m, ps: m.requirements.map((r) => CANONICAL_ORDER.indexOf(r)) }));
    let prev: (typeof ranked)[number] | undefined;
    for (const x of ranked) if (Math.max(...x.ps) < pos && (!prev || Math.max(...x.ps) >= Math.max(...prev.ps))) prev = x;
    if (prev) {
      const s = doc.sections[prev.m.section];
      return at(sectionEnd(doc, s, matches), s.depth, `after "${s.title}" (${prev.m.requirements[0]}), the nearest item that comes before ${requirement}`, s, 'after');
    }
    let next: (typeof ranked)[number] | undefined;
    for (const x of ranked) if (Math.min(...x.ps) > pos && (!next || Math.min(...x.ps) < Math.min(...next.ps))) next = x;
    if (next) {
      const s = doc.sections[next.m.section];
      return at(s.span.start, s.depth, `before "${s.title}" (${next.m.requirements[0]}), the nearest item that comes after ${requirement}`, s, 'before');
    }
  }
  let depth = Infinity;
  for (const s of doc.sections) if (s.heading && s.depth >= 2) depth = Math.min(depth, s.depth);
  return at(doc.text.length, depth === Infinity ? 2 : depth, 'at the end: no section heading shows where it belongs');
}

/** The last block of the body that is not HTML (a loop from the end: this runs once per missing item). */
function lastBlock(doc: PolicyDocument): Block | undefined {
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const b = doc.blocks[i];
    if (b.kind !== 'html' && b.span.start >= doc.bodyStart) return b;
  }
  return undefined;
}

export function insertionPoint(doc: PolicyDocument, requirement: string, profile?: string, library?: ClauseLibrary): number {
  return insertionPlace(doc, requirement, profile, library).offset;
}

/** Everything a quick fix needs to insert a clause: where, and the snippet text. */
export function clauseInsertion(
  doc: PolicyDocument,
  clause: Clause,
  profile?: string,
  library?: ClauseLibrary,
  requirement = clause.requirements[0],
): { offset: number; snippet: string; text: string; reason: string } {
  const place = insertionPlace(doc, requirement, profile, library);
  const opts = { headingDepth: place.headingDepth };
  return {
    offset: place.offset,
    snippet: escapeSnippet(place.prefix) + clauseToSnippet(clause, documentVariables(doc), opts),
    text: place.prefix + clauseToText(clause, opts),
    reason: place.reason,
  };
}

/** The quick fix for a missing item: insert its clause where it belongs, as a snippet (a suggestion, never applied by fix-all). */
export function clauseFix(doc: PolicyDocument, requirement: string, profile: string, library: ClauseLibrary = defaultLibrary()): SpanFix | undefined {
  const clause = library.find(requirement, doc.language, profile);
  if (!clause) return undefined;
  const ins = clauseInsertion(doc, clause, profile, library, requirement);
  return {
    title: `Insert the clause "${clause.heading}"`,
    kind: 'suggestion',
    snippet: true,
    edits: [{ span: { start: ins.offset, end: ins.offset }, newText: ins.snippet }],
  };
}

let builtin: ClauseLibrary | undefined;
/** The built-in clauses alone, parsed once. */
export function defaultLibrary(): ClauseLibrary {
  return (builtin ??= new ClauseLibrary());
}

// ---- element clauses: what a partly given item leaves out ---------------------------------------

/**
 * Where an element clause goes: right after the block that holds `offset` (the statement that
 * addresses the item). A list or a table is not split: the clause goes after its last item or cell.
 */
export function elementInsertionPoint(doc: PolicyDocument, offset: number): number {
  const i = doc.blocks.findIndex((b) => b.span.start <= offset && offset <= b.span.end && b.kind !== 'html');
  if (i < 0) return doc.text.length;
  let last = doc.blocks[i];
  if (last.kind === 'list-item' || last.kind === 'table-cell') {
    for (let k = i + 1; k < doc.blocks.length; k++) {
      const b = doc.blocks[k];
      if (b.kind !== last.kind || b.section !== last.section || /\n[ \t]*\r?\n/.test(doc.text.slice(last.span.end, b.span.start))) break;
      last = b;
    }
    // A table cell ends before the row's closing pipe: go to the end of its line.
    if (last.kind === 'table-cell') {
      const eol = doc.text.indexOf('\n', last.span.end);
      return eol < 0 ? doc.text.length : eol;
    }
  }
  return last.span.end;
}

/**
 * The quick fix for a partly given item: insert the clause for one absent element right after the
 * statement that addresses the item (a suggestion, as a snippet with tab stops).
 */
export function elementFix(
  doc: PolicyDocument,
  requirement: string,
  element: string,
  profile: string,
  evidenceOffset: number,
  library: ClauseLibrary = defaultLibrary(),
): SpanFix | undefined {
  const clause = library.findElement(requirement, element, doc.language, profile);
  if (!clause) return undefined;
  const at = elementInsertionPoint(doc, evidenceOffset);
  const body = clauseToSnippet(clause, documentVariables(doc), { includeHeading: false }).trimEnd();
  return {
    title: `Add ${clause.title.charAt(0).toLowerCase()}${clause.title.slice(1)}`,
    kind: 'suggestion',
    snippet: true,
    edits: [{ span: { start: at, end: at }, newText: `\n\n${body}` }],
  };
}
