// Finds text that points at a section of the policy that is not there: a quoted heading that no
// heading matches, "see section 9" in a policy with seven sections, a link to #anchor with no such
// heading. A reader sent to a missing section cannot find what the policy promised to tell them.
import { distance } from 'fastest-levenshtein';
import type { Rule, RuleContext } from '../rule.js';
import type { SpanFix } from '../types.js';
import type { Block, PolicyDocument } from '../document.js';
import type { Cue, ReferencesData } from '../datatypes.js';
import { blockSpan } from '../document.js';
import { cueAlternation, fromLanguageData, hasCue, matchAll, NEVER, proseBlocks } from '../cues.js';
import { flat, remember, rememberFor, type TextMemo } from '../memo.js';

const rule: Rule = {
  meta: {
    id: 'broken-reference',
    description: 'Text that points at a section that does not exist: a quoted heading, a section number, or a #anchor link.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docs: `Policies send the reader elsewhere: "as described under 'Marketing'", "see section 9", a
link to \`#your-rights\`. When the heading was renamed, the sections renumbered or the anchor
misspelt, the reader is sent nowhere, and often the information they were promised is then
missing from the policy altogether.

## What it catches

- A quoted title after a pointing phrase ("described under 'X'", "see the section 'X'",
  "set out in 'X' above") that matches no heading of the policy. Headings recovered from pasted
  text and bold labels count as headings. An unquoted title ("as set out in Marketing and
  Promotions above") is reported only when it is close to a real heading but not the same.
- A section number ("see section 9", "(see clause 4.2)", "as set out in section 3 above") that no
  numbered heading or numbered clause of the policy carries.
- A Markdown link to \`#anchor\` that matches no heading's anchor (GitHub-style: lower case, spaces
  to hyphens, punctuation dropped) and no \`id\`/\`name\` in the document's HTML.

The phrasings are data per language (\`server/data/languages/<lang>/references.yaml\`): "zie
artikel 3", "siehe Abschnitt 2", "voir la section 4".

## What it leaves alone

- References to other documents: "see our cookie policy", "section 4 of our Terms".
- Sections of laws: "section 9 of the Act", "Article 6 GDPR", "artikel 13 AVG".
- A quoted title that differs from a heading only in letter case, or that begins a longer heading.
- Bare numbers with no sign that they point into this document ("under section 4" in a policy
  that has no numbered sections and says neither "above" nor "below").

## How to fix

The finding names the nearest real heading. When the reference differs from it only in letter
case, plural endings or punctuation, the fix that rewrites the reference is safe; when it is only
similar, the rewrite is offered as a suggestion. Otherwise correct the reference or add the
section.`,
    examples: [
      {
        bad: 'All emails follow the rules described under "Email Communication".\n\n## Email communications',
        good: 'All emails follow the rules described under "Email communications".\n\n## Email communications',
      },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const data = referenceData(doc);
    const targets = collectTargets(doc);
    for (const b of proseBlocks(doc)) {
      if (b.kind === 'heading' || !mayRefer(doc.language, b.text, data)) continue;
      checkTitles(ctx, b, data, targets);
      checkNumbers(ctx, b, data, targets);
      checkAnchors(ctx, b, targets);
    }
  },
};

// ---- what the document offers --------------------------------------------------------------

interface Title {
  text: string;
  /** The text as compared (see norm). */
  norm: string;
  block: Block;
}

interface Targets {
  titles: Title[];
  /** Run-in labels of paragraphs ("Ad choices. We ..."): they exist, but are not offered as fixes. */
  labels: string[];
  /** Headings at the most populated level: "section 7" may count them when numbers were lost. */
  headingsPerLevel: number;
  numbers: Set<string>;
  numbered: boolean;
  topNumbers: number[];
  anchors: Map<string, Title | null>;
  /** What a title reference finds among the titles and labels (see titleLookup). */
  lookup(ref: string): TitleLookup;
}

/** A title reference against the document's titles: one of them, or the nearest (by its index in `titles`). */
interface TitleLookup {
  known: boolean;
  nearest?: { index: number; ratio: number };
}

/**
 * Looking a reference up compares it with every title (the nearest by edit distance): references
 * times titles, a tenth of an edit's check at 1 MB. The answer depends only on the reference and
 * the titles' and labels' texts in order, so it is remembered while they stay the same (an edit
 * that changes no heading keeps them).
 */
let lookups: { titles: string[]; labels: string[]; refs: Map<string, TitleLookup> } | undefined;
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function titleLookup(titles: Title[], labels: string[]): (ref: string) => TitleLookup {
  const norms = titles.map((t) => t.norm);
  if (!lookups || !sameList(lookups.titles, norms) || !sameList(lookups.labels, labels)) lookups = { titles: norms.map(flat), labels: labels.map(flat), refs: new Map() };
  const refs = lookups.refs;
  return (ref) =>
    remember(refs, ref, () => {
      const parts = ref.split(/\s+[-–—:]\s+/).map(norm);
      if (titles.some((t) => sameTitle(t.norm, parts)) || labels.includes(norm(ref))) return { known: true };
      return { known: false, nearest: nearest(ref, titles) };
    });
}

function collectTargets(doc: PolicyDocument): Targets {
  const titles: Title[] = [];
  const labels: string[] = [];
  const perDepth = new Map<number, number>();
  const numbers = new Set<string>();
  const topNumbers: number[] = [];
  const anchors = new Map<string, Title | null>();
  const slugCount = new Map<string, number>();
  const addNumber = (n: string) => {
    const parts = n.split('.');
    for (let i = 1; i <= parts.length; i++) numbers.add(parts.slice(0, i).map((p) => String(Number(p))).join('.'));
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      const h = headingTarget(b.text);
      const title = { text: h.text, norm: h.norm, block: b };
      titles.push(title);
      perDepth.set(b.depth ?? 2, (perDepth.get(b.depth ?? 2) ?? 0) + 1);
      if (b.number) {
        addNumber(b.number);
        if (!b.number.includes('.')) topNumbers.push(Number(b.number));
      }
      // GitHub numbers repeated slugs: intro, intro-1, intro-2.
      const base = h.slug;
      const seen = slugCount.get(base) ?? 0;
      slugCount.set(base, seen + 1);
      anchors.set(seen ? `${base}-${seen}` : base, title);
      continue;
    }
    if (b.kind === 'html') {
      for (const m of b.text.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.set(m[1].toLowerCase(), null);
      continue;
    }
    const t = paragraphTargets(b.text);
    for (const n of t.numbers) addNumber(n);
    if (t.runIn !== undefined) labels.push(t.runIn);
    if (t.label) titles.push({ ...t.label, block: b });
    for (const a of t.anchors) anchors.set(a, null);
  }
  return { titles, labels, headingsPerLevel: Math.max(0, ...perDepth.values()), numbers, numbered: numbers.size > 0, topNumbers, anchors, lookup: titleLookup(titles, labels) };
}

/** A heading as a target: its title as shown and as compared, and its anchor; remembered by its text. */
const headings = new Map<string, { text: string; norm: string; slug: string }>();
function headingTarget(heading: string): { text: string; norm: string; slug: string } {
  return remember(headings, heading, () => {
    const plain = plainText(heading);
    const text = flat(plain.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s*/, '').replace(/\s*:$/, ''));
    return { text, norm: norm(text), slug: slug(plain) };
  });
}

