// A policy written from answers: the questionnaire of `policywright new` and "Policywright: New
// policy…". The questions are data (server/data/questions.yaml, worded per language in
// languages/<lang>/questions.yaml); the values a clause needs are asked from the clauses' own
// `variables`. The policy is assembled from the clause library in CANONICAL_ORDER, its values
// kept in the front matter and its placeholders left in the text, so a value not given stays a
// `{{variable}}` that `placeholder` reports. Regenerating from changed answers (`updatePolicy`)
// replaces only the sections whose text the answers change. Pure: no I/O.
import YAML from 'yaml';
import { COMMON, LANGUAGES, PROFILES } from './data.js';
import { CANONICAL_ORDER, STANDARD_VARIABLES, defaultLibrary, insertionPlace, usedVariables, type Clause, type ClauseLibrary } from './clauses.js';
import { knownLanguage, parseDocument, type PolicyDocument, type Section } from './document.js';

// ---- the data ------------------------------------------------------------------------------------

export interface QuestionOptionData {
  id: string;
  conditions?: string[];
  variants?: Record<string, string>;
  extra?: Record<string, string>;
  variables?: string[];
}

export type QuestionKind = 'yesno' | 'one' | 'many';

export interface QuestionData {
  id: string;
  kind: QuestionKind;
  profiles: string[];
  /** Asked only when another question has this answer (or one of these). */
  when?: Record<string, string | string[]>;
  /** The option offered first when nothing was answered before. */
  default?: string;
  options: QuestionOptionData[];
}

/** `languages/<lang>/questions.yaml`. */
export interface QuestionsWording {
  title?: string;
  groups?: Record<string, string>;
  start?: Partial<Record<'profiles' | 'language' | 'controller' | 'aliases' | 'list' | 'skip', string>>;
  variables?: Record<string, string>;
  questions?: Record<string, { prompt?: string; options?: Record<string, string> }>;
  options?: Record<string, string>;
}

const DATA = (COMMON.questions ?? {}) as { questions?: QuestionData[]; groups?: Record<string, string[]> };

/** Items that stand together under a heading of the group's (key: group id, worded per language). */
export const GROUPS: Record<string, string[]> = DATA.groups ?? {};

export const QUESTIONS: QuestionData[] = (DATA.questions ?? []).map((q) => ({
  ...q,
  ...(q.default !== undefined ? { default: String(q.default) } : {}),
  options: q.options.map((o) => ({ ...o, id: String(o.id) })),
}));

function wording(language: string): QuestionsWording {
  return (LANGUAGES[language]?.questions as QuestionsWording | undefined) ?? {};
}

/** A piece of the questionnaire's wording in the language, falling back to English. */
function word<T>(language: string, get: (w: QuestionsWording) => T | undefined): T | undefined {
  return get(wording(language)) ?? get(wording('en'));
}

// ---- answers ---------------------------------------------------------------------------------------

export type Answer = string | string[];

/** Everything a generated policy is made from; its front matter keeps all of it. */
export interface PolicyAnswers {
  profiles: string[];
  language: string;
  controller?: string;
  aliases?: string[];
  /** Question id → option id (yesno, one) or option ids (many). */
  answers: Record<string, Answer>;
  /** Values for the clauses' placeholders; a value not given stays a placeholder. */
  variables: Record<string, string>;
}

export interface AskedQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; label: string }[];
  default?: string;
}

const chosen = (a: Answer | undefined): string[] => (a === undefined ? [] : Array.isArray(a) ? a : [a]);

function applies(q: QuestionData, profiles: string[], answers: Record<string, Answer>): boolean {
  if (!q.profiles.some((p) => profiles.includes(p))) return false;
  return Object.entries(q.when ?? {}).every(([id, want]) => chosen(answers[id]).some((x) => chosen(want).includes(x)));
}

