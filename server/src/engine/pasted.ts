// Pasted text leaves its structure implicit. A short capitalised line may be a heading, but also
// an item of a list written without bullets, a line of a postal address, a row of a flattened
// table, or a button of the web page the text was copied from. This module reads the body's lines
// once and says which short lines are something other than a heading, so that the document model
// makes headings only of the rest.
import type { Root } from 'mdast';
import { LANGUAGES } from './data.js';
import type { ContactsData, DebrisData } from './datatypes.js';
import { hasPostcode } from './address.js';
import { letterCounts, type LineIndex } from './text.js';

/** A list label or section number at the start of a line: "4.", "4.1", "(a)", "b)". */
export const NUMBERED = /^(\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[a-z][.)]|\([a-z]\))\s*(?=\S)/;
/** A section number or list label proper (a street number has neither dot nor bracket). */
const LABEL = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-z][.)]|\([a-z]\))\s*\S/;

/** Does a line read as a title: short, no closing full stop, starts with a capital or number? */
export function looksLikeTitle(t: string): boolean {
  if (t.length > 90 || t.length < 2) return false;
  const body = t.replace(NUMBERED, '');
  if (!/^[A-ZÀ-Þ"“'‘]/.test(body)) return false;
  // (a closing full stop inside emphasis too: "In short, **you may ask us to erase it.**")
  if (/[.,;:]["'”’)*_]*$/.test(body) && !/\.\.\.[*_]*$/.test(body)) return false;
  if (/@|https?:|www\.|\.(png|jpe?g|gif|svg)\b/i.test(body)) return false;
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length > 12) return false;
  const { letters } = letterCounts(body);
  if (letters < body.replace(/\s/g, '').length * 0.6) return false;
  // A sentence with a full stop in the middle is prose, not a title.
  if (/[a-z]\.\s+[A-Z]/.test(body)) return false;
  return true;
}

/** What a short line is when it is not a heading. */
export type LineRole = 'item' | 'address' | 'table' | 'debris';

// ---- web page debris (data: languages/<lang>/debris.yaml, every language at once) -----------

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s|•·›»>\/]+/g, ' ')
    .replace(/[\s.:!×✕]+$/u, '')
    .trim();

let debris: { lines: Set<string>; menu: string[] } | undefined;

function debrisData(): { lines: Set<string>; menu: string[] } {
  if (!debris) {
    const all = Object.values(LANGUAGES).map((d) => (d.debris ?? {}) as DebrisData);
    const menu = [...new Set(all.flatMap((d) => d.menu ?? []).map(norm))].filter(Boolean);
    // Longest first, so that "about us" is read as one item rather than "about" and a stray "us".
    menu.sort((a, b) => b.length - a.length);
    debris = { lines: new Set(all.flatMap((d) => d.lines ?? []).map(norm)), menu };
  }
  return debris;
}

/** A line a web page left behind: "Skip to main content", "Accept all", "Home About us Contact". */
export function isDebris(line: string): boolean {
  const t = norm(line);
  if (!t || t.length > 120) return false;
  const d = debrisData();
  if (d.lines.has(t)) return true;
  // A menu: the whole line is navigation words, two or more of them.
  let rest = t;
  let items = 0;
  while (rest) {
    const m = d.menu.find((w) => rest === w || rest.startsWith(w + ' '));
    if (!m) return false;
    rest = rest.slice(m.length).trim();
    items++;
  }
  return items >= 2;
}

let countries: Set<string> | undefined;

/** A country's name on a line of its own: the last line of an address. */
function isCountry(line: string): boolean {
  countries ??= new Set(Object.values(LANGUAGES).flatMap((d) => ((d.contacts ?? {}) as ContactsData).countries ?? []).map(norm));
  return countries.has(norm(line));
}

// ---- reading the lines ----------------------------------------------------------------------

const CONNECTORS = new Set(['of', 'and', 'the', 'upon', 'on', 'in', 'de', 'la', 'le', 'du', 'des', 'van', 'der', 'den', 'het', 'von', 'am', 'an', 'im', 'sur', 'en', 'et', 'y', '&']);
const SEMICOLON_END = /;(?:\s+(?:and|or|en|of|und|oder|et|ou))?$/;
const TERMINATED = /[.!?:;]["'”’)]*$/;
const CELL_LABEL = /(?:^|\s)\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s/;

/** Street, building, company and town names: a few capitalised words, perhaps a number. */
function readsAsAddressPart(t: string): boolean {
  const words = t.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(w.toLowerCase()));
}

interface Line {
  text: string;
  blank: boolean;
  /** Could be a heading or an address line: title-like, or holds a postcode. */
  candidate: boolean;
  /** Could be an item of a list written one item a line: short, capitalised, ends no sentence (or ends in ";"). */
  item: boolean;
  postcode: boolean;
  debris: boolean;
}

/**
 * The roles of the body's short lines that are not headings, by line number. `barriers` are
 * lines that belong to code, HTML, tables or Markdown headings: no run of short lines crosses them.
 */
export function lineRoles(text: string, lineIndex: LineIndex, tree: Root, bodyStart: number): Map<number, LineRole> {
  const roles = new Map<number, LineRole>();
  const n = lineIndex.lineCount;
  const barrier = new Uint8Array(n);
  const firstLine = bodyStart > 0 ? lineIndex.positionAt(bodyStart).line : 0;
  for (let l = 0; l < firstLine && l < n; l++) barrier[l] = 1;
  for (const node of tree.children) {
    const fenced = node.type === 'code' && /^\s*(```|~~~)/.test(text.slice(node.position!.start.offset!, node.position!.start.offset! + 8));
    if (!(fenced || node.type === 'html' || node.type === 'table' || node.type === 'heading')) continue;
    // By offsets: remark's line numbers are those of the text it was given (document.ts joins
    // the lines of very long paragraphs before parsing).
    const a = lineIndex.positionAt(node.position!.start.offset!).line;
    const b = lineIndex.positionAt(node.position!.end.offset!).line;
    for (let l = Math.max(0, a); l <= b && l < n; l++) barrier[l] = 1;
  }
  const lines: Line[] = [];
  for (let l = 0; l < n; l++) {
    const t = text.slice(lineIndex.starts[l], lineIndex.lineEnd(l)).trim();
    const blank = t === '';
    const isDeb = !blank && !barrier[l] && t.length <= 120 && isDebris(t);
    const postcode = !blank && !barrier[l] && !isDeb && t.length <= 90 && hasPostcode(t);
    const free = !blank && !barrier[l] && !isDeb && !LABEL.test(t);
    const candidate = free && (postcode || looksLikeTitle(t));
    const item = free && t.length <= 200 && /^[\p{Lu}\d"“‘]/u.test(t) && t.split(/\s+/).length <= 25 && (!TERMINATED.test(t) || SEMICOLON_END.test(t));
    lines.push({ text: t, blank, candidate, item, postcode, debris: isDeb });
    if (isDeb) roles.set(l, 'debris');
  }
  // A line that a lower-case line continues is the start of a wrapped sentence.
  for (let l = 0; l + 1 < n; l++) {
    if (!/^\p{Ll}/u.test(lines[l + 1].text)) continue;
    lines[l].item = false;
    if (!lines[l].postcode) lines[l].candidate = false;
  }
  const short = (x: Line) => x.candidate || x.item;
  /** The first line at or after l that is not a candidate (adjacent candidates share it). */
  const pastCandidates = new Int32Array(n + 1);
  pastCandidates[n] = n;
  for (let l = n - 1; l >= 0; l--) pastCandidates[l] = lines[l].candidate ? pastCandidates[l + 1] : l;

  const next = (l: number) => (l + 1 < n ? lines[l + 1] : undefined);
  /** The next line, with no blank line between, reads as prose (not a short line, not a clause of a list). */
  const followedByProse = (l: number) => {
    const x = next(l);
    return !!x && !x.blank && !short(x) && !x.debris && !barrier[l + 1];
  };
  const prevNonBlank = (l: number) => {
    for (let k = l - 1; k >= 0; k--) if (!lines[k].blank) return k;
    return -1;
  };

  // Runs: short lines with nothing but blank lines between them.
  let seenProse = false;
  let l = 0;
  while (l < n) {
    const x = lines[l];
    if (x.blank || barrier[l]) {
      l++;
      continue;
    }
    if (!short(x)) {
      if (!x.debris) seenProse = true;
      l++;
      continue;
    }
    const run: number[] = [];
    let k = l;
    while (k < n && (lines[k].blank || short(lines[k])) && !barrier[k]) {
      if (!lines[k].blank) run.push(k);
      k++;
    }
    classifyRun(run, seenProse);
    l = k;
  }
  return roles;

  function classifyRun(run: number[], afterProse: boolean): void {
    // An address: the postcode line, the street and building lines above it, a country below.
    const address = new Set<number>();
    run.forEach((ln, i) => {
      if (!lines[ln].postcode) return;
      address.add(ln);
      for (let j = i - 1, taken = 0; j >= 0 && taken < 5 && readsAsAddressPart(lines[run[j]].text); j--, taken++) address.add(run[j]);
      if (i + 1 < run.length && isCountry(lines[run[i + 1]].text)) address.add(run[i + 1]);
    });
    for (const ln of address) roles.set(ln, 'address');
    // A flattened table: short lines (the header row, a group's name) followed, with no blank line,
    // by rows that end no sentence and whose cells hold labelled entries ("(a) Contact details").
    // Without the labels, such rows are a list and the short line above them its heading.
    for (const ln of run) {
      if (address.has(ln) || !lines[ln].candidate) continue;
      const r = pastCandidates[ln + 1];
      const row = lines[r];
      const after = r + 1 < n ? lines[r + 1] : undefined;
      if (!row || row.blank || barrier[r] || TERMINATED.test(row.text)) continue;
      if (!after || after.blank || TERMINATED.test(after.text) || /^\p{Ll}/u.test(after.text)) continue;
      if (!CELL_LABEL.test(row.text) && !CELL_LABEL.test(after.text)) continue;
      for (let j = ln; j < r; j++) if (!address.has(j)) roles.set(j, 'table');
    }
    // A list: three or more short lines in a row.
    let segment: number[] = [];
    const flush = () => {
      if (segment.length >= 3) markList(segment, afterProse);
      segment = [];
    };
    for (const ln of run) {
      // A question is a heading ("What do we collect?"), not an item; so is a line that stands
      // apart from the line above it and runs straight into prose.
      const heads = (ln === 0 || lines[ln - 1].blank) && followedByProse(ln);
      if (roles.has(ln) || !lines[ln].item || heads || /\?["'”’)]*$/.test(lines[ln].text)) flush();
      else segment.push(ln);
    }
    flush();
  }

  function markList(segment: number[], afterProse: boolean): void {
    const last = segment[segment.length - 1];
    const lead = prevNonBlank(segment[0]);
    const introduced = lead >= 0 && /:["'”’)]*$/.test(lines[lead].text);
    if (!introduced) {
      // Lines above any prose are the title block: "Privacy Policy", its subtitle, a date.
      if (!afterProse) return;
      // Title, subtitle and section heading stacked over the section's first sentence.
      if (segment.length <= 3 && followedByProse(last)) return;
    }
    for (const ln of segment) roles.set(ln, 'item');
    // Items written as clauses: "...;" lines continue the list, and so does a last line after one.
    for (let j = last + 1; j < n; j++) {
      const t = lines[j].text;
      if (lines[j].blank || barrier[j] || roles.has(j) || !/^[\p{Lu}\d"“]/u.test(t) || t.split(/\s+/).length > 40) break;
      if (SEMICOLON_END.test(t)) {
        roles.set(j, 'item');
        continue;
      }
      if (SEMICOLON_END.test(lines[j - 1].text) && /[.!?]["'”’)]*$/.test(t)) roles.set(j, 'item');
      break;
    }
  }
}
