// The coverage report: one page a privacy lead can send to management. Every requirement of the
// profile, present (with the sentence that shows it), partly given (with the element that is
// absent and the text to add) or missing (with what the law asks and the clause to add). Built as Markdown and rendered by the same HTML and PDF writers as the policy.
import { check, libraryFor } from '../check.js';
import { PROFILES } from '../data.js';
import { parseMarkdown, type PolicyDocument } from '../document.js';
import { clauseToText, documentVariables } from '../clauses.js';
import { inferController } from '../organisation.js';
import { renderHtml } from '../export/html.js';
import { renderPdf } from '../export/pdf.js';
import type { CheckConfig, CoverageStatus, Obligation, Severity } from '../types.js';

/** What the report says under an item the model read (`byModel`). */
const BY_MODEL = 'Read so by a statistical model, not by the checker: check this line.';

export interface ReportItem {
  requirement: string;
  profile: string;
  /** What the item is: "how long personal data is kept". */
  summary: string;
  article: string;
  obligation: Obligation;
  status: CoverageStatus;
  /** For a present item: the sentences that show it, with their 1-based line. */
  evidence: { text: string; line: number }[];
  /** For a missing item: the severity the checker gives it, what to add, what was looked for, and the clause. */
  severity?: Severity;
  add?: string;
  lookedFor?: string;
  /** A missing item: a sentence a statistical model reads as the item ("check this line"). */
  check?: { text: string; line: number };
  /** A present item the statistical model read as given where the cues found nothing (`raiseMissing`). */
  byModel?: boolean;
  /** A missing conditional item: the sentence that says its condition does not hold ("we have no DPO"). */
  stated?: { text: string; line: number };
  condition?: string;
  clause?: string;
  /** For a partly given item: each absent element, what to add, and its element clause. */
  absent?: { id: string; summary: string; add: string; clause?: string }[];
}

export interface CoverageReport {
  title: string;
  controller?: string;
  language: string;
  profiles: { id: string; title: string }[];
  date: string;
  items: ReportItem[];
  counts: { present: number; partial: number; missing: number; missingMandatory: number; partialMandatory: number; notApplicable: number };
}

export interface ReportOptions {
  /** The date printed on the report (default: today, ISO). */
  date?: string;
  /** The policy's name, for the title (default: the controller, else "the privacy policy"). */
  name?: string;
}

/** Fill a clause's placeholders the document defines; the others stay for the author to fill. */
function fillKnown(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (m, n: string) => vars[n] ?? m);
}

export function coverageReport(text: string, config: CheckConfig = {}, opts: ReportOptions = {}): CoverageReport {
  const result = check(text, config);
  const doc = result.document as PolicyDocument | undefined;
  const library = libraryFor(config.clauseSources);
  const vars = doc ? documentVariables(doc) : {};
  const controller = doc ? (doc.frontMatter.policy.controller ?? inferController(doc)?.name) : undefined;
  const items: ReportItem[] = [];
  for (const c of result.coverage) {
    const r = PROFILES[c.profile]?.requirements.find((x) => x.id === c.requirement);
    const item: ReportItem = {
      requirement: c.requirement,
      profile: c.profile,
      summary: r?.summary ?? c.requirement,
      article: c.article,
      obligation: c.obligation,
      status: c.status,
      evidence: c.evidence.map((e) => ({ text: e.text, line: e.range.start.line + 1 })),
    };
    if (c.status === 'missing' || c.status === 'partial') {
      const d = result.diagnostics.find((x) => x.rule === 'required-info' && x.requirement === c.requirement);
      item.severity = d?.severity ?? (c.obligation === 'mandatory' ? 'error' : 'information');
      if (r?.conditionText) item.condition = r.conditionText;
    }
    if (c.by === 'model') item.byModel = true;
    if (c.status === 'partial') {
      item.absent = (c.absent ?? []).map((id) => {
        const e = r?.elements?.find((x) => x.id === id);
        const clause = library.findElement(c.requirement, id, result.language, c.profile);
        return { id, summary: e?.summary ?? id, add: e?.add ?? '', ...(clause ? { clause: fillKnown(clause.body, vars).trim() } : {}) };
      });
    }
    if (c.status === 'missing') {
      item.add = r?.add;
      item.lookedFor = c.lookedFor;
      if (c.check?.[0]) item.check = { text: c.check[0].text, line: c.check[0].range.start.line + 1 };
      if (c.stated?.[0]) item.stated = { text: c.stated[0].text, line: c.stated[0].range.start.line + 1 };
      const clause = library.find(c.requirement, result.language, c.profile);
      if (clause) item.clause = fillKnown(clauseToText(clause, { includeHeading: false }), vars).trim();
    }
    items.push(item);
  }
  const count = (s: CoverageStatus) => items.filter((i) => i.status === s).length;
  return {
    title: `Privacy policy coverage: ${opts.name ?? controller ?? 'the privacy policy'}`,
    controller,
    language: result.language,
    profiles: result.profiles.map((id) => ({ id, title: PROFILES[id]?.title ?? id })),
    date: opts.date ?? new Date().toISOString().slice(0, 10),
    items,
    counts: {
      present: count('present'),
      partial: count('partial'),
      missing: count('missing'),
      missingMandatory: items.filter((i) => i.status === 'missing' && i.obligation === 'mandatory').length,
      partialMandatory: items.filter((i) => i.status === 'partial' && i.obligation === 'mandatory').length,
      notApplicable: count('not-applicable'),
    },
  };
}

