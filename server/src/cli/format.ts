// Output formats of `policywright check`. JSON is a contract other tools read (DESIGN.md):
// change it only by adding fields.
import type { CheckResult, Coverage, Diagnostic, Range, RuleMeta, Severity } from '../engine/types.js';
import { notListedOf, type NotListed } from '../engine/cap.js';
import { PROFILES } from '../engine/data.js';
import type { Family } from '../engine/workspace.js';

export interface FileReport {
  path: string;
  result: CheckResult;
  /** This file's part of the JSON output, made on the thread that checked it (`encodedFileJson`). */
  json?: EncodedFileJson;
}

/** `toJson`'s text of one file, in UTF-8, with where each finding's part of it lies. */
export interface EncodedFileJson {
  bytes: Uint8Array;
  /** Byte offsets: where the findings' list opens (after its `[`), each finding's start and end, and where the list closes (its `]`). */
  cuts: number[];
  /** The findings as they were when the text was made: a finding still among the file's, the same object, is that part of the text. */
  diagnostics: readonly Diagnostic[];
}

/** `toJson` of several reports, the files' parts as they come (a file's own `json`, else made here). */
export function toJson(reports: FileReport[], families: Family[] = []): string {
  const decoder = new TextDecoder();
  return [...jsonChunks(reports, families)].map((c) => (typeof c === 'string' ? c : decoder.decode(c))).join('');
}

/** Indents: a file object's members, a finding's. */
const IN_FILE = '\n      ';
const IN_LIST = '\n        ';

/** `value` stringified with an indent of 2 as it stands `depth` arrays deep: what JSON.stringify of the whole writes there (JSON strings hold no raw line breaks). */
function nestedJson(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const whole = JSON.stringify(wrapped, null, 2);
  let open = 0;
  for (let i = 1; i <= depth; i++) open += 2 + 2 * i;
  return whole.slice(open, whole.length - open + depth * 2);
}

/** One file's object in the JSON output, split around its findings: the text before the list's contents, each finding's, and the text from the list's close. */
function fileJsonParts({ path, result }: FileReport, diagnostics: readonly Diagnostic[] = result.diagnostics): { head: string; items: string[]; tail: string } {
  const file = { path, language: result.language, profiles: result.profiles, diagnostics: [], coverage: result.coverage.map(jsonCoverage) };
  // The file as it stands in the output (`{"files": [file]}`: two arrays deep, as far as its indent goes).
  const whole = nestedJson(file, 2);
  const at = whole.indexOf(`${IN_FILE}"diagnostics": []`) + IN_FILE.length + '"diagnostics": ['.length;
  return { head: whole.slice(0, at), items: diagnostics.map((d) => nestedJson(jsonDiagnostic(d), 4)), tail: whole.slice(at) };
}

function joinParts(head: string, items: string[], tail: string): string {
  return items.length ? `${head}${IN_LIST}${items.join(`,${IN_LIST}`)}${IN_FILE}${tail}` : head + tail;
}

/** One file's object in the JSON output, as it stands there (indented to the depth of the files array). */
export function fileJson(report: FileReport): string {
  const { head, items, tail } = fileJsonParts(report);
  return joinParts(head, items, tail);
}

/** `fileJson` in UTF-8, with where its findings lie, so that a finding the set pass adds or completes changes only its own part. */
export function encodedFileJson(report: FileReport): EncodedFileJson {
  const { head, items, tail } = fileJsonParts(report);
  const cuts: number[] = [];
  let at = Buffer.byteLength(head);
  cuts.push(at);
  for (let i = 0; i < items.length; i++) {
    at += Buffer.byteLength(IN_LIST) + (i ? 1 : 0);
    cuts.push(at);
    at += Buffer.byteLength(items[i]);
    cuts.push(at);
  }
  if (items.length) at += Buffer.byteLength(IN_FILE);
  cuts.push(at);
  return { bytes: new TextEncoder().encode(joinParts(head, items, tail)), cuts, diagnostics: [...report.result.diagnostics] };
}

/**
 * A file's part of the output: its own bytes, or, when its findings changed since they were made,
 * those parts of them that still hold and the rest made here, joined as bytes (a folder's set pass
 * adds to or completes most files' findings: decoding each file's parts to text, joining them and
 * encoding the whole again on the main thread was most of its work after the checks).
 */
