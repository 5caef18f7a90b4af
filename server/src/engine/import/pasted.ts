// Pasted text to Markdown: the document model already recovers what pasted text leaves implicit
// (short title lines, `•` bullets, hard-wrapped lines); here those blocks are written back as
// Markdown so that every other tool (and the exporters) sees real headings, paragraphs and lists.
// Everything between the blocks (tables, code, marked-up lists) is copied as it stands.
import type { Block, PolicyDocument } from '../document.js';
import { LANGUAGES } from '../data.js';
import { compileCues, languageChain } from '../cues.js';

const BULLET_MARKER = /^[•●▪◦·‣∙○■□➢►✓✔→]$/;

/** Does the body rely on recovered structure (few marked headings) rather than Markdown? */
export function isPasted(doc: PolicyDocument): boolean {
  return doc.blocks.some((b) => b.implicit || (b.kind === 'list-item' && !!b.marker && BULLET_MARKER.test(b.marker)));
}

/** Escape what would start a different Markdown block at the start of a line. */
function escapeLineStart(t: string): string {
  return t.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+*>#=|])/, '\\$1');
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The body of the document (front matter left out) as Markdown: implicit headings marked with
 * `#` (the first block, when it is a title, becomes the one `#` heading; numbered headings keep
 * their number and nest by it), `•` bullets as `-` items, and hard-wrapped paragraphs joined.
 * A document written in Markdown comes back unchanged; `joinLines` also joins the wrapped lines
 * of plain text that has no headings to recover.
 */
export function toPolicyMarkdown(doc: PolicyDocument, opts: { joinLines?: boolean } = {}): string {
  const src = doc.text;
  const marked = doc.blocks.some((b) => b.kind === 'heading' && !b.implicit);
  if (!isPasted(doc) && (!opts.joinLines || marked)) return src.slice(doc.bodyStart).replace(/^\s*\n/, '');
  let out = '';
  let pos = doc.bodyStart;
  let last: 'bullet' | 'other' | null = null;
  const title = titleBlock(doc);
  const width = wrapWidth(src.slice(doc.bodyStart));
  for (const b of doc.blocks) {
    const start = b.kind === 'paragraph' ? b.span.start : lineStart(src, b.span.start);
    if (start < pos) continue;
    // A line that continued a paragraph may now start one: keep "2. We also" from becoming a list.
    const continued = !/(^|\n)[ \t]*\n[ \t]*$/.test(src.slice(Math.max(doc.bodyStart, start - 200), start)) && start > doc.bodyStart;
    const rep = replacement(b, b === title, continued, src, width);
    if (!rep) continue;
    const between = src.slice(pos, start);
    if (between.trim()) {
      out += (last ? '\n\n' : '') + between.replace(/^\s*\n/, '').replace(/\s+$/, '');
      last = 'other';
    }
    const kind = rep.kind;
    if (out) out += last === 'bullet' && kind === 'bullet' && !between.trim() ? '\n' : '\n\n';
    out += rep.text;
    last = kind;
    pos = b.span.end;
  }
  const rest = src.slice(pos);
  if (rest.trim()) out += (out ? '\n\n' : '') + rest.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return out.replace(/\s+$/, '') + '\n';
}

/**
 * The block that becomes the one `#` heading: an early recovered heading that names the document
 * ("Privacy Policy", "Privacyverklaring"; skipping web debris such as "Skip to main content"),
 * else the first block when it is a recovered heading.
 */
function titleBlock(doc: PolicyDocument): Block | undefined {
  const cues = compileCues(languageChain(doc.language, 'entities').flatMap((l: string) => LANGUAGES[l]?.entities?.titles ?? []));
  const early = doc.blocks.filter((b) => b.kind !== 'html' && b.text).slice(0, 10);
  const named = cues && early.find((b) => b.kind === 'heading' && b.implicit && !b.number && new RegExp(cues.source, 'iu').test(b.text));
  if (named) return named;
  const first = early[0];
  return first?.kind === 'heading' && first.implicit && !first.number ? first : undefined;
}

/**
 * The width text was hard-wrapped at, or Infinity when it was not: many lines end within a few
 * characters of the longest usual line.
 */
export function wrapWidth(text: string): number {
  const lengths = text
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 5) return Infinity;
  const w = lengths[Math.floor(lengths.length * 0.95)];
  if (w > 130) return Infinity;
  const near = lengths.filter((n) => n >= w * 0.8).length;
  return near >= lengths.length * 0.3 ? w : Infinity;
}

/**
 * A run of text lines as paragraphs: wrapped lines are joined; a line that ends a sentence short
 * of the wrap width (or any line, when the text was not wrapped) ends its paragraph, unless
 * the next line goes on in lower case.
 */
function paragraphs(src: string, b: Block, width: number): string[] {
  const lines = src
    .slice(b.span.start, b.span.end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const longest = Math.max(...lines.map((l) => l.length));
  const out: string[][] = [[]];
  lines.forEach((l, i) => {
    out[out.length - 1].push(l);
    const next = lines[i + 1];
    if (next === undefined || /^[a-z(]/.test(next)) return;
    const wrapped = width !== Infinity && l.length >= width * 0.8;
    const ends = /[.!?:;]["'”’)]*$/.test(l);
    if (ends ? !wrapped : /^\p{Lu}/u.test(next) && l.length < Math.min(width, longest) * 0.6) out.push([]);
  });
  return out.map((ls) => ls.join(' ').replace(/\s+/g, ' '));
}

function replacement(b: Block, first: boolean, continued: boolean, src: string, width: number): { text: string; kind: 'bullet' | 'other' } | undefined {
  if (b.kind === 'heading' && b.implicit) {
    const depth = first ? 1 : Math.max(2, b.depth ?? 2);
    return { text: `${'#'.repeat(depth)} ${b.text}`, kind: 'other' };
  }
  if (b.kind === 'list-item' && b.marker && BULLET_MARKER.test(b.marker)) return { text: b.text ? `- ${b.text}` : '-', kind: 'bullet' };
  if (b.kind === 'paragraph' && b.text) {
    const ps = paragraphs(src, b, width).map((p, i) => (i || continued ? escapeLineStart(p) : p));
    return { text: ps.join('\n\n'), kind: 'other' };
  }
  return undefined;
}
