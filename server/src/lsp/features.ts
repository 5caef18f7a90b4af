// Editor features computed from the latest Analysis of a document: completion of placeholder
// names, hover (findings, placeholders, evidence of covered requirements), outline, folding, and
// the coverage summary (code lens and report).
import {
  CompletionItemKind,
  DocumentSymbol,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  type CodeLens,
  type CompletionItem,
  type FoldingRange,
  type Hover,
  type Position,
} from 'vscode-languageserver';
import { PROFILES } from '../engine/data.js';
import type { RequirementData } from '../engine/datatypes.js';
import type { Coverage, Range } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { rangeContains } from './convert.js';
import { SHOW_COVERAGE_COMMAND, type CoverageResult, type CoverageSummary } from './protocol.js';

function requirementData(profile: string, id: string): RequirementData | undefined {
  return PROFILES[profile]?.requirements?.find((r) => r.id === id);
}

function lawOf(profile: string): string {
  return PROFILES[profile]?.law ?? profile;
}

/** "the retention period, or the criteria used to set it, is absent" for a partly given item. */
function absentText(c: Coverage): string {
  const req = requirementData(c.profile, c.requirement);
  const parts = (c.absent ?? []).map((id) => req?.elements?.find((e) => e.id === id)?.summary ?? id);
  const what = parts.join('; and ');
  return `${what}${what.includes(',') ? ',' : ''} ${parts.length > 1 ? 'are' : 'is'} absent`;
}

// ---- completion ------------------------------------------------------------------------------

