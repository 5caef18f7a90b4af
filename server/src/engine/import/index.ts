// Import: policies as people have them (pasted web text, a saved web page, a Word file) turned
// into policy Markdown with front matter started from what the text says about itself. Pure:
// callers read the file and pass its text or bytes.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import mammoth from 'mammoth';
import YAML from 'yaml';
import type { Root as HastRoot, Element, ElementContent, RootContent } from 'hast';
import { parseDocument, type PolicyDocument } from '../document.js';
import { inferController } from '../organisation.js';
import { LANGUAGES } from '../data.js';
import { EMAIL, PHONE, phoneKey } from '../rules/contact-mismatch.js';
import { toPolicyMarkdown } from './pasted.js';
import { decodeBytes } from '../text.js';

export { toPolicyMarkdown, isPasted } from './pasted.js';

export interface ImportResult {
  /** Policy Markdown, front matter first. */
  markdown: string;
  /** What the importer noticed and the author should look at (mammoth's warnings, …). */
  messages: string[];
}

/** The front matter an imported policy starts with: profile by language, controller, contact details. */
export function startFrontMatter(doc: PolicyDocument): Record<string, unknown> {
  const policy: Record<string, unknown> = {
    profiles: [LANGUAGES[doc.language]?.profile ?? 'uk-gdpr'],
    language: doc.language,
  };
  const controller = inferController(doc);
  if (controller) {
    policy.controller = controller.name;
    const aliases = controller.aliases.filter((a) => a !== controller.name);
    if (aliases.length) policy.aliases = aliases;
  }
  const variables: Record<string, string> = {};
  const emails = new Set<string>();
  const phones = new Map<string, string>();
  for (const b of doc.blocks) {
    if (b.kind === 'code' || b.kind === 'html') continue;
    for (const m of b.text.matchAll(EMAIL)) if (!/\.(png|jpe?g|gif|svg|webp|pdf)$/i.test(m[0])) emails.add(m[0]);
    for (const m of b.text.matchAll(PHONE)) {
      const key = phoneKey(m[0]);
      if (key && !phones.has(key)) phones.set(key, m[0].trim());
    }
  }
  const number = (name: string, i: number) => (i ? `${name}_${i + 1}` : name);
  [...emails].forEach((e, i) => (variables[number('contact_email', i)] = e));
  [...phones.values()].forEach((p, i) => (variables[number('contact_phone', i)] = p));
  return Object.keys(variables).length ? { policy, variables } : { policy };
}

