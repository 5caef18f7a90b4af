// The document model: a policy read as a legal document. remark gives the Markdown structure
// with exact offsets; on top of it we recover what pasted text leaves implicit (headings that
// are just short lines, `•` bullets, hard-wrapped lines; pasted.ts tells the short lines that are
// list items, address lines, table rows or web page debris from headings) so that every rule
// sees blocks and sections whatever the source looked like.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import YAML from 'yaml';
import type { Root, RootContent, Nodes, Heading, TableCell } from 'mdast';
import { exact, flat, intern, MAX_MEMOS, remember } from './memo.js';
import { lastAtMost, lazily, LineIndex, longRun, SEARCH_RUN } from './text.js';
import type { Span } from './types.js';
import { detectLanguage } from './language.js';
import { LANGUAGES } from './data.js';
import { lineRoles, looksLikeTitle, type LineRole } from './pasted.js';
import { parseAroundRuns, atxContent, CHEAP_RUN } from './line-blocks.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'code' | 'html';

export interface Block {
  index: number;
  kind: BlockKind;
  /** Where the block's content stands in the source (markers like `#` or `•` excluded). */
  span: Span;
  /** The content with every run of white space (line breaks included) folded to one space. */
  text: string;
  /**
   * Segment starts: text offset tpos[i] maps to source offset span.start + spos[i], and so on
   * linearly (both remembered with the block's source, `foldText`, and shared by every check that
   * finds the same source: offsets from the span's start, so an edit before the block moves none).
   */
  tpos: readonly number[];
  spos: readonly number[];
  /** Heading level (1-6); implicit headings of pasted text get 2, or one per number component. */
  depth?: number;
  /** A heading recovered from pasted text rather than marked up. */
  implicit?: boolean;
  /** A section number written before a heading ("4", "4.1") or a list item ("a"). */
  number?: string;
  /** The bullet or marker a list item started with, if any. */
  marker?: string;
  /** Index into doc.sections. */
  section: number;
  /** A table's body cell: the text of its column's header cell ("Retention" over "10 years"). */
  header?: string;
  /** A table's body cell: its column, from 0 (the row's earlier cells are the blocks just before it). */
  column?: number;
}

export interface Section {
  index: number;
  /** The heading block, or null for the text before the first heading. */
  heading: Block | null;
  title: string;
  depth: number;
  /** From the heading's start to the next heading's start. */
  span: Span;
  /** Indices of the blocks in the section (heading included). */
  blocks: number[];
}

export interface Placeholder {
  name: string;
  /** The whole `{{ ... }}` (or `{{ ...` up to the end of the line when unclosed). */
  span: Span;
  /** The name's own span. */
  nameSpan: Span;
  closed: boolean;
}

export interface PolicyMeta {
  profiles?: string[];
  language?: string;
  controller?: string;
  aliases?: string[];
  /** The product (app, site, service) the policy is about, and its other names. */
  product?: string[];
  lastUpdated?: string;
  notApplicable?: string[];
  /** Policies as a set (workspace.ts): the original this file translates (a relative path). */
  translationOf?: string;
  /** A name shared by the policies of one family (an organisation's translations and versions). */
  family?: string;
  /** The older version this file replaces (a relative path). */
  supersedes?: string;
}

export interface FrontMatter {
  present: boolean;
  /** The whole front matter including its fences. */
  span?: Span;
  data: Record<string, unknown>;
  policy: PolicyMeta;
  /** Present when the front matter has a `policy:` key. */
  hasPolicyKey: boolean;
  variables: Record<string, string>;
  /** Where each variable is defined (its key) in the source. */
  variableSpans: Record<string, Span>;
  /** Offset where a new variable line can be inserted (end of the variables block). */
  variablesInsertAt?: number;
}

export interface DocumentProblem {
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

export interface PolicyDocument {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  /** Where the body starts (after the front matter). */
  bodyStart: number;
  blocks: Block[];
  sections: Section[];
  placeholders: Placeholder[];
  /** Detected or declared language: en, nl, de, fr. */
  language: string;
  languageSource: 'front-matter' | 'detected' | 'default';
  /** Problems with the input itself: broken front matter, unclosed placeholders. */
  problems: DocumentProblem[];
  /** HTML comments in the body (for inline disables and fixture expectations). */
  comments: { text: string; span: Span }[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parse Markdown into mdast with all of GFM (for rendering: exports, reports; and benchmarks). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/**
 * GFM's block constructs only (tables, footnote definitions, task list items). The document
 * model reads no inline node, and GFM's literal autolinks try a link at every word and then walk
 * every text node again (a fifth of the parse of a large table); strikethrough is inline too.
 * The blocks come out as parseMarkdown's (a test holds every example and fixture to that).
 */
function gfmBlocks(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const blockProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmBlocks);

/** Parse Markdown into mdast as the document model needs it: blocks exact, inline text plain. */
export function parseBlocks(text: string): Root {
  return blockProcessor.parse(text) as Root;
}

/** Nesting deeper than this (lists in lists in quotes …) is read as plain paragraphs. */
const MAX_DEPTH = 64;

/** A line that opens more containers than this (indentation, quotes, list markers) is not given to remark. */
export const MAX_PARSED_NESTING = 100;

/**
 * Does any line open more than `limit` containers before its text: `>` quote markers, list
 * markers (`-`, `*`, `+`, `1.`, `1)`), and indentation (two columns a level, a tab four)? One
 * pass over the line starts, so it costs what reading the text costs.
 */
export function nestedBeyond(text: string, limit: number): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let depth = 0;
    let cols = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) cols++;
      else if (c === 9) cols += 4;
      else if (c === 62) depth++;
      else if ((c === 45 || c === 42 || c === 43) && isGap(text.charCodeAt(i + 1))) depth++;
      else if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if (!((d === 46 || d === 41) && isGap(text.charCodeAt(j + 1)))) break;
        depth++;
        i = j;
      } else break;
      i++;
      if (depth + (cols >> 1) > limit) return true;
    }
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    i++;
  }
  return false;
}