/** `{{ name` before the cursor on the same line: the name typed so far, and where it starts. */
export function placeholderPrefix(lineBefore: string): { typed: string; startChar: number } | undefined {
  const m = /\{\{\s*([^{}\n]*)$/.exec(lineBefore);
  if (!m) return undefined;
  return { typed: m[1], startChar: lineBefore.length - m[1].length };
}

/**
 * After `{{`: the front matter's variables, then the `policy:` fields. The edit replaces the
 * name typed so far and closes the braces unless they are already there.
 */
export function placeholderCompletions(a: Analysis, position: Position, lineBefore: string, lineAfter: string): CompletionItem[] {
  const p = placeholderPrefix(lineBefore);
  if (!p) return [];
  const closed = /^\s*[^{}\s]*\s*\}\}/.test(lineAfter);
  const endChar = closed ? position.character + (/^[^{}\s]*/.exec(lineAfter)?.[0].length ?? 0) : position.character;
  const range = { start: { line: position.line, character: p.startChar }, end: { line: position.line, character: endChar } };
  const items: CompletionItem[] = [];
  const add = (name: string, value: string, detail: string, sort: string) =>
    items.push({
      label: name,
      kind: CompletionItemKind.Variable,
      detail,
      documentation: value ? { kind: MarkupKind.Markdown, value: `Resolves to: ${value}` } : 'Defined with no value.',
      sortText: sort + name,
      textEdit: { range, newText: closed ? name : `${name}}}` },
    });
  for (const [k, v] of Object.entries(a.variables)) add(k, v, `variable: ${truncate(v, 40)}`, '0');
  for (const [k, v] of Object.entries(a.policyFields)) if (!(k in a.variables)) add(k, v, `policy field: ${truncate(v, 40)}`, '1');
  return items;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

// ---- hover ---------------------------------------------------------------------------------

export function hover(a: Analysis, position: Position): Hover | undefined {
  const parts: string[] = [];
  let range: Range | undefined;
  for (const d of a.diagnostics) {
    if (!rangeContains(d.range, position)) continue;
    range ??= d.range;
    let s = `**${d.rule}**: ${d.message}`;
    if (d.requirement) {
      const cov = a.coverage.find((c) => c.requirement === d.requirement);
      const req = cov ? requirementData(cov.profile, cov.requirement) : undefined;
      if (cov) s += `\n\n*${lawOf(cov.profile)} ${cov.article}*`;
      if (req?.add) s += `\n\nTo satisfy it: ${req.add}`;
      if (cov?.lookedFor) s += `\n\nLooked for: ${cov.lookedFor}`;
      if (cov?.status === 'partial') {
        const adds = (cov.absent ?? []).map((id) => req?.elements?.find((e) => e.id === id)?.add).filter(Boolean);
        if (adds.length) s += `\n\nTo complete it: ${adds.join(' ')}`;
      }
    }
    if (d.docs) s += `\n\n[About ${d.rule}](${d.docs})`;
    parts.push(s);
  }
  for (const p of a.placeholders) {
    if (!rangeContains(p.range, position)) continue;
    range ??= p.range;
    const v = a.variables[p.name] ?? a.policyFields[p.name];
    parts.push(v === undefined ? `\`{{${p.name}}}\` has no value: define \`${p.name}\` under \`variables:\` in the front matter.` : `\`{{${p.name}}}\` → ${v || '*(empty)*'}`);
  }
  for (const c of a.coverage) {
    const check = c.check?.find((e) => rangeContains(e.range, position));
    if (check && c.status === 'missing') {
      range ??= check.range;
      const req = requirementData(c.profile, c.requirement);
      parts.push(`May give **${c.requirement}**${req ? `: ${req.summary}` : ''} in other words — check this line. The checker did not read it so and reports the item missing; this is a statistical guess.`);
    }
    if (c.status !== 'present' && c.status !== 'partial') continue;
    const ev = c.evidence.find((e) => rangeContains(e.range, position));
    if (!ev) continue;
    range ??= ev.range;
    const req = requirementData(c.profile, c.requirement);
    const partly = c.status === 'partial' ? ` — partly: ${absentText(c)}` : '';
    const model = c.by === 'model' ? ' — read so by a statistical model, not by the checker: check this line' : '';
    parts.push(`Covers **${c.requirement}**${req ? `: ${req.summary}` : ''} (${lawOf(c.profile)} ${c.article})${partly}${model}`);
  }
  if (!parts.length) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

// ---- outline and folding ------------------------------------------------------------------------

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; sym: DocumentSymbol }[] = [];
  for (const s of a.sections) {
    const sym = DocumentSymbol.create(s.title || '(untitled)', undefined, SymbolKind.String, s.range, s.headingRange, []);
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.sym.children!.push(sym);
      // A parent section spans its children.
      for (const st of stack) if (comparePos(st.sym.range.end, s.range.end) < 0) st.sym.range = { start: st.sym.range.start, end: s.range.end };
    } else roots.push(sym);
    stack.push({ depth: s.depth, sym });
  }
  return roots;
}

