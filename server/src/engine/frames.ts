// The statement reader (issue 13): from a sentence, who (the reader, the controller, a third party,
// the authority) does or may do what (an action, from a class of verbs and their nouns) to what (the
// reader's data, an account, consent, …), with its modality ("can", "have the right to", "ask us
// to"), its negation and its condition ("if you ask", "at your request"). The words are data per
// language (`server/data/languages/<lang>/frames.yaml`): word classes by role, and per requirement
// the readings ("frames") that give it. coverage.ts asks it where the cues found no statement of an
// item (a paraphrase the cues do not know), and where a cue matched but the sentence's reading says
// it is about something else (a veto). Linear in the text: one pass of a tokeniser, one look-up of a
// word's phrases in a map, and for each action a bounded look around it inside its clause.
import type { FrameSpec, FramesData, OwnedSpec, QuestionsData } from './datatypes.js';
import { fromLanguageData } from './cues.js';
import { LANGUAGES } from './data.js';
import { valueWords } from './values.js';
import { lazily, testCompiled, toMachineCode } from './text.js';
import { rememberFor, type TextMemo } from './memo.js';

type Role = 'actor' | 'modal' | 'action' | 'object' | 'condition' | 'mark' | 'negator' | 'passive' | 'pronoun' | 'break' | 'stop';

interface Entry {
  words: string[];
  /** Per word, its spelling when it must match so written (it has a capital letter: "Sie"), else null. */
  cased: (string | null)[];
  role: Role;
  cls: string;
}

/** A word or phrase of a class found in the text. */
interface Unit {
  role: Role;
  cls: string;
  from: number;
  to: number;
  /** Its sentence (by number), for the look-around. */
  sentence: number;
  /** Its first and last word's number in the text. */
  first: number;
  last: number;
  /** A possessive read as an object keeps its mark class here. */
  mark?: string;
  /** A possessive's phrase whose words no class knows ("your coach"): an object only by its possessive. */
  unknownHead?: boolean;
  /** An action whose phrase ends on a complement word ("object to") with a word right after it. */
  complement?: boolean;
  /** A party named by its own name (`names`): the name as written. */
  name?: string;
}

/** One reading of a clause around an action. Offsets are in the text read. */
export interface Frame {
  /** The subject's class, `passive` (no agent, passive voice), `other` (a subject no class knows, `subject-unknown`) or `none`. */
  actor: string;
  modals: string[];
  action: string;
  /** The object's class (a pronoun read as the last object before it), `other` (words no class knows after a complement: "object to a ruling"), or `none`. */
  object: string;
  negated: boolean;
  /** The sentence's conditions, and its marks with the classes of every object it names: each class once, shared by the sentence's readings (not to be changed). */
  conditions: readonly string[];
  marks: readonly string[];
  from: number;
  to: number;
  /** The furthest offset of a unit the reading used, the sentence's marks included (for a list item read with its lead-in). */
  reach: number;
  /** The parties its sentence names by their own names (`names`), as written: shared by the sentence's readings. */
  names: readonly string[];
}

export interface CompiledSpec {
  actor: Set<string> | null;
  modal: Set<string> | null;
  action: Set<string>;
  object: Set<string> | null;
  condition: Set<string> | null;
  with: string[];
  without: string[];
  negated: boolean | 'any';
  kind: 'phrase' | 'partial' | 'absence';
  gives: string[];
  completes: boolean;
}

export interface FrameLanguage {
  /** First word (or `*` and a stem's first four letters) → the phrases that start with it. */
  index: Map<string, Entry[]>;
  numbers: Set<string>;
  /** The first four letters of every stem (`delet*`), and whether any phrase starts with a number. */
  stems: Set<string>;
  numbered: boolean;
  /** Pronouns that are also determiners ("that collection"). */
  determiners: Set<string>;
  /** Articles that may stand before a party's own name after a comma (`articles`). */
  articles: Set<string>;
  /** The reader as an indirect object (`indirect`): its pronouns, the articles after them, the infinitive's words. */
  indirect: { pronouns: Set<string>; articles: Set<string>; to: Set<string>; beforeVerb: boolean; clause: Set<string> } | null;
  /** `joiners`: the words that join a list's last item; empty where the language has none (a comma before an object is then a list's). */
  joiners: Set<string>;
  /** Possessive mark classes and the object class a possessive's phrase is (`owned`: one or a list). */
  owned: OwnedSpec[];
  /** Sentence-opening subject words that resume the sentence before's subject of a class (`resumes`). */
  resumes: Map<string, string>;
  /** Compound heads (`-daten`) by their letters, and the lengths they come in, longest first. */
  heads: Map<string, Entry>;
  headLengths: number[];
  /** Elided words read apart from the word they are joined to ("l'"). */
  elisions: Set<string>;
  /** Words that end an action's phrase before its object ("object to"): `complements`. */
  complements: Set<string>;
  /** `sources`: words that say "from" or "by", the actor classes that may follow them, the mark they give. */
  sources: { words: Set<string>; actors: Set<string>; mark: string; names: Set<string> | null; anyone: boolean }[];
  /** Words written with a capital that are no party's name (months, days, places), after a `sources` word with `names` and after a `names` word alike (`not-names`). */
  notNames: Set<string>;
  /** `not-names` and `service-kinds` together, for `@` in a phrase. */
  named: NameWords;
  /** `names`: a party named by its own name after one of `after`; null where the language has none. */
  names: { after: Set<string>; mark: string; follow: Set<string>; staff: Set<string>; internal: Set<string>; ours: Set<string> } | null;
  /** `infinitive`: an end named by any verb after "to"; null where the language has none. */
  infinitive: { words: Set<string>; mark: string; not: Set<string>; endings: string[]; notAfter: Set<string>; participle: string[]; verbEndings: string[]; shape: string[]; clitics: Set<string> } | null;
  /** How many words a phrase's gap may span. */
  gap: number;
  subjectAfterVerb: boolean;
  modalBeforeSubject: boolean;
  negationAfterVerb: boolean;
  passiveAfterVerb: boolean;
  subjectAcrossColon: boolean;
  pronounAcrossSentence: boolean;
  /** `subject-unknown`: a clause's subject no actor class knows is `other`, not `none`. */
  subjectUnknown: boolean;
  /** `unknown-subject`: mark classes whose words count as a subject's, and a finite verb's endings before which one word is a subject. */
  unknownShapes: { marks: Set<string>; finite: RegExp | null };
  /** Endings of a verb's continuous form: after a form of "to be" it is no passive ("we are not giving"). */
  progressive: string[];
  /** A writer who speaks as "I" (`singular`): the subject words, how their verb's form is made one the classes list, whether a clause's last word is tried, the class in a question. */
  singular: { subjects: Set<string>; forms: [RegExp, string][]; last: boolean; reader: string } | null;
  /** The readings of a blanket "we collect nothing about you" (`blanket`). */
  blanket: CompiledSpec[];
  /** Per requirement: its readings, its vetoes, and whether a reading is a statement of absence. */
  requirements: Map<string, { frames: CompiledSpec[]; vetoes: CompiledSpec[]; absent: boolean }>;
  /** How a question heading answered "Yes" or "No" reads as a statement (leadStatement); null: joined to its answer only. */
  questions: Questions | null;
}

interface Questions {
  yes: Set<string>;
  no: Set<string>;
  /** null: any word opens a yes/no question. */
  verbs: Set<string> | null;
  asking: Set<string>;
  swap: Map<string, string>;
  subject: Map<string, string>;
  forms: Map<string, string>;
  subjects: Set<string>;
  controller: Set<string>;
  said: string;
  saidNot: string;
  asked: string;
}

const mapOf = (r: Record<string, string> | undefined) => new Map(Object.entries(r ?? {}).map(([k, v]) => [String(k), String(v)]));

function compileQuestions(q: QuestionsData | undefined): Questions | null {
  if (!q) return null;
  const lower = (x: string[] | undefined) => new Set((x ?? []).map(norm));
  const verbs = (q.verbs ?? []).map(norm);
  return {
    yes: lower(q.yes),
    no: lower(q.no),
    verbs: verbs.includes('*') ? null : new Set(verbs),
    asking: lower(q.asking),
    swap: mapOf(q.swap),
    subject: mapOf(q.subject),
    forms: mapOf(q.forms),
    subjects: new Set([...(q.reader ?? []), ...(q.controller ?? [])].map(String)),
    controller: new Set((q.controller ?? []).map(String)),
    said: q.said,
    saidNot: q['said-not'],
    asked: q.asked,
  };
}

const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x.map(String) : [String(x)]);
const setOf = (x: string | string[] | undefined): Set<string> | null => (x === undefined ? null : new Set(list(x)));

function compileSpec(s: FrameSpec): CompiledSpec {
  return {
    actor: setOf(s.actor),
    modal: setOf(s.modal),
    action: new Set(list(s.action)),
    object: setOf(s.object),
    condition: setOf(s.condition),
    with: list(s.with),
    without: list(s.without),
    negated: s.negated ?? false,
    kind: s.kind ?? 'phrase',
    gives: list(s.gives),
    completes: s.completes === true,
  };
}

const norm = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** The key a word is indexed by: itself, or for a stem (`delet*`) `*` and its first four letters. */
function keyOf(word: string): string {
  return word.endsWith('*') ? `*${word.slice(0, Math.min(4, word.length - 1))}` : word;
}

/** A frames.yaml's `owned`, one entry or a list, as a list. */
const ownedOf = (d: FramesData): OwnedSpec[] => (d.owned === undefined ? [] : Array.isArray(d.owned) ? d.owned : [d.owned]);

function buildFrames(data: (FramesData | undefined)[]): FrameLanguage {
  // The document's own language when it has a reader; English otherwise.
  const d: FramesData = data.find((x) => x && Object.keys(x.requirements ?? {}).length) ?? data[0] ?? {};
  const index = new Map<string, Entry[]>();
  const heads = new Map<string, Entry>();
  const add = (phrase: string, role: Role, cls: string) => {
    const spelt = String(phrase).replace(/’/g, "'").split(/\s+/).filter(Boolean);
    const words = spelt.map(norm);
    if (!words.length) return;
    const cased = spelt.map((w) => (w !== norm(w) ? w : null));
    // A compound's head ("-daten"): a word of its own, looked up by a word's last letters.
    if (words.length === 1 && words[0].length > 1 && words[0].startsWith('-')) {
      const head = words[0].slice(1);
      if (!heads.has(head)) heads.set(head, { words: [head], cased: [null], role, cls });
      return;
    }
    const k = keyOf(words[0]);
    const l = index.get(k) ?? [];
    l.push({ words, cased, role, cls });
    index.set(k, l);
  };
  const classes: [Role, Record<string, string[]> | undefined][] = [
    ['actor', d.actors],
    ['modal', d.modals],
    ['action', d.actions],
    ['object', d.objects],
    ['condition', d.conditions],
    ['mark', d.marks],
  ];
  for (const [role, rec] of classes) for (const [cls, words] of Object.entries(rec ?? {})) for (const w of words ?? []) add(w, role, cls);
  // A clitic is a pronoun that may also stand before its verb (listed first: it wins the tie with
  // the same word among the pronouns).
  for (const w of d.clitics ?? []) add(w, 'pronoun', 'clitic');
  for (const [role, words] of [['negator', d.negators], ['passive', d.passive], ['pronoun', d.pronouns], ['break', d.breaks], ['stop', d.stops]] as const) for (const w of words ?? []) add(w, role, role);
  const requirements = new Map<string, { frames: CompiledSpec[]; vetoes: CompiledSpec[]; absent: boolean }>();
  for (const [id, r] of Object.entries(d.requirements ?? {})) {
    const frames = (r.frames ?? []).map(compileSpec);
    requirements.set(id, { frames, vetoes: (r.vetoes ?? []).map(compileSpec), absent: frames.some((s) => s.kind === 'absence') });
  }
  const stems = new Set([...index.keys()].filter((k) => k.startsWith('*')).map((k) => k.slice(1)));
  const order = d.order ?? {};
  return {
    index,
    numbers: new Set((d.numbers ?? []).map(norm)),
    stems,
    numbered: index.has('#'),
    determiners: new Set((d.determiners ?? []).map(norm)),
    articles: new Set((d.articles ?? []).map(norm)),
    indirect: d.indirect ? { pronouns: new Set(d.indirect.pronouns.map(norm)), articles: new Set(d.indirect.articles.map(norm)), to: new Set((d.indirect.to ?? []).map(norm)), beforeVerb: d.indirect['before-verb'] === true, clause: new Set((d.indirect.clause ?? []).map(norm)) } : null,
    joiners: new Set((d.joiners ?? []).map(norm)),
    owned: ownedOf(d),
    resumes: new Map((d.resumes ?? []).map((r) => [r.word, r.class])),
    heads,
    headLengths: [...new Set([...heads.keys()].map((h) => h.length))].sort((a, b) => b - a),
    elisions: new Set((d.elisions ?? []).map(norm)),
    complements: new Set((d.complements ?? []).map(norm)),
    sources: (d.sources ?? []).map((x) => ({ words: new Set(x.words.map(norm)), actors: new Set(x.actors.map(String)), mark: String(x.mark), names: x.names ? new Set(x.names.map(norm)) : null, anyone: x.anyone === true })),
    notNames: new Set((d['not-names'] ?? []).map(norm)),
    named: { not: new Set((d['not-names'] ?? []).map(norm)), kinds: new Set((d['service-kinds'] ?? []).map(norm)) },
    names: d.names
      ? {
          after: new Set(d.names.after.map(norm)),
          mark: String(d.names.mark),
          follow: new Set((d.names.follow ?? []).map(norm)),
          staff: new Set((d.names.staff ?? []).map(norm)),
          internal: new Set((d.names.internal ?? []).map(norm)),
          ours: new Set((d.names.ours ?? []).map(norm)),
        }
      : null,
    infinitive: d.infinitive ? { words: new Set(d.infinitive.words.map(norm)), mark: String(d.infinitive.mark), not: new Set((d.infinitive.not ?? []).map(norm)), endings: (d.infinitive.endings ?? []).map(norm), notAfter: new Set((d.infinitive.notAfter ?? []).map(norm)), participle: (d.infinitive.participle ?? []).map(norm), verbEndings: (d.infinitive.verbEndings ?? []).map(norm), shape: (d.infinitive.shape ?? []).map(norm), clitics: new Set((d.infinitive.clitics ?? []).map(norm)) } : null,
    gap: d.gap ?? GAP,
    subjectAfterVerb: order['subject-after-verb'] === true,
    modalBeforeSubject: order['modal-before-subject'] === true,
    negationAfterVerb: order['negation-after-verb'] === true,
    passiveAfterVerb: order['passive-after-verb'] === true,
    subjectAcrossColon: order['subject-across-colon'] === true,
    pronounAcrossSentence: order['pronoun-across-sentence'] === true,
    subjectUnknown: order['subject-unknown'] === true,
    unknownShapes: { marks: new Set(d['unknown-subject']?.marks ?? []), finite: d['unknown-subject']?.finite?.length ? new RegExp(`(?:${d['unknown-subject'].finite.join('|')})$`, 'u') : null },
    progressive: (d.progressive ?? []).map(norm),
    singular: d.singular ? { subjects: new Set(d.singular.subjects.map(norm)), forms: d.singular.forms.map(([re, to]) => [new RegExp(`${re}$`, 'u'), to]), last: d.singular.last === true, reader: d.singular.reader ?? 'reader' } : null,
    requirements,
    blanket: (d.blanket ?? []).map(compileSpec),
    questions: compileQuestions(d.questions),
  };
}

