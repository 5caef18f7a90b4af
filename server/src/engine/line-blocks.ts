// The cheap reader for long runs of heading lines, of table rows and of flat one-line list items
// (a list of 37,000 items took remark 6 s and most of 700 MB). micromark spends tens of
// microseconds on each heading and each table cell (a tokenizer per heading's text, events and a
// resolver pass per row), and holds every event of a table until the table ends: 50,000 headings
// took 3 s and a 1 MB table 9 s and a gigabyte. Both constructs are one line each and cannot
// carry over lines, so a run of them that stands at the top level (not in a fence or an HTML
// block, a table between blank lines) is read here, line by line, into the nodes remark would
// have made (the same offsets: a test holds blocks, sections and offsets to remark's), and the
// text around each run is given to remark on its own and its tree shifted into place.
// Runs shorter than CHEAP_RUN are left to remark: policies as written never reach this path.
import type { Root, RootContent, Nodes, Heading, Table, TableRow, TableCell, Text, List, ListItem } from 'mdast';
import { lazily } from './text.js';

/** A run of heading lines or a table at least this long (characters) is read without remark. */
export const CHEAP_RUN = 16 * 1024;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
/** HTML blocks that end at a blank line (kinds 6 and 7), over-approximated: any tag at a line start. */
const HTML_TO_BLANK = /^ {0,3}<\/?[A-Za-z]/;
const BLANK = /^[ \t]*$/;

/**
 * Line by line, which lines belong to a construct opened on an earlier line that runs on over
 * line starts: a fenced code block, an HTML block. Shared by the language server's chunker and
 * the cheap reader. It can be fooled (a fence in a list item); both check micromark's own tree
 * at a cut (`openAtEnd`) as well.
 */
export class FlowLines {
  private fence?: string;
  private html?: RegExp;
  private toBlank = false;

  /** Feed the next line (without its line break); true when it belongs to a construct opened before it. */
  inside(t: string): boolean {
    if (this.fence) {
      const m = FENCE.exec(t);
      if (m && m[1][0] === this.fence[0] && m[1].length >= this.fence.length && /^\s*$/.test(t.slice(m[0].length))) this.fence = undefined;
      return true;
    }
    if (this.html) {
      if (this.html.test(t)) this.html = undefined;
      return true;
    }
    if (this.toBlank) {
      if (!BLANK.test(t)) return true;
      this.toBlank = false;
      return false;
    }
    const f = FENCE.exec(t);
    if (f && !(f[1][0] === '`' && t.slice(f[0].length).includes('`'))) this.fence = f[1];
    else if (/^ {0,3}<!--/.test(t)) this.html = t.includes('-->') ? undefined : /-->/;
    else if (/^ {0,3}<\?/.test(t)) this.html = t.includes('?>') ? undefined : /\?>/;
    else if (/^ {0,3}<!\[CDATA\[/.test(t)) this.html = t.includes(']]>') ? undefined : /\]\]>/;
    else if (/^ {0,3}<![A-Za-z]/.test(t)) this.html = t.includes('>') ? undefined : />/;
    else {
      const h = HTML_OPEN.exec(t);
      if (h) {
        const close = new RegExp(`</${h[1]}>`, 'i');
        if (!close.test(t)) this.html = close;
      } else if (HTML_TO_BLANK.test(t)) this.toBlank = true;
    }
    return false;
  }
}

/**
 * Does the tree end inside a construct that would run on into text after it (a fence or an HTML
 * block that is never closed, also inside a list item or a block quote)?
 */
export function openAtEnd(text: string, tree: Root): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last?.position) return false;
  const src = text.slice(last.position.start.offset, last.position.end.offset);
  if (last.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(src);
    if (!open) return false; // indented code ends at the first line that is not indented
    const lines = src.split(/\r\n|\r|\n/);
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]) : null;
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  if (last.type === 'html') return !/>[ \t]*$/.test(src);
  // A container whose last child is open (a fence in a list item, in a block quote).
  if ('children' in last && last.children.length) return openAtEnd(text, { type: 'root', children: [last.children[last.children.length - 1]] } as Root);
  return false;
}

