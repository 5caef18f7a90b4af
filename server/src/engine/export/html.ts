// HTML: one standalone, accessible page (lang, header/nav/main landmarks, heading ids, a table of
// contents, a print stylesheet), or a fragment to embed in a site. The Markdown goes through
// remark-rehype and rehype-sanitize, so raw HTML in a policy cannot smuggle scripts onto a site.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Root, Element, ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { LANGUAGES } from '../data.js';
import { preparePolicy, type ExportOptions } from './prepare.js';

const toHast = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeSlug);
const stringify = unified().use(rehypeStringify);

export const PAGE_STYLE = `
body { font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3 { line-height: 1.25; }
nav { border: 1px solid #d0d0d0; padding: .5rem 1.25rem; margin: 1.5rem 0; }
nav h2 { font-size: 1.1rem; }
a { color: #0b57d0; }
a:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
@media print {
  body { max-width: none; padding: 0; font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #000; }
  nav { display: none; }
  a { color: #000; text-decoration: none; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p, li, tr { break-inside: avoid; }
}
`;

/** The policy's headings below the title, as a nested list of links. */
function tableOfContents(body: ElementContent[], label: string): Element | undefined {
  const heads = body.filter((e): e is Element => e.type === 'element' && /^h[2-3]$/.test(e.tagName) && typeof e.properties.id === 'string');
  if (heads.length < 2) return undefined;
  const items: Element[] = [];
  let sub: Element | undefined;
  for (const e of heads) {
    const link = h('li', [h('a', { href: `#${e.properties.id}` }, toString(e))]);
    if (e.tagName === 'h3' && items.length) {
      if (!sub) items[items.length - 1].children.push((sub = h('ol')));
      sub.children.push(link);
    } else {
      items.push(link);
      sub = undefined;
    }
  }
  return h('nav', { ariaLabelledBy: 'toc' }, [h('h2', { id: 'toc' }, label), h('ol', items)]);
}

/** A Markdown tree as sanitised HTML elements with heading ids, its leading title heading taken out. */
function bodyHast(tree: MdastRoot) {
  const root = toHast.runSync(tree as never) as Root;
  const body = root.children.filter((c): c is ElementContent => c.type !== 'doctype');
  const i = body.findIndex((e) => e.type === 'element' && e.tagName === 'h1');
  const titleEl = i >= 0 && body.slice(0, i).every((e) => e.type === 'text') ? (body.splice(i, 1)[0] as Element) : undefined;
  return { body, titleEl };
}

export interface PageMeta {
  title: string;
  language: string;
  /** An <article> to embed rather than a whole page. */
  fragment?: boolean;
  /** Extra CSS for the page. */
  style?: string;
}

/** A Markdown tree as an accessible page (or fragment): the policy export and the coverage report share this. */
export function renderHtml(tree: MdastRoot, meta: PageMeta): string {
  const { body, titleEl } = bodyHast(tree);
  const label = LANGUAGES[meta.language]?.contents ?? 'Contents';
  const toc = tableOfContents(body, label);
  const title = titleEl ?? h('h1', meta.title);
  if (meta.fragment) {
    const article = h('article', { lang: meta.language }, [title, ...(toc ? [toc] : []), ...body]);
    return stringify.stringify({ type: 'root', children: [article] }) + '\n';
  }
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: meta.language }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', meta.title), h('style', PAGE_STYLE + (meta.style ?? ''))]),
        h('body', [h('header', [title]), ...(toc ? [toc] : []), h('main', { id: 'main' }, body)]),
      ]),
    ],
  };
  return stringify.stringify(page) + '\n';
}

export function exportHtml(text: string, opts: ExportOptions = {}): string {
  const p = preparePolicy(text, opts);
  return renderHtml(p.tree, { title: p.title, language: p.language, fragment: opts.fragment });
}