/** An answer's first word before a stop or the answer's end ("Yes, in the settings", "No."; not "No problem"). */
const ANSWER = lazily(() => /^\s*(\p{L}+)(?=\s*(?:[.,;:!\u2013\u2014-]|$))/u);
/** A question's words: letters and digits, apostrophes inside; a hyphen splits an inverted subject ("Puis-je"). */
const QUESTION_WORD = lazily(() => /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);

/** Whether a word is a question verb or opens a modal, an action or a passive phrase of the language ("have", "hold", "can"). */
function opensVerb(lang: FrameLanguage, q: Questions, word: string | undefined): boolean {
  if (word === undefined) return false;
  const w = norm(word);
  return (!!q.verbs && q.verbs.has(w)) || (lang.index.get(w) ?? []).some((e) => e.role === 'modal' || e.role === 'action' || e.role === 'passive');
}

/**
 * A word in the answerer's words: as written when the swap lists it so ("Sie"), else by its lower
 * case; an elided pronoun the swap lists with its apostrophe is swapped before its word ("m’opposer"
 * is "vous opposer": `m'` in the swap).
 */
const swapped = (q: Questions, w: string) => q.swap.get(w) ?? q.swap.get(norm(w)) ?? swappedElision(q, w) ?? w;
const ELIDED = lazily(() => /^(\p{L}+)['’](\p{L}[\p{L}\p{N}'’]*)$/u);
function swappedElision(q: Questions, w: string): string | undefined {
  toMachineCode(ELIDED(), w);
  const m = ELIDED().exec(w);
  const to = m ? q.swap.get(`${norm(m[1])}'`) : undefined;
  return to === undefined ? undefined : `${to} ${m![2]}`;
}

/**
 * A lead-in as the statement reader reads it with its list item or answer (`said`, read before the
 * text): a list's lead-in without its colon, so its subject and modality reach into each item ("You
 * can ask us to:" over "send you what we hold about you"); a yes/no question heading as the
 * statement its answer's "Yes" or "No" makes, in the answerer's words (`stated`: "Can I delete my
 * account?" over "Yes, in the settings" reads "you can delete your account"; over "No." "you can
 * not …"; "Can you erase my records?" over "Yes." reads "we can erase your records if you ask": the
 * reader asked; "Do you sell my data?" over "No." reads "we do not sell your data"); another question
 * joined to its answer as one sentence ("What if my details are wrong?" over "Tell us and we will
 * put them right"), or nothing over "No" ("Will my data be deleted if I ask?" over "No, we keep it").
 * The words are the language's (`questions` in frames.yaml); a language without them joins every
 * question to its answer. Linear in the lead's length.
 */
export function leadStatement(lang: FrameLanguage, lead: string, answer: string): { said: string; stated: boolean; denied?: boolean } {
  const t = lead.trim();
  if (t.endsWith(':')) return { said: t.replace(/\s*:$/, ''), stated: false };
  if (!t.endsWith('?')) return { said: lead, stated: false };
  const q = lang.questions;
  const body = t.slice(0, -1).trim();
  if (!q) return { said: `${body},`, stated: false };
  const word = ANSWER().exec(answer)?.[1];
  const reply = word === undefined ? '' : q.yes.has(norm(word)) ? 'yes' : q.no.has(norm(word)) ? 'no' : '';
  // The answer counts only by its first word's reply: every paragraph under a question heading, at
  // every check, asked this again (memo.ts: remembered by the question, the reply as its key).
  return rememberFor(memoOf(questionMemos, lang), lead, reply, () => questionStatement(lang, q, body, reply));
}

/** Per reader, a question lead-in's reading by its reply (leadStatement); per reader and requirement, a sentence's veto (frameVeto). */
const questionMemos = new WeakMap<FrameLanguage, TextMemo<string, { said: string; stated: boolean; denied?: boolean }>>();
const vetoMemos = new WeakMap<FrameLanguage, TextMemo<string, boolean>>();
function memoOf<V>(memos: WeakMap<FrameLanguage, TextMemo<string, V>>, lang: FrameLanguage): TextMemo<string, V> {
  let m = memos.get(lang);
  if (!m) memos.set(lang, (m = new Map()));
  return m;
}

/** leadStatement of a question (`body`, without its mark) over an answer whose first word replies `reply`. */
function questionStatement(lang: FrameLanguage, q: Questions, body: string, reply: '' | 'yes' | 'no'): { said: string; stated: boolean; denied?: boolean } {
  toMachineCode(QUESTION_WORD(), body);
  const words = [...body.matchAll(QUESTION_WORD())];
  const asked = words.map((m) => swapped(q, m[0]));
  // "Can you …", "… everything you have about me": a subject (right after the question's verb, or
  // before a verb, a modal or an action the language knows and not after one: "stop you using" keeps
  // its object), in the answerer's words ("us" is "we").
  for (let i = 1; i < asked.length; i++) {
    const as = q.subject.get(asked[i]);
    if (as !== undefined && (i === 1 || (opensVerb(lang, q, words[i + 1]?.[0]) && !opensVerb(lang, q, words[i - 1][0])))) asked[i] = as;
  }
  const verb = words[0] ? norm(words[0][0]) : '';
  const subject = asked[1] ?? '';
  const isYesNo = !!reply && asked.length > 2 && (!q.verbs || q.verbs.has(verb)) && (q.subjects.has(subject) || q.subjects.has(norm(subject)));
  if (!isYesNo) {
    // A question not made a statement is joined to its answer, unless that answer is "No": then the
    // question says nothing.
    if (reply === 'no') return { said: '', stated: false };
    let n = 0;
    return { said: `${body.replace(QUESTION_WORD(), () => asked[n++])},`, stated: false };
  }
  const rest = body.slice(words[1].index! + words[1][0].length);
  let n = 2;
  const restSaid = rest.replace(QUESTION_WORD(), () => asked[n++]);
  const form = q.forms.get(verb) ?? verb;
  const template = reply === 'no' ? q.saidNot : q.said;
  // What the reader asks the controller to do is done at their request ("Can you erase my records?" "Yes.").
  const request = q.asking.has(verb) && (q.controller.has(subject) || q.controller.has(norm(subject))) ? ` ${q.asked}` : '';
  const said = template.replace('{subject}', subject).replace('{verb}', form).replace('{rest}', restSaid.trimStart());
  return { said: `${said}${request},`, stated: true, denied: reply === 'no' };
}

/** A statement reader of the given data (the tests' own small languages). */
export const framesFrom = (data: FramesData): FrameLanguage => buildFrames([data]);

const readers = new Map<string, FrameLanguage>();
/**
 * A language's statement reader, built once. Its number words (`#`) are the language's values
 * (values.yaml: "vierzehn", "vijfentwintig", "quatorze", one reader of number words for periods,
 * cues and frames) and the few its frames.yaml adds ("a", "an").
 */
export function frameLanguage(language: string): FrameLanguage {
  let reader = readers.get(language);
  if (!reader) {
    const built = fromLanguageData(language, 'frames', buildFrames);
    const notNames = new Set([...built.notNames, ...valueWords(language).months.keys()]);
    reader = { ...built, numbers: new Set([...built.numbers, ...valueWords(language).numbers.keys()]), notNames, named: { not: notNames, kinds: built.named.kinds } };
    readers.set(language, reader);
  }
  return reader;
}

/** Words (letters and digits, joined by an apostrophe or a hyphen; a plural's apostrophe, "members'") and the punctuation that ends a clause or a sentence. */
/**
 * An e-mail address is one word, read as `ADDRESS_WORD` (a class may name it: "email e-mail-address" is the condition "email
 * us" said with our address); its local part is read at most 64 characters back, so a long run of dots costs no more.
 */
const ADDRESS_TOKEN = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const WORD_OR_MARK = String.raw`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:(?<=s)['’](?=\s))?|[.,;:!?()]`;
const TOKEN = lazily(() => new RegExp(`${ADDRESS_TOKEN}|${WORD_OR_MARK}`, 'gu'));
/**
 * TOKEN for a text without `@`, where no address can match: the same tokens. The address branch,
 * tried first at every word, read each word to its end and back looking for `@` (half of TOKEN's
 * time on real policies, the most run expression of a check: scripts/profile-lists.js).
 */
const PLAIN_TOKEN = new RegExp(WORD_OR_MARK, 'gu');
const ADDRESS_WORD = 'e-mail-address';
const SENTENCE_END = new Set(['.', '!', '?']);
const SPACE = /\s/;
/** Punctuation that opens a new clause (a subject is still looked for across a comma: "and, if so, get a copy"). */
const HARD = new Set([';', ':', '(', ')']);

/** A number: digits, a number word, or number words joined by a hyphen ("thirty-five"). */
const isNumber = (token: string, numbers: Set<string>) => /^\d+$/.test(token) || numbers.has(token) || (token.includes('-') && token.split('-').every((p) => numbers.has(p)));

interface Token {
  /** The word in lower case, and as written (apostrophes straightened). */
  w: string;
  raw: string;
  from: number;
  to: number;
}

function wordMatches(pattern: string, cased: string | null, token: Token, numbers: Set<string>, named: NameWords = NO_NAMES): boolean {
  if (pattern === '#') return isNumber(token.w, numbers);
  // "@": a word written with a capital that names a party (none of `not-names`): "sign in with Google";
  // "@-konto": such a word that ends so ("mit Ihrem Apple-Konto").
  // "@" alone also stands for a word that names another service by its kind (`service-kinds`: "your social media account").
  if (pattern === '@' && named.kinds.has(token.w)) return true;
  if (pattern.startsWith('@')) return nameWord(token, named.not) && token.w.length > pattern.length - 1 && token.w.endsWith(pattern.slice(1));
  if (cased !== null) return cased === token.raw;
  if (!pattern.endsWith('*')) return pattern === token.w;
  // "*zu*": the letters inside a word, with letters before and after them ("anzurufen", "weiterzugeben").
  if (pattern.startsWith('*') && pattern.length > 2) {
    const at = token.w.indexOf(pattern.slice(1, -1), 1);
    return at > 0 && at + pattern.length - 2 < token.w.length;
  }
  return token.w.startsWith(pattern.slice(0, -1));
}

/** Words written with a capital that name no party (`not-names`), and words that name another service by its kind (`service-kinds`). */
interface NameWords {
  not: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
}
const NO_NAMES: NameWords = { not: new Set(), kinds: new Set() };

/** At most this many words stand in a phrase's gap (`...`), unless the language says otherwise (`gap`). */
const GAP = 6;

/**
 * Whether a phrase's words stand at token i: how many words its part before a gap (`...`) covers
 * (all of them if it has none), or 0. After a gap, the rest must follow within GAP words, in one
 * sentence.
 */
function headMatch(e: Entry, tokens: Token[], i: number, numbers: Set<string>, maxGap: number, named: NameWords = NO_NAMES): number {
  const { words, cased } = e;
  const gap = words.indexOf('...');
  const head = gap < 0 ? words.length : gap;
  if (head === 0 || i + head > tokens.length) return 0;
  for (let k = 0; k < head; k++) if (!wordMatches(words[k], cased[k], tokens[i + k], numbers, named)) return 0;
  if (gap < 0) return head;
  for (let skip = 1; skip <= maxGap; skip++) {
    const at = i + head + skip;
    if (at + words.length - gap - 1 > tokens.length) break;
    if (SENTENCE_END.has(tokens[at - 1].w)) break;
    let ok = true;
    for (let k = gap + 1; k < words.length && ok; k++) ok = wordMatches(words[k], cased[k], tokens[at + k - gap - 1], numbers, named);
    if (ok) return head;
  }
  return 0;
}