/** A copy of the node with its positions moved down `lines` lines and on `offset` characters. */
export function shift<T extends Nodes>(node: T, lines: number, offset: number): T {
  const out = { ...node };
  const p = node.position;
  if (p) {
    out.position = {
      start: { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
      end: { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) (out as { children: Nodes[] }).children = (node.children as Nodes[]).map((c) => shift(c, lines, offset));
  return out;
}

interface Run {
  /** Offset of the run's first line and just after its last line's line break. */
  start: number;
  end: number;
  nodes: RootContent[];
  /** A list run: the piece before it must not end in a construct the list would join or continue. */
  list?: List;
}

/**
 * May a list run follow a piece whose last block is `last`? Not a list (the run's items could be
 * its items), a quote or a table (lines could join them), nor HTML (a block of HTML that ends at a
 * blank line takes the lines that follow); nor a paragraph or code when the list is ordered from a
 * number other than 1 (micromark reads such a line as a paragraph's next line, and after indented
 * code as a paragraph of its own).
 */
function listMayFollow(last: RootContent | undefined, list: List): boolean {
  if (!last) return true;
  if (last.type === 'paragraph' || last.type === 'code') return !list.ordered || list.start === 1;
  return last.type === 'heading' || last.type === 'thematicBreak' || last.type === 'yaml';
}

const HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
/** A link definition whose destination may follow on the next line (`[a]:` then `# "title"`). */
const DEFINITION_OPEN = /\]:[ \t]*$/;
/**
 * A line that may define a link label (`[ref]: …`, a footnote's `[^1]: …`), at the margin or inside a
 * block quote or list item (`> [ref]: …`, `- [ref]: …`). A definition holds for the whole document, so
 * a `[ref]` in one piece is a link because of a line in another: such a text is parsed whole.
 */
const DEFINITION_LINE = /^[ \t>*+\-\d.)]*\[(?:[^\]\\\n]|\\.)+\]:/m;

/**
 * Parse `text` as `parse` would, with long runs of headings and tables read by the cheap reader
 * and the pieces between them given to `parse` one by one. `minRun` is CHEAP_RUN but for tests.
 * A piece is also cut before a heading at the margin once it is `cutAfter` characters long:
 * micromark copies all of a document's events so far at each list or quote that a later line
 * ends, so its time grows faster than the text (a remark parse of 1 MB of policies 1.2 s, of 5 MB
 * 8.6 s; the same 5 MB in pieces of about 16 KB 3.9 s). Infinity: no such cuts (a `parse` that
 * cuts the text itself, the language server's).
 */
