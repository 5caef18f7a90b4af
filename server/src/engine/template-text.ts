// What template text looks like, whatever its words: a slot in brackets, an instruction in
// parentheses, a dummy value, an undecided list of options, a generator's raw variable, a
// template's banner or drafting notes. The shapes are code; the words that fill them (what names
// a value, which verbs instruct a drafter) are each language's data in placeholders.yaml.
//
// Every scan is bounded: a bracket is looked for at most MAX_SLOT characters ahead, and every
// regular expression here has bounded repetition and no nested quantifiers, so a block of any
// size is read in time linear in its length.
import { cueAlternation, LETTER } from './cues.js';
import { lazily, shouting, testCompiled, toMachineCode } from './text.js';
import { remember } from './memo.js';
import { mayMatch } from './anchors.js';

/** The template-shape parts of `server/data/languages/<lang>/placeholders.yaml`. */
export interface TemplateShapeData {
  brackets?: { controller?: string[] };
  slots?: { values?: string[]; glue?: string[]; options?: string[] };
  parentheses?: { instructions?: string[]; possessives?: string[]; leads?: string[] };
  drafting?: { conditions?: string[]; glue?: string[]; verbs?: string[] };
  dummies?: { names?: string[]; values?: string[]; labels?: string[]; domains?: string[]; mailboxes?: string[]; madeUp?: string[]; possessiveNames?: string[] };
  banner?: {
    this?: string[];
    documents?: string[];
    is?: string[];
    templates?: string[];
    adapt?: string[];
    publish?: string[];
    notes?: string[];
    self?: string[];
    drafter?: string[];
    instruct?: string[];
    lead?: string[];
    version?: string[];
    for?: string[];
  };
  credit?: { made?: string[]; generators?: string[]; templates?: string[] };
  deletion?: { verbs?: string[]; conditions?: string[] };
  alternatives?: { separators?: string[]; labels?: string[]; choose?: string[]; establish?: string[] };
}

export interface TemplateShapes {
  values: Set<string>;
  glue: Set<string>;
  options: Set<string>;
  parenInstructions: string[];
  possessives: Set<string>;
  leads: RegExp | null;
  drafting: RegExp | null;
  condition: RegExp | null;
  dummyNames: RegExp | null;
  dummyValues: Set<string>;
  labels: RegExp | null;
  domains: Set<string>;
  mailboxes: Set<string>;
  made: RegExp | null;
  bannerIs: RegExp | null;
  bannerAdapt: RegExp | null;
  bannerPublish: RegExp | null;
  bannerThisDoc: RegExp | null;
  notes: RegExp | null;
  /** "Your Company" inside a sentence: a capitalised possessive and value word. */
  possessiveName: RegExp | null;
  /** A sentence that instructs the drafter about the drafter's business or this part of the template. */
  guidance: RegExp | null;
  /** A deletion verb and a condition of applicability, in either order: "delete if not applicable". */
  deletion: RegExp | null;
  /** A heading that is only a template word and a document word ("Sample Privacy Policy"), or "Version for …". */
  cover: RegExp | null;
  /** A generator's credit ("created with the … generator"); `creditTemplate` needs the document named too. */
  credit: RegExp | null;
  creditTemplate: RegExp | null;
  documentWord: RegExp | null;
  /** A block of nothing but a separator ("OR", "- OR -"), and the separators written in capitals. */
  separatorBlock: RegExp | null;
  separatorCaps: RegExp | null;
  separators: Set<string>;
  /** "Option A:", "[Option 1]", "OPTION 2": the label and its letter or number. */
  optionLabel: RegExp | null;
  choose: RegExp | null;
  /** A block of nothing but a condition about where the business is established ("If you are based in the EU:"). */
  conditionHead: RegExp | null;
}

export type ShapeKind = 'slot' | 'instruction' | 'options' | 'variable' | 'dummy' | 'banner' | 'notes' | 'highlight' | 'credit';

export interface ShapeHit {
  index: number;
  length: number;
  kind: ShapeKind;
  /** The kind of value a slot or dummy stands for, when known ("email", "name"). */
  field?: string;
}

/** The longest bracketed text read as one slot. */
export const MAX_SLOT = 160;

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

