// Two policies compared item by item (`policywright report --compare OLD NEW`): the items the new
// one gives that the old did not, those it no longer gives, and the values that changed (periods,
// contacts, dates), as data and as Markdown for a change log. The same comparison, by requirement
// and by values, as the translation-drift rule; it works across languages too.
import { languageName, valueChanges, type PolicySummary, type PolicyValue } from '../workspace.js';
import { KIND_WORDS, summaryOf } from '../rules/translation-drift.js';
import type { Range } from '../types.js';
import { parseMarkdown } from '../document.js';
import { renderHtml } from '../export/html.js';
import { renderPdf } from '../export/pdf.js';

export interface ComparedPolicy {
  path: string;
  summary: PolicySummary;
}

export interface ItemChange {
  requirement: string;
  /** What the item is, in words. */
  item: string;
  /** Status in the old and the new policy. */
  before: string;
  after: string;
  /** The sentence that gives it, where one does. */
  evidence?: { range: Range; text: string };
}

export interface ValueChange {
  requirement: string;
  item: string;
  kind: string;
  before: string[];
  after: string[];
}

export interface PolicyComparison {
  old: { path: string; language: string; controller?: string };
  new: { path: string; language: string; controller?: string };
  added: ItemChange[];
  removed: ItemChange[];
  changed: ValueChange[];
}

export function comparePolicies(a: ComparedPolicy, b: ComparedPolicy): PolicyComparison {
  const olds = new Map(a.summary.requirements.map((r) => [r.requirement, r]));
  const out: PolicyComparison = {
    old: { path: a.path, language: a.summary.language, ...(a.summary.controller ? { controller: a.summary.controller.name } : {}) },
    new: { path: b.path, language: b.summary.language, ...(b.summary.controller ? { controller: b.summary.controller.name } : {}) },
    added: [],
    removed: [],
    changed: [],
  };
  const texts = (vs: PolicyValue[]) => vs.map((v) => v.text);
  for (const n of b.summary.requirements) {
    const o = olds.get(n.requirement);
    if (!o) continue;
    const item = summaryOf(n.requirement);
    const given = (s: string) => s === 'present';
    if (given(n.status) && !given(o.status)) out.added.push({ requirement: n.requirement, item, before: o.status, after: n.status, ...(n.evidence ? { evidence: n.evidence } : {}) });
    else if (!given(n.status) && given(o.status)) out.removed.push({ requirement: n.requirement, item, before: o.status, after: n.status, ...(o.evidence ? { evidence: o.evidence } : {}) });
    else if (given(n.status) || n.status === 'partial')
      for (const c of valueChanges(o.values, n.values)) out.changed.push({ requirement: n.requirement, item, kind: KIND_WORDS[c.kind], before: texts(c.all), after: texts(c.after) });
  }
  return out;
}

const quote = (s: string) => `“${s.replace(/\s+/g, ' ').trim()}”`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The comparison as Markdown: a draft of the change log. */
export function comparisonMarkdown(c: PolicyComparison): string {
  const who = (p: PolicyComparison['old']) => `\`${p.path}\` (${languageName(p.language)}${p.controller ? `, ${p.controller}` : ''})`;
  const lines = [`# Policy comparison`, '', `From ${who(c.old)} to ${who(c.new)}.`, ''];
  const items = (title: string, list: ItemChange[], none: string) => {
    lines.push(`## ${title}`, '');
    if (!list.length) lines.push(none, '');
    else {
      lines.push('| item | requirement | before | after | where |', '| --- | --- | --- | --- | --- |');
      for (const i of list) lines.push(`| ${cell(i.item)} | \`${i.requirement}\` | ${i.before} | ${i.after} | ${i.evidence ? cell(`line ${i.evidence.range.start.line + 1}: ${quote(i.evidence.text.slice(0, 120))}`) : ''} |`);
      lines.push('');
    }
  };
  items('Items added', c.added, 'None: the new policy gives no item the old one did not.');
  items('Items no longer given', c.removed, 'None: the new policy gives every item the old one gave.');
  lines.push('## Changed values', '');
  if (!c.changed.length) lines.push('None: the periods, contacts and dates both give for the same item are the same.', '');
  else {
    lines.push('| item | value | before | after |', '| --- | --- | --- | --- |');
    for (const v of c.changed) lines.push(`| ${cell(v.item)} | ${v.kind} | ${cell(v.before.map(quote).join(', '))} | ${cell(v.after.map(quote).join(', '))} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The comparison as a standalone HTML page (or a fragment), through the export's HTML writer. */
export function comparisonHtml(c: PolicyComparison, opts: { fragment?: boolean } = {}): string {
  return renderHtml(parseMarkdown(comparisonMarkdown(c)), { title: 'Policy comparison', language: 'en', fragment: opts.fragment });
}

/** The comparison as PDF, through the export's PDF writer (as the coverage report). */
export function comparisonPdf(c: PolicyComparison): Promise<Uint8Array> {
  return renderPdf(parseMarkdown(comparisonMarkdown(c)), { title: 'Policy comparison', language: 'en', subject: 'Changes between two privacy policies' });
}