export function parseAroundRuns(text: string, parse: (piece: string) => Root, minRun = CHEAP_RUN, cutAfter = minRun): Root {
  const runs = text.length >= Math.min(minRun, cutAfter) ? findRuns(text, minRun, cutAfter) : [];
  if (!runs.length || DEFINITION_LINE.test(text)) return parse(text);
  const children: RootContent[] = [];
  let at = 0;
  let line = 0;
  const piece = (end: number, last: boolean, list?: List): boolean => {
    if (end <= at) return true;
    const src = text.slice(at, end);
    const tree = parse(src);
    // The line scan was fooled (a fence that runs on): the cut is wrong.
    if (!last && openAtEnd(src, tree)) return false;
    if (list && !listMayFollow(tree.children[tree.children.length - 1], list)) return false;
    for (const n of tree.children) children.push(at ? shift(n, line, at) : n);
    return true;
  };
  for (const r of runs) {
    if (!piece(r.start, false, r.list)) return parse(text);
    if (r.list && r.start === at && children.length && !listMayFollow(children[children.length - 1], r.list)) return parse(text);
    children.push(...r.nodes);
    line += countLines(text, at, r.end); // from the last cut, not from the start: linear in the runs
    at = r.end;
  }
  if (!piece(text.length, true)) return parse(text);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: countLines(text, 0, text.length) + 1, column: text.length - (text.lastIndexOf('\n') + 1) + 1, offset: text.length } } };
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The runs, in order, and the cuts (runs without nodes). One pass over the lines. */
function findRuns(text: string, minRun: number, cutAfter: number): Run[] {
  // A lone \r is a line break to micromark; such text is rare enough to leave to it.
  // So is NUL, around which micromark leaves generated nodes without positions.
  if (/\r(?!\n)|\0/.test(text)) return [];
  const n = text.length;
  let pos = 0;
  let lineNo = 1;
  // Front matter (remark-frontmatter's yaml) belongs to the first piece; an unclosed one changes
  // how the whole rest reads.
  if (/^---[ \t]*\r?\n/.test(text)) {
    const close = /^---[ \t]*\r?$/m;
    const first = text.indexOf('\n') + 1;
    const c = close.exec(text.slice(first));
    if (!c) return [];
    const nl = text.indexOf('\n', first + c.index);
    pos = nl < 0 ? n : nl + 1;
    lineNo = countLines(text, 0, pos) + 1;
  }
  const runs: Run[] = [];
  const pieceStart = () => (runs.length ? runs[runs.length - 1].end : 0);
  const flow = new FlowLines();
  let prevBlank = true;
  let prevHeading = false;
  // The open heading run: its start, the end of its last heading line, its nodes.
  let hStart = -1;
  let hEnd = -1;
  let hNodes: RootContent[] = [];
  let lastHeadingAt = -1;
  let prevLine = '';
  const closeHeadings = (dashesNext: boolean) => {
    if (hStart < 0) return;
    // `---` at the start of the next piece would read as front matter there: leave it the heading before it.
    if (dashesNext && hNodes.length) {
      hNodes.pop();
      hEnd = lastHeadingAt;
    }
    if (hEnd - hStart >= minRun && hNodes.length) runs.push({ start: hStart, end: hEnd, nodes: hNodes });
    // A shorter run opens at the margin too, where nothing before it carries over: the piece before
    // it ends there, when it is long enough (a cut: remark reads the headings with what follows).
    else if (hStart - pieceStart() >= cutAfter) runs.push({ start: hStart, end: hStart, nodes: [] });
    hStart = -1;
    hNodes = [];
  };
  while (pos < n) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? n : nl + 1;
    const le = nl < 0 ? n : nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const t = text.slice(pos, le);
    const inside = flow.inside(t);
    const blank = !inside && BLANK.test(t);
    const h = inside ? null : HEADING.exec(t);
    // A heading at the margin closes whatever was open (it is no paragraph's continuation); an
    // indented one only when nothing was (after the run's headings and blank lines).
    if (h && (prevHeading || (prevBlank && hStart >= 0) || (h[1].length === 0 && !DEFINITION_OPEN.test(prevLine)))) {
      if (hStart < 0) hStart = pos;
      lastHeadingAt = pos;
      hNodes.push(headingNode(text, pos, le, lineNo, h[1].length, h[2].length));
      hEnd = next;
      prevHeading = true;
      prevBlank = false;
      prevLine = t;
      pos = next;
      lineNo++;
      continue;
    }
    if (blank) {
      prevBlank = true;
      prevLine = t;
      prevHeading = false;
      pos = next;
      lineNo++;
      continue;
    }
    closeHeadings(hEnd === pos && t.startsWith('---'));
    if (!inside && (prevBlank || prevHeading || pos === 0) && t.charCodeAt(0) === 124) {
      const table = readTable(text, pos, lineNo);
      if (table) {
        if (table.end - pos >= minRun) runs.push({ start: pos, end: table.end, nodes: [table.node] });
        lineNo += table.lines;
        pos = table.end;
        prevBlank = false;
        prevHeading = false;
        continue;
      }
    }
    if (!inside && LIST_ITEM().test(t)) {
      const list = readList(text, pos, lineNo);
      if (list.end - pos >= minRun && list.node) runs.push({ start: pos, end: list.end, nodes: [list.node], list: list.node });
      // Its lines are items (no fence, HTML block or heading opens in them): skip them either way.
      lineNo += list.lines;
      pos = list.end;
      prevBlank = false;
      prevHeading = false;
      prevLine = '';
      continue;
    }
    prevBlank = false;
    prevHeading = false;
    prevLine = t;
    pos = next;
    lineNo++;
  }
  closeHeadings(false);
  return runs;
}

