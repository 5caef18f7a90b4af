// Re-parse only what an edit touched. remark's parse is most of the cost of a check (about
// 90 ms for 100 KB), and an edit changes one paragraph. The text is cut into chunks at blank
// lines where no Markdown construct can carry over (not inside fenced code, HTML blocks or front
// matter, not before a list item); each chunk's tree is cached by its text, and the trees are
// joined with their positions shifted. The result equals a full parse (a property test holds
// it to that); a document with link reference definitions, which reach across chunks, is parsed
// whole.
import type { Root, RootContent } from 'mdast';
import { parseBlocks } from '../engine/document.js';
import { FlowLines, openAtEnd, shift } from '../engine/line-blocks.js';
import { LineIndex } from '../engine/text.js';

interface Chunk {
  text: string;
  offset: number;
  line: number; // 1-based line of the chunk's start, as mdast counts
}

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const LIST_START = /^(?:[-*+•●▪◦·‣∙○■□➢►✓✔→]|\(?[0-9]{1,9}[.)]|\(?[a-zA-Z][.)])(?:[ \t]|$)/;
/** Cut the text into chunks that parse on their own exactly as they do in place. */
export function chunks(text: string): Chunk[] {
  if (DEFINITION.test(text)) return [{ text, offset: 0, line: 1 }];
  // Line starts, with \n, \r\n and lone \r, as micromark counts lines.
  const starts = new LineIndex(text).starts;
  const lineText = (l: number) => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : text.length).replace(/\r?\n$|\r$/, '');
  let first = 0;
  // Front matter belongs to the first chunk whole; an unclosed one changes how micromark reads
  // the whole rest of the document, so then the document is parsed whole.
  if (/^---[ \t]*(\r\n|\r|\n)/.test(text)) {
    for (let l = 1; l < starts.length && !first; l++) if (/^---[ \t]*$/.test(lineText(l))) first = l + 1;
    if (!first) return [{ text, offset: 0, line: 1 }];
  }
  const out: Chunk[] = [];
  let chunkStartLine = 0;
  const flow = new FlowLines();
  let prevBlank = false;
  for (let l = first; l < starts.length; l++) {
    const t = lineText(l);
    if (flow.inside(t)) {
      prevBlank = false;
      continue;
    }
    const blank = /^[ \t]*$/.test(t);
    // `---` at a chunk's start would read as front matter there.
    if (!blank && prevBlank && l > chunkStartLine && !/^[ \t]/.test(t) && !LIST_START.test(t) && !/^---/.test(t)) {
      out.push({ text: text.slice(starts[chunkStartLine], starts[l]), offset: starts[chunkStartLine], line: chunkStartLine + 1 });
      chunkStartLine = l;
    }
    prevBlank = blank;
  }
  out.push({ text: text.slice(starts[chunkStartLine]), offset: starts[chunkStartLine], line: chunkStartLine + 1 });
  return out;
}

/**
 * A parser with a cache of chunk trees; keeps the chunks of the last few documents it parsed. A
 * document whose long tables and heading runs are read without remark is parsed piece by piece
 * (`parseAroundRuns`): `round` makes all the pieces of one check one document here, so that a
 * document of many pieces keeps its chunks (one slot per piece thrashed with five pieces or more).
 */
export class ChunkedParser {
  private cache = new Map<string, Root>();
  private open = new Set<string>();
  /** Each chunk's nodes as last placed in a document (shifted to its offset and line there). */
  private placed = new Map<string, { offset: number; line: number; nodes: RootContent[] }>();
  private recent: Set<string>[] = [];
  /** The chunks of the round under way (see `round`); none: each parse is a round. */
  private current?: Set<string>;
  hits = 0;
  misses = 0;

  constructor(private keep = 4) {}

  /** Run `f` (a check, which may parse several pieces) as one round of the cache. */
  round<T>(f: () => T): T {
    this.current = new Set();
    try {
      return f();
    } finally {
      const used = this.current;
      this.current = undefined;
      this.endRound(used);
    }
  }

  private endRound(used: Set<string>): void {
    this.recent.push(used);
    if (this.recent.length > this.keep) {
      this.recent.shift();
      const live = new Set<string>();
      for (const s of this.recent) for (const k of s) live.add(k);
      for (const k of this.cache.keys()) if (!live.has(k)) this.cache.delete(k), this.open.delete(k), this.placed.delete(k);
    }
  }

  parse = (text: string): Root => {
    const cs = chunks(text);
    if (cs.length === 1) return parseBlocks(text);
    const used = this.current ?? new Set<string>();
    const children: RootContent[] = [];
    for (const c of cs) {
      let tree = this.cache.get(c.text);
      if (tree) this.hits++;
      else {
        this.misses++;
        tree = parseBlocks(c.text);
        this.cache.set(c.text, tree);
        if (openAtEnd(c.text, tree)) this.open.add(c.text);
      }
      // A chunk (other than the last) that ends open: the cut was wrong; parse the whole text.
      if (c !== cs[cs.length - 1] && this.open.has(c.text)) return parseBlocks(text);
      used.add(c.text);
      // A chunk where it was in the last parse (before the edit, or after one that moved nothing)
      // gives the nodes placed then: the tree is only read, never changed, by the document model.
      let at = this.placed.get(c.text);
      if (!at || at.offset !== c.offset || at.line !== c.line) {
        at = { offset: c.offset, line: c.line, nodes: tree.children.map((n) => shift(n, c.line - 1, c.offset)) };
        this.placed.set(c.text, at);
      }
      for (const n of at.nodes) children.push(n);
    }
    if (!this.current) this.endRound(used);
    const end = cs[cs.length - 1];
    const whole = parseBlocks('');
    whole.children = children;
    whole.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line + lineCount(end.text) - 1, column: 1 + lastLineLength(end.text), offset: text.length } };
    return whole;
  };
}

function lineCount(s: string): number {
  return (s.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function lastLineLength(s: string): number {
  const m = /(?:\r\n|\r|\n)([^\r\n]*)$/.exec(s);
  return (m ? m[1] : s).length;
}
