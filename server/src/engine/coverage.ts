// Requirement coverage: for every item the active profiles require, is it in the text, and where?
// Cue lists come from server/data/languages/<lang>/requirements.yaml; each requirement's cues are
// compiled once per language into one alternation, so a document is read in a single pass over its
// blocks whatever its size, and each present item keeps the sentences that show it.
import { blockSpan, type Block, type PolicyDocument } from './document.js';
import { PROFILES } from './data.js';
import type { Cue, LanguageData, RequirementCues, RequirementData, ProfileData } from './datatypes.js';
import { compileCues, fromLanguageData, proseBlocks } from './cues.js';
import { remember } from './memo.js';
import type { Coverage, Evidence, Position, Range } from './types.js';

/** How many evidence sentences an item keeps: enough to show it, few enough for a huge file. */
export const MAX_EVIDENCE = 3;
/** Evidence longer than this is cut around the cue. */
const MAX_SENTENCE = 300;

interface CompiledRequirement {
  id: string;
  heading: RegExp | null;
  phrase: RegExp | null;
  inContext: { context: string; re: RegExp }[];
  /** Cues in words, for "looked for". */
  examples: { headings: string[]; phrases: string[] };
}

interface CompiledLanguage {
  requirements: Map<string, CompiledRequirement>;
  triggers: Map<string, RegExp>;
  contexts: Map<string, RegExp>;
}

type RequirementsData = NonNullable<LanguageData['requirements']>;

function merged<T>(data: RequirementsData[], pick: (d: RequirementsData) => Record<string, T[]> | undefined): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const d of data) for (const [k, v] of Object.entries(pick(d) ?? {})) (out[k] ??= []).push(...(v ?? []));
  return out;
}

/** The requirements' cues in the document's language and English, each list one expression. */
function compileRequirements(data: RequirementsData[]): CompiledLanguage {
  const ids = new Set<string>();
  for (const d of data) for (const id of Object.keys(d.requirements ?? {})) ids.add(id);
  const requirements = new Map<string, CompiledRequirement>();
  for (const id of ids) {
    const cues: RequirementCues[] = data.map((d) => d.requirements?.[id] ?? {});
    const all = (k: 'headings' | 'phrases' | 'absence') => cues.flatMap((c) => c[k] ?? []);
    const ctx = merged(data, (d) => d.requirements?.[id]?.inContext);
    const words = (list: Cue[] | undefined) => (list ?? []).filter((c) => !c.startsWith('/')).map((c) => c.replace(/\*/g, ''));
    requirements.set(id, {
      id,
      heading: compileCues(all('headings')),
      phrase: compileCues([...all('phrases'), ...all('absence')]),
      inContext: Object.entries(ctx)
        .map(([context, list]) => ({ context, re: compileCues(list) }))
        .filter((x): x is { context: string; re: RegExp } => x.re !== null),
      examples: { headings: words(cues[0].headings).slice(0, 2), phrases: words(cues[0].phrases).slice(0, 3) },
    });
  }
  const toMap = (rec: Record<string, Cue[]>) => {
    const m = new Map<string, RegExp>();
    for (const [k, v] of Object.entries(rec)) {
      const re = compileCues(v);
      if (re) m.set(k, re);
    }
    return m;
  };
  return {
    requirements,
    triggers: toMap(merged(data, (d) => d.triggers)),
    contexts: toMap(merged(data, (d) => d.contexts)),
  };
}

/** Compiled cues for a document's language, built once and kept. */
function compiledCues(language: string): CompiledLanguage {
  return fromLanguageData(language, 'requirements', compileRequirements);
}

// ---- matching -------------------------------------------------------------------------------

export interface CueMatch {
  block: Block;
  /** Offsets of the cue in the block's folded text. */
  from: number;
  to: number;
}

export interface Findings {
  /** Requirement id → where its cues matched (at most MAX_EVIDENCE each). */
  matches: Map<string, CueMatch[]>;
  /** Condition ids whose triggers the text contains, with the first match. */
  triggers: Map<string, CueMatch>;
}

/** The contexts (e.g. "rights") open in each section: its heading or a parent heading matches. */
function sectionContexts(doc: PolicyDocument, contexts: Map<string, RegExp>): Set<string>[] {
  const out: Set<string>[] = [];
  const stack: { depth: number; ctx: Set<string> }[] = [];
  for (const s of doc.sections) {
    const own = new Set<string>();
    if (s.heading) {
      for (const [id, re] of contexts) {
        re.lastIndex = 0;
        if (re.test(s.heading.text)) own.add(id);
      }
    }
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    const ctx = new Set<string>([...(stack.length ? stack[stack.length - 1].ctx : []), ...own]);
    if (s.heading) stack.push({ depth: s.depth, ctx });
    out.push(ctx);
  }
  return out;
}

function firstMatch(re: RegExp, text: string): { from: number; to: number } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? { from: m.index, to: m.index + m[0].length } : null;
}