const point = (line: number, lineStart: number, offset: number) => ({ line, column: offset - lineStart + 1, offset });

function isWs(c: number): boolean {
  return c === 32 || c === 9;
}

/** The content of an ATX heading whose `#`s start at `at` and whose line ends at `le`: markers, white space and a closing run of `#` left out. */
export function atxContent(text: string, at: number, le: number): { start: number; end: number } {
  let a = at;
  while (a < le && text.charCodeAt(a) === 35) a++;
  while (a < le && isWs(text.charCodeAt(a))) a++;
  let b = le;
  while (b > a && isWs(text.charCodeAt(b - 1))) b--;
  // A closing run of `#` (all of the content, or after white space) is no content.
  let k = b;
  while (k > a && text.charCodeAt(k - 1) === 35) k--;
  if (k < b && (k === a || isWs(text.charCodeAt(k - 1)))) {
    b = k;
    while (b > a && isWs(text.charCodeAt(b - 1))) b--;
  }
  return { start: a, end: b };
}

/** An ATX heading line [ls, le): its `#`s start after `indent` spaces. */
function headingNode(text: string, ls: number, le: number, line: number, indent: number, depth: number): Heading {
  const { start: a, end: b } = atxContent(text, ls + indent, le);
  const children: Text[] = b > a ? [{ type: 'text', value: '', position: { start: point(line, ls, a), end: point(line, ls, b) } }] : [];
  return { type: 'heading', depth: depth as Heading['depth'], children, position: { start: point(line, ls, ls + indent), end: point(line, ls, le) } };
}

/** The cells of a table row [ls, le) that opens with `|`, as GFM reads them (an escaped `\|` does not end a cell). */
function rowCells(text: string, ls: number, le: number, line: number): TableCell[] {
  let end = le;
  while (end > ls && isWs(text.charCodeAt(end - 1))) end--;
  const cells: TableCell[] = [];
  let start = ls;
  for (;;) {
    let k = start + 1;
    while (k < end && text.charCodeAt(k) !== 124) k += text.charCodeAt(k) === 92 && (text.charCodeAt(k + 1) === 124 || text.charCodeAt(k + 1) === 92) ? 2 : 1;
    if (k > end) k = end;
    // The pipe at k closes the row when only white space follows it.
    const closes = k >= end - 1;
    let a = start + 1;
    while (a < k && isWs(text.charCodeAt(a))) a++;
    let b = k;
    while (b > a && isWs(text.charCodeAt(b - 1))) b--;
    const children: Text[] = b > a ? [{ type: 'text', value: '', position: { start: point(line, ls, a), end: point(line, ls, b) } }] : [];
    cells.push({ type: 'tableCell', children, position: { start: point(line, ls, start), end: point(line, ls, closes ? le : k) } });
    if (closes) return cells;
    start = k;
  }
}

const DELIMITER_CELL = /^:?-+:?$/;

/**
 * A table that starts with a header row at `ls` (a line opening with `|`), its delimiter row, and
 * body rows that each open with `|`, up to a blank line or the end of the text; undefined when the
 * lines are not such a table (remark reads them).
 */