/** What a paragraph offers as a target; it depends only on its text, so it is remembered by it. */
interface ParagraphTargets {
  numbers: string[];
  runIn?: string;
  label?: { text: string; norm: string };
  anchors: string[];
}
const paragraphs = new Map<string, ParagraphTargets>();

function paragraphTargets(text: string): ParagraphTargets {
  return remember(paragraphs, text, () => {
    const out: ParagraphTargets = { numbers: [], anchors: [] };
    // Numbered clauses, at the start of the block or of a sentence ("… in force. 5.3.4 Transfers …"),
    // run-in labels and bold labels ("**Marketing**: …") are targets too.
    for (const c of text.matchAll(/(?:^|[.:;]\s+)(\d{1,2}(?:\.\d{1,2})+)[a-z]?\.?\s+\p{Lu}/gu)) out.numbers.push(c[1]);
    const runIn = /^([^.:!?"“”]{2,60})[.:]\s/.exec(plainText(text));
    if (runIn && runIn[1].split(/\s+/).length <= 8) out.runIn = norm(runIn[1]);
    const label = /^(?:\*\*|__)(.+?)(?:\*\*|__)/.exec(text);
    if (label) {
      const t = plainText(label[1]).replace(/[:.]$/, '');
      out.label = { text: t, norm: norm(t) };
    }
    for (const m of text.matchAll(/<a\s[^>]*\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) out.anchors.push(m[1].toLowerCase());
    for (const m of text.matchAll(/\{#([\w-]+)\}/g)) out.anchors.push(m[1].toLowerCase());
    return out;
  });
}

/**
 * A heading's text without Markdown: links keep their text, emphasis and code marks go. No part
 * of a pattern may run past the next opening bracket: on `[a[a[a…` or `<<<…` each try would
 * otherwise read to the end of the text, and the time would grow with its square.
 */
function plainText(s: string): string {
  return s
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>]+>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** GitHub's heading anchors (github-slugger): lower case, drop punctuation, spaces to hyphens. */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

// ---- the language's phrasings --------------------------------------------------------------

interface Phrasing {
  titleRef: RegExp;
  unquotedRef: RegExp;
  numberRef: RegExp;
  see: Cue[];
  sectionWords: Cue[];
  ofOther: Cue[];
  elsewhere: Cue[];
  here: Cue[];
  laws: Cue[];
  otherDocuments: Cue[];
}

function referenceData(doc: PolicyDocument): Phrasing {
  return fromLanguageData<ReferencesData, Phrasing>(doc.language, 'references', compile);
}

function compile(list: ReferencesData[]): Phrasing {
  const merged: Required<ReferencesData> = { sectionWords: [], see: [], articles: [], thisWords: [], titleLeads: [], titledWords: [], here: [], laws: [], otherDocuments: [], elsewhere: [], ofOther: [] };
  for (const d of list) for (const k of Object.keys(merged) as (keyof typeof merged)[]) merged[k].push(...(d[k] ?? []));
  const alt = (cues: Cue[]) => cueAlternation(cues) ?? NEVER;
  // A double-quoted title may hold an apostrophe ("What’s next"); a single-quoted one may not.
  const quoted = `(?:["“„«]\\s*(?<dq>[^"“”„«»\\n]{2,100}?)\\s*["”»]|[‘'‹]\\s*(?<sq>[^‘’'‹›\\n]{2,100}?)\\s*[’'›])`;
  const titleRef = new RegExp(
    `(?<lead>${alt(merged.titleLeads)}|${alt(merged.see)})\\s+(?:(?:${alt(merged.articles)})\\s*)?(?:(?<noun>${alt(merged.sectionWords)})\\s+)?(?:(?:${alt(merged.titledWords)})\\s+)?${quoted}`,
    'giu',
  );
  // "as set out in Marketing and Promotions above": an unquoted title needs "above" or "below".
  const unquotedRef = new RegExp(
    `(?<lead>${alt(merged.titleLeads)}|${alt(merged.see)})\\s+(?:(?:${alt(merged.articles)})\\s*)?(?:(?<noun>${alt(merged.sectionWords)})\\s+)?(?<uq>\\p{Lu}[^\\d.;:!?()"“”‘’'„«»\\n]{2,80}?)(?=\\s+(?:${alt(merged.here)}))`,
    'gu',
  );
  const numberRef = new RegExp(
    `(?:(?<see>${alt(merged.see)})\\s+)?(?:(?<self>${alt(merged.thisWords)})\\s+|(?:${alt(merged.articles)})\\s*)?(?<noun>${alt(merged.sectionWords)})\\s+(?<num>\\d{1,2}(?:\\.\\d{1,2})*)(?![\\d.,]?\\d)(?:\\.(?=\\s|$))?`,
    'giu',
  );
  return { titleRef, unquotedRef, numberRef, see: merged.see, ofOther: merged.ofOther, sectionWords: merged.sectionWords, elsewhere: merged.elsewhere, here: merged.here, laws: merged.laws, otherDocuments: merged.otherDocuments };
}

// ---- quoted titles ---------------------------------------------------------------------------

/** Lower case, no punctuation, no leading number or list label: for comparing titles. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]{1,3}[.)]|\([ivx]{1,4}\))\s+/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** The same words but for plural endings: "Communication" and "communications". */
function nearlySame(a: string, b: string): boolean {
  const x = norm(a).split(' ');
  const y = norm(b).split(' ');
  const plural = (p: string, q: string) => q === p + 's' || q === p + 'es' || (p.endsWith('y') && q === p.slice(0, -1) + 'ies');
  return x.length === y.length && x.every((w, i) => w === y[i] || plural(w, y[i]) || plural(y[i], w));
}

function checkTitles(ctx: RuleContext, b: Block, p: Phrasing, targets: Targets): void {
  const quoted = /["“„«‘'‹]/.test(b.text) ? matchAll(b.text, p.titleRef) : [];
  for (const m of quoted) {
    const g = m.groups!;
    const raw = g.dq ?? g.sq;
    const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const pointsHere = hasCue(after.slice(0, 25), p.here);
    // "see" or a bare "in" before a quote is only a reference with "the section" or "above";
    // "the 'Settings' page" is a screen, not a section.
    const pointing = hasCue(g.lead, p.see) || !/\s/.test(g.lead.trim());
    const nounAfter = startsWithCue(after, p.sectionWords);
    if (pointing && !g.noun && !nounAfter && !pointsHere) continue;
    if (!g.noun && !nounAfter && startsWithCue(after, p.elsewhere)) continue;
    // "the 'Account' section of our website": a part of something else.
    const tail = nounAfter ? after.replace(/^[\s,]*\p{L}+/u, '') : after;
    if (!pointsHere && startsWithCue(tail, p.ofOther)) continue;
    const from = m.index + m[0].lastIndexOf(raw) + (raw.length - raw.trimStart().length);
    reportTitle(ctx, b, p, targets, from, raw.trim(), false);
  }
  const unquoted = hasCue(b.text, p.here) ? matchAll(b.text, p.unquotedRef) : [];
  for (const m of unquoted) {
    const uq = m.groups!.uq;
    if (startsWithCue(uq, p.sectionWords)) continue;
    // "Information We Collect section below": the title is what stands before the noun.
    const noun = matchAll(uq, p.sectionWords).pop();
    if (noun && noun.index + noun[0].length === uq.trimEnd().length) {
      // "… and … sections below" names several sections: too loose to check.
      if (/s$/i.test(noun[0]) || /\sand\s*$/i.test(uq.slice(0, noun.index))) continue;
    }
    const raw = noun && noun.index + noun[0].length === uq.trimEnd().length ? uq.slice(0, noun.index) : uq;
    reportTitle(ctx, b, p, targets, m.index + m[0].length - uq.length, raw.trim(), true);
  }
}

/** Report a title reference that matches no heading. An unquoted one is only trusted near a real heading. */
function reportTitle(ctx: RuleContext, b: Block, p: Phrasing, targets: Targets, from: number, ref: string, unquoted: boolean): void {
  if (ref.length < 3) return;
  const found = targets.lookup(ref);
  if (found.known) return;
  // An unquoted title is only trusted when it is close to a real heading.
  const near = found.nearest && found.nearest.ratio <= (unquoted ? 0.2 : 0.35) ? found.nearest : undefined;
  const best = near && { title: targets.titles[near.index], ratio: near.ratio };
  if (!best && (unquoted || hasCue(ref, p.otherDocuments))) return;
  const span = blockSpan(b, from, from + ref.length);
  const fixes: SpanFix[] = [];
  let message = `This points to a section "${ref}", but no heading of this policy reads so.`;
  const safe = !!best && nearlySame(best.title.text, ref);
  if (best) {
    message += ` The nearest heading is "${best.title.text}"${lineOf(ctx.doc, best.title.block)}. Correct the reference to match it${safe ? '' : ', if that is the section meant'}.`;
    fixes.push({ title: `Change to "${best.title.text}"`, kind: safe ? 'fix' : 'suggestion', isPreferred: safe, edits: [{ span, newText: best.title.text }] });
  } else {
    message += ' Correct the reference, or add the section it promises.';
  }
  ctx.report({
    span,
    message,
    // A reference that differs only in plural endings or punctuation misleads no one for long.
    severity: safe ? 'information' : 'warning',
    related: best ? [{ span: best.title.block.span, message: `The nearest heading: "${best.title.text}".` }] : undefined,
    fixes: fixes.length ? fixes : undefined,
    data: { kind: 'title', target: ref, nearest: best?.title.text },
  });
}

/**
 * Same title for a reader: equal but for letter case and spacing, a run of two or more words of a
 * longer heading, or a heading with a subtitle ("Your Choices - Advertising" for "Your Choices").
 */
function sameTitle(h: string, refParts: string[]): boolean {
  if (!h) return false;
  return refParts.some((r) => r === h || (r.split(' ').length >= 2 && ` ${h} `.includes(` ${r} `)));
}

/** The title nearest to a reference (the first of equals), by its index, and how far it is. */
function nearest(ref: string, titles: Title[]): { index: number; ratio: number } | undefined {
  const r = norm(ref);
  let best: { index: number; ratio: number } | undefined;
  titles.forEach((t, index) => {
    const h = t.norm;
    if (!h) return;
    const ratio = distance(r, h) / Math.max(r.length, h.length);
    if (!best || ratio < best.ratio) best = { index, ratio };
  });
  return best;
}

function lineOf(doc: PolicyDocument, b: Block): string {
  return ` (line ${doc.lines.positionAt(b.span.start).line + 1})`;
}

// ---- section numbers -------------------------------------------------------------------------

function checkNumbers(ctx: RuleContext, b: Block, p: Phrasing, targets: Targets): void {
  for (const m of matchAll(b.text, p.numberRef)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const after = b.text.slice(end, end + 80);
    const before = b.text.slice(Math.max(0, m.index - 30), m.index);
    // A law's section: "section 9 of the Act", "artikel 6 AVG".
    if (startsWithCue(after, p.laws)) continue;
    // "Art. 13 section 2", "§ 4 Absatz 1": a citation of a law.
    if (/\b(?:Art(?:icle)?|Artikel|§)\.?\s*\d*[()\w]*\s*$/i.test(before)) continue;
    const pointsHere = startsWithCue(after, p.here) || !!g.self;
    // "section 4 of our Terms": another document's section.
    if (!pointsHere && startsWithCue(after, p.ofOther)) continue;
    if (!pointsHere && !(g.see && targets.numbered)) continue;
    const num = g.num.split('.').map((x) => String(Number(x))).join('.');
    if (targets.numbers.has(num)) continue;
    // Numbers shown by the web page's style are lost when the text is copied: "section 7" may
    // still mean the seventh heading.
    if (!targets.numbered && !num.includes('.') && Number(num) <= targets.headingsPerLevel) continue;
    const numFrom = m.index + m[0].lastIndexOf(g.num);
    const span = blockSpan(b, m.index + m[0].indexOf(g.noun), numFrom + g.num.length);
    const range = targets.topNumbers.length ? ` (its numbered sections run from ${Math.min(...targets.topNumbers)} to ${Math.max(...targets.topNumbers)})` : targets.numbered ? '' : ': its sections are not numbered';
    ctx.report({
      span,
      message: `This refers to ${g.noun} ${g.num}, but the policy has no section numbered ${num}${range}. Correct the number, or refer to the section by its title.`,
      data: { kind: 'number', target: num },
    });
  }
}

// Most paragraphs hold no reference at all; whether one does depends only on its text and the
// language, so it is remembered by them (memo.ts) and the check after an edit looks again only at
// the paragraphs the edit changed.
const referring: TextMemo<string, boolean> = new Map();
const ANCHOR_LINK = /\]\(\s*<?#([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

/** Does the text hold anything checkTitles, checkNumbers or checkAnchors would look at? */
function mayRefer(language: string, text: string, p: Phrasing): boolean {
  return rememberFor(
    referring,
    text,
    language,
    () =>
      (/["“„«‘'‹]/.test(text) && matchAll(text, p.titleRef).length > 0) ||
      (hasCue(text, p.here) && matchAll(text, p.unquotedRef).length > 0) ||
      matchAll(text, p.numberRef).length > 0 ||
      matchAll(text, ANCHOR_LINK).length > 0,
  );
}

function startsWithCue(text: string, cues: Cue[]): boolean {
  const t = text.replace(/^[\s,(]+/, '');
  return matchAll(t, cues).some((m) => m.index === 0);
}

// ---- #anchors --------------------------------------------------------------------------------

function checkAnchors(ctx: RuleContext, b: Block, targets: Targets): void {
  for (const m of b.text.matchAll(ANCHOR_LINK)) {
    let anchor = m[1];
    try {
      anchor = decodeURIComponent(anchor);
    } catch {
      // keep it as written
    }
    if (!anchor || targets.anchors.has(anchor.toLowerCase())) continue;
    const from = m.index! + m[0].indexOf('#') + 1;
    const span = blockSpan(b, from, from + m[1].length);
    let best: { key: string; title: Title; d: number } | undefined;
    for (const [key, title] of targets.anchors) {
      if (!title) continue;
      const d = distance(anchor.toLowerCase(), key);
      if (!best || d < best.d) best = { key, title, d };
    }
    const close = best && best.d / Math.max(anchor.length, best.key.length) <= 0.35 ? best : undefined;
    ctx.report({
      span,
      message: `This link points to #${anchor}, but no heading of this policy has that anchor.${close ? ` Did you mean #${close.key} ("${close.title.text}")?` : ' Link to an existing heading, or add the section.'}`,
      related: close ? [{ span: close.title.block.span, message: `The heading with anchor #${close.key}.` }] : undefined,
      fixes: close
        ? [{ title: `Link to #${close.key}`, kind: close.key === anchor.toLowerCase().replace(/_/g, '-') ? 'fix' : 'suggestion', edits: [{ span, newText: close.key }] }]
        : undefined,
      data: { kind: 'anchor', target: anchor, nearest: close?.key },
    });
  }
}

export default rule;