/** A space, a tab, a line break or the end of the text (NaN). */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/**
 * remark recurses once per level of nesting, so a pathological file (thousands of nested list
 * markers) overflows the stack. Then we read the text as blank-line separated paragraphs, and
 * say so, rather than fail.
 */
function parseOrFallback(text: string, problems: DocumentProblem[], parse: (text: string) => Root, minRun: number, cutAfter: number): Root {
  try {
    // remark's time grows with lines × open containers (and worse), so nesting this deep is
    // read by the cheap path at once: before, remark ran for minutes before it overflowed.
    if (nestedBeyond(text, MAX_PARSED_NESTING)) throw new RangeError('nested too deeply');
    if (unclosedBrackets(text) > MAX_UNCLOSED_BRACKETS) {
      // remark keeps every unclosed `[` as a possible link and spends ~30 µs a byte on such text.
      problems.push({ message: `This file has more than ${MAX_UNCLOSED_BRACKETS} square brackets that are never closed; it was checked as plain paragraphs.`, span: { start: 0, end: 0 }, severity: 'warning' });
      return paragraphs(text);
    }
    // Long runs of headings and tables are read without remark (line-blocks.ts), the rest by it.
    return parseAroundRuns(text, (piece) => parse(maskLongRuns(piece)), minRun, cutAfter);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    problems.push({
      message: 'The Markdown is nested too deeply to parse (lists or quotes inside each other thousands of times); it was checked as plain paragraphs.',
      span: { start: 0, end: 0 },
      severity: 'warning',
    });
    return paragraphs(text);
  }
}

/** A run of lines without a blank line longer than this has its inline syntax masked before remark. */
export const MASKED_RUN = 16 * 1024;

/**
 * micromark merges the pieces of a paragraph's text with a splice per piece, so its time grows
 * with the square of a paragraph's length when the paragraph is full of characters that might
 * start inline syntax (brackets, underscores, stars, backticks, angle brackets): an 850 KB
 * template of placeholders took tens of seconds. Nothing here reads inline nodes (blocks are
 * read from the source by their spans; headings and table cells by where their content starts
 * and ends), so in a run of lines longer than MASKED_RUN those characters are replaced by `x`
 * before remark, and the line breaks between plain lines become spaces. Offsets stay as they were
 * (line numbers in remark's positions do not: read lines from offsets), and so does the block structure: each line keeps
 * what stands before its first letter or digit (markers, indentation, fences), a line that
 * opens a backtick fence or defines a link is left alone, and `|`, `\`, `>`, `-`, `<` before
 * `/`, `!` or `?` (what ends HTML blocks) are never masked. One pass over the text.
 */
export function maskLongRuns(text: string): string {
  if (text.length <= MASKED_RUN) return text;
  let out: string[] | undefined;
  let done = 0;
  let i = 0;
  const n = text.length;
  // Front matter is parsed as YAML from remark's node value: never masked, unless it is too large
  // to be read (readFrontMatter): then its lines become one line of spaces, which remark reads
  // as one piece (line by line it was most of the check of a 1 MB front matter).
  const fm = /^---[ \t]*\r?\n/.exec(text);
  if (fm) {
    const close = /^---[ \t]*\r?$/m;
    const rest = text.slice(fm[0].length);
    const c = close.exec(rest);
    if (c) {
      i = fm[0].length + c.index + c[0].length;
      const closeLine = fm[0].length + c.index;
      if (closeLine - fm[0].length > MAX_FRONT_MATTER) {
        out = [text.slice(0, fm[0].length), ' '.repeat(closeLine - 1 - fm[0].length)];
        done = closeLine - 1;
      }
    }
  }
  while (i < n) {
    // A run: lines up to the next blank line.
    let end = i;
    for (;;) {
      const nl = text.indexOf('\n', end);
      const lineEnd = nl < 0 ? n : nl;
      if (isBlankLine(text, end, lineEnd) && end > i) break;
      end = nl < 0 ? n : nl + 1;
      if (nl < 0) break;
    }
    if (end - i > MASKED_RUN) {
      out ??= [];
      out.push(text.slice(done, i), maskRun(text.slice(i, end)));
      done = end;
    }
    i = end;
    // Skip blank lines.
    while (i < n) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl < 0 ? n : nl;
      if (!isBlankLine(text, i, lineEnd)) break;
      i = nl < 0 ? n : nl + 1;
    }
  }
  if (!out) return text;
  out.push(text.slice(done));
  return out.join('');
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

const LEAVE_LINE = /^ {0,3}(?:`{3,}|\[[^\]\n]*\]:)/;
const INLINE_START = /[*_`~!&[\]@]|<(?![/!?])/g;