function readTable(text: string, ls: number, line: number): { node: Table; end: number; lines: number } | undefined {
  const n = text.length;
  const lineEnd = (p: number) => {
    const nl = text.indexOf('\n', p);
    const e = nl < 0 ? n : nl;
    return { le: e > p && text.charCodeAt(e - 1) === 13 ? e - 1 : e, next: nl < 0 ? n : nl + 1 };
  };
  // A row that is a lone pipe has no cell to GFM (a header of none is no table; in the body this
  // reader does not follow how it ends the table): remark reads such text.
  const lonePipe = (p: number, le: number) => text.slice(p, le).trim() === '|';
  const head = lineEnd(ls);
  if (head.next >= n || text.charCodeAt(head.next) !== 124 || lonePipe(ls, head.le)) return undefined;
  const delim = lineEnd(head.next);
  const header = rowCells(text, ls, head.le, line);
  const marks = rowCells(text, head.next, delim.le, line + 1);
  if (marks.length !== header.length) return undefined;
  for (const c of marks) {
    const content = c.children[0]?.position;
    if (!content || !DELIMITER_CELL.test(text.slice(content.start.offset, content.end.offset))) return undefined;
  }
  const rows: TableRow[] = [{ type: 'tableRow', children: header, position: { start: header[0].position!.start, end: header[header.length - 1].position!.end } }];
  let pos = delim.next;
  let l = line + 2;
  while (pos < n) {
    const { le, next } = lineEnd(pos);
    if (BLANK.test(text.slice(pos, le))) break;
    // A line that is not a row here ends the table in a way this reader does not follow.
    if (text.charCodeAt(pos) !== 124 || lonePipe(pos, le)) return undefined;
    const cells = rowCells(text, pos, le, l);
    rows.push({ type: 'tableRow', children: cells, position: { start: cells[0].position!.start, end: cells[cells.length - 1].position!.end } });
    pos = next;
    l++;
  }
  // A table of a header row alone ends with its delimiter row.
  const end = rows.length > 1 ? rows[rows.length - 1].position!.end : point(line + 1, head.next, delim.le);
  const node: Table = { type: 'table', align: [], children: rows, position: { start: point(line, ls, ls), end } };
  return { node, end: pos, lines: l - line };
}

/**
 * A flat list item on one line at the margin: a marker, one space and text that opens with a
 * letter and ends with no white space (so no nested list, thematic break, task box, heading,
 * code or HTML in it, and the paragraph's span is the rest of the line).
 */
const LIST_ITEM = lazily(() => /^(?:[-*+]|\d{1,9}[.)]) [\p{L}][^\r\n]*(?<![ \t])$/u);

/**
 * The run of flat list items from `ls` with one marker (the same bullet, or numbers with the same
 * delimiter), as remark reads it: one tight list, each item one paragraph. `node` is undefined
 * when what follows could still belong to the list (a line that is not blank right after it, or
 * an indented line or another item after blank lines): then remark reads it. `end` and `lines`
 * cover the item lines either way.
 */
function readList(text: string, ls: number, line: number): { node?: List; end: number; lines: number } {
  const n = text.length;
  const kind = (t: string) => (/^\d/.test(t) ? t.charAt(t.search(/[.)]/)) : t.charAt(0));
  const first = text.slice(ls, Math.min(n, ls + 12));
  const mark = kind(first);
  const ordered = /^\d/.test(first);
  const items: ListItem[] = [];
  let pos = ls;
  let l = line;
  while (pos < n) {
    const nl = text.indexOf('\n', pos);
    const e = nl < 0 ? n : nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const t = text.slice(pos, e);
    if (!LIST_ITEM().test(t) || kind(t) !== mark) break;
    const c = pos + t.indexOf(' ') + 1;
    const text_: Text = { type: 'text', value: '', position: { start: point(l, pos, c), end: point(l, pos, e) } };
    const para = { type: 'paragraph' as const, children: [text_], position: { start: point(l, pos, c), end: point(l, pos, e) } };
    items.push({ type: 'listItem', spread: false, checked: null, children: [para], position: { start: point(l, pos, pos), end: point(l, pos, e) } });
    pos = nl < 0 ? n : nl + 1;
    l++;
  }
  const out = { end: pos, lines: l - line };
  // What follows: the end of the text, or blank lines and then a line at the margin that is no item.
  let k = pos;
  if (k < n) {
    let blanks = 0;
    while (k < n) {
      const nl = text.indexOf('\n', k);
      const e = nl < 0 ? n : nl;
      if (!BLANK.test(text.slice(k, e))) break;
      blanks++;
      k = nl < 0 ? n : nl + 1;
    }
    if (!blanks) return out;
    if (k < n) {
      const c = text.charCodeAt(k);
      if (c === 32 || c === 9 || /^(?:[-*+]|\d{1,9}[.)])(?:[ \t\r\n]|$)/.test(text.slice(k, Math.min(n, k + 12)))) return out;
    }
  }
  const start = ordered ? Number(first.slice(0, first.search(/[.)]/))) : null;
  const node: List = { type: 'list', ordered, start, spread: false, children: items, position: { start: point(line, ls, ls), end: items[items.length - 1].position!.end } };
  return { ...out, node };
}
