// What every exporter starts from: the policy body as Markdown (pasted text given real headings
// and lists), placeholders filled from the front matter, the last-updated date printed when the
// front matter declares it and the text does not say it, and the Markdown tree of the result.
import type { Root, Heading, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseDocument, parseMarkdown, type PolicyDocument } from '../document.js';
import { resolveVariable } from '../variables.js';
import { DATE_ITEMS, findCues } from '../coverage.js';
import { defaultLibrary, documentVariables, type ClauseLibrary } from '../clauses.js';
import { resolveProfiles, check } from '../check.js';
import { toPolicyMarkdown } from '../import/pasted.js';
import type { CheckConfig, Diagnostic } from '../types.js';

export interface ExportOptions {
  /** HTML: a fragment to embed in a site (no <html>, <head> or stylesheet). */
  fragment?: boolean;
  /** Markdown: keep the front matter (default: drop it; the export is for readers, not for Policywright). */
  keepFrontMatter?: boolean;
  /** The clause library the host uses (for the last-updated line's wording); built-in otherwise. */
  clauses?: ClauseLibrary;
}

export interface PreparedPolicy {
  doc: PolicyDocument;
  /** The body as Markdown with placeholders resolved (unresolved ones left as written). */
  markdown: string;
  tree: Root;
  /** The first level-1 heading, else the first heading, else "Privacy policy". */
  title: string;
  language: string;
  /** Names of placeholders nothing defines, in order of appearance. */
  unresolved: string[];
}

function lastUpdatedLine(doc: PolicyDocument, library: ClauseLibrary): string | undefined {
  const date = doc.frontMatter.policy.lastUpdated;
  if (!date) return undefined;
  if (findCues(doc, ['last-updated']).matches.get('last-updated')?.length) return undefined;
  const profile = resolveProfiles(doc, {})[0] ?? 'uk-gdpr';
  // The date clause of the policy's first profile (a California policy has its own).
  const clause = [...DATE_ITEMS].map((id) => library.find(id, doc.language, profile)).find((c) => c);
  const vars = documentVariables(doc);
  const body = clause?.body.trim() ?? 'Last updated: {{last_updated}}';
  return body.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (m, name: string) => vars[name] ?? m);
}

const HTML_TAGS = new Set(
  'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q s samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr iframe script style form input button select textarea object embed video audio source picture svg math'.split(' '),
);

/** `<insert date>` is a drafting note, not HTML: keep it as text so readers (and reviewers) see it. */
function keepTemplateText(node: Root | Parent): void {
  for (const [i, c] of node.children.entries()) {
    if (c.type === 'html') {
      const tag = /^<\/?([A-Za-z][\w-]*)/.exec(c.value)?.[1]?.toLowerCase();
      if (tag && !HTML_TAGS.has(tag)) node.children[i] = { type: 'text', value: c.value, position: c.position } as never;
    } else if ('children' in c) keepTemplateText(c as Parent);
  }
}

export function preparePolicy(text: string, opts: ExportOptions = {}): PreparedPolicy {
  const doc = parseDocument(text);
  let body = toPolicyMarkdown(doc);
  const updated = lastUpdatedLine(doc, opts.clauses ?? defaultLibrary());
  if (updated) {
    const title = /^#\s[^\n]*\n/.exec(body);
    body = title ? `${title[0]}\n${updated}\n${body.slice(title[0].length)}` : `${updated}\n\n${body}`;
  }
  const bodyDoc = parseDocument(body);
  const unresolved: string[] = [];
  let out = '';
  let pos = 0;
  for (const p of bodyDoc.placeholders) {
    const value = p.closed ? resolveVariable(doc.frontMatter, p.name) : undefined;
    if (value === undefined) {
      unresolved.push(p.name);
      continue;
    }
    out += body.slice(pos, p.span.start) + value;
    pos = p.span.end;
  }
  const markdown = out + body.slice(pos);
  const tree = parseMarkdown(markdown);
  keepTemplateText(tree);
  const headings = tree.children.filter((c): c is Heading => c.type === 'heading');
  const h1 = headings.find((h) => h.depth === 1) ?? headings[0];
  const title = (h1 && toString(h1).trim()) || 'Privacy policy';
  return { doc, markdown, tree, title, language: doc.language, unresolved };
}

/**
 * What stands in the way of exporting: placeholders nothing fills and error-level findings.
 * Empty when the policy can be exported as it is.
 */
export function exportProblems(text: string, config: CheckConfig = {}): Diagnostic[] {
  const result = check(text, config);
  const problems = result.diagnostics.filter((d) => d.severity === 'error');
  const doc = result.document ?? parseDocument(text);
  for (const p of doc.placeholders) {
    if (p.closed && resolveVariable(doc.frontMatter, p.name) !== undefined) continue;
    const range = doc.lines.range(p.span);
    if (problems.some((d) => d.range.start.line === range.start.line && d.range.start.character === range.start.character)) continue;
    problems.push({ rule: 'placeholder', severity: 'error', message: `\`{{${p.name}}}\` has no value in the front matter: the export would show it as written.`, range });
  }
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