/** A line that only continues a paragraph: a letter first, nothing that opens or closes a block. */
const PLAIN_LINE = lazily(() => /^ {0,3}[*_]*\p{L}[^<>|`~\r]*$/u);
/** The same, where no HTML block that ends at a `>` (comments, `<?`, `<!`, script, pre, style, textarea) opens. */
const PLAIN_LINE_NO_HTML = lazily(() => /^ {0,3}[*_]*\p{L}[^<|`~\r]*$/u);
const HTML_ENDING_AT_GT = /^ {0,3}<(?:[!?]|(?:script|pre|style|textarea)(?:[\s>]|$))/im;

function maskRun(run: string): string {
  const plain = HTML_ENDING_AT_GT.test(run) ? PLAIN_LINE() : PLAIN_LINE_NO_HTML();
  const lines = run.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (LEAVE_LINE.test(line)) continue;
    const first = line.search(/[\p{L}\p{N}]/u);
    if (first >= 0) lines[k] = line.slice(0, first) + line.slice(first).replace(INLINE_START, (c) => 'x'.repeat(c.length));
  }
  // micromark also splices once per line of a paragraph, so two plain lines in a row are joined
  // by a space in place of the line break: the paragraph stays one, with the same offsets.
  // A plain line's words are not read from remark's tree either: its text becomes one word, which
  // micromark reads as one piece of data.
  for (let k = 0; k < lines.length; k++) if (plain.test(lines[k])) lines[k] = lines[k].replace(/\S[^]*\S/u, (w) => 'x'.repeat(w.length));
  let joined = lines[0];
  for (let k = 1; k < lines.length; k++) joined += (plain.test(lines[k - 1]) && plain.test(lines[k]) ? ' ' : '\n') + lines[k];
  return joined;
}

/** The cheap reader: blank-line separated paragraphs, in one pass. */
function paragraphs(text: string): Root {
  const children: RootContent[] = [];
  const re = /[^\n]+(?:\r?\n[ \t]*\S[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = m.index + m[0].length;
    children.push({ type: 'paragraph', children: [], position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } } } as RootContent);
  }
  return { type: 'root', children };
}

/** More unclosed `[` than a policy ever has (a link or a bracketed blank closes its own). */
export const MAX_UNCLOSED_BRACKETS = 5000;

/** How many more `[` than `]` the text has. */
export function unclosedBrackets(text: string): number {
  let open = 0;
  let i = -1;
  while ((i = text.indexOf('[', i + 1)) >= 0) open++;
  let closed = 0;
  i = -1;
  while ((i = text.indexOf(']', i + 1)) >= 0) closed++;
  return open - closed;
}

const BULLET = /^[•●▪◦·‣∙○■□➢►✓✔→]\s*/;
const MD_BULLET = /^[-*+]\s+/;
const TERMINAL = /[.!?:;]["'”’)]*$/;

/**
 * `parse` may be replaced by one that gives the same tree faster (the server's chunk cache).
 * `minRun`: runs of headings or table rows this long are read without remark (tests vary it).
 * `cutAfter`: remark is given pieces cut before a heading at the margin once they are this long
 * (`parseAroundRuns`); by default `minRun` for remark's own parse and none for a `parse` given,
 * which cuts the text itself (the server's chunks).
 */
export function parseDocument(text: string, parse: (text: string) => Root = parseBlocks, minRun = CHEAP_RUN, cutAfter = parse === parseBlocks ? minRun : Infinity): PolicyDocument {
  const lines = new LineIndex(text);
  const problems: DocumentProblem[] = [];
  const tree = parseOrFallback(text, problems, parse, minRun, cutAfter);
  const frontMatter = readFrontMatter(text, tree, problems);
  const bodyStart = frontMatter.span ? frontMatter.span.end : 0;

  const builder = new BlockBuilder(text, lines);
  const comments: { text: string; span: Span }[] = [];
  let markedHeadings = 0;
  for (const node of tree.children) countHeadings(node, 0);
  function countHeadings(n: Nodes, depth: number) {
    if (n.type === 'heading') markedHeadings++;
    else if (depth < MAX_DEPTH && 'children' in n) for (const c of n.children as Nodes[]) countHeadings(c, depth + 1);
  }
  builder.recoverHeadings = markedHeadings < 3;
  if (builder.recoverHeadings) builder.roles = lineRoles(text, lines, tree, bodyStart);
  for (const node of tree.children) builder.walk(node, comments);
  const blocks = builder.blocks;

  const sections = buildSections(blocks, lines, bodyStart);
  const placeholders = findPlaceholders(text, blocks, problems);
  reportLongRuns(blocks, problems);
  reportLongBlocks(blocks, problems);

  const declared = frontMatter.policy.language;
  let language = 'en';
  let languageSource: PolicyDocument['languageSource'] = 'default';
  if (declared) {
    language = declared;
    languageSource = 'front-matter';
  } else {
    const detected = detectLanguage(blocks);
    if (detected) {
      language = detected;
      languageSource = 'detected';
    }
  }

  return {
    text,
    lines,
    frontMatter,
    bodyStart,
    blocks,
    sections,
    placeholders,
    language,
    languageSource,
    problems,
    comments,
  };
}

/** A run that opens as a web address (`reportLongRuns`). */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)/i;

/**
 * A run of more than SEARCH_RUN characters without white space in a block that is read (not code
 * or HTML): every rule that searches the text's view (text.ts `searchable`: the statements, the
 * organisation and contact readers) reads only its start. Said once, at the first such run, with
 * how many more there are. A web address that long (a link with a long query) is left unsaid: it
 * holds no statement, and reading its start loses nothing a rule needs (`WEB_ADDRESS`).
 */
