// check(): the one entry point that the language server, the command line and the tests call.
// It parses, computes requirement coverage once, runs every enabled rule, and turns the rules'
// spans into LSP-style ranges.
import type { Root } from 'mdast';
import { parseDocument, type PolicyDocument } from './document.js';
import { computeCoverage } from './coverage.js';
import { RULES } from './rules/index.js';
import { PROFILES } from './data.js';
import { decodeBytes, type LineIndex } from './text.js';
import { applyDisables } from './disables.js';
import { ClauseLibrary, defaultLibrary, type ClauseSource } from './clauses.js';
import type { CheckConfig, CheckResult, Diagnostic, Fix, Range, Report, RuleMeta, Severity, Span, SpanFix, TextEdit } from './types.js';
import { capFindings } from './cap.js';

export { capFindings, MAX_FINDINGS_PER_RULE, notListedOf, type NotListed } from './cap.js';

const SEVERITIES: string[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Documents larger than this are not parsed: we say so, with the size, rather than hang. */
export const MAX_CHECK_CHARS = 8 * 1024 * 1024;

/** The pseudo-rule under which problems with the input itself are reported. */
export const INPUT_RULE = 'input';

/** Metadata of the `input` pseudo-rule, for its docs page. It cannot be turned off. */
export const INPUT_META: RuleMeta = {
  id: INPUT_RULE,
  description: 'The file itself cannot be read as a policy: empty, binary, not UTF-8, too large, broken front matter, an unclosed placeholder, an unknown profile.',
  defaultSeverity: 'error',
  fixable: false,
  hasSuggestions: false,
  docs: [
    'Before any rule runs, Policywright reads the file. When something stops it from reading the file as',
    'the author meant it, it says so here, at the place where it went wrong, instead of failing silently:',
    '',
    '- **Binary files** (a NUL byte in the first 8 KB) and **UTF-16** files are not checked.',
    '- **Invalid UTF-8** is read with replacement characters and reported at the first bad byte.',
    '- **Very large files** (over 8 million characters (about 8 MB)) are not parsed; the message gives the size.',
    '- **Front matter** that is not valid YAML, is never closed, or has fields of the wrong type',
    '  (`policy.profiles` must be a list of names).',
    '- **Placeholders** opened with `{{` but not closed on the same line.',
    '- **Runs without a space** longer than 256 characters in the text (not in code): no word is that',
    '  long; the checks read only the run\'s first 256 characters (a warning; not for a web address).',
    '- **Profiles** that do not exist.',
    '- **Empty files** (no policy text, front matter at most): one finding, and no rule runs.',
    '',
    'The rest of the document is still checked where it can be.',
  ].join('\n'),
};

export interface FullCheckResult extends CheckResult {
  document?: PolicyDocument;
  /** The input could not be read as text at all (binary, over the size limit): nothing was checked. */
  unreadable?: true;
}

export function resolveProfiles(doc: PolicyDocument | undefined, config: CheckConfig): string[] {
  return config.profiles ?? doc?.frontMatter.policy.profiles ?? config.defaultProfiles ?? ['uk-gdpr'];
}

export function ruleSetting(config: CheckConfig, id: string, defaultSeverity: Severity): { severity: Severity | 'off'; options: Record<string, unknown> } {
  // Settings come from editors and files: anything that is not a known severity or an object
  // of one is ignored rather than trusted (a `null` must not stop every check).
  const s: unknown = config.rules?.[id];
  const known = (v: unknown): v is Severity | 'off' => typeof v === 'string' && SEVERITIES.includes(v);
  if (known(s)) return { severity: s, options: {} };
  if (s && typeof s === 'object' && !Array.isArray(s)) {
    const o = s as { severity?: unknown; options?: unknown };
    const options = o.options && typeof o.options === 'object' && !Array.isArray(o.options) ? (o.options as Record<string, unknown>) : {};
    return { severity: known(o.severity) ? o.severity : defaultSeverity, options };
  }
  return { severity: defaultSeverity, options: {} };
}

/** Check file bytes: decoding problems become findings, binary files are not parsed. */
export function checkBytes(bytes: Uint8Array, config: CheckConfig = {}): FullCheckResult {
  const decoded = decodeBytes(bytes);
  if (decoded.problem?.kind === 'binary') {
    const p = decoded.problem.position;
    return {
      language: 'und',
      profiles: resolveProfiles(undefined, config),
      diagnostics: [{ rule: INPUT_RULE, severity: 'error', message: decoded.problem.message, range: { start: p, end: p } }],
      coverage: [],
      unreadable: true,
    };
  }
  const result = check(decoded.text, config);
  if (decoded.problem) {
    const p = decoded.problem.position;
    result.diagnostics.unshift({ rule: INPUT_RULE, severity: 'warning', message: decoded.problem.message, range: { start: p, end: { line: p.line, character: p.character + 1 } } });
  }
  return result;
}

/** `parse` may replace remark's parse with one giving the same tree faster (the server's chunk cache). */
export function check(text: string, config: CheckConfig = {}, parse?: (text: string) => Root): FullCheckResult {
  if (text.length > MAX_CHECK_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return {
      language: 'und',
      profiles: resolveProfiles(undefined, config),
      diagnostics: [
        {
          rule: INPUT_RULE,
          severity: 'error',
          message: `This file has ${mb} million characters, more than the ${MAX_CHECK_CHARS / 1024 / 1024} million Policywright checks; a privacy policy is rarely over 1 million. Split it, or check the policy part alone.`,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ],
      coverage: [],
      unreadable: true,
    };
  }
  let doc: PolicyDocument;
  try {
    doc = parseDocument(text, parse);
  } catch (e) {
    // A bug in reading must not take down the editor or a CI run: say so, where it can be seen.
    return {
      language: 'und',
      profiles: resolveProfiles(undefined, config),
      diagnostics: [{ rule: INPUT_RULE, severity: 'error', message: `Internal error while reading this document: ${(e as Error).message}. Please report it with the file.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      coverage: [],
    };
  }
  return checkDocument(doc, config);
}

/**
 * What the last check's findings were made of (their ranges, their related places, their fixes'
 * edits), for the next check to give out again where it makes an equal one: an edit moves the
 * lines and characters of few findings, so most of a check's ranges and places are the last
 * one's, already in V8's old generation, instead of new objects that lived to the end of the
 * check and were moved there at every check of a large policy (at 1 MB, 6,900 range conversions
 * for 1,400 places, and some 3,800 related places). They are plain data that nothing changes once
 * made; what another document's check left is only equal or not. Only the last check's are kept.
 */
let lastParts = newParts();
function newParts() {
  return { ranges: new Map<number, Some<Range>>(), places: new Map<Range, Some<Pair>>(), fixes: new Map<TextEdit | string, Some<Fix>>() };
}
type Pair = { range: Range; message: string } | { range: Range; newText: string };
/** One value, or a list of them when there are several under one key (rare: a list for each key was most of what the memo kept). */
type Some<T> = T | T[];

function findIn<T extends object>(some: Some<T> | undefined, same: (x: T) => boolean): T | undefined {
  if (some === undefined) return undefined;
  if (!Array.isArray(some)) return same(some) ? some : undefined;
  return some.find(same);
}

function addTo<K, T extends object>(map: Map<K, Some<T>>, key: K, x: T): void {
  const some = map.get(key);
  if (some === undefined) map.set(key, x);
  else if (Array.isArray(some)) some.push(x);
  else map.set(key, [some, x]);
}

/** The ranges of one check (`lines.range`), and its related places and edits, one object for equal ones, this check's or the last check's (`lastParts`). */
function partsFor(lines: LineIndex) {
  const last = lastParts;
  const made = (lastParts = newParts());
  const { starts } = lines;
  const range = (s: Span): Range => {
    const from = lines.clamp(s.start);
    const to = lines.clamp(s.end);
    const l0 = lines.lineAt(from);
    const c0 = from - starts[l0];
    const l1 = lines.lineAt(to);
    const c1 = to - starts[l1];
    // At most 8 Mi characters (MAX_CHECK_CHARS): a line or a character below 2^23.
    const key = l0 * 0x1000000 + c0;
    const same = (r: Range) => r.end.line === l1 && r.end.character === c1;
    let r = findIn(made.ranges.get(key), same);
    if (r) return r;
    r = findIn(last.ranges.get(key), same) ?? { start: { line: l0, character: c0 }, end: { line: l1, character: c1 } };
    addTo(made.ranges, key, r);
    return r;
  };
  /** A range with a text under `field` (a related place's message, an edit's new text). */
  function pair<P extends Pair>(span: Span, field: 'message' | 'newText', text: string): P {
    const r = range(span);
    const same = (p: Pair) => field in p && (p as Record<string, unknown>)[field] === text;
    let p = findIn(made.places.get(r), same);
    if (p) return p as P;
    p = findIn(last.places.get(r), same) ?? ({ range: r, [field]: text } as Pair);
    addTo(made.places, r, p);
    return p as P;
  }
  /** A fix of these edits (each this check's or the last one's object): the last check's equal fix, or a new one. */
  function fix(title: string, kind: Fix['kind'], edits: TextEdit[], isPreferred: boolean, snippet: boolean): Fix {
    const same = (f: Fix) => f.title === title && f.kind === kind && !!f.isPreferred === isPreferred && !!f.snippet === snippet && f.edits.length === edits.length && f.edits.every((e, i) => e === edits[i]);
    // Keyed by the first edit's object (one per place and text), not by the title: hundreds of fixes share one title
    // ("Replace with …" in a long policy) and a list under it would be scanned at each.
    const key = edits[0] ?? title;
    let f = findIn(made.fixes.get(key), same);
    if (f) return f;
    f = findIn(last.fixes.get(key), same) ?? { title, kind, edits, ...(isPreferred ? { isPreferred: true } : {}), ...(snippet ? { snippet: true } : {}) };
    addTo(made.fixes, key, f);
    return f;
  }
  return {
    range,
    fix,
    related: (span: Span, message: string) => pair<{ range: Range; message: string }>(span, 'message', message),
    edit: (span: Span, newText: string) => pair<{ range: Range; newText: string }>(span, 'newText', newText),
  };
}

export function checkDocument(doc: PolicyDocument, config: CheckConfig = {}): FullCheckResult {
  const diagnostics: Diagnostic[] = [];
  const parts = partsFor(doc.lines);
  const { range } = parts;
  for (const p of doc.problems) diagnostics.push({ rule: INPUT_RULE, severity: p.severity, message: p.message, range: range(p.span) });

  const requested = resolveProfiles(doc, config);
  // A file with no policy text gets one finding that says so, not one "missing" per requirement.
  if (!doc.blocks.some((b) => b.kind !== 'code' && b.kind !== 'html' && b.text.trim())) {
    const at = doc.frontMatter.span ? range({ start: doc.frontMatter.span.end, end: doc.frontMatter.span.end }) : range({ start: 0, end: 0 });
    diagnostics.push({ rule: INPUT_RULE, severity: 'error', message: doc.frontMatter.present ? 'This file has front matter but no policy text: there is nothing to check yet.' : 'This file is empty: there is no policy text to check.', range: at });
    const kept = applyDisables(doc, diagnostics);
    return { language: doc.language, profiles: requested.filter((id) => PROFILES[id]), diagnostics: kept, coverage: [], document: doc };
  }
  const profiles: string[] = [];
  for (const id of requested) {
    if (PROFILES[id]) profiles.push(id);
    else {
      const span = doc.frontMatter.span ?? { start: 0, end: 0 };
      diagnostics.push({
        rule: INPUT_RULE,
        severity: 'error',
        message: `Unknown profile "${id}". Known profiles: ${Object.keys(PROFILES).join(', ')}.`,
        range: range(span),
      });
    }
  }

  const coverage = computeCoverage(doc, profiles, { only: config.coverageOnly });
  // A rule reads the whole report, also when the caller asked for some items only (made once, at its first read).
  let whole = config.coverageOnly ? undefined : coverage;
  // The only place the engine reads the clock, and only when the host gives no date.
  const now = config.now ?? new Date().toISOString().slice(0, 10);
  // The rules' reports, turned into findings once every rule has run: a finding made at once
  // (its ranges, its related places' and fixes' ranges) lived through the later rules' work, long
  // enough to be moved to V8's old generation at every check; made last, most are copies of the
  // last check's findings that the language server's worker drops at once (scheduler.ts
  // `FindingWriter`). In the rules' order, as they were made.
  const made: (Diagnostic | { rule: string; severity: Severity; configured: boolean; reports: Report[] })[] = [];
  for (const rule of RULES) {
    const { severity, options } = ruleSetting(config, rule.meta.id, rule.meta.defaultSeverity);
    if (severity === 'off') continue;
    const reports: Report[] = [];
    try {
      rule.check({
        doc,
        options,
        profiles,
        get coverage() {
          return (whole ??= computeCoverage(doc, profiles));
        },
        now,
        clauses: libraryFor(config.clauseSources),
        report: (r) => reports.push(r),
      });
    } catch (e) {
      // One broken rule must not take the others down with it.
      made.push({
        rule: rule.meta.id,
        severity: 'information',
        message: `Internal error in rule ${rule.meta.id}: ${(e as Error).message}. Please report it.`,
        range: range({ start: 0, end: 0 }),
      });
      continue;
    }
    // A rule may choose a severity (a missing mandatory item is an error, a recommended one
    // information); configuration that sets a severity for the rule overrides it.
    const set = config.rules?.[rule.meta.id];
    const configured = typeof set === 'string' ? SEVERITIES.includes(set) : !!set && typeof set === 'object' && SEVERITIES.includes(String((set as { severity?: unknown }).severity));
    if (reports.length) made.push({ rule: rule.meta.id, severity, configured, reports });
  }
  // A fix that a rule gives several findings (entity-mismatch's "replace all", an edit per place)
  // is made once, and shared by their findings as the rule shared it.
  const fixOf = new Map<SpanFix, Fix>();
  const toFix = (f: SpanFix): Fix => {
    let x = fixOf.get(f);
    if (!x)
      fixOf.set(
        f,
        (x = parts.fix(f.title, f.kind, f.edits.map((e) => parts.edit(e.span, e.newText)), !!f.isPreferred, !!f.snippet)),
      );
    return x;
  };
  for (const m of made) {
    if (!('reports' in m)) {
      diagnostics.push(m);
      continue;
    }
    const { rule, severity, configured } = m;
    for (const r of m.reports) {
      const d: Diagnostic = {
        rule,
        severity: configured ? severity : r.severity ?? severity,
        message: r.message,
        range: range(r.span),
      };
      if (r.requirement) d.requirement = r.requirement;
      if (r.related?.length) d.related = r.related.map((x) => parts.related(x.span, x.message));
      if (r.fixes?.length) d.fixes = r.fixes.map(toFix);
      if (r.data) d.data = r.data;
      diagnostics.push(d);
    }
  }
  const kept = applyDisables(doc, diagnostics);
  // Every finding links to its rule's page, `input` included.
  if (config.docsBaseUrl) for (const d of kept) d.docs = `${config.docsBaseUrl.replace(/\/$/, '')}/${d.rule}.md`;
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { language: doc.language, profiles, diagnostics: capFindings(kept), coverage, document: doc };
}

let cachedLibrary: { key: string; library: ClauseLibrary } | undefined;

/** The clause library for a set of user clause files: parsed once while the files stay the same. */
export function libraryFor(sources: ClauseSource[] | undefined): ClauseLibrary {
  if (!sources?.length) return defaultLibrary();
  const key = sources.map((s) => `${s.origin}\u0000${s.source}`).join('\u0001');
  if (cachedLibrary?.key !== key) cachedLibrary = { key, library: new ClauseLibrary(sources) };
  return cachedLibrary.library;
}
