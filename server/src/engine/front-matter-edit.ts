// Rewrites a policy's front matter through the YAML library: a quick fix that declares something
// there keeps the author's keys, comments and line breaks.
import YAML from 'yaml';
import type { PolicyDocument } from './document.js';

const FENCED = /^---[ \t]*(\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)?---[ \t]*$/;

/**
 * The front matter `fenced` (from its opening `---` to its closing one) after `mutate` changed its
 * YAML document; undefined when it is not fenced or not valid YAML, or when `mutate` throws (an alias
 * where it writes: the change would land in the anchored node, or nowhere).
 */
export function editFrontMatter(fenced: string, mutate: (doc: YAML.Document) => void): string | undefined {
  const m = FENCED.exec(fenced);
  if (!m) return undefined;
  const nl = m[1];
  const doc = YAML.parseDocument(m[2].replace(/\r\n?/g, '\n'));
  if (doc.errors.length) return undefined;
  try {
    mutate(doc);
  } catch {
    return undefined;
  }
  return `---${nl}${doc.toString({ lineWidth: 0 }).replace(/\n/g, nl)}---`;
}

/**
 * How a quick fix may write a policy's front matter: `new` (there is none: the fix opens one at the
 * start), `fenced` (there is one and its YAML reads), or undefined — the text opens a front matter
 * it never closes, or the front matter's YAML has problems: an input problem the author fixes first.
 * `nl` is the line break the text already uses.
 */
export function frontMatterWritable(doc: PolicyDocument): { how: 'new' | 'fenced'; nl: string } | undefined {
  const nl = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const fm = doc.frontMatter;
  if (!fm.present) return /^---[ \t]*\r?\n/.test(doc.text) ? undefined : { how: 'new', nl };
  if (!fm.span || doc.problems.some((p) => p.span.start < fm.span!.end)) return undefined;
  return { how: 'fenced', nl };
}