const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const quote = (t: string) =>
  t
    .split('\n')
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');
const sentence = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function statusText(i: ReportItem): string {
  if (i.status === 'present') return 'Present';
  if (i.status === 'not-applicable') return 'Not applicable (declared)';
  if (i.status === 'partial') {
    const absent = `absent: ${(i.absent ?? []).map((e) => e.summary).join('; ')}`;
    if (i.obligation === 'mandatory') return `**Partial: required** (${absent})`;
    if (i.obligation === 'recommended') return `Partial: recommended (${absent})`;
    return i.severity === 'warning' ? `**Partial: required here** (${absent})` : `Partial: if it applies (${absent})`;
  }
  if (i.obligation === 'mandatory') return '**Missing: required**';
  if (i.obligation === 'recommended') return 'Missing: recommended';
  return i.severity === 'warning' ? '**Missing: required here**' : 'Missing: if it applies';
}

/** The report as Markdown: a summary table, then what to add, then the evidence for what is there. */
export function reportMarkdown(r: CoverageReport): string {
  const out: string[] = [`# ${r.title}`];
  const law = r.profiles.map((p) => p.title).join(' and ') || 'no known profile';
  const { missingMandatory: m, partialMandatory: p } = r.counts;
  const plural = (n: number, one: string, many: string) => `${n} required item${n === 1 ? ` ${one}` : `s ${many}`}`;
  const gaps = [m ? `${plural(m, 'is', 'are')} missing` : '', p ? `${plural(p, 'is', 'are')} only partly given` : ''].filter(Boolean);
  const mandatory = gaps.length ? ` **${gaps.join('; ')}.**` : ' Every required item is present.';
  const partly = r.counts.partial ? `, ${r.counts.partial} partly given` : '';
  out.push(`Checked against ${law} on ${r.date}. ${r.counts.present} of ${r.items.length} items are present${partly}, ${r.counts.missing} missing.${mandatory}`);
  out.push(['| Item | Law | Status |', '| --- | --- | --- |', ...r.items.map((i) => `| ${cell(sentence(i.summary))} | ${cell(i.article)} | ${statusText(i)} |`)].join('\n'));
  const missing = r.items.filter((i) => i.status === 'missing');
  const order = (i: ReportItem) => ['mandatory', 'conditional', 'recommended'].indexOf(i.obligation);
  if (missing.length) {
    out.push('## What to add');
    for (const i of [...missing].sort((a, b) => order(a) - order(b))) {
      out.push(`### ${sentence(i.summary)} (${i.article})`);
      const why = i.obligation === 'mandatory' ? 'Required in every policy.' : i.obligation === 'recommended' ? 'Recommended.' : `Required when ${i.condition ?? 'it applies'}.`;
      out.push(`${why} ${i.add ?? ''}`.trim());
      if (i.stated) out.push(`Line ${i.stated.line} says it does not apply; if so, declare \`${i.requirement}\` under \`policy.not-applicable\` in the front matter.`, quote(`“${i.stated.text}”`));
      else if (i.lookedFor) out.push(`_Looked for ${i.lookedFor}._`);
      if (i.check) out.push(`Check line ${i.check.line} first: it may give this item in other words (a statistical guess; the checker did not read it so).`, quote(`“${i.check.text}”`));
      if (i.clause) out.push('Suggested clause:', quote(i.clause));
    }
  }
  const partial = r.items.filter((i) => i.status === 'partial');
  if (partial.length) {
    out.push('## What to complete');
    for (const i of [...partial].sort((a, b) => order(a) - order(b))) {
      out.push(`### ${sentence(i.summary)} (${i.article})`);
      if (i.evidence[0]) out.push(`The policy addresses it (line ${i.evidence[0].line}: “${i.evidence[0].text}”), but this is absent:`);
      if (i.byModel) out.push(BY_MODEL);
      for (const e of i.absent ?? []) {
        out.push(`**${sentence(e.summary)}.** ${e.add}`.trim());
        if (e.clause) out.push('Suggested text, to add after that statement:', quote(e.clause));
      }
    }
  }
  const present = r.items.filter((i) => i.status === 'present');
  if (present.length) {
    out.push('## What the policy says');
    for (const i of present) {
      out.push(`### ${sentence(i.summary)} (${i.article})`);
      out.push(i.evidence.map((e) => quote(`“${e.text}” (line ${e.line})`)).join('\n>\n'));
      if (i.byModel) out.push(BY_MODEL);
    }
  }
  return out.join('\n\n') + '\n';
}

const REPORT_STYLE = `
table td:last-child { white-space: nowrap; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid #bbb; color: #333; }
`;

export function reportHtml(text: string, config: CheckConfig = {}, opts: ReportOptions & { fragment?: boolean } = {}): string {
  const r = coverageReport(text, config, opts);
  return renderHtml(parseMarkdown(reportMarkdown(r)), { title: r.title, language: 'en', fragment: opts.fragment, style: REPORT_STYLE });
}

export function reportPdf(text: string, config: CheckConfig = {}, opts: ReportOptions = {}): Promise<Uint8Array> {
  const r = coverageReport(text, config, opts);
  return renderPdf(parseMarkdown(reportMarkdown(r)), { title: r.title, language: 'en', author: r.controller, subject: 'Privacy policy coverage report' });
}
