// What the server keeps of one check of one document version: the findings and coverage from
// check(), plus the parts of the document model that editor features read (sections,
// placeholders, variables). Plain data, so that a worker thread can compute it and post it back.
import { declaredOf, summarisePolicy, type PolicySummary } from '../engine/workspace.js';
import { check } from '../engine/check.js';
import { ChunkedParser } from './incremental-parse.js';
import type { CheckConfig, Coverage, Diagnostic, Range } from '../engine/types.js';

export interface SectionInfo {
  title: string;
  depth: number;
  /** From the heading to the next heading. */
  range: Range;
  /** The heading itself. */
  headingRange: Range;
  /** The last line of the section that is not blank. */
  lastLine: number;
}

export interface PlaceholderInfo {
  name: string;
  range: Range;
  nameRange: Range;
  closed: boolean;
}

export interface Analysis {
  language: string;
  profiles: string[];
  diagnostics: Diagnostic[];
  coverage: Coverage[];
  sections: SectionInfo[];
  placeholders: PlaceholderInfo[];
  /** Front matter `variables:`, as text. */
  variables: Record<string, string>;
  /** Scalar fields of the front matter's `policy:` mapping, as text. */
  policyFields: Record<string, string>;
  frontMatterRange?: Range;
  /** Milliseconds check() took. */
  elapsedMs: number;
  /**
   * What the set-level rules compare with the other open policies (policy-set.ts); null when the
   * check was asked not to summarise (a policy with no neighbour, see `analyze`).
   */
  summary?: PolicySummary | null;
  /** What its front matter declares of its family, with or without a summary. */
  declared?: PolicySummary['declared'];
}

/** One chunk cache per document (the last few documents checked). */
const parsers = new Map<string, ChunkedParser>();

function parserFor(key: string): ChunkedParser {
  let p = parsers.get(key);
  if (p) parsers.delete(key);
  else p = new ChunkedParser(2);
  parsers.set(key, p); // most recent last
  if (parsers.size > 20) parsers.delete(parsers.keys().next().value as string);
  return p;
}

/** Drop the chunk cache of a document (closed): what it held was kept until twenty other documents had been checked. */
export function forgetDocument(key: string): void {
  parsers.delete(key);
}

/**
 * Check a document; `key` (its URI) lets the next check of it reuse the unchanged chunks' parse.
 * `summarise: false` skips the set pass's summary (a policy alone: a few per cent of an edit).
 */
export function analyze(text: string, config: CheckConfig, key?: string, summarise = true, found?: (diagnostics: Diagnostic[]) => void): Analysis {
  const t0 = performance.now();
  const parser = key ? parserFor(key) : undefined;
  const result = parser ? parser.round(() => check(text, config, parser.parse)) : check(text, config);
  // The findings as soon as they are made (the check worker compares them with its last list,
  // `FindingWriter`, and keeps that list's equal objects): before the summary and the sections,
  // whose work would otherwise carry the new copies into V8's old generation.
  found?.(result.diagnostics);
  const doc = result.document;
  const analysis: Analysis = {
    language: result.language,
    profiles: result.profiles,
    diagnostics: result.diagnostics,
    coverage: result.coverage,
    sections: [],
    placeholders: [],
    variables: {},
    policyFields: {},
    elapsedMs: 0,
  };
  if (doc) {
    // The summary first (the most work): the parts made after it are dropped while young when
    // they equal the last check's (scheduler.ts `PartWriter`).
    const range = (s: { start: number; end: number }) => doc.lines.range(s);
    if (doc.frontMatter.span) analysis.frontMatterRange = range(doc.frontMatter.span);
    analysis.declared = declaredOf(doc);
    analysis.summary = summarise ? summarisePolicy(doc, result.coverage) : null;
    for (const s of doc.sections) {
      if (!s.heading) continue;
      let end = s.span.end;
      while (end > s.span.start && /\s/.test(text[end - 1])) end--;
      analysis.sections.push({ title: s.title, depth: s.depth, range: range(s.span), headingRange: range(s.heading.span), lastLine: doc.lines.positionAt(end).line });
    }
    analysis.placeholders = doc.placeholders.map((p) => ({ name: p.name, range: range(p.span), nameRange: range(p.nameSpan), closed: p.closed }));
    analysis.variables = { ...doc.frontMatter.variables };
    const policy = doc.frontMatter.data.policy;
    if (policy && typeof policy === 'object' && !Array.isArray(policy)) {
      for (const [k, v] of Object.entries(policy as Record<string, unknown>)) {
        if (typeof v === 'string' || typeof v === 'number') analysis.policyFields[k] = String(v);
        else if (v instanceof Date) analysis.policyFields[k] = v.toISOString().slice(0, 10);
      }
    }
  }
  analysis.elapsedMs = performance.now() - t0;
  return analysis;
}

/**
 * What is kept of a neighbour's check (a file on disk, never shown): what the set pass compares
 * (its summary; its findings, which set rules read for their places and requirements) and the
 * family lens counts (coverage), without the editor's parts or the findings' fixes. The check
 * worker makes it before replying for a document that is not open (no `key`), so a neighbour's
 * fixes, sections and placeholders are never written out and copied to the server's thread.
 */
export function forNeighbour(a: Analysis): Analysis {
  return {
    ...a,
    diagnostics: a.diagnostics.map(({ fixes: _fixes, ...d }) => d),
    sections: [],
    placeholders: [],
    variables: {},
    policyFields: {},
  };
}
