// Re-parse only what an edit touched. remark's parse is most of the cost of a check (about
// 90 ms for 100 KB), and an edit changes one paragraph. The text is cut into chunks at blank
// lines where no Markdown construct can carry over (not inside fenced code, HTML blocks or front
// matter, not before a list item); each chunk's tree is cached by its text, and the trees are
// joined with their positions shifted. The result equals a full parse (a property test holds
// it to that); a document with link reference definitions, which reach across chunks, is parsed
// whole (any `]:` in it, see DEFINITION).
import type { Root, RootContent } from 'mdast';
import { parseBlocks } from '../engine/document.js';
import { FlowLines, openAtEnd, shift } from '../engine/line-blocks.js';
import { flat } from '../engine/memo.js';
import { commonEnds } from '../engine/text.js';

interface Chunk {
  text: string;
  offset: number;
  line: number; // 1-based line of the chunk's start, as mdast counts
}

/**
 * What every link reference or footnote definition holds, wherever it stands: a label's `]` and
 * then `:`. Not only at a line's start: a definition inside a block quote or a list item
 * (`> [a]: url`, `- [a]: url`), or whose label runs over a line break (`[a\nb]: url`), defines its
 * label for the whole document too.
 */
const DEFINITION = /\]:/;
const LIST_START = /^(?:[-*+•●▪◦·‣∙○■□➢►✓✔→]|\(?[0-9]{1,9}[.)]|\(?[a-zA-Z][.)])(?:[ \t]|$)/;

/** Where the line that starts at `at` ends (before its line break) and where the next one starts: \n, \r\n and a lone \r, as micromark counts lines. */
function lineAt(text: string, at: number): { end: number; next: number } {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: -1 };
}