/** The compound head a word ends on ("kundendaten" on "-daten"), the longest the language has. */
function headOf(lang: FrameLanguage, w: string): Entry | undefined {
  for (const n of lang.headLengths) {
    if (n > w.length) continue;
    const e = lang.heads.get(w.length === n ? w : w.slice(w.length - n));
    if (e) return e;
  }
  return undefined;
}

/** Whether a word is of a stem the language lists (`corrig*`). */
function byStem(lang: FrameLanguage, t: Token): boolean {
  if (t.w.length < 4 || !lang.stems.has(t.w.slice(0, 4))) return false;
  return (lang.index.get(`*${t.w.slice(0, 4)}`) ?? []).some((e) => wordMatches(e.words[0], e.cased[0], t, lang.numbers));
}

/** The text's words and punctuation; an elided word ("l'", "qu'") apart from the word it is joined to. */
function tokensOf(lang: FrameLanguage, text: string): Token[] {
  const tokens: Token[] = [];
  const token = text.includes('@') ? TOKEN() : PLAIN_TOKEN;
  toMachineCode(token, text);
  token.lastIndex = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    const from = m.index;
    const cut = lang.elisions.size ? raw.indexOf("'") + 1 : 0;
    if (cut > 1 && cut < raw.length && lang.elisions.has(norm(raw.slice(0, cut)))) {
      tokens.push({ w: norm(raw.slice(0, cut)), raw: raw.slice(0, cut), from, to: from + cut });
      tokens.push({ w: norm(raw.slice(cut)), raw: raw.slice(cut), from: from + cut, to: from + raw.length });
    } else tokens.push({ w: raw.includes('@') ? ADDRESS_WORD : raw.toLowerCase(), raw, from, to: from + raw.length });
  }
  insertionsAsCommas(tokens);
  if (lang.singular) singularForms(lang, lang.singular, tokens);
  return tokens;
}

/** Whether a word is a phrase's first word of some action class, or of an action's stem. */
function opensAction(lang: FrameLanguage, w: string): boolean {
  if ((lang.index.get(w) ?? []).some((e) => e.role === 'action')) return true;
  return w.length >= 4 && lang.stems.has(w.slice(0, 4)) && (lang.index.get(`*${w.slice(0, 4)}`) ?? []).some((e) => e.role === 'action' && w.startsWith(e.words[0].slice(0, -1)));
}

/** Whether a word is known to some class (as a whole word or by a stem) or is an elided one. */
const known = (lang: FrameLanguage, w: string) => lang.index.has(w) || lang.elisions.has(w) || (w.length >= 4 && lang.stems.has(w.slice(0, 4)) && (lang.index.get(`*${w.slice(0, 4)}`) ?? []).some((e) => w.startsWith(e.words[0].slice(0, -1))));

/**
 * A writer who speaks as "I" (`singular`): the verb next to that subject, in the first person form
 * no class lists ("gebruik ik", "ich speichere", "je les transmets"), is read as the form the classes
 * list ("gebruiken", "speichern", "transmettre"), by the language's rules for the word's end; a word
 * that already opens an action stays as it is (a noun of the same letters, "gebruik", is the verb there). Tried: the word right before the subject (the verb second
 * after a clause opened by another word: "Die gebruik ik …"), the word after it past at most two
 * short words a class knows (a negator, a clitic: "je ne les transmets"), and with `last` the last
 * word of the subject's clause ("…, die ich speichere,").
 */
function singularForms(lang: FrameLanguage, singular: NonNullable<FrameLanguage['singular']>, tokens: Token[]): void {
  const word = (k: number) => k >= 0 && k < tokens.length && /^\p{L}/u.test(tokens[k].w);
  const clauseEnd = (k: number) => k >= tokens.length || SENTENCE_END.has(tokens[k].w) || HARD.has(tokens[k].w) || tokens[k].w === ',';
  // Each clause's end, found once for all subjects (one pass: a run of "ich ich ich …" stays linear).
  let ends: Int32Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!singular.subjects.has(tokens[i].w)) continue;
    const at = [i - 1];
    for (let k = i + 1; k <= i + 3 && word(k); k++) {
      at.push(k);
      if (!known(lang, tokens[k].w) || tokens[k].w.length > 4) break;
    }
    if (singular.last) {
      ends ??= firstFrom(tokens.length, clauseEnd);
      const k = ends[i + 1];
      if (k - 1 > i + 1) at.push(k - 1);
    }
    for (const k of at) {
      if (!word(k) || opensAction(lang, tokens[k].w)) continue;
      for (const [re, to] of singular.forms) {
        const w = tokens[k].w.replace(re, to);
        if (w !== tokens[k].w && opensAction(lang, w)) {
          tokens[k] = { ...tokens[k], w };
          break;
        }
      }
    }
  }
}

/** At most this many words stand in brackets read as an insertion (insertionsAsCommas). */
const INSERTION = 8;

/**
 * A short insertion in brackets with no clause of its own ("ask us to have your record (or part of
 * it) destroyed") is read as if set off by commas: the clause goes on across it. A longer one, or one
 * with a sentence end, a colon or a semicolon inside, still closes the clause.
 */
function insertionsAsCommas(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].w !== '(') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= INSERTION + 1 && tokens[j].w !== ')' && tokens[j].w !== '(' && !SENTENCE_END.has(tokens[j].w) && !HARD.has(tokens[j].w)) j++;
    if (j < tokens.length && tokens[j].w === ')' && j > i + 1) {
      tokens[i] = { ...tokens[i], w: ',', raw: ',' };
      tokens[j] = { ...tokens[j], w: ',', raw: ',' };
      i = j;
    }
  }
}

/** The text's units: at each word, its longest phrase of any class (the first listed on a tie); each sentence's first offset into `starts`. */
function unitsOf(lang: FrameLanguage, text: string, starts: number[] = [], tokens = tokensOf(lang, text)): Unit[] {
  const units: Unit[] = [];
  let sentence = 0;
  // Whether a subject already stands in the clause: a word that is both a subject and a possessive
  // ("je") is then the possessive ("Je kunt ons vragen je klantprofiel te verwijderen").
  let subject = false;
  // The class of the clause's subject so far (`byActor`), and the first subject's class of this
  // sentence and of the one before (`resumes`); whether the next word opens a sentence.
  let clauseActor: string | undefined;
  let firstActor: string | undefined;
  let previousFirst: string | undefined;
  let opening = true;
  // Whether an action stands before in the sentence: a name after "from" before any verb is part of the
  // subject ("L'association Les Jardins du Quartier Nord collecte …"), no source.
  let acted = false;
  // The sentence's first word (a source word there names a source before the verb: "From X, we receive …").
  let sentenceFirst = 0;
  // The last word that names an agent or a goal (`names`: "by", "to"), in this clause.
  let namesAt = -1;
  // Where each sentence ends, found once when a first-person subject needs it (questionAt).
  const sentenceEnds: { ends?: Int32Array } = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opens = opening;
    opening = false;
    if (opens) sentenceFirst = i;
    starts[sentence] ??= t.from;
    if (SENTENCE_END.has(t.w) || HARD.has(t.w)) namesAt = -1;
    if (lang.names?.after.has(t.w) && t.raw === t.w) namesAt = i;
    // A comma inside a list of objects ("your name, email and address to the courier") opens no clause: the clause keeps its
    // subject, so a party's word after the list is still the recipient mark, however long the list (session 36).
    if (SENTENCE_END.has(t.w) || HARD.has(t.w) || (t.w === ',' && !listComma(lang, tokens, i, units))) (subject = false), (clauseActor = undefined);
    if (SENTENCE_END.has(t.w)) {
      if (endsSentence(text, tokens, i)) {
        sentence++;
        acted = false;
        previousFirst = firstActor;
        firstActor = undefined;
        opening = true;
      }
      continue;
    }
    if (t.w === ',') {
      units.push({ role: 'break', cls: ',', from: t.from, to: t.to, sentence, first: i, last: i });
      continue;
    }
    if (HARD.has(t.w)) {
      // A list of sources after a colon: "we may also obtain personal data from: (a) the opposing party; (b) courts"
      // (not "from: you, when you fill in the form": the reader first).
      const listed = t.w === ':' && i > 0 ? colonSource(lang, tokens, i) : undefined;
      if (listed) units.push({ role: 'mark', cls: listed, from: t.from, to: t.to, sentence, first: i, last: i });
      units.push({ role: 'break', cls: 'hard', from: t.from, to: t.to, sentence, first: i, last: i });
      continue;
    }
    let best: Entry | undefined;
    let bestHead = 0;
    const own = lang.index.get(t.w);
    const stem = t.w.length >= 4 && lang.stems.has(t.w.slice(0, 4)) ? lang.index.get(`*${t.w.slice(0, 4)}`) : undefined;
    const number = lang.numbered && isNumber(t.w, lang.numbers) ? lang.index.get('#') : undefined;
    for (const candidates of [own, stem, number]) {
      if (!candidates) continue;
      for (const e of candidates) {
        if (best && e.words.length <= best.words.length) continue;
        const head = headMatch(e, tokens, i, lang.numbers, lang.gap, lang.named);
        if (head) {
          best = e;
          bestHead = head;
        }
      }
    }
    // A compound no class lists whole is read by its head ("Kundendaten": data).
    if (!best && lang.headLengths.length && t.w.length >= 4) {
      best = headOf(lang, t.w);
      bestHead = 1;
    }
    // A party named by its own name (`names`): "hosted by Greenroof", "sent through our booking system, TableNest".
    if (!best && !opens && namesAt >= 0 && i - namesAt <= NAME_AFTER) {
      const end = partyName(lang, tokens, i);
      if (end >= 0) {
        units.push({ role: 'mark', cls: lang.names!.mark, from: t.from, to: tokens[end].to, sentence, first: i, last: end, name: text.slice(t.from, tokens[end].to) });
        namesAt = -1;
        i = end;
        continue;
      }
    }
    // An end named by any verb (`infinitive`): "to work out the fee", "to text you".
    // A preposition that stops an object's reach (`stops`: « pour ») is the mark where a verb follows it.
    const verbAt = (!best || (best.role === 'stop' && bestHead === 1)) && lang.infinitive?.words.has(t.w) && !(i > 0 && lang.infinitive.notAfter.has(tokens[i - 1].w)) ? infinitiveAt(lang, tokens, i + 1) : -1;
    if (verbAt > 0) {
      units.push({ role: 'mark', cls: lang.infinitive!.mark, from: t.from, to: tokens[verbAt].to, sentence, first: i, last: verbAt });
      i = verbAt;
      continue;
    }
    // A number alone is a unit only inside a phrase ("# days").
    if (!best) {
      // A party named by its own name after a `sources` word with `names` ("from Fairway Central"): its mark.
      const named = opens ? undefined : namedSource(lang, tokens, i, acted, sentenceFirst);
      if (named) units.push({ role: 'mark', cls: named, from: t.from, to: t.to, sentence, first: i, last: i });
      continue;
    }
    // A word of a verb's, a subject's, a mark's ("by us") or another preposition ("by us in Leeds") ends the phrase a name may stand at the end of.
    if (best.role !== 'object' && best.role !== 'pronoun' && i !== namesAt) namesAt = -1;
    if (best.role === 'break') subject = false;
    // A subject word that is also a possessive (listed in both: "je"), after the clause's subject and
    // before a noun (a word no class knows, or an object's), is the possessive.
    // At a sentence's start, only before a noun an object class knows ("Je naam en adres sturen we
    // door …"; not "Je kiest zelf …", whose verb no class knows).
    if (best.role === 'actor' && (subject || opens) && lang.owned.length && own) {
      const mark = own.find((e) => e.role === 'mark' && e.words.length === 1 && lang.owned.some((o) => o.mark === e.cls));
      const next = tokens[i + 1];
      const noun = next && ((lang.index.get(next.w) ?? []).some((e) => e.role === 'object') || (!lang.index.has(next.w) && headOf(lang, next.w)?.role === 'object'));
      if (mark && next && /^[\p{L}]/u.test(next.w) && (subject ? !opensUnit(lang, next.w) || noun : noun || (!opensUnit(lang, next.w) && inverted(lang, tokens, i + 2)))) {
        best = mark;
        bestHead = 1;
      }
    }
    // A word both a subject's and a mark's other than a possessive ("imprimeur": a third party, and
    // a recipient), once the clause has its subject, is the mark ("Nous transmettons votre adresse à l'imprimeur").
    if (best.role === 'actor' && subject && own) {
      const head = bestHead;
      for (const e of own) {
        const n = e.role === 'mark' && !lang.owned.some((o) => o.mark === e.cls) ? headMatch(e, tokens, i, lang.numbers, lang.gap, lang.named) : 0;
        if (n >= head && n >= (best.role === 'mark' ? bestHead : 0)) (best = e), (bestHead = n);
      }
    }
    // "Zwei Steuerberater sind beauftragt. Sie können …": a word that resumes the sentence before's subject.
    const resumed = opens && best.role === 'actor' ? lang.resumes.get(t.raw) : undefined;
    if (resumed && resumed === previousFirst) best = { ...best, cls: resumed };
    // The writer's "I" in a question is the reader's ("Kan ik mijn gegevens inzien?"): `singular`.
    if (best.role === 'actor' && lang.singular?.subjects.has(t.w) && questionAt(text, tokens, i, sentenceEnds)) best = { ...best, cls: lang.singular.reader };
    if (best.role === 'actor') {
      subject = true;
      clauseActor = best.cls;
      firstActor ??= best.cls;
    }
    // "that collection": a determiner before a word that opens no unit is no pronoun (its noun is
    // one the classes do not know).
    if (best.role === 'pronoun' && lang.determiners.has(t.w) && i + 1 < tokens.length && /^[\p{L}]/u.test(tokens[i + 1].w) && !lang.index.has(tokens[i + 1].w) && !headOf(lang, tokens[i + 1].w)) {
      // A clitic before a verb of a stem ("nous les corrigeons") stays one.
      if (best.cls !== 'clitic' || !byStem(lang, tokens[i + 1])) continue;
    }
    // "your saved routes": a possessive before words no class knows is an object of the reader's,
    // unless the phrase ends on a noun some object class knows ("your saved payment cards": its
    // head decides).
    const owned = best.role === 'mark' ? lang.owned.find((o) => o.mark === best!.cls) : undefined;
    if (owned) {
      let end = i + bestHead;
      // A word whose compound head is a subject's ("je vorige sportschool") ends the phrase: it is no object.
      while (end < tokens.length && end - i - bestHead < OWNED_WORDS && /^[\p{L}]/u.test(tokens[end].w) && !opensUnit(lang, tokens[end].w) && headOf(lang, tokens[end].w)?.role !== 'actor') end++;
      // The phrase's words after it, up to a word of another role than a noun's: one an object class knows is its head.
      let head = false;
      let headAt = -1;
      for (let k = end; !head && k < tokens.length && k - i - bestHead <= OWNED_WORDS && /^[\p{L}]/u.test(tokens[k].w); k++) {
        const roles = (lang.index.get(tokens[k].w) ?? []).filter((e) => headMatch(e, tokens, k, lang.numbers, lang.gap, lang.named));
        // Another possessive opens a phrase of its own ("Ihren Namen und Ihre Anschrift").
        if (roles.some((e) => e.role === 'mark' && lang.owned.some((o) => o.mark === e.cls))) break;
        head = roles.some((e) => e.role === 'object');
        if (head) headAt = roles.some((e) => e.role === 'object' && e.cls === owned.object && e.words.length === 1) ? k : -1;
        if (!head && roles.some((e) => e.role !== 'mark' && e.role !== 'actor')) break;
      }
      const cls = (clauseActor && owned.byActor?.[clauseActor]) || owned.object;
      // "Ihrer bei uns gespeicherten Daten", "uw door ons bewaarde gegevens": a preposition's
      // phrase and a participle between the possessive and its noun; the participle is no action.
      const inner = end === i + bestHead ? attributeNoun(lang, tokens, end) : -1;
      if (inner > 0) {
        units.push({ role: 'object', cls, mark: best.cls, from: t.from, to: tokens[inner].to, sentence, first: i, last: inner });
        i = inner;
        continue;
      }
      // "leurs données" after "partners": the phrase, its known noun included, is theirs; and a phrase whose
      // known noun stands past words no class knows ("your name and postal address") is one object from the
      // possessive on, so that it is still within reach of its verb.
      if (head && headAt >= 0 && (cls !== owned.object || headAt > i + bestHead)) {
        units.push({ role: 'object', cls, mark: best.cls, from: t.from, to: tokens[headAt].to, sentence, first: i, last: headAt });
        i = headAt;
        continue;
      }
      if (end > i + bestHead && !head) {
        units.push({ role: 'object', cls, mark: best.cls, from: t.from, to: tokens[end - 1].to, sentence, first: i, last: end - 1, unknownHead: true });
        i = end - 1;
        continue;
      }
    }
    // A phrase with a gap ("take … back") is a unit of its words before the gap: the words in the
    // gap (its object) are read as any others.
    const last = tokens[i + bestHead - 1];
    const unit: Unit = { role: best.role, cls: best.role === 'break' ? 'hard' : best.cls, from: t.from, to: last.to, sentence, first: i, last: i + bestHead - 1 };
    // "object to a ruling": the phrase ends on a complement word and a word follows it.
    if (best.role === 'action' && lang.complements.has(last.w) && /^\p{L}/u.test(tokens[i + bestHead]?.w ?? '')) unit.complement = true;
    // (A verb written with a capital inside a sentence is a name's word: "Les Jardins Partagés du Quartier Nord".)
    if ((best.role === 'action' || best.role === 'passive') && (opens || !/^\p{Lu}/u.test(t.raw))) acted = true;
    units.push(unit);
    i += bestHead - 1;
    // "Crashrapporten gaan naar Sentry": a phrase that ends on a `names` word names the party after it, as that word alone does.
    if (bestHead > 1 && best.role === 'action' && last.raw === last.w && lang.names?.after.has(last.w)) namesAt = i;
  }
  return units;
}