function filePart(report: FileReport): string | Uint8Array {
  const { json } = report;
  if (!json) return fileJson(report);
  const now = report.result.diagnostics;
  if (now.length === json.diagnostics.length && now.every((d, i) => d === json.diagnostics[i])) return json.bytes;
  const { bytes, cuts } = json;
  const made = new Map(json.diagnostics.map((d, i) => [d, i]));
  const parts: Uint8Array[] = [bytes.subarray(0, cuts[0])];
  now.forEach((d, k) => {
    const i = made.get(d);
    parts.push(Buffer.from(k ? `,${IN_LIST}` : IN_LIST), i === undefined ? Buffer.from(nestedJson(jsonDiagnostic(d), 4)) : bytes.subarray(cuts[1 + 2 * i], cuts[2 + 2 * i]));
  });
  if (now.length) parts.push(Buffer.from(IN_FILE));
  parts.push(bytes.subarray(cuts[cuts.length - 1]));
  return Buffer.concat(parts);
}

/**
 * The JSON output in pieces, one per file (what `toJson` joins), so that the command line writes
 * each file's part as it goes instead of holding the whole text of a large run at once. The same
 * bytes as JSON.stringify of the whole with an indent of 2. A file's part made already where it
 * was checked (`FileReport.json`) comes as those bytes.
 */
export function* jsonChunks(reports: FileReport[], families: Family[] = []): Generator<string | Uint8Array> {
  const indent = (json: string, by: string) => json.replace(/\n/g, '\n' + by);
  if (!reports.length) yield '{\n  "files": []';
  else {
    yield '{\n  "files": [\n';
    for (let i = 0; i < reports.length; i++) {
      const part = filePart(reports[i]);
      const after = i < reports.length - 1 ? ',\n' : '\n';
      if (typeof part === 'string') yield `    ${part}${after}`;
      else {
        yield '    ';
        yield part;
        yield after;
      }
    }
    yield '  ]';
  }
  if (families.length) yield `,\n  "families": ${indent(JSON.stringify(families, null, 2), '  ')}`;
  yield '\n}';
}

function jsonDiagnostic(d: Diagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    range: d.range,
    ...(d.requirement ? { requirement: d.requirement } : {}),
    ...(absentOf(d) ? { absent: absentOf(d) } : {}),
    ...(d.related?.length ? { related: d.related } : {}),
    ...(d.fixes?.length ? { fixes: d.fixes.map((f) => ({ title: f.title, kind: f.kind, edits: f.edits })) } : {}),
    ...notListedFields(d),
  };
}

/**
 * The finding that stands for the findings of its rule past the limit per document: how many are
 * not listed, the limit, and how many of them have each severity (an addition to the contract).
 */
function notListedFields(d: Diagnostic): { notListed?: number; limit?: number; notListedBySeverity?: NotListed['severities'] } {
  const n = notListedOf(d);
  return n ? { notListed: n.notListed, limit: n.limit, notListedBySeverity: n.severities } : {};
}

/** A partly given item's finding: the ids of its absent elements. */
function absentOf(d: Diagnostic): string[] | undefined {
  const a = d.data?.absent;
  return Array.isArray(a) && a.length ? (a as string[]) : undefined;
}

function jsonCoverage(c: Coverage) {
  return {
    requirement: c.requirement,
    profile: c.profile,
    status: c.status,
    obligation: c.obligation,
    article: c.article,
    evidence: c.evidence,
    ...(c.status === 'partial' ? { absent: c.absent ?? [] } : {}),
    ...(c.check?.length ? { check: c.check } : {}),
    ...(c.by ? { by: c.by } : {}),
  };
}

// ---- stylish --------------------------------------------------------------------------------

export interface Style {
  color: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const;

function paint(style: Style, code: keyof typeof ANSI, s: string): string {
  return style.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s;
}

const SEVERITY_COLOR: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };
const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** eslint-style: one block per file, one line per finding, a total at the end. */
export function toStylish(reports: FileReport[], style: Style): string {
  return [...stylishChunks(reports, style)].join('');
}