/** Is this line blank (spaces and tabs only)? */
function blankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The chunk starts (offset and 0-based line) of `text` from a chunk start `from` on line `line`
 * (0 and 0: the whole text, after its front matter at `first`). `resync(offset, line)`: asked at
 * each cut after the first; true stops the scan there (the rest of the cuts are known). A cut is
 * a line after a blank line, outside fences and HTML blocks, not indented, not a list item and not
 * `---` (at a chunk's start it would read as front matter). At a cut no construct is open, so a
 * scan started at one makes the cuts after it that a scan from the text's start makes.
 */
function cuts(text: string, from: number, line: number, resync?: (offset: number, line: number) => boolean): { starts: [number, number][]; stopped: boolean } {
  const starts: [number, number][] = [[from, line]];
  const flow = new FlowLines();
  let prevBlank = false;
  for (let at = from, l = line; at >= 0; l++) {
    const { end, next } = lineAt(text, at);
    const t = text.slice(at, end);
    if (flow.inside(t)) prevBlank = false;
    else {
      const blank = blankLine(text, at, end);
      if (!blank && prevBlank && at > starts[starts.length - 1][0] && !/^[ \t]/.test(t) && !LIST_START.test(t) && !/^---/.test(t)) {
        if (resync?.(at, l)) return { starts, stopped: true };
        starts.push([at, l]);
      }
      prevBlank = blank;
    }
    at = next;
  }
  return { starts, stopped: false };
}

/** Where the body starts: after a closed front matter (its lines are the first chunk's); -1 when one opens and never closes. */
function bodyStart(text: string): { offset: number; line: number } {
  if (!/^---[ \t]*(\r\n|\r|\n)/.test(text)) return { offset: 0, line: 0 };
  let { next } = lineAt(text, 0);
  for (let l = 1; next >= 0; l++) {
    const { end, next: after } = lineAt(text, next);
    if (/^---[ \t]*$/.test(text.slice(next, end))) return after < 0 ? { offset: -1, line: -1 } : { offset: after, line: l + 1 };
    next = after;
  }
  return { offset: -1, line: -1 };
}

/** Cut the text into chunks that parse on their own exactly as they do in place. */
export function chunks(text: string): Chunk[] {
  if (DEFINITION.test(text)) return [{ text, offset: 0, line: 1 }];
  // Front matter belongs to the first chunk whole; an unclosed one changes how micromark reads
  // the whole rest of the document, so then the document is parsed whole.
  const body = bodyStart(text);
  if (body.offset < 0) return [{ text, offset: 0, line: 1 }];
  return toChunks(text, body.offset ? [[0, 0], ...cuts(text, body.offset, body.line).starts.slice(1)] : cuts(text, 0, 0).starts);
}

function toChunks(text: string, starts: [number, number][]): Chunk[] {
  return starts.map(([offset, line], i) => ({ text: text.slice(offset, i + 1 < starts.length ? starts[i + 1][0] : text.length), offset, line: line + 1 }));
}

/**
 * A chunk as placed in its last parse: its text (a copy, not a slice of a whole document) and its
 * tree's top-level nodes there, with positions in the whole text (shifted from the chunk's own):
 * only read, never changed, by the document model. Placed elsewhere, they are shifted again.
 */
interface Placed {
  text: string;
  offset: number;
  line: number;
  /** Its tree ends inside a construct that runs on (`openAtEnd`). */
  open: boolean;
  nodes: RootContent[];
}

/** One parse of a text cut into chunks (of a text parsed whole: no chunks). */
interface Parsed {
  text: string;
  chunks: Placed[];
}

/**
 * A parser with a cache of chunk trees; keeps the chunks of the last few documents it parsed. A
 * document whose long tables and heading runs are read without remark is parsed piece by piece
 * (`parseAroundRuns`): `round` makes all the pieces of one check one document here, so that a
 * document of many pieces keeps its chunks (one slot per piece thrashed with five pieces or more).
 *
 * An edit changes the text between a common start and a common end of the last text parsed in
 * the same place (the n-th piece of the last round): the chunks before the change are kept as
 * they were, the text is cut again from there only until a cut lands in the unchanged end where
 * the last parse had one, and the chunks from there on are the last parse's, moved. So a check
 * after an edit neither cuts, copies nor looks up the unchanged chunks by their text.
 */
export class ChunkedParser {
  /** Each chunk text's last placement: one copy of its nodes, not its own tree beside them. */
  private cache = new Map<string, Placed>();
  private recent: Set<string>[] = [];
  /** The chunks of the round under way (see `round`); none: each parse is a round. */
  private current?: Set<string>;
  /** The parses of the last round and of this one, in order: the n-th piece of a round is compared with the n-th of the last. */
  private last: (Parsed | undefined)[] = [];
  private now: (Parsed | undefined)[] = [];
  /** The chunks the round's earlier pieces were given, and those two pieces of the last round hold: never moved in place. */
  private handed = new Set<Placed>();
  private shared?: Set<Placed>;
  hits = 0;
  misses = 0;

  constructor(private keep = 4) {}

  /** Run `f` (a check, which may parse several pieces) as one round of the cache. */
  round<T>(f: () => T): T {
    this.current = new Set();
    this.now = [];
    this.handed.clear();
    this.shared = sharedChunks(this.last);
    try {
      return f();
    } finally {
      const used = this.current;
      this.current = undefined;
      this.endRound(used);
      this.last = this.now;
      this.now = [];
      this.handed.clear();
      this.shared = undefined;
    }
  }

  private endRound(used: Set<string>): void {
    this.recent.push(used);
    if (this.recent.length > this.keep) {
      this.recent.shift();
      const live = new Set<string>();
      for (const s of this.recent) for (const k of s) live.add(k);
      for (const k of this.cache.keys()) if (!live.has(k)) this.cache.delete(k);
    }
  }

  parse = (text: string): Root => {
    const slot = this.current ? this.now.length : 0;
    const before = this.last[slot];
    const parsed = this.parseChunked(text, before);
    if (this.current) {
      this.now.push(parsed);
      // Only a round of several pieces needs to know (a piece's own chunks are checked in `out`).
      if (parsed && this.shared) for (const c of parsed.chunks) this.handed.add(c);
    } else {
      this.last = [parsed];
      this.endRound(new Set(parsed?.chunks.map((c) => c.text)));
    }
    if (!parsed) return parseBlocks(text);
    const children: RootContent[] = [];
    for (const c of parsed.chunks) for (const n of c.nodes) children.push(n);
    const end = parsed.chunks[parsed.chunks.length - 1];
    // The root a parse makes (a parse of '' to make it cost a third of a millisecond a check).
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line + lineCount(end.text) - 1, column: 1 + lastLineLength(end.text), offset: text.length } } };
  };

  /** The chunks of `text`, reusing those of `before` that the edit left; undefined: parse it whole. */
  private parseChunked(text: string, before: Parsed | undefined): Parsed | undefined {
    if (DEFINITION.test(text)) return undefined;
    if (before?.text === text) {
      this.hits += before.chunks.length;
      for (const c of before.chunks) this.current?.add(c.text);
      return before;
    }
    const plan = before ? this.replan(text, before) : undefined;
    let cs: { kept: Placed[]; fresh: Chunk[]; moved: Placed[]; delta: number; lines: number };
    if (plan) cs = plan;
    else {
      const all = chunks(text);
      if (all.length === 1) return undefined;
      cs = { kept: [], fresh: all, moved: [], delta: 0, lines: 0 };
    }
    const out: Placed[] = [...cs.kept];
    this.hits += cs.kept.length + cs.moved.length;
    for (const c of cs.fresh) {
      const key = flat(c.text);
      const entry = this.cache.get(key);
      if (entry) {
        this.hits++;
        out.push(this.place(entry, c.offset, c.line));
      } else {
        this.misses++;
        const tree = parseBlocks(key);
        const own: Placed = { text: key, offset: 0, line: 1, open: openAtEnd(key, tree), nodes: tree.children };
        this.cache.set(key, own);
        out.push(this.place(own, c.offset, c.line));
      }
    }
    // The fresh chunks' placements (a few): a moved chunk given out among them too is copied, not moved.
    const fresh = out.slice(cs.kept.length);
    for (const c of cs.moved) out.push(this.move(c, c.offset + cs.delta, c.line + cs.lines, fresh));
    // A chunk (other than the last) that ends open: the cut was wrong; parse the whole text.
    for (let i = 0; i < out.length - 1; i++) if (out[i].open) return undefined;
    if (out.length === 1) return undefined;
    for (const c of out) this.current?.add(c.text);
    return { text, chunks: out };
  }

  /**
   * A chunk of the last parse, moved by the edit to `offset` and `line`: its nodes' positions are
   * changed in place, not copied (a copy of every node after the edit was an edit's largest
   * allocation in the incremental parse, and lived long enough to reach V8's old generation). Not
   * when another piece of the last round holds it too (`shared`), or when this round has handed
   * it out already (`fresh`, this piece's re-cut chunks; `handed`, the pieces before): then a copy, as `place` makes.
   */
  private move(from: Placed, offset: number, line: number, fresh: Placed[]): Placed {
    if (from.offset === offset && from.line === line) return from;
    if (this.shared?.has(from) || fresh.includes(from) || this.handed.has(from)) return this.place(from, offset, line);
    const dl = line - from.line;
    const d = offset - from.offset;
    for (const n of from.nodes) shiftInPlace(n, dl, d);
    from.offset = offset;
    from.line = line;
    this.cache.set(from.text, from);
    return from;
  }

  /** The chunk `from` placed at `offset` and `line` (itself when it stands there), remembered as its text's last placement. */
  private place(from: Placed, offset: number, line: number): Placed {
    if (from.offset === offset && from.line === line) return from;
    const placed = { text: from.text, offset, line, open: from.open, nodes: from.nodes.map((n) => shift(n, line - from.line, offset - from.offset)) };
    this.cache.set(from.text, placed);
    return placed;
  }

  /**
   * The chunks of `text` as `chunks` cuts it, from the last parse `before`: the chunks wholly
   * before the first changed character (and whose next line is too: it decides the cut) are kept;
   * the text is cut again from there until a cut falls in the unchanged end at a place where the
   * last parse cut too; the chunks after it are moved. Undefined when nothing can be kept.
   */
  private replan(text: string, before: Parsed): { kept: Placed[]; fresh: Chunk[]; moved: Placed[]; delta: number; lines: number } | undefined {
    const old = before.text;
    const delta = text.length - old.length;
    const olds = before.chunks;
    // The common start and end of the last text parsed and this one.
    const { start: p, end: s } = commonEnds(old, text);
    // Keep chunks 0..k-1: chunk k starts at or before the change, and so does the end of its first line.
    let k = 0;
    while (k + 1 < olds.length) {
      const next = olds[k + 1];
      const { next: after } = lineAt(old, next.offset);
      if (after < 0 || after > p) break;
      k++;
    }
    if (k === 0) return undefined;
    const from = olds[k];
    // Old chunk starts in the unchanged end, by their offset in the new text.
    const suffixFrom = text.length - s;
    let j = k + 1;
    let moveFrom = -1;
    let lines = 0;
    const { starts } = cuts(text, from.offset, from.line - 1, (at, l) => {
      if (at < suffixFrom) return false;
      while (j < olds.length && olds[j].offset + delta < at) j++;
      if (j < olds.length && olds[j].offset + delta === at) {
        moveFrom = j;
        lines = l + 1 - olds[j].line;
        return true;
      }
      return false;
    });
    const end = moveFrom >= 0 ? olds[moveFrom].offset + delta : text.length;
    const fresh = starts.map(([offset, line], i) => ({ text: text.slice(offset, i + 1 < starts.length ? starts[i + 1][0] : end), offset, line: line + 1 }));
    return { kept: olds.slice(0, k), fresh, moved: moveFrom >= 0 ? olds.slice(moveFrom) : [], delta, lines };
  }
}

/** The chunks that two pieces of a round hold (a piece's text may repeat another's); undefined for a round of one piece. */
function sharedChunks(last: (Parsed | undefined)[]): Set<Placed> | undefined {
  if (last.length < 2) return undefined;
  const seen = new Set<Placed>();
  const twice = new Set<Placed>();
  for (const p of last) for (const c of p?.chunks ?? []) (seen.has(c) ? twice : seen).add(c);
  return twice;
}

/**
 * A node's positions (and its descendants') moved down `lines` lines and on `offset` characters,
 * in place. remark gives every node points of its own (mdast-util-from-markdown copies each), and
 * `shift` copies them, so no point is moved twice.
 */
function shiftInPlace(node: RootContent, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if ('children' in node) for (const c of node.children as RootContent[]) shiftInPlace(c, lines, offset);
}

function lineCount(s: string): number {
  return (s.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function lastLineLength(s: string): number {
  const m = /(?:\r\n|\r|\n)([^\r\n]*)$/.exec(s);
  return (m ? m[1] : s).length;
}