function withFrontMatter(data: Record<string, unknown>, body: string): string {
  // Lists as `[uk-gdpr]`, the way the docs and examples write them.
  const yaml = new YAML.Document(data);
  YAML.visit(yaml, { Seq: (_, node) => void (node.flow = true) });
  return `---\n${yaml.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}

/**
 * Pasted text (or Markdown) to policy Markdown: headings recovered, paragraphs joined, `•` lists
 * rebuilt. Front matter the text already has is kept; otherwise one is started.
 */
export function importText(text: string): ImportResult {
  const doc = parseDocument(text.replace(/\r\n?/g, '\n'));
  const body = toPolicyMarkdown(doc, { joinLines: true });
  if (doc.frontMatter.present) return { markdown: doc.text.slice(0, doc.bodyStart).replace(/\s*$/, '\n\n') + body, messages: [] };
  return { markdown: withFrontMatter(startFrontMatter(doc), body), messages: [] };
}

/** Elements that are page furniture, not policy text. */
const DEBRIS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'button', 'iframe', 'svg', 'canvas', 'select', 'dialog', 'head']);
const DEBRIS_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog']);

function isDebris(e: Element): boolean {
  if (DEBRIS.has(e.tagName)) return true;
  const role = e.properties?.role;
  if (typeof role === 'string' && DEBRIS_ROLES.has(role)) return true;
  if (e.properties?.hidden !== undefined && e.properties.hidden !== false && e.properties.hidden !== null) return true;
  // A site header is the one with the menu; a header that holds the policy's title stays.
  if (e.tagName === 'header' && contains(e, (x) => x.tagName === 'nav' || x.properties?.role === 'navigation')) return true;
  return false;
}

function contains(e: Element | HastRoot, pred: (x: Element) => boolean): boolean {
  return e.children.some((c) => c.type === 'element' && (pred(c) || contains(c, pred)));
}

function find(e: Element | HastRoot, pred: (x: Element) => boolean): Element | undefined {
  for (const c of e.children) {
    if (c.type !== 'element') continue;
    if (pred(c)) return c;
    const f = find(c, pred);
    if (f) return f;
  }
  return undefined;
}

function strip<T extends Element | HastRoot>(e: T): T {
  const kids = (e.children as (ElementContent | RootContent)[]).filter((c) => !(c.type === 'element' && isDebris(c)) && c.type !== 'comment' && c.type !== 'doctype');
  for (const c of kids) if (c.type === 'element') strip(c);
  e.children = kids as T['children'];
  return e;
}

/** The page's policy text: its `<main>` (or single `<article>`) when it marks one, without menus, scripts and footers. */
function pageContent() {
  return (tree: HastRoot): HastRoot => {
    const main = find(tree, (e) => e.tagName === 'main' || e.properties?.role === 'main') ?? find(tree, (e) => e.tagName === 'article');
    if (!main) return strip(tree);
    // The page's title often stands in a header above <main>; keep it.
    const h1 = find(main, (e) => e.tagName === 'h1') ? undefined : find(strip(tree), (e) => e.tagName === 'h1');
    return strip({ type: 'root', children: h1 ? [h1, main] : [main] });
  };
}

const htmlToMarkdown = unified()
  .use(rehypeParse)
  .use(pageContent)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** An HTML page (or fragment) to policy Markdown. */
export function importHtml(html: string): ImportResult {
  // remark-stringify escapes the @ of e-mail addresses (GFM autolinks); readers and the contact
  // checks want the address as written.
  const markdown = String(htmlToMarkdown.processSync(html)).replace(/\\@/g, '@');
  return importText(markdown);
}

/** A Word file (.docx bytes) to policy Markdown, by way of HTML. */
export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  // mammoth's Node build reads `buffer`, its browser build (the web extension) `arrayBuffer`; a browser has no Buffer.
  const input = typeof Buffer === 'function' ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } : { arrayBuffer: bytes.slice().buffer };
  const { value, messages } = await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0]);
  const result = importHtml(value);
  result.messages.push(...messages.map((m) => `${m.type}: ${m.message}`));
  return result;
}

/** A source by its file name: `.docx` as Word, `.html`/`.htm` as a web page, anything else as pasted text or Markdown. */
export async function importFile(name: string, data: Uint8Array | string): Promise<ImportResult> {
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
  if (ext === '.docx') {
    if (typeof data === 'string') throw new Error(`${name}: a Word file is read from its bytes, not from text`);
    return importDocx(data);
  }
  let text: string;
  let note: string | undefined;
  if (typeof data === 'string') text = data;
  else {
    const decoded = decodeBytes(data);
    if (decoded.problem?.kind === 'binary') throw new Error(`${name}: ${decoded.problem.message}`);
    text = decoded.text;
    if (decoded.problem?.kind === 'encoding') {
      // Text pasted from Word or Notepad is often Windows-1252: read it as that, so no
      // character becomes a replacement mark, and say so.
      text = decodeWindows1252(data);
      note = `Not valid UTF-8 (line ${decoded.problem.position.line + 1}, column ${decoded.problem.position.character + 1}); it was read as Windows-1252. Check accented letters and quotation marks.`;
    }
  }
  const result = ext === '.html' || ext === '.htm' ? importHtml(text) : importText(text);
  if (note) result.messages.unshift(note);
  return result;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, …). Node's
// TextDecoder reads 'windows-1252' as Latin-1 in some versions, so the 27 differences are here.
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