/** Whether the comma at token i stands inside a list of objects: an object's unit right before it, an object's word or a possessive right after it. */
function listComma(lang: FrameLanguage, tokens: Token[], i: number, units: Unit[]): boolean {
  const last = units[units.length - 1];
  const next = tokens[i + 1];
  if (!next || last?.role !== 'object' || last.last !== i - 1) return false;
  const entries = lang.index.get(next.w);
  const objectNext = entries ? entries.some((e) => e.role === 'object' || (e.role === 'mark' && lang.owned.some((o) => o.mark === e.cls))) : headOf(lang, next.w)?.role === 'object';
  return objectNext && (!lang.joiners.size || joinerAhead(lang, tokens, i + 1));
}

/** How far a list's joiner is looked for after a comma between objects (tokens). */
const JOINER_REACH = 24;

/**
 * Whether a list's joiner ("and", "or") follows token i before a verb, a stop or a hard break: the comma before it is a
 * list's ("your name, email and address"), not a clause's end ("Once you create your account, your bank sends us …").
 * Bounded: a list's commas each look at most JOINER_REACH tokens ahead.
 */
function joinerAhead(lang: FrameLanguage, tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + JOINER_REACH; k++) {
    const w = tokens[k].w;
    if (lang.joiners.has(w)) return true;
    if (SENTENCE_END.has(w) || HARD.has(w)) return false;
    if (lang.index.get(w)?.some(isVerb) || (byStem(lang, tokens[k]) && lang.index.get(`*${w.slice(0, 4)}`)!.some(isVerb))) return false;
  }
  return false;
}

/** An entry that is a verb of a clause (an action, a passive, a modal): `joinerAhead` stops at it. */
const isVerb = (e: Entry) => e.role === 'action' || e.role === 'passive' || e.role === 'modal';

/** Whether the sentence of token i ends on a question mark (its end as `endsSentence` finds it: "Kann ich bzw. mein Anwalt …?"). */
function questionAt(text: string, tokens: Token[], i: number, memo: { ends?: Int32Array }): boolean {
  memo.ends ??= firstFrom(tokens.length, (k) => endsSentence(text, tokens, k));
  return tokens[memo.ends[i]]?.w === '?';
}

/**
 * Whether token k ends its sentence, the one splitter of the sentence readers (unitsOf, questionAt):
 * "!" and "?" do; a full stop does unless a lower-case letter follows it ("e.g. your name", "bzw.
 * mein Anwalt": the next character after any spaces) or it stands right after a word of one letter
 * before another letter (an abbreviation or an initial: "z. B. nach", "J. Okafor").
 */
function endsSentence(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!SENTENCE_END.has(t.w)) return false;
  if (t.w !== '.') return true;
  let at = t.to;
  while (at < text.length && SPACE.test(text[at])) at++;
  const next = text[at];
  if (!next) return true;
  if (/\p{Ll}/u.test(next)) return false;
  const before = tokens[k - 1];
  return !(before && before.to === t.from && /^\p{L}$/u.test(before.raw) && /\p{L}/u.test(next));
}

/**
 * For each index k in 0..n, the first index at or after k where `stop` holds (n where none does):
 * one backward pass, so a scan to the end of a clause or sentence for every token stays linear.
 */
function firstFrom(n: number, stop: (k: number) => boolean): Int32Array {
  const out = new Int32Array(n + 1);
  out[n] = n;
  for (let k = n - 1; k >= 0; k--) out[k] = stop(k) ? k : out[k + 1];
  return out;
}

/**
 * The mark of a `sources` entry with `names` whose word stands right before token i, or before one
 * of its `names` words (an article) right before it, when token i is written with a capital and is
 * no month's or `not-names` word: a party named by its own name ("from Fairway Central", "uit Fitbit").
 * Before the sentence's verb (not `acted`) only when that word opens the sentence ("From Fairway
 * Central, we receive …"): elsewhere the name is part of the subject ("L'association Les Jardins du
 * Quartier Nord collecte …").
 */
function namedSource(lang: FrameLanguage, tokens: Token[], i: number, acted: boolean, first: number): string | undefined {
  const t = tokens[i];
  if (i < 1 || lang.notNames.has(t.w) || !/^\p{L}/u.test(t.w)) return undefined;
  const capital = nameWord(t, lang.notNames, tokens[i - 1]) && !(lang.names && notParty(lang.names, tokens, i, nameRun(lang, tokens, i)));
  for (const x of lang.sources) {
    if (!x.names || (!capital && !x.anyone)) continue;
    // Back over at most two of its `names` words ("auprès de la personne", "from the Westbrook Trust") to one of its words.
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (x.words.has(tokens[k].w)) return acted || k === first ? x.mark : undefined;
      if (!x.names.has(tokens[k].w)) break;
    }
  }
  return undefined;
}

/**
 * The mark of a `sources` entry with `names` whose word stands right before the colon at token i,
 * when the reader is not the first thing listed after it: "… obtain personal data from: (a) …".
 */
function colonSource(lang: FrameLanguage, tokens: Token[], i: number): string | undefined {
  const next = tokens.slice(i + 1, i + 5).find((x) => /^\p{L}/u.test(x.w));
  if (next && (lang.index.get(next.w) ?? []).some((e) => e.role === 'actor' && e.cls === 'reader' && e.words.length === 1)) return undefined;
  return lang.sources.find((x) => x.names && x.words.has(tokens[i - 1].w))?.mark;
}

/** At most this many words stand between a `names` word and the name ("through our booking system, TableNest"). */
const NAME_AFTER = 5;
/** A word written with a capital letter first and a lower-case letter after it ("Greenroof", "TableNest"). */
const CAPITALISED = lazily(() => /^\p{Lu}[\p{L}\p{N}'-]*\p{Ll}[\p{L}\p{N}'-]*$/u);
/** A word of capitals (and digits), two capitals at least: an acronym ("HMRC", "AWS", "DfE" is CAPITALISED). */
const ACRONYM = lazily(() => /^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u);

/**
 * Whether a word is written as a party's name, the one test of it for `@` (a service signed in with),
 * `names` (a party as agent or goal) and named sources (after "from"): a capital first and a lower-case
 * letter after it ("Greenroof", "TableNest", "DfE"), or an acronym ("HMRC", "AWS"), and none of
 * `not-names` (months, days, places, and formats or channels written in capitals: "by SMS", "as a PDF").
 * An acronym right after another word in capitals is shouted text ("SHARED WITH ANY …"), no name.
 * A sentence's first word and the policy's own names are left out by the readers.
 */
function nameWord(t: Token, notNames: ReadonlySet<string>, before?: Token): boolean {
  if (notNames.has(t.w)) return false;
  if (testCompiled(CAPITALISED(), t.raw)) return true;
  return testCompiled(ACRONYM(), t.raw) && !(before && /^[\p{Lu}\p{N}'-]*\p{Lu}[\p{Lu}\p{N}'-]*$/u.test(before.raw));
}

/**
 * The index of the verb an `infinitive` word names an end by, its first candidate at token j (after
 * at most three `clitics`: « pour vous prévenir », « pour ne plus vous écrire »), or -1: a verb (`anyVerb`) that modifies nothing after it.
 */
function infinitiveAt(lang: FrameLanguage, tokens: Token[], j: number): number {
  const inf = lang.infinitive!;
  let k = j;
  while (k < j + 3 && k + 1 < tokens.length && inf.clitics.has(tokens[k].w)) k++;
  return anyVerb(lang, tokens[k]) && !modifies(lang, tokens[k], tokens[k + 1]) ? k : -1;
}

/**
 * Whether a token may be a verb after "to" (`infinitive`): a lower-case word no class knows, not a
 * determiner's or a noun's; with `shape`, one ending as an infinitive does, which an action class may know.
 */
function anyVerb(lang: FrameLanguage, t: Token | undefined): boolean {
  const inf = lang.infinitive!;
  if (!t || !/^\p{Ll}+$/u.test(t.raw) || t.w.length <= 1 || inf.not.has(t.w) || inf.endings.some((e) => t.w.length > e.length + 1 && t.w.endsWith(e))) return false;
  if (!inf.shape.length) return !opensUnit(lang, t.w);
  return inf.shape.some((e) => t.w.length > e.length + 1 && t.w.endsWith(e)) && (!opensUnit(lang, t.w) || opensOnlyAction(lang, t.w));
}