/** The questions to ask for these profiles, given the answers so far (a question may depend on another's answer), worded in the language. */
export function questionsFor(profiles: string[], language: string, answers: Record<string, Answer> = {}): AskedQuestion[] {
  return QUESTIONS.filter((q) => applies(q, profiles, answers)).map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: word(language, (w) => w.questions?.[q.id]?.prompt) ?? q.id,
    options: q.options.map((o) => ({ id: o.id, label: word(language, (w) => w.questions?.[q.id]?.options?.[o.id] ?? w.options?.[o.id]) ?? o.id })),
    ...(q.default !== undefined ? { default: q.default } : {}),
  }));
}

/**
 * Fills in the default of each question that applies and was not answered (a question added
 * after the answers were written, as the representative was): answers files and policies written
 * before it stay valid. Changes and returns `answers`.
 */
export function withDefaults(answers: Record<string, Answer>, profiles: string[]): Record<string, Answer> {
  for (const q of QUESTIONS) if (q.default !== undefined && !(q.id in answers) && applies(q, profiles, answers)) answers[q.id] = q.default;
  return answers;
}

/** The opening prompts (profiles, language, controller, aliases) and the policy's title, in the language. */
export function startWording(language: string): Required<NonNullable<QuestionsWording['start']>> & { title: string } {
  const get = (k: keyof NonNullable<QuestionsWording['start']>) => word(language, (w) => w.start?.[k]) ?? k;
  return { profiles: get('profiles'), language: get('language'), controller: get('controller'), aliases: get('aliases'), list: get('list'), skip: get('skip'), title: word(language, (w) => w.title) ?? 'Privacy policy' };
}

/** Languages with clauses of their own for every one of the profiles. */
export function languagesFor(profiles: string[], library: ClauseLibrary = defaultLibrary()): string[] {
  return Object.keys(LANGUAGES).filter((lang) => profiles.every((p) => library.all(lang).some((c) => c.profiles.includes(p) && !c.element && !c.variant)));
}

// ---- the policy's parts ----------------------------------------------------------------------------

export interface PolicyPart {
  /** The requirement, and `+variant` for a clause added after it. */
  key: string;
  requirement: string;
  clause: Clause;
  heading: string;
  /** The group it stands in, under the group's heading (its own heading is one level lower). */
  group?: string;
  /** `## heading`, a blank line, the body, one line break. */
  text: string;
}

export interface Assembly {
  parts: PolicyPart[];
  /** Conditional items whose condition the answers do not set. */
  notApplicable: string[];
  /** Requirements the library has no clause for (nothing is invented for them). */
  noClause: string[];
}

/** What the answers choose: conditions that hold, clause variants, added clauses, variables whose text is left out. */
function effects(a: PolicyAnswers) {
  const conditions = new Set<string>();
  const variants = new Map<string, string>();
  const extra = new Map<string, string[]>();
  const dropped = new Set<string>();
  for (const q of QUESTIONS) {
    if (!applies(q, a.profiles, a.answers)) continue;
    const picked = chosen(a.answers[q.id]);
    for (const o of q.options) {
      if (!picked.includes(o.id)) {
        for (const v of o.variables ?? []) dropped.add(v);
        continue;
      }
      for (const c of o.conditions ?? []) conditions.add(c);
      for (const [r, v] of Object.entries(o.variants ?? {})) variants.set(r, v);
      for (const [r, v] of Object.entries(o.extra ?? {})) extra.set(r, [...(extra.get(r) ?? []), v]);
    }
  }
  // A variable an option that is chosen also uses is kept.
  for (const q of QUESTIONS) for (const o of q.options) if (chosen(a.answers[q.id]).includes(o.id)) for (const v of o.variables ?? []) dropped.delete(v);
  return { conditions, variants, extra, dropped };
}