/** The stylish output in pieces, one per file and the totals (what `toStylish` joins). */
export function* stylishChunks(reports: FileReport[], style: Style): Generator<string> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { path, result } of reports) {
    const out: string[] = [];
    out.push(paint(style, 'underline', path));
    const summary = coverageSummary(result);
    if (summary) out.push(paint(style, 'gray', `  ${summary}`));
    const rows = result.diagnostics.map((d) => {
      // The finding that counts those past the limit is no finding itself: the total counts them.
      const counted = notListedOf(d);
      if (counted) for (const [sev, k] of Object.entries(counted.severities ?? { [d.severity]: counted.notListed })) totals[sev as Severity] += k ?? 0;
      else totals[d.severity]++;
      return [`${d.range.start.line + 1}:${d.range.start.character + 1}`, SEVERITY_WORD[d.severity], d.message, d.rule + (d.requirement ? `:${d.requirement}` : ''), d] as const;
    });
    const w0 = Math.max(0, ...rows.map((r) => r[0].length));
    const w1 = Math.max(0, ...rows.map((r) => r[1].length));
    for (const [pos, sev, msg, rule, d] of rows) {
      out.push(`  ${paint(style, 'gray', pos.padEnd(w0))}  ${paint(style, SEVERITY_COLOR[d.severity], sev.padEnd(w1))}  ${msg}  ${paint(style, 'gray', rule)}`);
      for (const r of d.related ?? []) out.push(`  ${' '.repeat(w0)}  ${' '.repeat(w1)}    ${paint(style, 'gray', `${r.path ? `${r.path}:` : ''}${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`)}`);
    }
    if (!rows.length) out.push(`  ${paint(style, 'green', 'no findings')}`);
    yield out.join('\n') + '\n\n';
  }
  const n = totals.error + totals.warning + totals.information + totals.hint;
  const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`, `${totals.information} info`];
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'} checked`;
  yield paint(style, 'bold', n ? `${n} finding${n === 1 ? '' : 's'} (${parts.join(', ')}) in ${files}` : `No findings in ${files}`) + '\n';
}

/** "UK GDPR: 17 of 20 required items present, 2 partly given" for each profile. */
export function coverageSummary(result: CheckResult): string {
  const parts: string[] = [];
  for (const profile of result.profiles) {
    const items = result.coverage.filter((c) => c.profile === profile && c.obligation !== 'recommended' && c.status !== 'not-applicable');
    if (!items.length) continue;
    const present = items.filter((c) => c.status === 'present').length;
    const partial = items.filter((c) => c.status === 'partial').length;
    parts.push(`${PROFILES[profile]?.title ?? profile}: ${present} of ${items.length} required items present${partial ? `, ${partial} partly given` : ''}`);
  }
  return parts.join('; ') + (parts.length ? ` (language: ${result.language})` : '');
}

// ---- SARIF 2.1.0, for code-scanning services ------------------------------------------------

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  /** Base URL of the rules' docs pages; help links are left out without it. */
  docsUrl?: string;
  rules: RuleMeta[];
  /** file:// URI of the folder the paths are relative to (ends with /). */
  rootUri: string;
}

export function toSarif(reports: FileReport[], opts: SarifOptions): string {
  const index = new Map(opts.rules.map((r, i) => [r.id, i]));
  const region = (r: Range) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  const uri = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');
  const results = reports.flatMap(({ path, result }) =>
    result.diagnostics.map((d) => {
      const location = { physicalLocation: { artifactLocation: { uri: uri(path), uriBaseId: '%SRCROOT%' }, region: region(d.range) } };
      return {
        ruleId: d.rule,
        ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [location],
        ...(d.related?.length
          ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: uri(r.path ?? path), uriBaseId: '%SRCROOT%' }, region: region(r.range) } })) }
          : {}),
        ...(d.requirement || notListedOf(d) ? { properties: { ...(d.requirement ? { requirement: d.requirement } : {}), ...(absentOf(d) ? { absent: absentOf(d) } : {}), ...notListedFields(d) } } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Policywright',
            version: opts.version,
            ...(opts.docsUrl ? { informationUri: opts.docsUrl } : {}),
            rules: opts.rules.map((m) => ({
              id: m.id,
              name: m.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              ...(opts.docsUrl ? { helpUri: `${opts.docsUrl.replace(/\/$/, '')}/${m.id}.md` } : {}),
              help: { text: m.description, markdown: m.docs },
              defaultConfiguration: { level: SARIF_LEVEL[m.defaultSeverity] },
              properties: { tags: ['privacy'], fixable: m.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: opts.rootUri } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