/**
 * Cue matches of a block depend only on its language, kind, section context and text, so they
 * are remembered across checks: when an edit changes one paragraph of a long policy, the
 * language server's next check matches only that paragraph again. Bounded; cleared when full.
 */
type BlockMemo = Map<string, { from: number; to: number } | null>;
const blockMemos = new Map<string, BlockMemo>();

/** Read the document once: every requirement's cue matches and every condition's first trigger. */
export function findCues(doc: PolicyDocument, ids?: Iterable<string>): Findings {
  const cues = compiledCues(doc.language);
  const wanted = [...(ids ?? cues.requirements.keys())].map((id) => cues.requirements.get(id)).filter((r): r is CompiledRequirement => !!r);
  const matches = new Map<string, CueMatch[]>(wanted.map((r) => [r.id, []]));
  const triggers = new Map<string, CueMatch>();
  const ctxOf = sectionContexts(doc, cues.contexts);
  for (const block of proseBlocks(doc)) {
    if (!block.text) continue;
    const text = block.text;
    const ctx = ctxOf[block.section];
    const memo = remember(blockMemos, `${doc.language}\u0001${block.kind === 'heading' ? 'h' : 'p'}\u0001${[...ctx].sort().join(',')}\u0001${text}`, (): BlockMemo => new Map());
    for (const r of wanted) {
      const found = matches.get(r.id)!;
      if (found.length >= MAX_EVIDENCE) continue;
      const m = remember(memo, r.id, () => {
        let hit = block.kind === 'heading' && r.heading ? firstMatch(r.heading, text) : null;
        if (!hit && r.phrase) hit = firstMatch(r.phrase, text);
        if (!hit && ctx.size) {
          for (const c of r.inContext) {
            if (ctx.has(c.context) && (hit = firstMatch(c.re, text))) break;
          }
        }
        return hit;
      });
      if (m) found.push({ block, ...m });
    }
    for (const [cond, re] of cues.triggers) {
      if (triggers.has(cond)) continue;
      const m = remember(memo, `\u0002${cond}`, () => firstMatch(re, text));
      if (m) triggers.set(cond, { block, ...m });
    }
  }
  return { matches, triggers };
}

/** The sentence of a block around [from, to), cut to a readable length, in folded offsets. */
export function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  const half = MAX_SENTENCE / 2;
  const ends = (i: number) => /[.!?;]/.test(text[i]) && (i + 1 >= text.length || text[i + 1] === ' ');
  let a = from;
  while (a > 0 && from - a < half && !ends(a - 1)) a--;
  while (a < from && text[a] === ' ') a++;
  let b = to;
  while (b < text.length && b - to < half) if (ends(b++)) break;
  return { from: a, to: b };
}

function evidenceOf(doc: PolicyDocument, m: CueMatch): Evidence {
  const s = m.block.kind === 'heading' ? { from: 0, to: m.block.text.length } : sentenceAround(m.block.text, m.from, m.to);
  return { range: doc.lines.range(blockSpan(m.block, s.from, s.to)), text: m.block.text.slice(s.from, s.to) };
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

/** Items a `policy.last-updated` date in the front matter states. */
export const DATE_ITEMS: ReadonlySet<string> = new Set(['last-updated', 'ccpa-last-updated']);

export interface CoverageDetail {
  coverage: Coverage[];
  findings: Findings;
}

// check() computes coverage for every rule and required-info needs the triggers too: read each
// document once per set of profiles.
const detailCache = new WeakMap<PolicyDocument, Map<string, CoverageDetail>>();

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

function coverageDetail(doc: PolicyDocument, profiles: string[]): CoverageDetail {
  const ps = profiles.map((p) => PROFILES[p]).filter((p): p is ProfileData => !!p);
  const ids = new Set(ps.flatMap((p) => p.requirements.map((r) => r.id)));
  const findings = findCues(doc, ids);
  const cues = compiledCues(doc.language);
  const na = new Set(doc.frontMatter.policy.notApplicable ?? []);
  const coverage: Coverage[] = [];
  for (const p of ps) {
    for (const r of p.requirements) {
      const found = findings.matches.get(r.id) ?? [];
      const evidence = found.map((m) => evidenceOf(doc, m));
      if (DATE_ITEMS.has(r.id) && doc.frontMatter.policy.lastUpdated && doc.frontMatter.span) {
        // A date declared in the front matter is printed by export.
        evidence.unshift({ range: doc.lines.range(doc.frontMatter.span), text: `last-updated: ${doc.frontMatter.policy.lastUpdated}` });
      }
      const status = na.has(r.id) ? 'not-applicable' : evidence.length ? 'present' : 'missing';
      const c: Coverage = { requirement: r.id, profile: p.id, status, obligation: r.obligation, article: citation(p, r), evidence };
      if (status === 'missing') c.lookedFor = lookedFor(cues.requirements.get(r.id));
      coverage.push(c);
    }
  }
  return { coverage, findings };
}

export function computeCoverage(doc: PolicyDocument, profiles: string[]): Coverage[] {
  return computeCoverageDetail(doc, profiles).coverage;
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