/** A clause's body without the lines (a list item with its continuation, or a paragraph line) that use a variable of an option not chosen. */
function trimBody(body: string, dropped: Set<string>): string {
  if (!dropped.size) return body;
  const out: string[] = [];
  let skipping = false;
  for (const line of body.split('\n')) {
    if (skipping && /^[ \t]+\S/.test(line)) continue;
    skipping = usedVariables(line).some((v) => dropped.has(v));
    if (!skipping) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The sections a policy made from these answers has, in the order the clause placement uses. */
export function assemble(a: PolicyAnswers, library: ClauseLibrary = defaultLibrary()): Assembly {
  const { conditions, variants, extra, dropped } = effects(a);
  const profiles = a.profiles.map((p) => PROFILES[p]).filter(Boolean);
  const ids = [...new Set(profiles.flatMap((p) => p.requirements.map((r) => r.id)))];
  const rank = (id: string) => (CANONICAL_ORDER.includes(id) ? CANONICAL_ORDER.indexOf(id) : CANONICAL_ORDER.length);
  ids.sort((x, y) => rank(x) - rank(y));
  const out: Assembly = { parts: [], notApplicable: [], noClause: [] };
  const part = (key: string, requirement: string, clause: Clause): PolicyPart => {
    const body = trimBody(clause.body, dropped);
    const group = Object.keys(GROUPS).find((g) => GROUPS[g].includes(requirement));
    return { key, requirement, clause, heading: clause.heading, ...(group ? { group } : {}), text: `${group ? '###' : '##'} ${clause.heading}\n\n${body.trimEnd()}\n` };
  };
  for (const id of ids) {
    const profile = profiles.find((p) => p.requirements.some((r) => r.id === id))!;
    const req = profile.requirements.find((r) => r.id === id)!;
    if (req.condition && !conditions.has(req.condition)) {
      out.notApplicable.push(id);
      continue;
    }
    const variant = variants.get(id);
    const clause = (variant && library.findVariant(id, variant, a.language, profile.id)) || library.find(id, a.language, profile.id);
    if (!clause) {
      out.noClause.push(id);
      continue;
    }
    out.parts.push(part(id, id, clause));
    for (const v of extra.get(id) ?? []) {
      const more = library.findVariant(id, v, a.language, profile.id);
      if (more) out.parts.push(part(`${id}+${v}`, id, more));
    }
  }
  return out;
}

export interface ValueQuestion {
  /** The variable's name. */
  name: string;
  prompt: string;
  example?: string;
  /** The value is a Markdown list: the example is one, so the answer is asked item by item. */
  list: boolean;
}

/** The values the policy's clauses need, in order of first use (the controller's name is asked at the start). */
export function valueQuestions(a: PolicyAnswers, library: ClauseLibrary = defaultLibrary()): ValueQuestion[] {
  const out: ValueQuestion[] = [];
  for (const p of assemble(a, library).parts) {
    for (const name of usedVariables(p.text)) {
      if (name === 'controller' || out.some((q) => q.name === name)) continue;
      const declared = p.clause.variables[name];
      const standard = STANDARD_VARIABLES[name];
      // The language's own wording, else the clause's (in the clause's language), else English.
      const prompt = wording(a.language).variables?.[name] ?? declared?.description ?? word(a.language, (w) => w.variables?.[name]) ?? standard?.description ?? name;
      const example = declared?.example ?? standard?.example;
      out.push({ name, prompt: capitalise(prompt), ...(example !== undefined ? { example } : {}), list: !!example && /^- /m.test(example) });
    }
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Items typed on one line, separated by semicolons, as a Markdown list. */
export function listValue(typed: string): string {
  const items = typed.split(';').map((s) => s.trim()).filter(Boolean);
  return items.length > 1 || /^- /.test(typed) ? items.map((s) => (s.startsWith('- ') ? s : `- ${s}`)).join('\n') : typed.trim();
}

// ---- writing the policy ------------------------------------------------------------------------

function frontMatterData(a: PolicyAnswers, notApplicable: string[]): Record<string, unknown> {
  const policy: Record<string, unknown> = { profiles: a.profiles, language: a.language };
  if (a.controller) policy.controller = a.controller;
  if (a.aliases?.length) policy.aliases = a.aliases;
  if (a.variables.last_updated) policy['last-updated'] = a.variables.last_updated;
  if (notApplicable.length) policy['not-applicable'] = notApplicable;
  policy.answers = a.answers;
  const out: Record<string, unknown> = { policy };
  const variables = Object.fromEntries(Object.entries(a.variables).filter(([, v]) => v !== ''));
  if (Object.keys(variables).length) out.variables = variables;
  return out;
}

/** Words a YAML 1.1 reader (PyYAML, Jekyll's) takes for booleans or null, where YAML 1.2 reads strings. */
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * The front matter's text, with yes and no (and the like) quoted within `scope`, so that a YAML 1.1
 * reader reads the same strings as ours. An update quotes only the answers: the author's own
 * values are left as they wrote them.
 */
function frontMatterText(doc: YAML.Document, scope: YAML.Document | YAML.Node = doc): string {
  YAML.visit(scope, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && YAML11_WORDS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The policy the answers make: front matter, the title, one section per item. */
export function generatePolicy(a: PolicyAnswers, library: ClauseLibrary = defaultLibrary()): string {
  const { parts, notApplicable } = assemble(a, library);
  const yaml = frontMatterText(new YAML.Document(frontMatterData(a, notApplicable)));
  const groupHeading = (g: string) => `## ${word(a.language, (w) => w.groups?.[g]) ?? g}\n\n`;
  const sections = parts.map((p, i) => (p.group && p.group !== parts[i - 1]?.group ? groupHeading(p.group) : '') + p.text);
  return `---\n${yaml}---\n\n# ${startWording(a.language).title}\n\n${sections.join('\n')}`;
}

/** Where a section ends, its subsections included. */
function sectionEnd(doc: PolicyDocument, s: Section): number {
  for (let i = s.index + 1; i < doc.sections.length; i++) if (doc.sections[i].depth <= s.depth) return doc.sections[i].span.start;
  return doc.text.length;
}

export class AnswersError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * The policy regenerated from changed answers: the front matter takes the new answers (keys the
 * author added stay), a section whose text the answers change is replaced where it stands, one
 * they no longer call for is removed, a new one goes after the section before it. Sections the
 * change does not touch, and everything the author wrote besides, are left as they are.
 */
export function updatePolicy(text: string, a: PolicyAnswers, library: ClauseLibrary = defaultLibrary()): string {
  const read = readAnswers(text);
  if (!read.answers) throw new AnswersError(read.problems.length ? read.problems : ['the policy has no `policy.answers` in its front matter: it was not written by `policywright new`']);
  const before = assemble(read.answers, library);
  const after = assemble(a, library);
  const doc = parseDocument(text);
  const edits: { start: number; end: number; text: string; seq: number }[] = [];
  let seq = 0;

  // The front matter: the answers' keys set, the author's own kept.
  const fm = FRONT.exec(text);
  const ydoc = YAML.parseDocument(fm ? fm[1] : '');
  const data = frontMatterData(a, after.notApplicable) as { policy: Record<string, unknown>; variables?: Record<string, string> };
  const ownNa = ((ydoc.getIn(['policy', 'not-applicable']) as YAML.YAMLSeq | undefined)?.toJSON?.() ?? []) as string[];
  const na = [...new Set([...ownNa.filter((r) => !before.notApplicable.includes(r)), ...after.notApplicable])];
  for (const k of ['profiles', 'language', 'controller', 'aliases', 'last-updated', 'not-applicable', 'answers']) {
    const v = k === 'not-applicable' ? (na.length ? na : undefined) : data.policy[k];
    if (v === undefined) ydoc.deleteIn(['policy', k]);
    else ydoc.setIn(['policy', k], ydoc.createNode(v));
  }
  for (const [k, v] of Object.entries(data.variables ?? {})) ydoc.setIn(['variables', k], v);
  const answers = ydoc.getIn(['policy', 'answers'], true);
  const yaml = frontMatterText(ydoc, YAML.isNode(answers) ? answers : ydoc);
  edits.push({ start: 0, end: fm ? fm[0].length : 0, text: `---\n${yaml}---\n${fm ? '' : '\n'}`, seq: seq++ });

  // The sections.
  const used = new Set<number>();
  const locate = (p: PolicyPart): Section | undefined => {
    const s = doc.sections.find((x) => x.heading && !used.has(x.index) && x.title.trim() === p.heading.trim());
    if (s) used.add(s.index);
    return s;
  };
  const located = new Map<string, Section | undefined>();
  for (const p of before.parts) located.set(p.key, locate(p));
  const paragraph = (at: number, body: string) => {
    const prev = text.slice(Math.max(0, at - 2), at);
    const lead = at === 0 || prev === '\n\n' ? '' : prev.endsWith('\n') ? '\n' : '\n\n';
    const tail = at < text.length ? '\n' : '';
    return lead + body + tail;
  };
  let anchor: number | undefined;
  for (const p of after.parts) {
    const old = before.parts.find((x) => x.key === p.key);
    const s = old ? located.get(p.key) : undefined;
    if (s) {
      const end = sectionEnd(doc, s);
      if (old!.text !== p.text) edits.push({ start: s.span.start, end, text: paragraph(s.span.start, p.text), seq: seq++ });
      anchor = end;
      continue;
    }
    const at = anchor ?? insertionPlace(doc, p.requirement, a.profiles[0], library).offset;
    edits.push({ start: at, end: at, text: paragraph(at, p.text), seq: seq++ });
    anchor = at;
  }
  for (const old of before.parts) {
    const s = located.get(old.key);
    if (s && !after.parts.some((p) => p.key === old.key)) edits.push({ start: s.span.start, end: sectionEnd(doc, s), text: '', seq: seq++ });
  }
  // Applied from the end; at one offset, the later part first so that the earlier ends up before it.
  edits.sort((x, y) => y.start - x.start || y.seq - x.seq);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out.replace(/\n{3,}(?=#)/g, '\n\n');
}

// ---- reading answers ---------------------------------------------------------------------------

/**
 * Answers from an answers file or a policy's front matter (the same shape: `policy:` with
 * profiles, language, controller, aliases and `answers`; `variables:`). Every problem is named,
 * with its line; no answers are returned when there is one.
 */
export function readAnswers(text: string): { answers?: PolicyAnswers; problems: string[] } {
  const fm = FRONT.exec(text);
  const source = fm ? fm[1] : /^---[ \t]*\r?\n/.test(text) ? null : text;
  if (source === null) return { problems: ['the front matter is not closed by a `---` line'] };
  const offset = fm ? text.indexOf(fm[1]) : 0;
  const ydoc = YAML.parseDocument(source);
  const lineOf = (pos: number | undefined) => (pos === undefined ? '' : `line ${text.slice(0, offset + pos).split('\n').length}: `);
  if (ydoc.errors.length) return { problems: [`${lineOf(ydoc.errors[0].pos[0])}not valid YAML: ${ydoc.errors[0].message.split('\n')[0]}`] };
  const problems: string[] = [];
  const at = (path: (string | number)[]) => lineOf((ydoc.getIn(path, true) as YAML.Node | undefined)?.range?.[0] ?? (ydoc.getIn(path.slice(0, -1), true) as YAML.Node | undefined)?.range?.[0]);
  const root = ydoc.toJS() as Record<string, unknown> | null;
  if (!root || typeof root !== 'object' || Array.isArray(root)) return { problems: ['expected a mapping with `policy:` (profiles, language, answers) and `variables:`'] };
  const policy = root.policy as Record<string, unknown> | undefined;
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) return { problems: ['`policy:` is missing: it holds profiles, language, controller, aliases and answers'] };
  const strings = (v: unknown): string[] | undefined => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

  const profiles = strings(policy.profiles) ?? [];
  if (!profiles.length) problems.push(`${at(['policy', 'profiles'])}policy.profiles must list one or more of ${Object.keys(PROFILES).join(', ')}`);
  for (const p of profiles) if (!PROFILES[p]) problems.push(`${at(['policy', 'profiles'])}unknown profile "${p}"; known profiles: ${Object.keys(PROFILES).join(', ')}`);
  const language = policy.language === undefined ? 'en' : typeof policy.language === 'string' ? (knownLanguage(policy.language) ?? '') : '';
  if (!LANGUAGES[language]) problems.push(`${at(['policy', 'language'])}policy.language must be one of ${Object.keys(LANGUAGES).join(', ')}, not ${JSON.stringify(policy.language)}`);
  const controller = policy.controller === undefined ? undefined : typeof policy.controller === 'string' ? policy.controller : undefined;
  if (policy.controller !== undefined && controller === undefined) problems.push(`${at(['policy', 'controller'])}policy.controller must be the organisation's name (text)`);
  const aliases = policy.aliases === undefined ? undefined : strings(policy.aliases);
  if (policy.aliases !== undefined && !aliases) problems.push(`${at(['policy', 'aliases'])}policy.aliases must be a list of names`);

  const given = (policy.answers ?? {}) as Record<string, unknown>;
  const answers: Record<string, Answer> = {};
  if (typeof given !== 'object' || Array.isArray(given)) problems.push(`${at(['policy', 'answers'])}policy.answers must map question ids to answers`);
  else {
    const yesNo = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : v);
    for (const [id, raw] of Object.entries(given)) {
      const q = QUESTIONS.find((x) => x.id === id);
      if (!q) {
        problems.push(`${at(['policy', 'answers', id])}unknown question "${id}"; the questions are ${QUESTIONS.map((x) => x.id).join(', ')}`);
        continue;
      }
      const ids = q.options.map((o) => o.id);
      const v = yesNo(raw);
      const list = q.kind === 'many' ? strings(v) : typeof v === 'string' ? [v] : undefined;
      const bad = list ? list.filter((x) => !ids.includes(x)) : [String(v)];
      if (!list || bad.length) {
        problems.push(`${at(['policy', 'answers', id])}${id}: ${q.kind === 'many' ? 'a list of' : 'one of'} ${ids.join(', ')}, not ${JSON.stringify(bad.length ? bad.join(', ') : v)}`);
        continue;
      }
      answers[id] = q.kind === 'many' ? list : list[0];
    }
  }
  if (!problems.length) {
    withDefaults(answers, profiles);
    for (const q of QUESTIONS) {
      if (!applies(q, profiles, answers) || q.id in answers) continue;
      problems.push(`${at(['policy', 'answers'])}policy.answers.${q.id} is not answered (${q.kind === 'many' ? 'a list of' : 'one of'} ${q.options.map((o) => o.id).join(', ')})`);
    }
  }

  const variables: Record<string, string> = {};
  const vars = root.variables ?? {};
  if (typeof vars !== 'object' || Array.isArray(vars) || vars === null) problems.push(`${at(['variables'])}variables must map names to values`);
  else
    for (const [k, v] of Object.entries(vars)) {
      if (typeof v === 'string' || typeof v === 'number') variables[k] = String(v);
      else if (v instanceof Date) variables[k] = v.toISOString().slice(0, 10);
      else if (v !== null) problems.push(`${at(['variables', k])}variables.${k} must be text`);
    }
  if (problems.length) return { problems };
  return { answers: { profiles, language, ...(controller ? { controller } : {}), ...(aliases?.length ? { aliases } : {}), answers, variables }, problems };
}