function reportLongRuns(blocks: Block[], problems: DocumentProblem[]): void {
  let first: Span | null = null;
  let length = 0;
  let more = 0;
  for (const b of blocks) {
    if (b.kind === 'code' || b.kind === 'html' || b.text.length <= SEARCH_RUN) continue;
    for (let r = longRun(b.text); r; r = longRun(b.text, r.start + r.length)) {
      if (WEB_ADDRESS.test(b.text.slice(r.start, r.start + 12))) continue;
      if (first) more++;
      else {
        first = blockSpan(b, r.start, r.start + r.length);
        length = r.length;
      }
    }
  }
  if (!first) return;
  const others = more ? ` There ${more === 1 ? 'is 1 more such run' : `are ${more.toLocaleString('en')} more such runs`} in this file.` : '';
  problems.push({
    message: `A run of ${length.toLocaleString('en')} characters without a space: no word is that long, so the checks read only its first ${SEARCH_RUN} characters.${others}`,
    span: first,
    severity: 'warning',
  });
}

/**
 * A block is read for the policy's statements (coverage.ts) only this far: a paragraph of more than
 * 128 KB is not one a policy has (a whole policy pasted as one line is some 10 to 60 KB), and the
 * statement reader's work grows with the text it is given; a file of megabytes with no blank line
 * took seconds to tens of seconds. The rest of the block is still read by the other rules.
 */
export const MAX_READ_BLOCK = 128 * 1024;

/** Where reading a block's text for statements stops: its text's length, or the end of the last sentence before MAX_READ_BLOCK (MAX_READ_BLOCK itself when there is none in its second half). */
export function readEnd(text: string): number {
  if (text.length <= MAX_READ_BLOCK) return text.length;
  let end = MAX_READ_BLOCK;
  for (const stop of ['. ', '! ', '? ', '; ']) {
    const at = text.lastIndexOf(stop, MAX_READ_BLOCK - 2);
    if (at >= MAX_READ_BLOCK / 2 && (end === MAX_READ_BLOCK || at + 1 > end)) end = at + 1;
  }
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}

/** A block read for statements only in part (MAX_READ_BLOCK): said once, where reading stopped in the first, with how many more there are. */
function reportLongBlocks(blocks: Block[], problems: DocumentProblem[]): void {
  const long = blocks.filter((b) => b.text.length > MAX_READ_BLOCK && b.kind !== 'code' && b.kind !== 'html');
  if (!long.length) return;
  const [b] = long;
  const end = readEnd(b.text);
  const others = long.length > 1 ? ` ${long.length - 1} more ${long.length === 2 ? 'block is' : 'blocks are'} that long.` : '';
  problems.push({
    message: `This ${b.kind === 'list-item' ? 'list item' : b.kind === 'table-cell' ? 'table cell' : b.kind} has ${b.text.length.toLocaleString('en')} characters, more than the ${MAX_READ_BLOCK / 1024} KB a paragraph of a policy could need (are blank lines missing between paragraphs?): its statements are read only up to here, the rest is not looked at for required information.${others}`,
    span: blockSpan(b, end, b.text.length),
    severity: 'warning',
  });
}

// ---- front matter ---------------------------------------------------------------------------

/** Front matter problems reported one by one; the rest are counted. */
const MAX_YAML_PROBLEMS = 20;
/** A front matter larger than this is not read as YAML. */
export const MAX_FRONT_MATTER = 64 * 1024;