export function compileShapes(all: TemplateShapeData[]): TemplateShapes {
  const list = (pick: (d: TemplateShapeData) => string[] | undefined) => all.flatMap((d) => (pick(d) ?? []).filter((x) => typeof x === 'string' && x.trim()));
  // Alternations without word edges of their own: each pattern below puts one edge before and
  // one after the whole. Compiled without the `i` flag and matched against lower-cased text (the
  // data is lower case): every Unicode letter class, case-insensitive most of all, costs V8
  // milliseconds to compile, and a pattern with a dozen of them costs hundreds.
  const alt = (cues: string[]) => cueAlternation(cues, { bounded: false });
  const re = (src: string | false | null, flags = 'u') => (src ? new RegExp(src, flags) : null);
  const leads = alt(list((d) => d.parentheses?.leads));
  const conditions = alt(list((d) => d.drafting?.conditions));
  const dglue = alt(list((d) => d.drafting?.glue));
  const verbs = alt(list((d) => d.drafting?.verbs));
  const names = list((d) => d.dummies?.names).sort((a, b) => b.length - a.length);
  const made = list((d) => d.dummies?.madeUp).sort((a, b) => b.length - a.length);
  const labels = alt(list((d) => d.dummies?.labels));
  const bThis = alt(list((d) => d.banner?.this));
  const bDocs = alt(list((d) => d.banner?.documents));
  const bIs = alt(list((d) => d.banner?.is));
  const bTemplates = alt(list((d) => d.banner?.templates));
  const adapt = alt(list((d) => d.banner?.adapt));
  const notes = alt(list((d) => d.banner?.notes));
  const self = alt(list((d) => d.banner?.self));
  const publish = alt(list((d) => d.banner?.publish));
  const word = "[^\\s.,;:!?()]";
  const verbs2 = alt(list((d) => d.banner?.instruct));
  const drafter = alt(list((d) => d.banner?.drafter));
  const lead = alt(list((d) => d.banner?.lead));
  const delVerbs = alt(list((d) => d.deletion?.verbs));
  const delConds = alt(list((d) => d.deletion?.conditions));
  const version = alt(list((d) => d.banner?.version));
  const forWords = alt(list((d) => d.banner?.for));
  const made2 = alt(list((d) => d.credit?.made));
  const generators = alt(list((d) => d.credit?.generators));
  const ctemplates = alt(list((d) => d.credit?.templates));
  const separators = list((d) => d.alternatives?.separators);
  const seps = alt(separators);
  const optLabels = alt(list((d) => d.alternatives?.labels));
  const choose = alt(list((d) => d.alternatives?.choose));
  const establish = alt(list((d) => d.alternatives?.establish));
  const possNames = list((d) => d.dummies?.possessiveNames).map((w) => w[0].toUpperCase() + w.slice(1));
  // The words of a controller's slot that are value words ("company", "business", "société"), capitalised.
  const valueSet = new Set(list((d) => d.slots?.values).map(norm));
  const nameWords = [...new Set(list((d) => d.brackets?.controller).map((c) => norm(c).split(' ')[0]))]
    .filter((w) => valueSet.has(w) && /^\p{L}+$/u.test(w))
    .map((w) => w[0].toUpperCase() + w.slice(1));
  const sentenceLead = lead ? `(?:(?:${lead})\\s*[:,-]?\\s+)?` : '';
  // Up to this many words between two parts of one instruction.
  const gap = (k: number) => `(?:[^\\s.;!?]{1,30}\\s+){0,${k}}?`;
  // "This text is a sample", "This is a sample privacy policy", or a sentence that calls the
  // document "this template".
  const bannerIs = [
    bThis && bDocs && bIs && bTemplates && `${bThis}\\s+${bDocs}\\s+${bIs}\\s+(?:${word}{1,20}\\s+){0,3}?${bTemplates}`,
    bThis && bDocs && bIs && bTemplates && `${bThis}\\s+${bIs}\\s+(?:${word}{1,8}\\s+){0,2}?${bTemplates}[\\s-]{1,3}(?:${word}{1,4}\\s+)?${bDocs}`,
    self,
  ].filter(Boolean);
  return {
    values: new Set(list((d) => d.slots?.values).map(norm)),
    glue: new Set(list((d) => d.slots?.glue).map(norm)),
    options: new Set(list((d) => d.slots?.options).map(norm)),
    parenInstructions: list((d) => d.parentheses?.instructions).map(norm),
    possessives: new Set(list((d) => d.parentheses?.possessives).map(norm)),
    // The lead stands right before the parenthesis.
    leads: re(leads && `${START}(?:${leads})\\s*:?\\s*$`),
    // "(if you rely on consent, also say so)": a condition first, then after a comma an instruction.
    drafting: re(conditions && verbs && `^(?:${conditions})\\s[^,;()[\\]]{1,100},\\s*(?:(?:${dglue ?? '(?!)'})\\s+){0,2}(?:${verbs})${END}`),
    condition: re(conditions && `^(?:${conditions})\\s`),
    dummyNames: names.length ? new RegExp(`(?<![\\p{L}\\p{N}_&.-])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}_&-])`, 'gu') : null,
    dummyValues: new Set(list((d) => d.dummies?.values)),
    labels: re(labels && `${START}(?:${labels})\\s*:\\s*$`),
    domains: new Set(list((d) => d.dummies?.domains).map(norm)),
    mailboxes: new Set(list((d) => d.dummies?.mailboxes).map(norm)),
    made: made.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${made.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
    bannerIs: re(bannerIs.length > 0 && `${START}(?:${bannerIs.join('|')})${END}`, 'gu'),
    bannerAdapt: re(adapt && `^\\W{0,3}(?:${adapt})${END}`),
    bannerPublish: re(publish && `${START}(?:${publish})${END}`),
    bannerThisDoc: re(bThis && bDocs && `${START}(?:${bThis})\\s+(?:${bDocs})${END}`),
    notes: re(notes && `^[\\W_]{0,6}(?:${notes})\\s*(?:[:.\\-–—]|$)`),
    possessiveName:
      possNames.length && nameWords.length
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${possNames.map(escape).join('|')})\\s(?:${nameWords.map(escape).join('|')})(?:\\s\\p{Lu}\\p{Ll}{1,15})?(?![\\p{L}\\p{N}-])`, 'gu')
        : null,
    guidance: re(verbs2 && drafter && `^[\\W_]{0,4}${sentenceLead}(?:${verbs2})${END}[^.;!?]{0,100}?${START}(?:${drafter})${END}`),
    deletion: re(delVerbs && delConds && `${START}(?:(?:${delVerbs})${END}[^.;!?()[\\]]{0,60}?${START}(?:${delConds})|(?:${delConds})${END}[^.;!?()[\\]]{0,30}?${START}(?:${delVerbs}))${END}`),
    cover:
      bTemplates && bDocs
        ? re(
            `^[\\W_]{0,4}(?:(?:${bTemplates})[\\s-]?(?:(?:de|of|van|für|pour|for)\\s+)?(?:(?:la|le|een|eine|a|an)\\s+)?(?:${bDocs})|(?:${bDocs})[\\s-]?(?:${bTemplates})${version ? `|(?:${version})\\s+[^.;!?]{1,40}?` : ''})${END}(?:\\s*[-–—:(]\\s*[^.;!?]{0,40}|\\s+(?:${forWords ?? '(?!)'})${END}[^.;!?]{0,40})?[\\W_]{0,4}$`,
          )
        : null,
    credit: re(made2 && generators && `${START}(?:${made2})${END}[^.;!?]{0,80}?${START}(?:${generators})${END}|${START}(?:${generators})${END}[^.;!?]{0,40}?${START}(?:${made2})${END}`),
    creditTemplate: re(made2 && ctemplates && `${START}(?:${made2})\\s+(?:(?:with|using|from|by|on|mit|met|door|avec|à partir|d'après|nach)\\s+)?${gap(2)}(?:${ctemplates})${END}`),
    documentWord: re(bDocs && `${START}(?:${bDocs})${END}`),
    separatorBlock: re(seps && `^[\\s*_~\\-–—=()[\\].:]{0,8}(?:${seps})[\\s*_~\\-–—=()[\\].:]{0,8}$`),
    separatorCaps: separators.length
      ? new RegExp(`(?:^|(?<=[.;:!?)\\]]\\s{1,3}))(?:${separators.filter((x) => /^\p{L}+$/u.test(x)).map((x) => escape(x.toUpperCase())).join('|')})(?=\\s{1,3}\\p{L}|\\s*$)`, 'gu')
      : null,
    separators: new Set(separators.map(norm)),
    optionLabel: re(optLabels && `^[\\s*_[(]{0,4}(?:(?:${optLabels})\\s+([a-d]|[1-9])|(\\[\\s*|\\*\\*)(?:${optLabels})\\s+([1-9]))\\s*[\\])*_]{0,4}\\s*(?:[:.)–—-]|$)`, 'iu'),
    choose: re(choose && `^[\\W_]{0,4}(?:${choose})[\\s:.…*_\\])]{0,6}$`),
    conditionHead: re(conditions && establish && `^[\\s*_[(]{0,4}(?:${conditions})\\s[^.;!?]{0,60}?${START}(?:${establish})${END}[^.;!?]{0,50}?[\\s*_\\])]{0,4}:?[\\s*_\\])]{0,4}$`),
  };
}

/** Word edges, once per pattern. */
const START = `(?<!${LETTER})`;
const END = `(?!${LETTER})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ---- scanning ----------------------------------------------------------------------------------

/**
 * Template shapes in one block's source (inline code and `{{…}}` already blanked). `words` says
 * whether a bracketed text is a known field or instruction (the existing word lists); the shapes
 * here catch what they do not.
 */
export function scanShapes(
  src: string,
  s: TemplateShapes,
  known: (inner: string) => { kind: ShapeKind; field?: string } | undefined,
  isHtmlTag: (name: string) => boolean,
  links: Set<string>,
): ShapeHit[] {
  const out: ShapeHit[] = [];
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 91 /* [ */) {
      const close = closing(src, i + 1, '[', ']');
      if (close < 0) continue;
      const hit = squareSlot(src, i, close, s, known, links);
      if (hit) {
        out.push(hit);
        i = hit.index + hit.length - 1;
      }
    } else if (ch === 40 /* ( */) {
      const close = closing(src, i + 1, '(', ')');
      if (close < 0) continue;
      const hit = paren(src, i, close, s);
      if (hit) {
        out.push(hit);
        i = close;
      }
    } else if (ch === 60 /* < */) {
      const erb = /^<%[=-]?[^%\n]{1,80}%>/.exec(src.slice(i, i + 88));
      if (erb) {
        // `<%= company %>`: an ERB or EJS tag never rendered.
        out.push({ index: i, length: erb[0].length, kind: 'variable' });
        i += erb[0].length - 1;
        continue;
      }
      const m = /^<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}(?:[ -][A-Z]{2,}){0,4})>/.exec(src.slice(i, i + 64));
      if (m && !isHtmlTag(m[1].toLowerCase())) {
        out.push({ index: i, length: m[0].length, kind: 'variable' });
        i += m[0].length - 1;
        continue;
      }
      // "<insert email address>": the words of a bracketed blank, in angle brackets.
      const close = closing(src, i + 1, '<', '>');
      if (close < 0 || close - i > 82) continue;
      const inner = src.slice(i + 1, close).trim();
      if (!inner || /[=/@:]/.test(inner) || /^[!?%]/.test(inner) || (!/\s/.test(inner) && isHtmlTag(inner.toLowerCase()))) continue;
      const k = known(bare(inner));
      if (k) {
        out.push({ index: i, length: close + 1 - i, kind: k.kind, ...(k.field ? { field: k.field } : {}) });
        i = close;
      }
    } else if (ch === 61 /* = */ && src.charCodeAt(i + 1) === 61 && src[i - 1] !== '=') {
      // `==highlighted==`: text a template marks for the drafter (Markdown has no highlight).
      const m = /^==(?=[^\s=])[^=\n]{0,120}?[^\s=]==(?!=)|^==[^\s=]==(?!=)/.exec(src.slice(i, i + 128));
      if (m) {
        out.push({ index: i, length: m[0].length, kind: 'highlight' });
        i += m[0].length - 1;
      } else i++;
    } else if (ch === 42 /* * */ && (i === 0 || /[\s:(]/.test(src[i - 1]))) {
      // `***` standing alone where a value belongs ("Registered office: ***").
      const m = /^\*{3,}(?=[\s.,;:)]|$)/.exec(src.slice(i, i + 16));
      if (m) {
        out.push({ index: i, length: m[0].length, kind: 'slot' });
        i += m[0].length - 1;
      }
    } else if (ch === 37 /* % */) {
      const m = /^(%%?)[A-Za-z][\w.-]{0,40}\1(?![\w%])/.exec(src.slice(i, i + 48));
      if (m && (m[1] === '%%' || /[A-Z_]/.test(m[0].slice(1, -1))) && !/\d%$/.test(src.slice(Math.max(0, i - 3), i + 1))) {
        out.push({ index: i, length: m[0].length, kind: 'variable' });
        i += m[0].length - 1;
      }
    } else if (ch === 123 /* { */) {
      const m = /^(?:\{%[^\n%]{0,200}%\}|\{#[^\n#]{0,200}#\}|\{\s?[A-Za-z_][\w.]{0,40}\s?\})/.exec(src.slice(i, i + 210));
      if (m && (m[0][1] === '%' || m[0][1] === '#' || /[A-Z_.]|^\{[a-z]{2,}\}$/.test(m[0])) && src[i - 1] !== '$' && src[i - 1] !== '{') {
        out.push({ index: i, length: m[0].length, kind: 'variable' });
        i += m[0].length - 1;
      }
    } else if (ch === 36 /* $ */) {
      const m = /^\$\{[A-Za-z_][\w.]{0,40}\}/.exec(src.slice(i, i + 48));
      if (m) {
        out.push({ index: i, length: m[0].length, kind: 'variable' });
        i += m[0].length - 1;
      }
    } else if (ch === 95 /* _ */ && (i === 0 || !/[\w]/.test(src[i - 1]))) {
      // `__ORG_NAME__`, `__ORG__`: a generator's marker (Markdown bold of one capitalised
      // identifier is a look-alike only when it is a real word, so a value word is required
      // unless the identifier holds an underscore); `____`: a blank line to write on.
      const m = /^__([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__(?!\w)|^_{4,}(?!\w)/.exec(src.slice(i, i + 64));
      if (m && (!m[1] || m[1].includes('_') || s.values.has(m[1].toLowerCase()) || ORG_ABBR.has(m[1]))) {
        out.push({ index: i, length: m[0].length, kind: m[1] ? 'variable' : 'slot' });
        i += m[0].length - 1;
      } else if (/^_+/.test(src.slice(i, i + 64))) i += /^_+/.exec(src.slice(i, i + 64))![0].length - 1;
    }
  }
  dummies(src, s, out);
  return out;
}

/** Abbreviations generators use for the organisation. */
const ORG_ABBR = new Set(['ORG', 'CO', 'CORP', 'COMPANY', 'SITE', 'APP', 'URL', 'DPO']);

/** The index of the bracket that closes the one before `from`, within MAX_SLOT, on no blank line; -1 if none. */
function closing(src: string, from: number, open: string, close: string): number {
  const end = Math.min(src.length, from + MAX_SLOT);
  for (let j = from; j < end; j++) {
    const c = src[j];
    if (c === close) return j;
    if (c === open) return -1;
    if (c === '\n' && /^\n[ \t]*\n/.test(src.slice(j, j + 40))) return -1;
  }
  return -1;
}

/** Text inside brackets with Markdown emphasis, escapes and edge spaces removed. */
function bare(inner: string): string {
  return inner.replace(/\\(?=\S)/g, '').replace(/(^|\s)[*_~]{1,3}|[*_~]{1,3}(?=\s|$)/g, '$1').replace(/\s+/g, ' ').trim();
}

function squareSlot(
  src: string,
  open: number,
  close: number,
  s: TemplateShapes,
  known: (inner: string) => { kind: ShapeKind; field?: string } | undefined,
  links: Set<string>,
): ShapeHit | undefined {
  // An escaped bracket (`\[Name\]`) is a bracket a converter kept from the source document.
  const escaped = src[open - 1] === '\\';
  const start = escaped ? open - 1 : open;
  const raw = src.slice(open + 1, close);
  const inner0 = raw.endsWith('\\') ? raw.slice(0, -1) : raw;
  const before = src[start - 1];
  const after = src[close + 1];
  if (!escaped) {
    if (before === '!' || before === ']' || after === '(' || after === '[' || after === ':') return undefined; // image, link, reference
  }
  if (/^\s*(?:_{3,}|\.{4,}|…{2,})\s*$/.test(inner0)) return { index: start, length: close + 1 - start, kind: 'slot' };
  const inner = bare(inner0);
  if (!inner || (!escaped && links.has(norm(inner0)))) return undefined; // a shortcut reference link

  const hit = (kind: ShapeKind, field?: string): ShapeHit => ({ index: start, length: close + 1 - start, kind, ...(field ? { field } : {}) });
  // "for [X] years": a letter standing for a number or a name, inside a sentence (a task box
  // stands at the start of a list item, "[x]" ticked).
  if (/^X{1,3}$/.test(inner) && /\p{Ll}/u.test(src.slice(Math.max(0, start - 3), start) + src.slice(close + 1, close + 4))) return hit('slot');
  if (/^\^|^[ xX]$|^\d+(?:[-–,]\s?\d+)*$|^[ivx]+$/i.test(inner)) return undefined; // footnote, task box, [1], [1-3], [iv]
  // A generator's variable kept in brackets: `[{Host_Name, Host_Country}]`, `[COMPANY_NAME]`.
  if (/^\{[^{}]{1,100}\}$/.test(inner) || /^[A-Za-z]+(?:_[A-Za-z0-9]+)+$/.test(inner)) return hit('variable');
  if (/^_{3,}$|^\.{4,}$|^…{2,}$/.test(inner)) return hit('slot');
  const k = known(inner);
  if (k) return hit(k.kind, k.field);
  const ni = norm(inner);
  // "[OR]" between two alternative clauses; "[delete this paragraph if not applicable]".
  if (s.separators.has(ni) && /^\p{L}+$/u.test(ni)) return hit('options');
  if (s.deletion?.test(ni)) return hit('instruction');
  // "[Acme] Ltd", "[Acme Ltd]": a name filled in but its brackets kept.
  if (/^\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u.test(inner) && LEGAL_FORM().test(src.slice(close + 1, close + 24))) return hit('slot', 'name');
  if (/^\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}\s/u.test(inner) && LEGAL_FORM_END.test(inner)) return hit('slot', 'name');
  // "[If you are based in the EU:]": a condition in brackets heads an alternative of a template.
  if (s.condition?.test(norm(inner))) return hit('options');
  const n = norm(inner).replace(/[.:…]+$/, '');
  if (/["“”„«»]/.test(inner) || /[.;!?]\s/.test(n)) return undefined; // a quotation or a sentence: prose
  const words = n.split(/\s+/);
  if (words.length > 8) return undefined;
  // Alternatives in brackets side by side: "[kept on your device]/[kept by us]".
  if (src.slice(close + 1, close + 3) === '/[' || src.slice(start - 2, start) === ']/') return hit('options');
  // An option list never resolved: "[weekly / monthly]", "[daily or weekly]".
  const alts = n.split(/\s*\/\s*|\s+(?:or|and\/or)\s+/);
  const byWord = words.some((w) => s.options.has(w));
  if ((n.includes('/') || byWord) && alts.length >= 2 && alts.every((a) => /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}$/u.test(a)) && !/\d/.test(n)) {
    // "[and/or]", "[s]he" style fragments are too short to be options.
    if (alts.every((a) => a.length >= 2 || a === 'i') && !(alts.length === 2 && alts.includes('and') && alts.includes('or')) && !example(src, start)) return hit('options');
  }
  if (words.length > 6 || /\d/.test(n)) return undefined;
  const content = words.filter((w) => !s.glue.has(w));
  if (!content.length) return undefined;
  const head = content[0].replace(/'s$/, '').replace(/^[ld]'/, '');
  const last = content[content.length - 1].replace(/^[ld]'/, '');
  if (example(src, start)) return undefined;
  if (s.values.has(head)) return hit('slot', head);
  // "[Ramadan and Cigarette App]": a value word at the end after capitalised words is a name
  // kept in brackets ("the X App"), not a blank.
  if (s.values.has(last)) {
    const original = inner.split(/\s+/).filter((w) => !s.glue.has(norm(w)));
    const named = original.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !s.values.has(norm(w)));
    if (!named) return hit('slot', last);
  }
  return undefined;
}

function paren(src: string, open: number, close: number, s: TemplateShapes): ShapeHit | undefined {
  const inner = bare(src.slice(open + 1, close));
  if (!inner || inner.length < 3) return undefined;
  const n = norm(inner);
  const hit = (kind: ShapeKind): ShapeHit => ({ index: open, length: close + 1 - open, kind });
  for (const i of s.parenInstructions) {
    if (n === i || n.replace(/[.:…]+$/, '') === i || (n.startsWith(i) && /^[\s:,]/.test(n.slice(i.length)))) return hit('instruction');
    // Dutch and German put the verb last: "(adres invullen)", "(Adresse einfügen)".
    if (n.endsWith(' ' + i) && n.split(' ').length <= 4) return hit('instruction');
  }
  if (testCompiled(s.drafting, n) || testCompiled(s.deletion, n)) return hit('instruction');
  // "(your address)" where the address itself belongs.
  const words = n.split(' ');
  if (words.length >= 2 && words.length <= 4 && s.possessives.has(words[0])) {
    const rest = words.slice(1).filter((w) => !s.glue.has(w));
    if (rest.length && rest.every((w) => s.values.has(w)) && s.leads?.test(src.slice(Math.max(0, open - 40), open).toLowerCase())) return hit('slot');
  }
  return undefined;
}

// ---- dummy values ------------------------------------------------------------------------------

const EMAIL = lazily(() => /[\p{L}\p{N}._%+-]{1,64}@([\p{L}\p{N}-]{1,63})((?:\.[\p{L}\p{N}-]{1,63}){1,4})/gu);
const PHONE = /(?<![\w+])\+?\d[\d ()./-]{5,22}\d(?![\w])/g;
/** Words before a number that make it a phone number. */
const PHONE_WORD = /(?:phone|tel|call|mobile|fax|telefoon|bel|telefon|ruf|téléphone|tél|appel)[^\d]{0,20}$/i;
/** Reserved names for documentation and tests (RFC 2606, RFC 6761): deliberate in examples. */
const RESERVED_TLD = /\.(?:example|test|invalid|localhost)$/i;

function dummies(src: string, s: TemplateShapes, out: ShapeHit[]): void {
  let m: RegExpExecArray | null;
  // An address holds an "@": without one, EMAIL would still try every position of the text.
  if (src.includes('@')) {
    const email = EMAIL();
    email.lastIndex = 0;
    toMachineCode(email, src);
    while ((m = email.exec(src))) {
      const local = m[0].slice(0, m[0].indexOf('@')).toLowerCase();
      const label = m[1].toLowerCase();
      if (RESERVED_TLD.test(m[2]) || example(src, m.index)) continue;
      if (local === label || s.domains.has(label) || s.mailboxes.has(local)) out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: 'email' });
    }
  }
  PHONE.lastIndex = 0;
  while ((m = PHONE.exec(src))) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || example(src, m.index)) continue;
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(m[0]) || /^\d{1,2}(?:\.\d{1,2})+$/.test(m[0])) continue; // an IP address, a section or version number
    const phone = PHONE_WORD.test(src.slice(Math.max(0, m.index - 30), m.index));
    if (dummyDigits(digits)) out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: phone ? 'phone' : 'number' });
  }
  // A date format never filled in: "DD/MM/YYYY", "TT.MM.JJJJ", "JJ/MM/AAAA".
  // Each of its forms has "MM": a text without two m's in a row is not searched.
  if (TWO_MS.test(src)) {
    const mask = DATE_MASK();
    mask.lastIndex = 0;
    for (toMachineCode(mask, src); (m = mask.exec(src)); ) out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: 'date' });
  }
  // The conventional made-up names ("Max Mustermann", "Musterstadt", "John Doe"), wherever they stand.
  if (s.made && mayMatch(src, s.made)) {
    toMachineCode(s.made, src);
    s.made.lastIndex = 0;
    while ((m = s.made.exec(src))) if (!example(src, m.index)) out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: 'name' });
  }
  // The words of a slot written as a name: "Company Name Ltd", "Your Business Name Limited".
  // A slot written as a name stands before a legal form: a text without one is not searched.
  if (ANY_LEGAL_FORM.test(src)) {
    const run = TITLE_RUN();
    run.lastIndex = 0;
    toMachineCode(run, src);
    while ((m = run.exec(src))) {
      const ws = m[1].split(/\s+/).map((w) => w.toLowerCase());
      if (ws.every((w) => s.values.has(w) || s.possessives.has(w)) && ws.some((w) => s.values.has(w)) && LEGAL_FORM().test(src.slice(m.index + m[1].length, m.index + m[1].length + 24))) {
        out.push({ index: m.index, length: m[1].length, kind: 'dummy', field: 'name' });
      }
    }
  }
  // "Your Company" written as a name: inside a sentence, after a label, or before a legal form or
  // a defined term ("Your Company ("we")").
  if (s.possessiveName && mayMatch(src, s.possessiveName)) {
    toMachineCode(s.possessiveName, src);
    s.possessiveName.lastIndex = 0;
    while ((m = s.possessiveName.exec(src))) {
      const before = src.slice(Math.max(0, m.index - 8), m.index);
      const after = src.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (/\p{Ll}[,;]?\s{1,3}$|\p{Ll}\s{1,3}\($|:\s{0,3}$/u.test(before) || LEGAL_FORM().test(after) || /^\s*\(/.test(after)) {
        out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: 'name' });
      }
    }
  }
  // Stand-in names where a name stands ("ABC Ltd", "Company: XYZ") and non-values after a label.
  if (s.dummyNames && mayMatch(src, s.dummyNames)) {
    s.dummyNames.lastIndex = 0;
    while ((m = s.dummyNames.exec(src))) {
      const before = src.slice(Math.max(0, m.index - 40), m.index);
      const after = src.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const named =
        LEGAL_FORM().test(after) ||
        (s.labels?.test(before.toLowerCase()) ?? false) ||
        /(?:company|firma|société|bedrijf|organisation|organization)\s+$/i.test(before) ||
        /\b(?:name|naam|nom)\b[^.;:!?]{0,30}\s(?:is|ist|est)\s+$|\b(?:called|named|heet|heißt)\s+$/i.test(before) ||
        (/\b(?:by|of|at|from|to|contact)\s+$/i.test(before) && /^(?:\s*[,.;)]?\s*$|\s+(?:is|are|collects|uses|processes)\b)/.test(after));
      if (named) out.push({ index: m.index, length: m[0].length, kind: 'dummy', field: 'name' });
    }
  }
  if (s.labels && s.dummyValues.size) {
    const labelled = /:[ \t]{0,3}([^\s,;|]{1,16}(?: [^\s,;|]{1,16})?)[ \t]*(?=$|\n|[,;|])/g;
    while ((m = labelled.exec(src))) {
      const value = m[1];
      if (!s.dummyValues.has(value)) continue;
      const at = m.index;
      if (!s.labels.test(src.slice(Math.max(0, at - 40), at + 1).toLowerCase())) continue;
      const from = at + m[0].indexOf(value, 1);
      out.push({ index: from, length: value.length, kind: 'dummy' });
    }
  }
}

/** A value given as an example of a format ("e.g. 123.45.67.89") is not a dummy. */
function example(src: string, at: number): boolean {
  const before = src.slice(Math.max(0, at - 100), at);
  const m = /(?:e\.\s?g\.|i\.\s?e\.|for example|for instance|such as|z\.\s?B\.|bijv\.|bijvoorbeeld|par exemple|p\.\s?ex\.|beispielsweise)[^()\n]{0,100}$/i.exec(before);
  return !!m && !/[.!?]\s+\p{Lu}/u.test(m[0].slice(5));
}

const DATE_MASK = lazily(() => /(?<![\p{L}\p{N}])(?:[DdTtJj]{2}[./-][Mm]{2}[./-](?:[YyJjAa]{4}|[YyJjAa]{2})|[YyJjAa]{4}[./-][Mm]{2}[./-][DdTtJj]{2}|[Mm]{2}[./-][DdTtJj]{2}[./-][YyJjAa]{4})(?![\p{L}\p{N}])/gu);
/** Two to four capitalised words (checked against the value words), then a legal form. */
/** What every form of DATE_MASK holds. */
const TWO_MS = /[Mm]{2}/;
const TITLE_RUN = lazily(() => /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,15}(?:\s\p{Lu}\p{Ll}{1,15}){1,3})(?=\s*,?\s*\p{Lu})/gu);

const LEGAL_FORM_END = /\s(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|AG|B\.V\.|BV|N\.V\.|SAS|SARL|S\.A\.|Corp)\.?$/u;
const LEGAL_FORMS = '(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|AG|B\\.?V\\.?|N\\.?V\\.?|SAS|SARL|S\\.?A\\.?|Corp|Corporation|Company|Co\\.)';
const LEGAL_FORM = lazily(() => new RegExp(`^\\s*,?\\s*${LEGAL_FORMS}(?![\\p{L}])`, 'u'));
/** Whether a text holds a legal form anywhere (what every name TITLE_RUN reports stands before). */
const ANY_LEGAL_FORM = new RegExp(LEGAL_FORMS, 'u');

/** A number no one owns: one digit repeated, or digits counting up ("0123456789", "1234 567890"). */
export function dummyDigits(digits: string): boolean {
  if (/^(\d)\1+$/.test(digits)) return true;
  // After a leading 0 or a country code, the rest counts up or is all one digit.
  for (const rest of [digits, digits.replace(/^0/, ''), digits.replace(/^(?:44|31|49|33|1)0?/, '')]) {
    if (rest.length < 6) continue;
    if (/^(\d)\1+$/.test(rest)) return true;
    if ('12345678901234567890'.startsWith(rest) || '01234567890123456789'.startsWith(rest)) return true;
  }
  return false;
}

// ---- banners and notes -------------------------------------------------------------------------

/**
 * A template's banner, drafting notes, cover sheet, generator credit or separator of
 * alternatives in one block's text: where they are. `short` says the block is a heading or a
 * line of a few words (where a cover sheet's title stands).
 */
export function scanBanner(original: string, s: TemplateShapes, sentences: (from: number) => { start: number; end: number }, short = false): ShapeHit[] {
  const out: ShapeHit[] = [];
  const text = original.toLowerCase();
  if (text.length !== original.length) return out; // a letter whose lower case is longer: offsets would shift
  const whole = (kind: ShapeKind): ShapeHit[] => [{ index: 0, length: text.length, kind }];
  if (testCompiled(s.notes, text.slice(0, 120))) return whole('notes');
  // "OR", "- OR -", "[Either]" alone between two alternatives; "Choose one of:".
  if (text.length <= 40 && (testCompiled(s.separatorBlock, text) || testCompiled(s.choose, text))) return whole('options');
  if (short && testCompiled(s.cover, text)) return whole('notes');
  if (s.separatorCaps && !shouting(original)) {
    // "… our office. OR We keep …", "EITHER we …": a separator in capitals between clauses.
    s.separatorCaps.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = s.separatorCaps.exec(original))) out.push({ index: m.index, length: m[0].length, kind: 'options' });
  }
  // The word gate (anchors.ts) on the block's text says which expressions can match in it, or in any sentence of it.
  const may = (re: RegExp | null): re is RegExp => !!re && mayMatch(original, re);
  if (may(s.bannerIs)) {
    s.bannerIs.lastIndex = 0;
    let m: RegExpExecArray | null;
    toMachineCode(s.bannerIs, text);
    while ((m = s.bannerIs.exec(text))) {
      const sent = sentences(m.index);
      out.push({ index: sent.start, length: sent.end - sent.start, kind: 'banner' });
      s.bannerIs.lastIndex = Math.max(sent.end, m.index + 1);
    }
  }
  // Sentence by sentence: an instruction to the drafter at its start ("Adapt this document before
  // you publish it", "Describe here how your business uses cookies", "Delete this section if not
  // applicable"), or a generator's credit anywhere in it.
  const canAdapt = may(s.bannerAdapt) && may(s.bannerPublish) && may(s.bannerThisDoc);
  const canGuide = may(s.guidance);
  const canDelete = may(s.deletion);
  const canCredit = (may(s.credit) || may(s.creditTemplate)) && may(s.documentWord);
  for (let at = 0; (canAdapt || canGuide || canDelete || canCredit) && at < text.length; ) {
    const sent = sentences(at);
    const t = text.slice(sent.start, sent.end);
    const adapt = canAdapt && testCompiled(s.bannerAdapt, t) && testCompiled(s.bannerPublish, t) && testCompiled(s.bannerThisDoc, t);
    const guidance = (canGuide && testCompiled(s.guidance, t)) || (canDelete && testCompiled(s.deletion, t) && deletionAtStart(t, s));
    const credit = canCredit && (testCompiled(s.credit, t) || testCompiled(s.creditTemplate, t)) && testCompiled(s.documentWord, t);
    if ((adapt || guidance || credit) && !out.some((o) => o.index <= sent.start && o.index + o.length >= sent.end)) {
      out.push({ index: sent.start, length: sent.end - sent.start, kind: credit && !adapt && !guidance ? 'credit' : adapt ? 'banner' : 'instruction' });
    }
    if (sent.end <= at) break;
    at = sent.end + 1;
  }
  return out;
}

/** A deletion instruction at the start of a sentence (after a lead such as "Please" or "Note:"). */
function deletionAtStart(t: string, s: TemplateShapes): boolean {
  const m = s.deletion!.exec(t);
  return !!m && /^[\W_]{0,4}(?:\p{L}{1,12}\s*[:,]\s*)?$/u.test(t.slice(0, m.index));
}

/** A label or condition of a template's alternatives, in doc order: which blocks to report. */
/** An option's label ("o:a" of "Option A:") or a condition head ("c:eu users"), by the text; remembered per set of shapes. */
const alternativeLabels = new WeakMap<TemplateShapes, Map<string, string | null>>();
function alternativeLabel(text: string, s: TemplateShapes): string | null {
  let memo = alternativeLabels.get(s);
  if (!memo) alternativeLabels.set(s, (memo = new Map()));
  return remember(memo, text, () => {
    const o = s.optionLabel?.exec(text);
    const head = !o && testCompiled(s.conditionHead, text.toLowerCase()) ? text.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim() : undefined;
    return o ? `o:${(o[1] ?? o[3]).toLowerCase()}` : head ? `c:${head}` : null;
  });
}

export function scanAlternatives(blocks: readonly { kind: string; text: string; depth?: number; section: number }[], s: TemplateShapes): ShapeHit[] {
  // Two heads count together when they share a parent: the section for text, the enclosing
  // heading for headings.
  const out: ShapeHit[] = [];
  if (!s.optionLabel && !s.conditionHead) return out;
  const groups = new Map<string, { block: number; label: string }[]>();
  const stack: { depth: number; index: number }[] = [];
  blocks.forEach((b, i) => {
    let parent = -1;
    if (b.kind === 'heading') {
      const d = b.depth ?? 1;
      while (stack.length && stack[stack.length - 1].depth >= d) stack.pop();
      parent = stack.length ? stack[stack.length - 1].index : -1;
      stack.push({ depth: d, index: i });
    }
    if (b.kind === 'code' || b.kind === 'html' || b.kind === 'table-cell' || b.text.length > 160) return;
    const label = alternativeLabel(b.text, s);
    if (!label) return;
    const key = `${b.kind === 'heading' ? `h${parent}` : `s${b.section}`}${label[0]}`;
    const g = groups.get(key) ?? [];
    g.push({ block: i, label });
    groups.set(key, g);
  });
  for (const g of groups.values()) {
    if (new Set(g.map((x) => x.label)).size < 2) continue;
    for (const x of g) out.push({ index: x.block, length: 0, kind: 'options' });
  }
  return out.sort((a, b) => a.index - b.index);
}
