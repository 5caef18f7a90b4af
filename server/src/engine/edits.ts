// Text edits that more than one rule computes.
import type { LineIndex } from './text.js';
import type { Span } from './types.js';

/** What may stand before a block's text on its line: quote marks, a bullet, a list number. */
const LINE_PREFIX = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•●▪◦·‣∙○■□➢►✓✔→]|\d{1,3}[.)]|\(?[a-z]\)|#{1,6})[ \t]+)?$/;

/**
 * What to delete to remove a block (a copy, a stray line) without leaving debris: its whole
 * lines, and the blank lines after it when it stood as a paragraph of its own (before it, when it
 * ends the document). When other text shares its lines, the span itself.
 */
export function removalSpan(text: string, lines: LineIndex, span: Span): Span {
  const startLine = lines.positionAt(span.start).line;
  const endLine = lines.positionAt(span.end).line;
  const lineStart = lines.starts[startLine];
  const lineEnd = lines.lineEnd(endLine);
  if (!LINE_PREFIX.test(text.slice(lineStart, span.start)) || /\S/.test(text.slice(span.end, lineEnd).replace(/\\$|[ \t]#+[ \t]*$/, ''))) return span;
  const next = endLine + 1 < lines.starts.length ? lines.starts[endLine + 1] : text.length;
  const blank = (l: number) => lines.lineEnd(l) === lines.starts[l] || !/\S/.test(text.slice(lines.starts[l], lines.lineEnd(l)));
  const standsAlone = startLine === 0 || blank(startLine - 1);
  if (!standsAlone) return { start: lineStart, end: next };
  let l = endLine + 1;
  while (l < lines.starts.length && blank(l) && lines.starts[l] < text.length) l++;
  if (l < lines.starts.length && lines.starts[l] < text.length) return { start: lineStart, end: lines.starts[l] };
  // The block ends the document: take the blank lines before it instead.
  let p = startLine - 1;
  while (p > 0 && blank(p)) p--;
  return { start: p >= 0 && !blank(p) ? lines.starts[p + 1] : 0, end: text.length };
}