function readFrontMatter(text: string, tree: Root, problems: DocumentProblem[]): FrontMatter {
  const fm: FrontMatter = {
    present: false,
    data: {},
    policy: {},
    hasPolicyKey: false,
    variables: {},
    variableSpans: {},
  };
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') {
    const open = /^---[ \t]*\r?\n/.exec(text);
    if (open) {
      const firstLineEnd = text.search(/\r?\n/);
      problems.push({
        message:
          'Front matter opens with `---` on line 1 but is never closed with a `---` line; it is read as text. Close it, or remove the opening line.',
        span: { start: 0, end: firstLineEnd < 0 ? 3 : firstLineEnd },
        severity: 'error',
      });
    }
    return fm;
  }
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  fm.present = true;
  fm.span = { start, end };
  // The value starts after the opening fence's line break (\n, \r\n or a lone \r).
  const fence = /\r\n?|\n/g;
  fence.lastIndex = start;
  const opening = fence.exec(text);
  const valueStart = opening ? opening.index + opening[0].length : start;
  // YAML does not take a lone \r as a line break; a \n in its place keeps every offset.
  const value = node.value.replace(/\r(?!\n)/g, '\n');
  if (end - start > MAX_FRONT_MATTER) {
    // Reading YAML takes microseconds a byte; a front matter this large is no policy's.
    problems.push({
      message: `The front matter is ${Math.round((end - start) / 1024)} KB, more than the ${MAX_FRONT_MATTER / 1024} KB a policy's settings and variables could need; it was not read.`,
      span: { start, end: Math.min(start + 3, end) },
      severity: 'error',
    });
    return fm;
  }
  // The YAML library makes an Error (with a stack trace) per problem: a front matter of a
  // hundred thousand repeated keys spent most of its time capturing stacks nobody reads.
  const limit = Error.stackTraceLimit;
  let ydoc: ReturnType<typeof YAML.parseDocument>;
  try {
    Error.stackTraceLimit = 0;
    ydoc = YAML.parseDocument(value, { prettyErrors: false, uniqueKeys: true });
  } finally {
    Error.stackTraceLimit = limit;
  }
  for (const err of ydoc.errors.slice(0, MAX_YAML_PROBLEMS)) {
    const s = valueStart + Math.min(err.pos[0], value.length);
    const e = valueStart + Math.min(Math.max(err.pos[1], err.pos[0] + 1), value.length);
    problems.push({
      message: `Front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      span: { start: Math.min(s, end), end: Math.min(Math.max(e, s), end) },
      severity: 'error',
    });
  }
  if (ydoc.errors.length > MAX_YAML_PROBLEMS) {
    problems.push({ message: `Front matter is not valid YAML: ${ydoc.errors.length - MAX_YAML_PROBLEMS} more problems after these.`, span: { start, end: Math.min(start + 3, end) }, severity: 'error' });
  }
  if (ydoc.errors.length) return fm;
  let data: unknown;
  try {
    data = ydoc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ message: `Front matter could not be read: ${(e as Error).message}`, span: fm.span, severity: 'error' });
    return fm;
  }
  if (data == null) return fm;
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ message: 'Front matter must be a YAML mapping (key: value lines).', span: fm.span, severity: 'error' });
    return fm;
  }
  fm.data = data as Record<string, unknown>;
  const keySpan = (path: string[]): Span => {
    const n = ydoc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    // Point at the value when we have it, else at the whole front matter.
    if (n && n.range) return { start: valueStart + n.range[0], end: valueStart + n.range[1] };
    return fm.span!;
  };
  const policy = fm.data.policy;
  if (policy !== undefined) {
    fm.hasPolicyKey = true;
    if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
      problems.push({ message: '`policy:` must be a mapping (profiles, language, controller, …).', span: keySpan(['policy']), severity: 'error' });
    } else {
      const p = policy as Record<string, unknown>;
      const strList = (k: string): string[] | undefined => {
        const v = p[k];
        if (v === undefined || v === null) return undefined;
        if (typeof v === 'string') return [v];
        if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
        problems.push({ message: `\`policy.${k}\` must be a list of names.`, span: keySpan(['policy', k]), severity: 'error' });
        return undefined;
      };
      const str = (k: string): string | undefined => {
        const v = p[k];
        if (v === undefined || v === null) return undefined;
        if (typeof v === 'string' || typeof v === 'number') return String(v);
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        problems.push({ message: `\`policy.${k}\` must be text.`, span: keySpan(['policy', k]), severity: 'error' });
        return undefined;
      };
      fm.policy = {
        profiles: strList('profiles'),
        language: declaredLanguage(str('language'), keySpan(['policy', 'language']), problems),
        controller: str('controller'),
        aliases: strList('aliases'),
        product: strList('product'),
        lastUpdated: str('last-updated'),
        notApplicable: strList('not-applicable'),
        translationOf: str('translationOf') ?? str('translation-of'),
        family: str('family'),
        supersedes: str('supersedes'),
      };
    }
  }
  const vars = fm.data.variables;
  if (vars !== undefined && vars !== null) {
    if (typeof vars !== 'object' || Array.isArray(vars)) {
      problems.push({ message: '`variables:` must be a mapping of names to values.', span: keySpan(['variables']), severity: 'error' });
    } else {
      for (const [k, v] of Object.entries(vars as Record<string, unknown>)) {
        fm.variables[k] = v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
      const map = ydoc.get('variables', true) as { items?: { key: { range?: [number, number, number] } }[]; range?: [number, number, number] } | undefined;
      for (const item of map?.items ?? []) {
        const r = item.key?.range;
        const name = String((item.key as unknown as { value: unknown }).value);
        if (r) fm.variableSpans[name] = { start: valueStart + r[0], end: valueStart + r[1] };
      }
      // The map's range ends after its trailing line break: insert at the end of its last line.
      if (map?.range) {
        let at = valueStart + map.range[1];
        while (at > valueStart && /\s/.test(text[at - 1])) at--;
        fm.variablesInsertAt = at;
      }
    }
  }
  return fm;
}

/** A language code as one we have data for: itself, or a regional variant's base ("nl-NL", "en_GB" → nl, en). */
export function knownLanguage(declared: string): string | undefined {
  const code = declared.trim().toLowerCase();
  if (LANGUAGES[code]) return code;
  const base = code.split(/[-_]/)[0];
  return LANGUAGES[base] ? base : undefined;
}

/**
 * The declared language as a code we have data for: a regional variant ("nl-NL", "en_GB") is read
 * as its base language; a code we have no data for is a warning (at the value), and the language is
 * then detected as if none were declared.
 */
function declaredLanguage(declared: string | undefined, span: Span, problems: DocumentProblem[]): string | undefined {
  if (declared === undefined) return undefined;
  const known = knownLanguage(declared);
  if (known) return known;
  problems.push({
    message: `\`policy.language\` is ${JSON.stringify(declared)}, a language Policywright has no data for (it knows ${Object.keys(LANGUAGES).join(', ')}): the language is detected from the text instead.`,
    span,
    severity: 'warning',
  });
  return undefined;
}

// ---- blocks ---------------------------------------------------------------------------------

class BlockBuilder {
  blocks: Block[] = [];
  recoverHeadings = true;
  /** Pasted text: short lines that are list items, address lines, table rows or web page debris. */
  roles = new Map<number, LineRole>();
  constructor(
    private text: string,
    private lines: LineIndex,
  ) {}