/** Whether every entry a word opens (as a whole word or by a stem) is an action's. */
function opensOnlyAction(lang: FrameLanguage, w: string): boolean {
  const own = lang.index.get(w) ?? [];
  const stem = w.length >= 4 && lang.stems.has(w.slice(0, 4)) ? (lang.index.get(`*${w.slice(0, 4)}`) ?? []).filter((e) => w.startsWith(e.words[0].slice(0, -1))) : [];
  return own.length + stem.length > 0 && own.every((e) => e.role === 'action') && stem.every((e) => e.role === 'action');
}

/** Per language, the words a party's or an actor's entry ends in ("providers", "partners"): the nouns an adjective before them modifies. */
const ACTOR_HEADS = new WeakMap<FrameLanguage, Set<string>>();
function actorHeads(lang: FrameLanguage): Set<string> {
  let heads = ACTOR_HEADS.get(lang);
  if (!heads) {
    heads = new Set();
    for (const entries of lang.index.values()) for (const e of entries) if (e.role === 'actor') heads.add(e.words[e.words.length - 1]);
    ACTOR_HEADS.set(lang, heads);
  }
  return heads;
}

/**
 * Whether the candidate after "to" modifies the word after it rather than being a verb ("to payroll
 * providers", "to trusted helpers"): that word is one an actor's entry ends in, or the candidate is a
 * participle (`participle` endings, `verbEndings` excepted: "to need", "to proceed") before a word.
 */
function modifies(lang: FrameLanguage, candidate: Token, next: Token | undefined): boolean {
  const inf = lang.infinitive!;
  // A determiner or a pronoun after the candidate ("to text you", "to cut the cloth") makes it the verb.
  if (!next || !/^\p{Ll}/u.test(next.raw) || inf.not.has(next.w)) return false;
  if (actorHeads(lang).has(next.w)) return true;
  const w = candidate.w;
  const participle = inf.participle.some((e) => w.length > e.length + 2 && w.endsWith(e)) && !inf.verbEndings.some((e) => w.endsWith(e));
  return participle && !opensUnit(lang, next.w);
}

/**
 * The last token of a party's name that starts at token i (`names`): words written as a name
 * (`nameWord`), in a run of up to four, at least one of them a word no class knows (words a class
 * knows may stand in it: "Amazon Web Services", "Cloud Data Box"); -1 if none starts there.
 */
function partyName(lang: FrameLanguage, tokens: Token[], i: number): number {
  const names = lang.names!;
  if (!nameWord(tokens[i], lang.notNames, tokens[i - 1])) return -1;
  const end = nameRun(lang, tokens, i);
  // A run of words all some class knows is a phrase in title case ("With Third Parties"), no name.
  let unknown = false;
  for (let k = i; k <= end; k++) unknown ||= !opensUnit(lang, tokens[k].w);
  if (!unknown || notParty(names, tokens, i, end)) return -1;
  // A name ends its phrase: a lower-case word right after it that no class knows and that is no
  // word a name may stand before makes it an adjective ("with Indian ink").
  const next = tokens[end + 1];
  if (next && /^\p{L}/u.test(next.raw) && !opensUnit(lang, next.w) && !names.follow.has(next.w)) return -1;
  return end;
}

/** The last token of the run of up to four words written as a name (`nameWord`) from token i, a name word itself. */
function nameRun(lang: FrameLanguage, tokens: Token[], i: number): number {
  let end = i;
  while (end - i < 3 && end + 1 < tokens.length && nameWord(tokens[end + 1], lang.notNames, tokens[end])) end++;
  return end;
}

/**
 * Whether the words written as a name at tokens i..end name no third party, for `names` and for named
 * sources alike: one of our own units ("sent to Reception", "from Admissions": `internal`), one of our
 * own people (`ourStaff`), or a label a number follows ("From Version 3, …", "from Phase 2 on",
 * "moved to Stage 2": a version, a stage, a term, no party).
 */
function notParty(names: NonNullable<FrameLanguage['names']>, tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k <= end; k++) if (names.internal.has(tokens[k].w)) return true;
  return /^\d+(?:\.\d+)*$/u.test(tokens[end + 1]?.raw ?? '') || ourStaff(names, tokens, i, end);
}

/**
 * Whether the name at tokens i..end is one of our own people's, set beside "our" and a `staff` noun
 * ("by Jo, our instructor", "by our head coach, Sam Ortega", "to our treasurer Ana"): no third party.
 */
function ourStaff(names: NonNullable<FrameLanguage['names']>, tokens: Token[], i: number, end: number): boolean {
  // After it: ", our [a word] <staff>".
  if (tokens[end + 1]?.w === ',' && names.ours.has(tokens[end + 2]?.w ?? '') && (names.staff.has(tokens[end + 3]?.w ?? '') || names.staff.has(tokens[end + 4]?.w ?? ''))) return true;
  // Before it: "our [a word] <staff>[,]".
  const k = tokens[i - 1]?.w === ',' ? i - 2 : i - 1;
  if (!names.staff.has(tokens[k]?.w ?? '')) return false;
  return names.ours.has(tokens[k - 1]?.w ?? '') || names.ours.has(tokens[k - 2]?.w ?? '');
}

/**
 * Whether a verb with its subject right after it follows within a few words, in the sentence (the
 * object put first: "Je naam en adres sturen we door …"), so the sentence's first word is no subject.
 */
function inverted(lang: FrameLanguage, tokens: Token[], from: number): boolean {
  const has = (k: number, role: Role) => (lang.index.get(tokens[k].w) ?? (tokens[k].w.length >= 4 ? lang.index.get(`*${tokens[k].w.slice(0, 4)}`) : undefined) ?? []).some((e) => e.role === role && headMatch(e, tokens, k, lang.numbers, lang.gap, lang.named));
  for (let k = from; k < tokens.length - 1 && k < from + 6; k++) {
    if (SENTENCE_END.has(tokens[k].w) || HARD.has(tokens[k].w) || tokens[k].w === ',') return false;
    if (has(k, 'action') && has(k + 1, 'actor')) return true;
  }
  return false;
}

/**
 * After a possessive, a preposition's short phrase and a participle before a noun an object class
 * knows ("Ihrer [bei uns] [gespeicherten] Daten"): the noun's index, else -1.
 */
function attributeNoun(lang: FrameLanguage, tokens: Token[], at: number): number {
  const roles = (k: number) => [...(lang.index.get(tokens[k].w) ?? []), ...(tokens[k].w.length >= 4 ? (lang.index.get(`*${tokens[k].w.slice(0, 4)}`) ?? []) : [])].filter((e) => headMatch(e, tokens, k, lang.numbers, lang.gap, lang.named)).map((e) => e.role);
  if (!tokens[at] || !roles(at).includes('stop')) return -1;
  for (let k = at + 2; k < tokens.length && k <= at + 4; k++) {
    if (!/^\p{L}/u.test(tokens[k].w)) return -1;
    const r = roles(k);
    const noun = r.includes('object') || (!lang.index.has(tokens[k].w) && headOf(lang, tokens[k].w)?.role === 'object');
    if (noun) return roles(k - 1).includes('action') ? k : -1;
  }
  return -1;
}

/** Whether a word may open a unit of some class (its own entry, a stem's, a number's). */
function opensUnit(lang: FrameLanguage, w: string): boolean {
  return lang.index.has(w) || (w.length >= 4 && lang.stems.has(w.slice(0, 4))) || (lang.numbered && isNumber(w, lang.numbers));
}

/** At most this many words no class knows make a possessive's object ("your saved routes"). */
const OWNED_WORDS = 3;

/** How far (in words) an object is looked for after its action, and a negator after it (`negation-after-verb`). */
const OBJECT_AFTER = 5;
const NEGATION_AFTER = 8;

/** After the reader, the clause ends: "object to us contacting you." (not "… charging you a fee"). */
const READER_ENDS = /^\s*($|[.;:,!?)])/u;

/** At most this many words stand between a `sources` word and its actor ("van je vorige sportschool"). */
const SOURCE_WORDS = 4;

/**
 * Whether one of `words` ("van", "von", "par") stands at most SOURCE_WORDS words before the actor
 * unit `u`, with only words between that no unit reads or a mark's (a possessive, an adjective: "je
 * vorige", "Ihrer"), no punctuation, and no unit of a verb or a subject after `previous`.
 */
function fromSource(words: Set<string>, text: string, previous: Unit | undefined, u: Unit): boolean {
  const start = Math.max(previous && previous.sentence === u.sentence ? previous.to : 0, u.from - 60);
  const between = text.slice(start, u.from).split(' ');
  for (let k = between.length - 1, n = 0; k >= 0 && n <= SOURCE_WORDS; k--) {
    const w = between[k];
    if (!w) continue;
    n++;
    // Punctuation ends the search; an elided article ("l'", "d'") is a word before the actor ("par l'INSEE").
    if (w.includes('\n') || PUNCTUATION.has(w[w.length - 1])) return false;
    if (words.has(norm(w))) return true;
  }
  return false;
}
/** The last unit before units[j] that is a verb's, a subject's, a condition's or a break (the words after it are the source's phrase). */
function lastClauseUnit(units: Unit[], j: number): Unit | undefined {
  for (let k = j - 1; k >= 0 && k >= j - SOURCE_WORDS; k--) if (units[k].role !== 'mark' && units[k].role !== 'object' && units[k].role !== 'stop' && units[k].role !== 'pronoun') return units[k];
  return undefined;
}
const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '"', '*']);