function comparePos(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function foldingRanges(a: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  if (a.frontMatterRange && a.frontMatterRange.end.line > a.frontMatterRange.start.line) {
    out.push({ startLine: a.frontMatterRange.start.line, endLine: a.frontMatterRange.end.line - 1, kind: FoldingRangeKind.Region });
  }
  const ss = a.sections;
  for (let i = 0; i < ss.length; i++) {
    // A section folds up to the next heading of the same or a higher level.
    let j = i + 1;
    while (j < ss.length && ss[j].depth > ss[i].depth) j++;
    const end = ss[j - 1].lastLine;
    const start = ss[i].headingRange.start.line;
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  return out;
}

// ---- coverage ------------------------------------------------------------------------------------

/**
 * Per profile: required items present (and partly given), out of the mandatory ones plus the
 * conditional ones that apply (present or partly given, or missing with a warning or error: the
 * text shows the condition holds). Items declared not applicable are left out.
 */
export function coverageSummaries(a: Analysis): CoverageSummary[] {
  const out: CoverageSummary[] = [];
  for (const profile of a.profiles) {
    const items = a.coverage.filter((c) => c.profile === profile && c.status !== 'not-applicable');
    const applies = (c: Coverage) =>
      c.obligation === 'mandatory' ||
      (c.obligation === 'conditional' &&
        (c.status === 'present' || c.status === 'partial' || a.diagnostics.some((d) => d.requirement === c.requirement && (d.severity === 'error' || d.severity === 'warning'))));
    const required = items.filter(applies);
    const count = (s: Coverage['status']) => required.filter((c) => c.status === s).length;
    out.push({ profile, law: lawOf(profile), present: count('present'), partial: count('partial'), total: required.length });
  }
  return out;
}

/** A policy of the same family (policy-set.ts), for the family lens. */
export interface FamilyLensMember {
  uri: string;
  language: string;
  role: string;
  analysis?: Analysis;
}

export function coverageLenses(uri: string, a: Analysis, family?: FamilyLensMember[]): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = coverageSummaries(a)
    .filter((s) => s.total > 0)
    .map((s) => ({ range, command: { title: summaryText(s), command: SHOW_COVERAGE_COMMAND, arguments: [uri] } }));
  // "NL version: 17/20, EN: 19/20": this policy first, then the others of its family.
  if (family && family.length > 1) {
    const counts = (x: Analysis) => coverageSummaries(x).find((s) => s.total > 0);
    const label = (m: FamilyLensMember) => `${m.language.toUpperCase()}${m.role === 'older' ? ' (older)' : ''}`;
    const me = family.find((m) => m.uri === uri);
    const mine = counts(a);
    const parts = family
      .filter((m) => m.uri !== uri && m.analysis)
      .map((m) => {
        const c = counts(m.analysis!);
        return c ? `${label(m)}: ${c.present}/${c.total}` : undefined;
      })
      .filter(Boolean);
    if (me && mine && parts.length) lenses.push({ range, command: { title: `${label(me)} version: ${mine.present}/${mine.total}, ${parts.join(', ')}`, command: SHOW_COVERAGE_COMMAND, arguments: [uri] } });
  }
  return lenses;
}

/** "UK GDPR 17/20 required items, 2 partial": partly given items count as not present. */
export function summaryText(s: CoverageSummary): string {
  return `${s.law} ${countsText(s)}`;
}

function countsText(s: CoverageSummary): string {
  return `${s.present}/${s.total} required items${s.partial ? `, ${s.partial} partial` : ''}`;
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

export function coverageReport(uri: string, a: Analysis | undefined, isPolicy: boolean): CoverageResult {
  const name = decodeURIComponent(uri.replace(/^.*\//, ''));
  if (!isPolicy || !a) {
    return {
      isPolicy,
      summaries: [],
      markdown: `# Coverage: ${name}\n\nThis file is not treated as a privacy policy. Name it \`*.policy.md\`, add \`policy:\` to its front matter, or add a pattern to the setting \`policywright.files\`.\n`,
    };
  }
  const summaries = coverageSummaries(a);
  const lines = [`# Coverage: ${name}`, ''];
  for (const s of summaries) {
    lines.push(`## ${s.law}: ${countsText(s)}`, '', '| requirement | obligation | status | article | evidence or what was looked for |', '| --- | --- | --- | --- | --- |');
    for (const c of a.coverage.filter((x) => x.profile === s.profile)) {
      const req = requirementData(c.profile, c.requirement);
      const check = c.check?.[0];
      const where = c.evidence[0]
        ? `line ${c.evidence[0].range.start.line + 1}: “${truncate(c.evidence[0].text, 80)}”`
        : check
          ? `check line ${check.range.start.line + 1}, which may give it in other words: “${truncate(check.text, 80)}”`
          : (c.lookedFor ?? '');
      const status = `${c.status === 'partial' ? `partial: ${absentText(c)}` : c.status}${c.by === 'model' ? ' (read by the model: check the line)' : ''}`;
      lines.push(`| ${mdCell(c.requirement + (req ? ` (${req.summary})` : ''))} | ${c.obligation} | ${mdCell(status)} | ${mdCell(c.article)} | ${mdCell(where)} |`);
    }
    lines.push('');
  }
  if (!summaries.length) lines.push('No requirement profile is active for this file.');
  return { isPolicy, summaries, markdown: lines.join('\n') + '\n' };
}