  walk(node: Nodes, comments: { text: string; span: Span }[], inList = false, depth = 0): void {
    const pos = node.position;
    const s = pos?.start.offset ?? 0;
    const e = pos?.end.offset ?? s;
    if (depth > MAX_DEPTH) {
      this.paragraph({ start: s, end: e }, inList);
      return;
    }
    switch (node.type) {
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      case 'heading': {
        const b = this.add('heading', contentSpan(this.text, node, { start: e, end: e }), { depth: node.depth });
        const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/.exec(b.text);
        if (m) b.number = m[1];
        return;
      }
      case 'paragraph':
        this.paragraph({ start: s, end: e }, inList);
        return;
      case 'code': {
        const fenced = /^\s*(```|~~~)/.test(this.text.slice(s, s + 8));
        // Pasted text indented four spaces is prose, not code.
        if (fenced) this.add('code', { start: s, end: e });
        else this.paragraph({ start: s, end: e }, inList);
        return;
      }
      case 'html': {
        this.add('html', { start: s, end: e });
        const re = /<!--([\s\S]*?)-->/g;
        const src = this.text.slice(s, e);
        let m: RegExpExecArray | null;
        while ((m = re.exec(src))) comments.push({ text: m[1].trim(), span: { start: s + m.index, end: s + m.index + m[0].length } });
        return;
      }
      case 'listItem': {
        if (!node.children.length) {
          // An empty bullet: keep it so `structure` can see it.
          const marker = this.text.slice(s, e).trim();
          this.add('list-item', { start: e, end: e }, { marker });
          return;
        }
        if (this.recoverHeadings) {
          // Pasted text: "1. How we use your information" is a numbered heading, not a list;
          // read the item's first paragraph with its marker, as the line stood.
          const [firstChild, ...rest] = node.children;
          if (firstChild.type === 'paragraph') {
            this.paragraph({ start: s, end: firstChild.position?.end.offset ?? e }, false, true);
            for (const c of rest) this.walk(c as Nodes, comments, true, depth + 1);
            return;
          }
        }
        for (const c of node.children) this.walk(c as Nodes, comments, true, depth + 1);
        return;
      }
      case 'table': {
        // A body cell is read with its column's header: "Speicherdauer" over "10 Jahre".
        const headers: string[] = [];
        node.children.forEach((row, r) => {
          row.children.forEach((cell, i) => {
            const at = cell.position?.start.offset ?? s;
            const b = this.add('table-cell', contentSpan(this.text, cell, { start: at, end: at }), r > 0 && headers[i] ? { header: headers[i], column: i } : {});
            if (r === 0) headers[i] = b.text;
          });
        });
        return;
      }
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) this.walk(c, comments, inList, depth + 1);
    }
  }

  /** A paragraph may hold several blocks of pasted text: bullets, implicit headings, runs of prose. */
  private paragraph(span: Span, inList: boolean, markedItem = false): void {
    // Split the paragraph into its source lines, trimmed.
    const ls: Span[] = [];
    const first = this.lines.positionAt(span.start).line;
    const last = this.lines.positionAt(span.end).line;
    for (let l = first; l <= last; l++) {
      let a = Math.max(this.lines.starts[l], span.start);
      let b = Math.min(this.lines.lineEnd(l), span.end);
      while (a < b && isSpace(this.text.charCodeAt(a))) a++;
      while (b > a && isSpace(this.text.charCodeAt(b - 1))) b--;
      if (b > a) ls.push({ start: a, end: b });
    }
    if (!ls.length) return;
    const lineText = (i: number) => this.text.slice(ls[i].start, ls[i].end);
    type Kind = 'heading' | 'bullet' | 'text' | 'item' | 'debris';
    const kinds: Kind[] = [];
    for (let i = 0; i < ls.length; i++) {
      const t = lineText(i);
      if (BULLET.test(t) || (markedItem && i === 0 && MD_BULLET.test(t))) {
        kinds.push('bullet');
        continue;
      }
      const role = inList ? undefined : this.roles.get(this.lines.positionAt(ls[i].start).line);
      if (role === 'item' || role === 'debris') {
        kinds.push(role);
        continue;
      }
      if (role === 'address' || role === 'table') {
        kinds.push('text');
        continue;
      }
      if (!inList && this.recoverHeadings && this.isImplicitHeading(i, ls.length, t, lineText, kinds)) {
        kinds.push('heading');
        continue;
      }
      kinds.push('text');
    }
    // Group lines: a heading is one block; a bullet takes its continuation lines (ones that
    // start in lower case); runs of text lines form one block.
    let i = 0;
    while (i < ls.length) {
      const k = kinds[i];
      if (k === 'heading') {
        const t = lineText(i);
        const num = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s*(?=\S)/.exec(t);
        const depth = num ? Math.min(6, num[1].split('.').length + 1) : 2;
        const b = this.add('heading', ls[i], { depth, implicit: true });
        if (num) b.number = num[1];
        i++;
        continue;
      }
      if (k === 'item' || k === 'debris') {
        // An item of a list written without bullets; a web page's leftover stands alone.
        this.add(k === 'item' ? 'list-item' : 'paragraph', ls[i]);
        i++;
        continue;
      }
      let j = i + 1;
      if (k === 'bullet') {
        while (j < ls.length && kinds[j] === 'text' && /^[a-z(]/.test(lineText(j))) j++;
        const t = lineText(i);
        const m = (BULLET.exec(t) ?? MD_BULLET.exec(t))!;
        const start = ls[i].start + m[0].length;
        const b = this.add('list-item', { start, end: ls[j - 1].end }, { marker: m[0].trim() });
        if (start >= ls[j - 1].end) b.text = '';
      } else {
        while (j < ls.length && kinds[j] === 'text') j++;
        this.add(inList ? 'list-item' : 'paragraph', { start: ls[i].start, end: ls[j - 1].end });
      }
      i = j;
    }
  }

  private isImplicitHeading(i: number, n: number, t: string, lineText: (i: number) => string, kinds: string[]): boolean {
    if (!looksLikeTitle(t)) return false;
    if (i > 0) {
      const prev = lineText(i - 1);
      const prevEnds = TERMINAL.test(prev) && !/:["'”’)]*$/.test(prev);
      if (!(prevEnds || kinds[i - 1] !== 'text')) return false;
    }
    if (i + 1 < n) {
      const next = lineText(i + 1);
      // The next line must start something new, not continue a wrapped sentence.
      if (!/^[A-Z0-9"“'‘(•●▪◦·‣∙○■□➢►✓✔→À-Þ]/.test(next)) return false;
    }
    return true;
  }

  add(kind: BlockKind, span: Span, extra: Partial<Block> = {}): Block {
    const { text, tpos, spos } = foldText(this.text, span);
    const b: Block = { index: this.blocks.length, kind, span, text, tpos, spos, section: 0, ...extra };
    this.blocks.push(b);
    return b;
  }
}

/**
 * From the first to the last child (the fallback when there is none). A child without a position
 * (full GFM finds literal autolinks that micromark could not, as in `[www.example.com]`, after
 * parsing, and makes their nodes without one) has its end read from the source instead.
 */
function contentSpan(text: string, node: Heading | TableCell, fallback: Span): Span {
  const kids = node.children as Nodes[];
  if (!kids.length) return fallback;
  const first = kids[0].position?.start.offset;
  const last = kids[kids.length - 1].position?.end.offset;
  if (first !== undefined && last !== undefined) return { start: first, end: last };
  const s = node.position?.start.offset ?? fallback.start;
  const e = node.position?.end.offset ?? fallback.end;
  let a = s;
  let b = e;
  if (node.type === 'tableCell') {
    if (text[a] === '|') a++;
    if (b > a && text[b - 1] === '|' && text[b - 2] !== '\\') b--;
  } else if (text[s] === '#') ({ start: a, end: b } = atxContent(text, s, e));
  // A setext heading: its text ends on the line before its underline.
  else b = Math.max(s, lastLineBreak(text, s, e));
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: first ?? a, end: last ?? b };
}

/** Offset of the last line break in [from, to) (a `\r\n` counts from its `\r`), or `from`. */
function lastLineBreak(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  if (i < from) return from;
  if (text.charCodeAt(i) === 10 && i > from && text.charCodeAt(i - 1) === 13) i--;
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Fold white space and keep a map back to the source. A segment runs on over single plain
 * spaces, which fold to themselves: only a run of other white space (a line break, two spaces,
 * a tab) starts a new one, so prose has a segment per line rather than per word (a word per
 * segment was half a million array entries and string pieces for a 1 MB paragraph). Remembered
 * by the span's source (memo.ts), with offsets relative to it: the document model is built again
 * at every edit, and a block the edit did not touch is neither folded again nor given a copy of
 * its segments moved to its place (the block reads them from its span's start, `toSource`): a
 * copy per block and check was 0.5 MB an edit at 1 MB that lived long enough to reach V8's old
 * generation.
 */
export function foldText(src: string, span: Span): Folded {
  const source = src.slice(span.start, span.end);
  let f = folded.get(source);
  if (!f) {
    f = foldSource(source);
    if (folded.size >= MAX_MEMOS) folded.clear();
    folded.set(flat(source), f);
  }
  return f;
}

/** A source's folded text and its segments, source offsets relative to the source's start. */
export interface Folded {
  text: string;
  tpos: readonly number[];
  spos: readonly number[];
}
const folded = new Map<string, Folded>();

function foldSource(src: string): Folded {
  const parts: string[] = [];
  const tpos: number[] = [];
  const spos: number[] = [];
  const end = src.length;
  let len = 0;
  let i = 0;
  while (i < end && isSpace(src.charCodeAt(i))) i++;
  while (i < end) {
    const from = i;
    for (;;) {
      while (i < end && !isSpace(src.charCodeAt(i))) i++;
      if (i + 1 < end && src.charCodeAt(i) === 32 && !isSpace(src.charCodeAt(i + 1))) i++;
      else break;
    }
    tpos.push(len);
    spos.push(from);
    parts.push(src.slice(from, i));
    len += i - from;
    while (i < end && isSpace(src.charCodeAt(i))) i++;
    if (i < end) {
      // The run of white space is one space, mapped to the run's last character.
      tpos.push(len);
      spos.push(i - 1);
      parts.push(' ');
      len++;
    }
  }
  // Flattened once here: a text joined piece by piece is a tree of pieces, and the first memo
  // to hash it walked that tree (8 µs a block, 4,700 blocks in a 1 MB policy). Interned: the
  // memos are keyed by this same string, so their look-ups compare pointers (memo.ts). The
  // segments as arrays of their own length (`exact`): kept for every block.
  return { text: intern(parts.join('')), tpos: exact(tpos), spos: exact(spos) };
}

/** Source offset of a text offset within a block. */
export function toSource(block: Block, textOffset: number): number {
  const { tpos, spos } = block;
  if (!tpos.length) return block.span.start;
  const lo = lastAtMost(tpos, textOffset);
  return Math.min(block.span.start + spos[lo] + (textOffset - tpos[lo]), block.span.end);
}

/** Source span of a [from, to) range of a block's folded text. */
export function blockSpan(block: Block, from: number, to: number): Span {
  if (to <= from) {
    const s = toSource(block, from);
    return { start: s, end: s };
  }
  return { start: toSource(block, from), end: toSource(block, to - 1) + 1 };
}

// ---- sections -------------------------------------------------------------------------------

function buildSections(blocks: Block[], lines: LineIndex, bodyStart: number): Section[] {
  const textEnd = lines.text.length;
  // A section starts at its heading's line, `#` marks included.
  const lineStartOf = (b: Block) => lines.starts[lines.positionAt(b.span.start).line];
  const sections: Section[] = [{ index: 0, heading: null, title: '', depth: 0, span: { start: bodyStart, end: textEnd }, blocks: [] }];
  // Each section's first block: its blocks are those up to the next one's, listed once they are
  // known, in an array of their number (one built with push has room for more, and the sections
  // are made at every check).
  const firsts: number[] = [0];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const cur = sections[sections.length - 1];
      cur.span.end = lineStartOf(b);
      // A heading's text is the folded text every check of it shares (`foldText`): its title is remembered with it.
      const title = remember(titles, b.text, () => {
        const t = b.text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s*/, '').replace(/[#*_`]+/g, '').trim();
        return t === b.text ? b.text : flat(t);
      });
      sections.push({ index: sections.length, heading: b, title, depth: b.depth ?? 2, span: { start: lineStartOf(b), end: textEnd }, blocks: [] });
      firsts.push(b.index);
    }
    b.section = sections.length - 1;
  }
  for (let i = 0; i < sections.length; i++) {
    const from = firsts[i];
    const to = i + 1 < sections.length ? firsts[i + 1] : blocks.length;
    const list: number[] = (sections[i].blocks = new Array(to - from));
    for (let k = from; k < to; k++) list[k - from] = k;
  }
  return sections;
}

/** Each heading's title, by its folded text. */
const titles = new Map<string, string>();

// ---- placeholders ---------------------------------------------------------------------------

/** Unclosed placeholders reported one by one; the rest are counted in one more problem. */
const MAX_UNCLOSED_REPORTED = 200;

function findPlaceholders(text: string, blocks: Block[], problems: DocumentProblem[]): Placeholder[] {
  const out: Placeholder[] = [];
  let unclosed = 0;
  for (const b of blocks) {
    if (b.kind === 'code' || b.kind === 'html') continue;
    const src = text.slice(b.span.start, b.span.end);
    const re = /\{\{/g;
    let m: RegExpExecArray | null;
    // The next line break and the next `}}` are looked for again only once passed: looked for
    // from every `{{`, a line of nothing but `{{` took time growing with its square.
    let limit = -1;
    let nextClose = -2;
    while ((m = re.exec(src))) {
      const open = b.span.start + m.index;
      if (limit < m.index) {
        const lineEnd = src.indexOf('\n', m.index);
        limit = lineEnd < 0 ? src.length : lineEnd;
      }
      if (nextClose !== -1 && nextClose < m.index + 2) nextClose = src.indexOf('}}', m.index + 2);
      const close = nextClose;
      const nextOpen = src.indexOf('{{', m.index + 2);
      if (close >= 0 && close <= limit && (nextOpen < 0 || close < nextOpen)) {
        const inner = src.slice(m.index + 2, close);
        const lead = inner.length - inner.trimStart().length;
        const name = inner.trim();
        const nameStart = open + 2 + lead;
        out.push({ name, span: { start: open, end: b.span.start + close + 2 }, nameSpan: { start: nameStart, end: nameStart + name.length }, closed: true });
        re.lastIndex = close + 2;
      } else {
        const end = b.span.start + (nextOpen >= 0 && nextOpen < limit ? nextOpen : limit);
        const inner = text.slice(open + 2, end);
        const name = (/^\s*([\w.\- ]*\w)/.exec(inner)?.[1] ?? '').trim();
        const nameStart = open + 2 + inner.indexOf(name);
        out.push({ name, span: { start: open, end }, nameSpan: { start: nameStart, end: nameStart + name.length }, closed: false });
        if (++unclosed > MAX_UNCLOSED_REPORTED) continue;
        problems.push({
          message: `A placeholder opens with \`{{\` here but is not closed with \`}}\` on the same line${name ? ` (did you mean \`{{${name}}}\`?)` : ''}.`,
          span: { start: open, end: Math.max(open + 2, end) },
          severity: 'error',
        });
      }
    }
  }
  if (unclosed > MAX_UNCLOSED_REPORTED) {
    const first = out.filter((p) => !p.closed)[MAX_UNCLOSED_REPORTED];
    problems.push({ message: `${unclosed - MAX_UNCLOSED_REPORTED} more placeholders open with \`{{\` and are not closed on their line (only the first ${MAX_UNCLOSED_REPORTED} are marked).`, span: { start: first.span.start, end: first.span.start + 2 }, severity: 'error' });
  }
  return out;
}