/** Words of letters in a piece of text. */
const WORDS = lazily(() => /\p{L}[\p{L}'’-]*/gu);
/** How far from its sentence's start a fronted object's phrase may begin (one word at most before it): the words before it are counted only within this reach, so a sentence without end is not read again from its start at every modal. */
const FRONTED_REACH = 64;

/**
 * Whether a subject no class knows stands before the action at `i` in its clause, before the modals
 * and negators right before it: two words or more that no unit holds, back over the objects and
 * marks a noun phrase may hold ("your planner or venue"; a possessive's phrase of words no class
 * knows counts its words: "your landlord"), to the clause's start (a break, an action,
 * a condition) or the sentence's start `start`: "the league office sends us …", "sometimes your
 * planner or venue passes me …". One word is an imperative's "please"; words after a preposition
 * are its object ("for the purpose of providing …"); a subject of a class further back ("if you
 * think your child has …") leaves it none.
 */
function unknownSubject(lang: FrameLanguage, units: readonly Unit[], i: number, text: string, start: number): boolean {
  const a = units[i];
  let end = a.from;
  let j = i - 1;
  let modal = false;
  for (; j >= 0 && units[j].sentence === a.sentence && (units[j].role === 'modal' || units[j].role === 'negator'); j--) {
    end = units[j].from;
    modal ||= units[j].role === 'modal';
  }
  const phraseEnd = end;
  // `unknown-subject`: one word is enough after a modal or before a finite verb ("Stripe may send us",
  // "Google gives me"), where no imperative stands, unless it is a `not-names` word ("Please").
  const one = modal || (lang.unknownShapes.finite?.test(norm(text.slice(a.from, a.to).split(' ')[0])) ?? false);
  const enough = (words: number, from: number): boolean => {
    if (words >= 2) return true;
    if (words !== 1 || !one) return false;
    const word = text.slice(from, phraseEnd).match(WORDS())?.[0];
    return word !== undefined && !lang.notNames.has(norm(word));
  };
  let words = 0;
  for (; j >= 0 && units[j].sentence === a.sentence; j--) {
    const u = units[j];
    words += text.slice(u.to, end).match(WORDS())?.length ?? 0;
    // A possessive's phrase of words no class knows ("your planner or", "your landlord") names someone.
    if (u.role === 'object' && u.mark && lang.owned.some((o) => o.mark === u.mark && o.object === u.cls)) words += text.slice(u.from, u.to).match(WORDS())?.length ?? 0;
    // A party's trade word in the phrase ("the firm") is the subject's word too (`unknown-subject.marks`).
    if (u.role === 'mark' && lang.unknownShapes.marks.has(u.cls)) words += text.slice(u.from, u.to).match(WORDS())?.length ?? 0;
    if (u.role === 'break' || u.role === 'action' || u.role === 'condition') return enough(words, u.to);
    end = u.from;
    if (u.role !== 'object' && u.role !== 'mark') return false;
  }
  return enough(words + (text.slice(start, end).match(WORDS())?.length ?? 0), start);
}

/** Whether the words from `from` to `to` open on a name: a capitalised word that is no `not-names` word. */
function namedAfter(lang: FrameLanguage, text: string, from: number, to: number): boolean {
  // An article of the language may stand before the name ("…, the BRF timing service sends us …").
  const m = /^\s*(?:(\p{Ll}+)\s+)?(\p{Lu}[\p{L}\p{N}&’'.-]*)/u.exec(text.slice(from, to));
  if (!m || (m[1] !== undefined && !lang.articles.has(m[1]))) return false;
  return !lang.notNames.has(norm(m[2]));
}

/** The readings of a text: one per action, with its subject, modality, negation, object, and its sentence's conditions and marks. */
export function readFrames(lang: FrameLanguage, text: string): Frame[] {
  // Each sentence's first offset (`subject-unknown`).
  const starts: number[] = [];
  const tokens = tokensOf(lang, text);
  const units = unitsOf(lang, text, starts, tokens);
  if (!units.some((u) => u.role === 'action')) return [];
  // Per sentence, once: its conditions' and marks' classes (each once: a reading asks only whether
  // one is there) and the furthest of them, which every reading of the sentence shares (a copy per
  // reading was quadratic in a long sentence's length).
  const bySentence = new Map<number, { conditions: string[]; marks: string[]; reach: number; names: string[] }>();
  // Per unit: the nearest object before it in its sentence, and in its clause (no hard break
  // between), so that a pronoun or a passive does not look back to the sentence's start each time.
  const objectBefore: number[] = [];
  const objectBeforeInClause: number[] = [];
  // Per sentence, the first object of the sentence before it, its main one (`pronoun-across-sentence`).
  // Session 30: past one sentence that names none ("Can I get a copy of my data? Yes. Email us and we'll send it. You can
  // also ask us to restrict it."), the one before it.
  const objectOfPrevious = new Map<number, number>();
  for (let j = 0, inSentence = -1, inClause = -1, first = -1, earlier = -1; j < units.length; j++) {
    const u = units[j];
    if (j > 0 && u.sentence !== units[j - 1].sentence) {
      if (first >= 0) earlier = first;
      if (earlier >= 0 && units[earlier].sentence >= u.sentence - 2) objectOfPrevious.set(u.sentence, earlier);
      inSentence = inClause = first = -1;
    }
    if (u.role === 'object' && first < 0) first = j;
    objectBefore.push(inSentence);
    objectBeforeInClause.push(inClause);
    if (u.role === 'object') inSentence = inClause = j;
    else if (u.role === 'break' && u.cls === 'hard') inClause = -1;
    let s = bySentence.get(u.sentence);
    if (!s) bySentence.set(u.sentence, (s = { conditions: [], marks: [], reach: 0, names: [] }));
    if (u.name !== undefined) s.names.push(u.name);
    if (u.role === 'condition') {
      if (!s.conditions.includes(u.cls)) s.conditions.push(u.cls);
      s.reach = Math.max(s.reach, u.to);
    }
    // A party named by its trade as a mark (a recipient's class: "the local education authority") is as much a source
    // as an actor of a class, when a `sources` entry lists that class.
    if (u.role === 'actor' || u.role === 'mark') {
      for (const source of lang.sources) {
        if (!source.actors.has(u.cls) || s.marks.includes(source.mark) || !fromSource(source.words, text, lastClauseUnit(units, j), u)) continue;
        s.marks.push(source.mark);
        s.reach = Math.max(s.reach, u.to);
      }
    }
    if (u.role === 'mark' || u.role === 'object') {
      if (!s.marks.includes(u.cls)) s.marks.push(u.cls);
      if (u.mark && !s.marks.includes(u.mark)) s.marks.push(u.mark);
      if (u.role === 'mark') s.reach = Math.max(s.reach, u.to);
    }
  }
  // A pronoun with no object before it in its sentence: with `pronoun-across-sentence`, the last
  // first object of the sentence before ("Gaf je ons toestemming? Die kun je altijd intrekken."), else itself.
  const referent = (p: Unit): Unit => {
    const k = lang.pronounAcrossSentence ? objectOfPrevious.get(p.sentence) : undefined;
    return k === undefined ? p : units[k];
  };
  // The object of the action at i: the first after it in its clause; a pronoun stands for the last object before it.
  const objectAfter = (i: number): Unit | undefined => {
    const a = units[i];
    for (let j = i + 1; j < units.length && units[j].first - a.last <= OBJECT_AFTER; j++) {
      const u = units[j];
      if (u.sentence !== a.sentence || u.role === 'break' || u.role === 'action' || u.role === 'stop') break;
      if (u.role === 'object') {
        // A compound's head is its last noun: "order history", "payment cards".
        while (units[j + 1]?.role === 'object' && units[j + 1].first === units[j].last + 1 && units[j + 1].first - a.last <= 2 * OBJECT_AFTER) j++;
        return units[j];
      }
      // "that agreement": a pronoun right before an object is its determiner.
      if (u.role === 'pronoun' && !(units[j + 1]?.role === 'object' && units[j + 1].first === u.last + 1)) return objectBefore[j] >= 0 ? units[objectBefore[j]] : referent(u);
    }
    return undefined;
  };
  // A verb's continuous form ("giving"), by the language's endings.
  const isContinuous = (w: string) => lang.progressive.some((e) => w.length > e.length + 2 && w.endsWith(e));
  // "parents are finding out that a child has given …": the form of "to be" is the continuous verb's, not a passive of the action.
  const continuousBetween = (from: number, to: number) => lang.progressive.length > 0 && text.slice(from, to).split(/[\s,]+/).some((w) => isContinuous(norm(w)));
  // Whether the actor at j stands right after a preposition (`stops`); in verb-second order (`subject-after-verb`, where a
  // passive's auxiliary stands far from its participle) also with an article (a word of no unit) or a possessive between.
  const afterPreposition = (j: number): boolean => {
    const u = units[j];
    let k = j - 1;
    let start = u.first;
    if (lang.subjectAfterVerb && units[k]?.role === 'mark' && units[k].last === u.first - 1 && lang.owned.some((o) => o.mark === units[k].cls)) start = units[k--].first;
    const prep = units[k];
    return prep?.role === 'stop' && prep.sentence === u.sentence && start - prep.last <= (start === u.first && lang.subjectAfterVerb ? 2 : 1);
  };
  // "Via Google Analytics worden gebruiksgegevens naar Google gestuurd": after a fronted phrase the passive's auxiliary stands
  // before its subject (verb second, `subject-after-verb`), that subject right after it: still a passive.
  const invertedPassive = (u: Unit, subject: Unit | undefined, next: boolean, n: number) =>
    lang.subjectAfterVerb && n <= 3 && next && !!subject && subject.role === 'object' && u.last === subject.first - 1;
  const frames: Frame[] = [];
  // The reader as an indirect object (`indirect`): per action, where its pronoun stands; the pronoun's own unit is no subject.
  const { dativeOf, datives } = indirectOf(lang, text, tokens, units);
  // Each action's object, for a verb joined to it that names none.
  const objectOfAction = new Map<number, Unit | undefined>();
  for (let i = 0; i < units.length; i++) {
    const a = units[i];
    if (a.role !== 'action') continue;
    // "We are not giving …": a continuous form after "are" is active, not a passive.
    const continuous = lang.progressive.length > 0 && isContinuous(norm(text.slice(a.from, a.to).split(/\s/)[0]));
    // Back to the clause's start: the subject, the modals, a negator, a passive "is".
    let actor: Unit | undefined;
    const modals: string[] = [];
    let negated = false;
    let passive = false;
    let before: Unit | undefined;
    let beforeAt = -1;
    let lastAction: Unit | undefined;
    // What was read up to the first comma: a subject after the verb makes the rest another clause's.
    // Whether a modal stands between the object before the action and a subject further back
    // ("customers can have their records removed"); without one, a possessive's noun phrase no
    // class knows is the subject ("you know that your child has provided …").
    let causative = false;
    let subjectBefore = false;
    let atComma: { negated: boolean; modals: number; passive: boolean; before: Unit | undefined; beforeAt: number; to: number } | undefined;
    // Past a colon (`subject-across-colon`): a list item with no subject of its own takes its
    // lead-in's subject and modals ("Sie haben folgende Rechte: Übertragung Ihrer Daten …").
    let leadIn = false;
    // Units read back that are more than a preposition, a mark or a party after a preposition (a passive's auxiliary
    // in verb-second order stands before them: "Uw gegevens worden naar onze drukkerij gestuurd").
    let core = 0;
    for (let j = i - 1, n = 0; j >= 0 && n < 24; j--, n++) {
      const u = units[j];
      if (u.sentence !== a.sentence) break;
      if (u.role === 'break' && u.cls === 'hard') {
        if (leadIn || !lang.subjectAcrossColon || text[u.from] !== ':') break;
        leadIn = true;
        continue;
      }
      // A negator crosses with them ("Wir können Folgendes nicht: …" says we cannot).
      if (leadIn && u.role !== 'actor' && u.role !== 'modal' && u.role !== 'negator') continue;
      if (u.role === 'break') atComma ??= { negated, modals: modals.length, passive, before, beforeAt, to: u.to };
      // "…, your team mates may see your name": a subject is not looked for past a comma once a
      // possessive's noun phrase (one no class knows) stood before the action.
      if (u.role === 'break' && before?.mark && !passive) break;
      // "what I have on you": a subject word right after a preposition is its object, not a subject.
      // Session 34: also past an article or a possessive ("naar de drukkerij", "aan onze bank").
      if (u.role === 'actor' && (afterPreposition(j) || datives.has(j))) continue;
      if (u.role !== 'stop' && u.role !== 'mark') core++;
      if (u.role === 'actor') {
        // "Hier können Sie Ihre Adresse ändern", "Hier kun je je profiel bewerken": a modal right before the subject (verb-second
        // order) makes the possessive's phrase after it the verb's object, as a modal between them does; not where an object
        // opens the clause before that modal ("Ein Foto können Sie … aus Ihrem Album löschen": the photo is the object).
        // A noun phrase that opens the sentence (an article at most before it, no preposition: "Im Konto können Sie …" keeps it) is
        // the fronted object.
        const m1 = units[j - 1];
        const o1 = units[j - 2];
        const fronted =
          !!o1 && o1.sentence === u.sentence && (o1.role === 'object' || o1.role === 'pronoun' || o1.role === 'mark') && o1.last === m1.first - 1 &&
          units[j - 3]?.role !== 'stop' && o1.from - (starts[a.sentence] ?? 0) <= FRONTED_REACH && (text.slice(starts[a.sentence] ?? 0, o1.from).match(WORDS())?.length ?? 0) <= 1;
        const inverted = lang.modalBeforeSubject && m1?.role === 'modal' && m1.sentence === u.sentence && m1.last === u.first - 1 && !fronted;
        if (before?.mark && !causative && !passive && !inverted) {
          subjectBefore = true;
          break;
        }
        // "If you sign in with Google, Google gives me your name": a party named by its own name (a capital,
        // not a `not-names` word) between the comma and the action is the main clause's subject; the one
        // further back is the leading clause's ("…, or to delete it" keeps it).
        if (atComma && !leadIn && lang.subjectUnknown && namedAfter(lang, text, atComma.to, a.from) && unknownSubject(lang, units, i, text, starts[a.sentence] ?? 0)) {
          ({ negated, passive, before, beforeAt } = atComma), (modals.length = atComma.modals);
          break;
        }
        actor = u;
        // "können Sie … löschen", "vous pouvez vous opposer": a modal right before the subject.
        // Before that modal, an object (or a clitic) that opens the clause is the verb's ("Uw gegevens kunt u … laten verwijderen", "Die kun je intrekken").
        const m = units[j - 1];
        if (lang.modalBeforeSubject && m?.role === 'modal' && m.sentence === u.sentence && m.last === u.first - 1) {
          modals.push(m.cls);
          const o = units[j - 2];
          if (!before && !lastAction && (o?.role === 'object' || (o?.role === 'pronoun' && o.cls === 'clitic')) && o.sentence === u.sentence && o.last === m.first - 1) {
            before = o;
            beforeAt = j - 2;
          }
        }
        break;
      }
      if (u.role === 'modal') {
        modals.push(u.cls);
        if (before) causative = true;
      } else if (u.role === 'negator') negated = true;
      else if (u.role === 'passive' && !lastAction && !continuous && (n <= 2 || (lang.subjectAfterVerb && core <= 1 && n <= 5) ? !before : invertedPassive(u, before, beforeAt === j + 1, n)) && !continuousBetween(u.to, a.from)) passive = true;
      else if ((u.role === 'object' || (u.role === 'pronoun' && u.cls === 'clitic')) && !before && !lastAction) {
        before = u;
        beforeAt = j;
      } else if (u.role === 'pronoun' && !before && !lastAction && n === 0 && u.last === a.first - 1 && units[j - 1]?.role === 'modal' && units[j - 1].sentence === a.sentence) {
        // "to have it wiped": a pronoun between a causative modal and its action stands for the
        // last object before it, however far back ("…, to have it amended and, where the law allows, to have it wiped").
        before = u;
        beforeAt = j;
      } else if (u.role === 'pronoun' && passive && !before && !lastAction && n <= 3) {
        // Session 28: a passive's subject that is a pronoun, its auxiliary between (« exiger qu'ils soient détruits »,
        // "ask that it be erased"): it stands for what was named before, as a clitic does.
        before = u;
        beforeAt = j;
      } else if (u.role === 'action' && !lastAction) lastAction = u;
    }
    // "… können geändert werden": a passive form right after its participle.
    if (!passive && lang.passiveAfterVerb && units[i + 1]?.role === 'passive' && units[i + 1].sentence === a.sentence && units[i + 1].first === a.last + 1) passive = true;
    // "Auf Wunsch löschen wir …": the subject right after its verb, when none stands before it in
    // its clause ("Wenn ein Freund dich einlädt, erhalten wir …": not the subordinate clause's).
    // Up to two words no class knows may stand between ("erhält eine Druckerei …", "krijgt alleen de drukkerij").
    // A mark between ("übermittelt uns Ihre Krankenkasse": to us) is no subject; the subject may stand after it.
    let after = i + 1;
    while (units[after]?.role === 'mark' && units[after].sentence === a.sentence && units[after].first - a.last <= 2) after++;
    // "Na je aanmelding verwerk ik …": the writer's "I" right after the verb is its subject (the verb's form is that subject's).
    const singularAfter = !!lang.singular && units[i + 1]?.role === 'actor' && units[i + 1].first === a.last + 1 && lang.singular.subjects.has(norm(text.slice(units[i + 1].from, units[i + 1].to)));
    if ((!actor || atComma || singularAfter) && lang.subjectAfterVerb && units[after]?.role === 'actor' && !datives.has(after) && units[after].sentence === a.sentence && units[after].first - a.last <= 3) {
      actor = units[after];
      // "Sollten Ihre Daten nicht stimmen, passen wir sie an": the negator is the first clause's.
      if (atComma) ({ negated, passive, before, beforeAt } = atComma), (modals.length = atComma.modals);
    }
    // "Wir geben Ihre Daten nicht weiter": a negator after the verb, in its clause.
    if (!negated && lang.negationAfterVerb) {
      for (let j = i + 1; j < units.length && units[j].first - a.last <= NEGATION_AFTER; j++) {
        const u = units[j];
        if (u.sentence !== a.sentence || u.role === 'break' || u.role === 'action') break;
        if (u.role === 'negator') {
          negated = true;
          break;
        }
      }
    }
    // The object: the first after the action in its clause, else the nearest before it (a
    // passive's subject, "have your records removed"); a pronoun stands for the last object before it.
    let object = objectAfter(i);
    // "ask us to see, correct or delete the information": verbs in a series (a comma after the verb,
    // or before it after another) share the last one's object ("stop every collection of details" is no series).
    const comma = (k: number) => units[k]?.role === 'break' && units[k].cls === ',' && units[k].sentence === a.sentence;
    const series = (comma(i + 1) && units[i + 1].first === a.last + 1) || (comma(i - 1) && units[i - 1].last === a.first - 1 && units[i - 2]?.role === 'action');
    for (let j = i + 1, last = a.last; series && !object && j < units.length && units[j].sentence === a.sentence && units[j].first - last <= 2; j++) {
      const u = units[j];
      if (u.role === 'action') object = objectAfter(j);
      else if (u.role !== 'break' || u.cls !== ',') break;
      last = u.last;
    }
    // "ze laten aanpassen of laten wissen": a verb joined to the verb before it by a word or two and no punctuation
    // (its modal and a conjunction), with no object of its own, shares that verb's object.
    if (!object && !before && lastAction) {
      const k = units.lastIndexOf(lastAction, i);
      const between = units.slice(k + 1, i);
      if (lastAction.sentence === a.sentence && between.every((u) => u.role === 'modal') && /^[^\S\n]*([\p{L}'’]+[^\S\n]+){0,2}$/u.test(text.slice(lastAction.to, a.from))) object = objectOfAction.get(k);
    }
    // A clitic before the verb ("nous les supprimons") stands for the last object before it.
    if (!object && before?.role === 'pronoun') object = objectBefore[beforeAt] >= 0 ? units[objectBefore[beforeAt]] : referent(before);
    if (!subjectBefore) object ??= before;
    // "Your data is deleted": the subject of a passive clause is its object.
    if (!object && passive && objectBeforeInClause[i] >= 0) object = units[objectBeforeInClause[i]];
    // "object to a ruling of the committee": after a complement, words no class knows name the
    // object (a word some class knows right after it, "object to profiling", is read as it is). An
    // action there is what is objected to, with its own object ("object to the sharing of your
    // data", "object to us analysing your playlists", "to how we use it": the data; "object to a decision of the
    // panel": something no class knows).
    let other = false;
    if (!object && a.complement) {
      // Past the subject of a clause that is the object ("object to how we use it") and past a mark:
      // "us" in "object to us contacting you", a possessive right before an action ("object to their
      // transfer to another branch": what is objected to is the transfer, with no data as its object).
      let k = i + 1;
      while ((units[k]?.role === 'actor' || units[k]?.role === 'mark') && units[k].sentence === a.sentence && units[k].first - a.last <= OBJECT_AFTER) k++;
      const next = units[k];
      const action = next?.role === 'action' && next.sentence === a.sentence && next.first - a.last <= OBJECT_AFTER;
      object = action ? objectAfter(k) : undefined;
      // "object to us contacting you": a continuous form no class knows, done to the reader.
      // (Not "to the club charging you a fee": there the reader only receives what is done.)
      for (let j = i + 1; !object && j < k; j++) if (units[j].cls === 'reader' && continuousBetween(a.to, units[j].from) && READER_ENDS.test(text.slice(units[j].to, units[j].to + 12))) object = units[j];
      other = !object && (action || units[i + 1]?.first !== a.last + 1);
    }
    // "to sell you a ticket", "um Ihnen ein Ticket zu verkaufen": what is given is named after the reader who receives it
    // (none a class knows: `other`), never data named before the reader.
    const dative = dativeOf.get(i);
    if (dative && object && object.sentence === a.sentence && object.to <= dative.from) object = undefined;
    // "provide you a copy of the details we keep": the thing given is an action's noun; its object is what is given.
    if (dative && !object) {
      let k = i + 1;
      while (k < units.length && units[k].from < dative.to) k++;
      if (k < units.length && units[k].role === 'action' && units[k].sentence === a.sentence && units[k].first - a.last <= OBJECT_AFTER) object = objectAfter(k);
      other = !object;
    }
    // `subject-unknown`: "the league office sends us …", "your planner or venue passes me your details":
    // with no subject of a class and no passive, a noun phrase no actor class knows before the
    // action in its clause is its subject (`other`; an imperative or a fragment stays `none`).
    const unknown = lang.subjectUnknown && !actor && !passive && !leadIn && unknownSubject(lang, units, i, text, starts[a.sentence] ?? 0);
    // A possessive's phrase of words no class knows, read as the subject of handing something to us, is
    // not also what it hands ("Your coach sends us a postcard": who sends, not the reader's data sent;
    // "Your postcode lets us work out …" keeps the postcode as data).
    const s = bySentence.get(a.sentence)!;
    if (unknown && object?.unknownHead && object.sentence === a.sentence && object.from < a.from && s.marks.includes('us')) object = undefined;
    // An object from the sentence before is named by this one too (its class among the marks).
    const marks = object && object.sentence !== a.sentence ? [...new Set([...s.marks, object.cls, ...(object.mark ? [object.mark] : [])])] : s.marks;
    const from = Math.min(a.from, actor?.from ?? a.from, object?.from ?? a.from);
    const to = Math.max(a.to, object?.to ?? a.to);
    objectOfAction.set(i, object);
    frames.push({
      actor: passive && !actor ? 'passive' : passive && actor && actor.to < (before?.from ?? a.from) ? 'passive' : (actor?.cls ?? (unknown ? 'other' : 'none')),
      modals,
      action: a.cls,
      object: object ? (object.role === 'pronoun' ? 'pronoun' : object.cls) : other ? 'other' : 'none',
      negated,
      conditions: s.conditions,
      marks,
      from,
      to,
      reach: Math.max(to, s.reach),
      names: s.names,
    });
  }
  return frames;
}

/** Whether only white space other than a newline stands between two offsets (no newline, no mark a token leaves out: quotes, slashes). */
function spaced(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    INLINE_SPACE.lastIndex = k;
    if (!INLINE_SPACE.test(text)) return false;
  }
  return true;
}
const INLINE_SPACE = /[^\S\n]/y;
/** The word right after / before token k in its line (its number), or -1: a token of letters only (an elided word with its apostrophe). */
function wordNext(text: string, tokens: Token[], k: number): number {
  const j = k + 1;
  return j < tokens.length && LETTERS.test(tokens[j].w) && spaced(text, tokens[k].to, tokens[j].from) ? j : -1;
}
function wordPrev(text: string, tokens: Token[], k: number): number {
  const j = k - 1;
  return j >= 0 && LETTERS.test(tokens[j].w) && spaced(text, tokens[j].to, tokens[k].from) ? j : -1;
}
const LETTERS = /^\p{L}+'?$/u;
/** How many words the reader's pronoun may stand before its verb (the thing given between: „Ihnen eine neue Karte zu schicken“). */
const INDIRECT_BEFORE = 5;

/**
 * The reader as an indirect object (`indirect`, session 36), per action: the reader's pronoun right after the verb and an
 * article after it ("sell you a ticket", "sturen je een herinnering"), right before the verb and an article after the verb
 * (`before-verb`: « vous envoyer un billet »), or before the verb with an article after it and the thing given between
 * („um Ihnen ein Ticket zu verkaufen“, "om je een kaartje te verkopen"). Where a subject may follow its verb
 * (`subject-after-verb`) or the pronoun stands before it, a subject before the pronoun in its clause or an infinitive's word
 * (`to`) must say the pronoun is none ("Maak je een account aan" and « vous recevez un e-mail » are the reader's doing).
 * `datives`: the pronouns' own units, no verb's subject. Read on the sentence's tokens (session 37; was the text again).
 */
function indirectOf(lang: FrameLanguage, text: string, tokens: Token[], units: Unit[]): { dativeOf: Map<number, { from: number; to: number }>; datives: Set<number> } {
  const dativeOf = new Map<number, { from: number; to: number }>();
  const datives = new Set<number>();
  const ind = lang.indirect;
  if (!ind) return { dativeOf, datives };
  const w = (k: number) => (k < 0 ? '' : tokens[k].w);
  // A subject before the pronoun (token at) in its clause (not itself a pronoun read as receiving).
  const subjectBefore = (at: number, i: number) => {
    // The pronoun opens its own clause ("… que vous retiriez …", "… dat u de gegevens …"): it is that clause's subject.
    if (ind.clause.has(w(wordPrev(text, tokens, at)))) return false;
    let k = i;
    while (k >= 0 && units[k].first >= at) k--;
    const sentence = units[i].sentence;
    for (let n = 0; k >= 0 && n < 24 && units[k].sentence === sentence && units[k].role !== 'break'; k--, n++) if (units[k].role === 'actor' && !datives.has(k)) return true;
    return false;
  };
  const infinitive = (at: number) => ind.to.has(w(wordPrev(text, tokens, at)));
  for (let i = 0; i < units.length; i++) {
    const a = units[i];
    if (a.role !== 'action') continue;
    let p = -1;
    const next = wordNext(text, tokens, a.last);
    if (next >= 0 && ind.pronouns.has(tokens[next].w) && ind.articles.has(w(wordNext(text, tokens, next)))) {
      if (!lang.subjectAfterVerb || infinitive(a.first) || subjectBefore(a.first, i)) p = next;
    } else {
      const prev = wordPrev(text, tokens, a.first);
      if (ind.beforeVerb && prev >= 0 && ind.pronouns.has(tokens[prev].w) && next >= 0 && ind.articles.has(tokens[next].w)) {
        if (subjectBefore(prev, i)) p = prev;
      } else if (lang.subjectAfterVerb && !ind.beforeVerb) {
        // Back over the thing given to the pronoun, in the clause: no punctuation between.
        for (let n = 0, at = a.first; n < INDIRECT_BEFORE && p < 0; n++) {
          const k = wordPrev(text, tokens, at);
          if (k < 0) break;
          if (n > 0 && ind.pronouns.has(tokens[k].w) && ind.articles.has(w(wordNext(text, tokens, k))) && (infinitive(a.first) || infinitive(k) || subjectBefore(k, i))) p = k;
          at = k;
        }
        // No other verb between the pronoun and this one ("… je een kopie sturen en verwijderen": the pronoun is the first verb's).
        for (let k = i - 1; p >= 0 && k >= 0 && units[k].first >= p; k--) if (units[k].role === 'action') p = -1;
      }
    }
    if (p < 0) continue;
    dativeOf.set(i, { from: tokens[p].from, to: tokens[p].to });
    // The pronoun's own unit, a few units from its verb.
    for (let k = Math.max(0, i - INDIRECT_BEFORE - 1); k <= i + 1 && k < units.length; k++) if (units[k].first === p && units[k].role === 'actor') datives.add(k);
  }
  return { dativeOf, datives };
}

const meets = (want: Set<string> | null, got: string) => !want || want.has(got);
const meetsAny = (want: Set<string> | null, got: readonly string[]) => !want || got.some((g) => want.has(g));

/** Whether a reading is one the spec describes. */
export function fits(spec: CompiledSpec, f: Frame): boolean {
  if (!spec.action.has(f.action)) return false;
  if (spec.negated !== 'any' && spec.negated !== f.negated) return false;
  if (!meets(spec.actor, f.actor) || !meets(spec.object, f.object)) return false;
  if (!meetsAny(spec.modal, f.modals) || !meetsAny(spec.condition, f.conditions)) return false;
  for (const w of spec.with) if (!f.marks.includes(w)) return false;
  for (const w of spec.without) if (f.marks.includes(w)) return false;
  return true;
}

/**
 * Whether a text names the reader's data or the reader (the object gate of a model's raise,
 * coverage-check.ts `raiseGate`): `object`, an object of the reader's class (`reader-data`, "your
 * data", "uw gegevens"), a possessive of theirs (`reader-owned`: "your timetable") or words about
 * them (`about-reader`); `person`, that or the reader as a party (an actor of the `reader` class:
 * "you", "customers", "Sie"). The classes' words are each language's (`frames.yaml`); no action is
 * needed. Both from one reading of the text's units.
 */
export function namesReader(lang: FrameLanguage, text: string): { object: boolean; person: boolean } {
  let person = false;
  for (const u of unitsOf(lang, text)) {
    if (u.role === 'object' && (u.cls === 'reader-data' || u.mark === 'reader-owned')) return { object: true, person: true };
    if (u.role === 'mark' && (u.cls === 'reader-owned' || u.cls === 'about-reader')) return { object: true, person: true };
    if (u.role === 'actor' && u.cls === 'reader') person = true;
  }
  return { object: false, person };
}

/**
 * Whether a reading of the text is all but one slot of one of the requirement's statements
 * (`frames`, not those of absence): its action, its negation and no mark it must be without, and at
 * most one of actor, object, modal, condition and the marks it needs missing ("you can ask for a copy
 * of X": the right to access but for its object). The near-miss gate of a model's raise.
 */
export function nearFrame(lang: FrameLanguage, id: string, text: string): boolean {
  const specs = lang.requirements.get(id)?.frames.filter((s) => s.kind !== 'absence');
  if (!specs?.length) return false;
  for (const f of framesOf(lang, text)) {
    for (const s of specs) {
      if (!s.action.has(f.action) || (s.negated !== 'any' && s.negated !== f.negated) || s.without.some((w) => f.marks.includes(w))) continue;
      const missed = Number(!meets(s.actor, f.actor)) + Number(!meets(s.object, f.object)) + Number(!meetsAny(s.modal, f.modals)) + Number(!meetsAny(s.condition, f.conditions)) + Number(s.with.some((w) => !f.marks.includes(w)));
      if (missed <= 1) return true;
    }
  }
  return false;
}

/**
 * The last texts read and their readings: every requirement asks about the same block in turn, a
 * list item alone and with its lead-in, and the vetoes (`frameVeto`) its sentences one by one. With
 * two texts the sentences pushed the block out and it was read again; with eight, a warm check of
 * the ../shared policies reads 11 % fewer characters into units and nearly none twice.
 */
const recent: { lang: FrameLanguage; text: string; frames: Frame[] }[] = [];
const RECENT = 8;

/** The readings of a text, remembered for the last few texts asked about. */
export function framesOf(lang: FrameLanguage, text: string): Frame[] {
  for (const r of recent) if (r.lang === lang && r.text === text) return r.frames;
  const frames = readFrames(lang, text);
  if (recent.length >= RECENT) recent.shift();
  recent.push({ lang, text, frames });
  return frames;
}

/**
 * The first reading of `text` that gives the requirement, as a statement: its span and kind.
 * `minReach`: the reading must use something past this offset (a list item read with its lead-in).
 */
export function frameStatement(lang: FrameLanguage, id: string, text: string, minReach = 0, completing = false): { from: number; to: number; kind: CompiledSpec['kind']; gives: string[]; parties?: readonly string[] } | null {
  const all = lang.requirements.get(id)?.frames;
  // `completing`: only the specs whose reading completes a cue's statement with the elements it gives.
  const specs = completing ? all?.filter((s) => s.completes) : all;
  if (!specs?.length) return null;
  for (const f of framesOf(lang, text)) {
    if (f.reach <= minReach) continue;
    // A reading that holds by a party named by its own name keeps the names, for the document to tell from its own.
    for (const s of specs) if (fits(s, f)) return { from: f.from, to: f.to, kind: s.kind, gives: s.gives, ...(lang.names && s.with.includes(lang.names.mark) ? { parties: f.names } : {}) };
  }
  return null;
}

/**
 * Whether a reading that gives the requirement may keep the names of the parties it holds by
 * (frameStatement's `parties`): coverage then tells those names from the policy's own, which reads
 * the controller's name (coverage.ts `ownNames`, `controller-identity`'s elements).
 */
export function mayNameParties(lang: FrameLanguage, id: string): boolean {
  const names = lang.names;
  return !!names && !!lang.requirements.get(id)?.frames.some((s) => s.with.includes(names.mark));
}

/**
 * The first reading of `text` that is a blanket "we collect nothing about you" (`blanket`): its span.
 * A reading whose sentence carries a condition ("… unless you contact us", "if you ask") is none.
 */
export function frameBlanket(lang: FrameLanguage, text: string): { from: number; to: number } | null {
  if (!lang.blanket.length) return null;
  for (const f of framesOf(lang, text)) if (!f.conditions.length && lang.blanket.some((s) => fits(s, f))) return { from: f.from, to: f.to };
  return null;
}

/**
 * Whether a reading of the sentence fits one of the requirement's statements of absence ("We not
 * send your data outside the EU": a cue that matched the transfer's words missed the negation).
 */
export function frameAbsence(lang: FrameLanguage, id: string, sentence: string): boolean {
  const r = lang.requirements.get(id);
  if (!r?.absent) return false;
  const specs = r.frames.filter((s) => s.kind === 'absence');
  return framesOf(lang, sentence).some((f) => specs.some((s) => fits(s, f)));
}

/**
 * Whether the sentence's reading vetoes a cue's match for the requirement: a reading the
 * requirement's `vetoes` describe, and none that its `frames` do.
 */
export function frameVeto(lang: FrameLanguage, id: string, sentence: string, before = ''): boolean {
  const r = lang.requirements.get(id);
  if (!r?.vetoes.length) return false;
  // Remembered by the sentence with the one before it: a block the edit changed is read again
  // whole, and every sentence of it that a cue matched was read again by the reader, at every edit.
  return rememberFor(memoOf(vetoMemos, lang), before && lang.resumes.size ? `${before}\u0001${sentence}` : sentence, id, () => vetoed(lang, r, sentence, before));
}

type FrameRequirement = FrameLanguage['requirements'] extends Map<string, infer V> ? V : never;

function vetoed(lang: FrameLanguage, r: FrameRequirement, sentence: string, before: string): boolean {
  // The sentence before is read with it only for what it says of this one (`resumes`: whose "Sie").
  const frames = before && lang.resumes.size ? readFrames(lang, `${before} ${sentence}`).filter((f) => f.from > before.length) : framesOf(lang, sentence);
  if (!frames.some((f) => r.vetoes.some((s) => fits(s, f)))) return false;
  return !frames.some((f) => r.frames.some((s) => fits(s, f)));
}

/**
 * What is wrong in a language's `frames.yaml`, for the data tests: a spec naming a class its role
 * does not have, a spec without an action, a stem shorter than four letters, a gap at a phrase's
 * start or end, a requirement no profile has.
 */
export function frameProblems(language: string, requirementIds: ReadonlySet<string>, d = LANGUAGES[language]?.frames as FramesData | undefined): string[] {
  if (!d) return [];
  const out: string[] = [];
  const has = (rec: Record<string, string[]> | undefined, cls: string) => !!rec && Object.prototype.hasOwnProperty.call(rec, cls);
  const phrases: [string, string][] = [];
  for (const role of ['actors', 'modals', 'actions', 'objects', 'conditions', 'marks'] as const) {
    for (const [cls, words] of Object.entries(d[role] ?? {})) for (const w of words ?? []) phrases.push([`${role}.${cls}`, String(w)]);
  }
  for (const role of ['negators', 'passive', 'pronouns', 'breaks', 'stops', 'determiners', 'clitics'] as const) for (const w of d[role] ?? []) phrases.push([role, String(w)]);
  for (const [where, p] of phrases) {
    const words = norm(p).split(/\s+/).filter(Boolean);
    if (!words.length) out.push(`${language} ${where}: an empty phrase`);
    if (words[0] === '...' || words[words.length - 1] === '...') out.push(`${language} ${where}: "${p}" starts or ends with a gap`);
    for (const w of words) if (w.endsWith('*') && w.length < 5 && !(w.startsWith('*') && w.length > 2 && words[0] !== w)) out.push(`${language} ${where}: "${p}": a stem needs four letters`);
    const heads = words.filter((w) => w.startsWith('-') && w.length > 1);
    if (heads.length && (words.length > 1 || !where.includes('.'))) out.push(`${language} ${where}: "${p}": a compound's head is a class word of its own`);
    for (const h of heads) if (h.length < 5 || h.endsWith('*')) out.push(`${language} ${where}: "${p}": a compound's head needs four letters and no stem`);
  }
  for (const o of ownedOf(d)) {
    if (!has(d.marks, o.mark) || !has(d.objects, o.object)) out.push(`${language} owned: no mark class ${o.mark} or object class ${o.object}`);
  }
  if (d.names && (!d.names.after?.length || !d.names.mark)) out.push(`${language} names: no words after which a name stands, or no mark`);
  if (d.infinitive && (!d.infinitive.words?.length || !d.infinitive.mark)) out.push(`${language} infinitive: no words or no mark`);
  for (const [i, x] of (d.sources ?? []).entries()) {
    if (!x.words?.length || !x.mark) out.push(`${language} sources[${i}]: no words or no mark`);
    for (const a of x.actors ?? []) if (!has(d.actors, a) && !has(d.marks, a)) out.push(`${language} sources[${i}]: no actor or mark class ${a}`);
  }
  for (const e of d.elisions ?? []) if (!/^[^\s']+['’]$/.test(String(e))) out.push(`${language} elisions: "${e}" is not a word ending on an apostrophe`);
  for (const e of d.progressive ?? []) if (!/^\p{L}+$/u.test(String(e))) out.push(`${language} progressive: "${e}" is not a word's ending`);
  if (d.singular) {
    for (const w of d.singular.subjects ?? []) if (!Object.values(d.actors ?? {}).some((ws) => ws.some((x) => norm(String(x)) === norm(String(w))))) out.push(`${language} singular: the subject "${w}" is no actor's word`);
    for (const [re] of d.singular.forms ?? []) {
      try {
        new RegExp(`${re}$`, 'u');
      } catch {
        out.push(`${language} singular: "${re}" is no regular expression`);
      }
    }
    if (d.singular.reader !== undefined && !has(d.actors, d.singular.reader)) out.push(`${language} singular: no actor class ${d.singular.reader}`);
  }
  if (d.gap !== undefined && !(Number.isInteger(d.gap) && d.gap >= 1 && d.gap <= 12)) out.push(`${language} gap: ${d.gap} is not a whole number from 1 to 12`);
  for (const k of Object.keys(d.order ?? {})) if (!['subject-after-verb', 'modal-before-subject', 'negation-after-verb', 'passive-after-verb', 'subject-across-colon', 'pronoun-across-sentence', 'subject-unknown'].includes(k)) out.push(`${language} order: no such word order ${k}`);
  for (const [k, v] of Object.entries(d.order ?? {})) if (typeof v !== 'boolean') out.push(`${language} order.${k}: true or false, not ${JSON.stringify(v)}`);
  out.push(...questionProblems(language, d.questions));
  for (const [id, r] of [...Object.entries(d.requirements ?? {}), ...(d.blanket ? [['blanket', { frames: d.blanket }] as const] : [])]) {
    if (id !== 'blanket' && !requirementIds.has(id)) out.push(`${language} requirements.${id}: no profile has this requirement`);
    for (const [k, specs] of [['frames', r.frames], ['vetoes', 'vetoes' in r ? r.vetoes : undefined]] as const) {
      for (const [i, s] of (specs ?? []).entries()) {
        const at = `${language} ${id}.${k}[${i}]`;
        if (!list(s.action).length) out.push(`${at}: no action`);
        for (const a of list(s.action)) if (!has(d.actions, a)) out.push(`${at}: no action class ${a}`);
        for (const a of list(s.actor)) if (a !== 'passive' && a !== 'none' && a !== 'other' && !has(d.actors, a)) out.push(`${at}: no actor class ${a}`);
        for (const m of list(s.modal)) if (!has(d.modals, m)) out.push(`${at}: no modal class ${m}`);
        for (const o of list(s.object)) if (o !== 'none' && o !== 'pronoun' && o !== 'other' && !has(d.objects, o)) out.push(`${at}: no object class ${o}`);
        for (const c of list(s.condition)) if (!has(d.conditions, c)) out.push(`${at}: no condition class ${c}`);
        for (const m of [...list(s.with), ...list(s.without)]) if (!has(d.marks, m) && !has(d.objects, m) && !(d.sources ?? []).some((x) => x.mark === m) && d.names?.mark !== m && d.infinitive?.mark !== m) out.push(`${at}: no mark or object class ${m}`);
      }
    }
  }
  return out;
}

/** What is wrong in a frames.yaml's `questions`: a list that is empty or holds more than one word in an entry, a statement without its parts. */
function questionProblems(language: string, q: QuestionsData | undefined): string[] {
  if (!q) return [];
  const out: string[] = [];
  const at = `${language} questions`;
  for (const k of ['yes', 'no', 'verbs', 'reader', 'controller'] as const) {
    const words = q[k];
    if (!Array.isArray(words) || !words.length) out.push(`${at}.${k}: a list of words`);
    else for (const w of words) if (!/^[^\s]+$/.test(String(w))) out.push(`${at}.${k}: "${w}" is not one word`);
  }
  for (const k of ['swap', 'subject', 'forms'] as const) {
    for (const [a, b] of Object.entries(q[k] ?? {})) if (!/^[^\s]+$/.test(a) || !/^[^\s]+$/.test(String(b))) out.push(`${at}.${k}: "${a}: ${b}" is not one word for one word`);
  }
  for (const k of ['said', 'said-not'] as const) {
    for (const part of ['{subject}', '{verb}', '{rest}']) if (typeof q[k] !== 'string' || !q[k].includes(part)) out.push(`${at}.${k}: no ${part}`);
  }
  if (typeof q.asked !== 'string' || !q.asked.trim()) out.push(`${at}.asked: the condition a request adds`);
  for (const k of Object.keys(q)) if (!['yes', 'no', 'verbs', 'asking', 'swap', 'subject', 'forms', 'reader', 'controller', 'said', 'said-not', 'asked'].includes(k)) out.push(`${at}: no such key ${k}`);
  return out;
}
