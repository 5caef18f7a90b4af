// The one place where findings become LSP: diagnostics (code = rule id, linked to its docs page,
// related places, and a `data` payload that code actions read back instead of re-checking) and
// fixes (workspace edits, quick fixes, fix-all). A diagnostic's fixes stay on the server
// (`Published`): its `data` says only where the finding stands in the list published, so the
// fixes are not written out at every publish (at 1 MB they were a third of a 1.8 MB message,
// serialised on the server's thread at each keystroke) nor copied to the client.
//
// Snippet fixes (a clause template with tab stops): LSP 3.17 code actions carry plain text edits
// only, so for a fix marked `snippet: true` the code action carries a command instead,
// INSERT_SNIPPET_COMMAND, that our VS Code client runs to insert a SnippetString at the place.
// Clients that cannot run it (other editors; `initializationOptions.snippetCommand` unset) get a
// plain edit with the tab stops replaced by their default text.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Diagnostic, Fix, Range, Severity, TextEdit } from '../engine/types.js';
import { notListedOf } from '../engine/cap.js';
import { FIX_ALL_KIND, INSERT_SNIPPET_COMMAND, type InsertSnippetArgs } from './protocol.js';

export const SOURCE = 'policywright';

/** What a diagnostic carries for code actions and hover. */
export interface DiagnosticData {
  /** The document version the finding (and its fixes' ranges) belongs to. */
  version: number;
  /** A finding with fixes: its place in the list published for `version` (the fixes are the server's, `Published`). */
  at?: number;
  requirement?: string;
  /** The rule's own payload. */
  payload?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Each finding's related places as LSP has them, by the finding (and the document's URI they were
 * made for): a finding the check worker found again is the same object at the next check
 * (scheduler.ts `FindingReader`), and its places were made again at every publish, two objects
 * each (at 1 MB entity-mismatch's 565 findings list up to 107 places each). Shared between the
 * lists published, never changed.
 */
const relatedMade = new WeakMap<Diagnostic, { uri: string; related: NonNullable<LspDiagnostic['relatedInformation']> }>();

function relatedOf(d: Diagnostic, uri: string): NonNullable<LspDiagnostic['relatedInformation']> {
  const made = relatedMade.get(d);
  if (made && made.uri === uri) return made.related;
  const related = d.related!.map((r) => ({ location: { uri: r.path ?? uri, range: r.range }, message: r.message }));
  relatedMade.set(d, { uri, related });
  return related;
}

/** `at`: the finding's place in the list published (see DiagnosticData). */
export function toLspDiagnostic(d: Diagnostic, uri: string, version: number, at: number): LspDiagnostic {
  const data: DiagnosticData = { version };
  if (d.fixes?.length) data.at = at;
  if (d.requirement) data.requirement = d.requirement;
  if (d.data) data.payload = d.data;
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.rule,
    source: SOURCE,
    message: d.message,
    data,
  };
  if (d.docs) out.codeDescription = { href: d.docs };
  if (d.related?.length) out.relatedInformation = relatedOf(d, uri);
  // A copy of a paragraph is text the author will delete: VS Code fades it.
  if (d.rule === 'duplicate-block') out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

export function toLspDiagnostics(ds: Diagnostic[], uri: string, version: number): LspDiagnostic[] {
  return ds.map((d, i) => toLspDiagnostic(d, uri, version, i));
}

/** How many lists of findings are kept per document: the last one published, and a few before it that a code action sent meanwhile may still name. */
const KEEP_PUBLISHED = 4;

/**
 * The lists of findings last published for each document (by `toLspDiagnostics`), for code
 * actions to find the fixes of the diagnostics the client sends back.
 */
export class Published {
  private lists = new Map<string, { version: number; findings: Diagnostic[] }[]>();

  /** `findings` were published for `uri` at `version`. */
  record(uri: string, version: number, findings: Diagnostic[]): void {
    const lists = this.lists.get(uri) ?? [];
    lists.push({ version, findings });
    if (lists.length > KEEP_PUBLISHED) lists.shift();
    this.lists.set(uri, lists);
  }

  forget(uri: string): void {
    this.lists.delete(uri);
  }

  /** The fixes of a diagnostic the client sent back, with the version they belong to; none when it is not ours, has none, or its list is no longer held. */
  fixesOf(uri: string, d: LspDiagnostic): { version: number; fixes: Fix[] } | undefined {
    if (d.source !== SOURCE) return undefined;
    const data = dataOf(d);
    if (typeof data?.at !== 'number') return undefined;
    const lists = this.lists.get(uri) ?? [];
    // Newest first: the same version may be published again (the set pass), its list changed.
    for (let i = lists.length - 1; i >= 0; i--) {
      if (lists[i].version !== data.version) continue;
      const f = lists[i].findings[data.at];
      // The place too: two findings of one rule and message (entity-mismatch) may swap places when
      // the same version is published again, and each one's fixes edit its own range.
      if (f && f.rule === d.code && f.message === d.message && sameRange(f.range, d.range) && f.fixes?.length) return { version: data.version, fixes: f.fixes };
    }
    return undefined;
  }
}

const sameRange = (a: Diagnostic['range'], b: LspDiagnostic['range']): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function dataOf(d: LspDiagnostic): DiagnosticData | undefined {
  const x = d.data as DiagnosticData | undefined;
  return x && typeof x === 'object' && typeof x.version === 'number' ? x : undefined;
}

/** A versioned edit: the client refuses it if the document changed since the check. */
export function fixToWorkspaceEdit(fix: Fix, uri: string, version: number | null, plain = false): WorkspaceEdit {
  const edits: LspTextEdit[] = fix.edits.map((e) => ({ range: e.range, newText: fix.snippet || plain ? snippetToPlain(e.newText) : e.newText }));
  return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), edits)] };
}

export interface ActionOptions {
  /** The client runs INSERT_SNIPPET_COMMAND (our VS Code client says so at initialize). */
  snippetCommand: boolean;
}

/** Quick fixes for the diagnostics the client sends back (their fixes found by their `data`). */
export function quickFixes(uri: string, diagnostics: LspDiagnostic[], opts: ActionOptions, published: Published): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const found = published.fixesOf(uri, d);
    if (!found) continue;
    for (const fix of found.fixes) actions.push(fixToCodeAction(fix, uri, found.version, d, opts));
  }
  return actions;
}

export function fixToCodeAction(fix: Fix, uri: string, version: number, diagnostic: LspDiagnostic | undefined, opts: ActionOptions): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.snippet && opts.snippetCommand && fix.edits.length) {
    action.command = { title: fix.title, command: INSERT_SNIPPET_COMMAND, arguments: [snippetArgs(fix, uri, version)] };
  } else {
    action.edit = fixToWorkspaceEdit(fix, uri, version);
  }
  return action;
}

/** The snippet goes where the fix's last edit goes; any other edits are applied as plain text first. */
export function snippetArgs(fix: Fix, uri: string, version: number | null): InsertSnippetArgs {
  const sorted = [...fix.edits].sort((a, b) => compareRange(a.range, b.range));
  const last = sorted[sorted.length - 1];
  const args: InsertSnippetArgs = { uri, version, range: last.range, snippet: last.newText };
  if (sorted.length > 1) args.otherEdits = sorted.slice(0, -1).map((e) => ({ range: e.range, newText: snippetToPlain(e.newText) }));
  return args;
}

/**
 * `source.fixAll.policywright`: every finding's preferred (else first) fix of kind 'fix' —
 * never a suggestion — skipping any that overlaps one already taken. Past the limit of findings
 * per rule (engine/cap.ts) only the listed findings have fixes: the title says how many more of
 * those rules come after a check of the fixed text.
 */
export function fixAll(uri: string, version: number, diagnostics: Diagnostic[]): CodeAction | undefined {
  const chosen: Fix[] = [];
  const fixed = new Set<string>();
  for (const d of diagnostics) {
    const safe = (d.fixes ?? []).filter((f) => f.kind === 'fix');
    const fix = safe.find((f) => f.isPreferred) ?? safe[0];
    if (fix && fix.edits.length) {
      chosen.push(fix);
      fixed.add(d.rule);
    }
  }
  const edits = nonOverlapping(chosen);
  if (!edits.length) return undefined;
  let more = 0;
  for (const d of diagnostics) if (fixed.has(d.rule)) more += notListedOf(d)?.notListed ?? 0;
  return {
    title: more
      ? `Fix all listed Policywright findings that have a safe fix (${more.toLocaleString('en')} more of ${[...fixed].filter((r) => diagnostics.some((d) => d.rule === r && notListedOf(d))).join(', ')} are past the limit per rule: fix all again after the re-check)`
      : 'Fix all Policywright findings that have a safe fix',
    kind: FIX_ALL_KIND,
    edit: { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), edits.map((e) => ({ range: e.range, newText: e.newText })))] },
  };
}

/** The edits of the fixes, whole fixes at a time, dropping a fix that overlaps an earlier one. */
export function nonOverlapping(fixes: Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const edits = fix.edits.map((e) => (fix.snippet ? { range: e.range, newText: snippetToPlain(e.newText) } : e));
    if (edits.some((e) => taken.some((t) => overlaps(e.range, t.range)))) continue;
    taken.push(...edits);
  }
  return taken.sort((a, b) => compareRange(a.range, b.range));
}

function comparePos(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

export function compareRange(a: Range, b: Range): number {
  return comparePos(a.start, b.start) || comparePos(a.end, b.end);
}

/** Two edits conflict when their ranges share text, or both insert at the same point. */
export function overlaps(a: Range, b: Range): boolean {
  if (comparePos(a.start, b.start) === 0) return true;
  return comparePos(a.start, b.end) < 0 && comparePos(b.start, a.end) < 0;
}

export function rangeContains(r: Range, p: Range['start']): boolean {
  return comparePos(r.start, p) <= 0 && comparePos(p, r.end) <= 0;
}

/**
 * Snippet text as plain text: `${1:name}` becomes `name`, `$1`/`${1}`/`$0` disappear, choices
 * `${1|a,b|}` become their first choice, `\$` `\}` `\\` become the character.
 */
export function snippetToPlain(s: string): string {
  let out = '';
  let i = 0;
  const parse = (stopAtBrace: boolean): string => {
    let acc = '';
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && i + 1 < s.length && '$}\\,|'.includes(s[i + 1])) {
        acc += s[i + 1];
        i += 2;
      } else if (stopAtBrace && c === '}') {
        return acc;
      } else if (c === '$' && /[0-9]/.test(s[i + 1] ?? '')) {
        i++;
        while (/[0-9]/.test(s[i] ?? '')) i++;
      } else if (c === '$' && s[i + 1] === '{' && /[0-9]/.test(s[i + 2] ?? '')) {
        i += 2;
        while (/[0-9]/.test(s[i] ?? '')) i++;
        if (s[i] === ':') {
          i++;
          acc += parse(true);
          i++; // the closing brace
        } else if (s[i] === '|') {
          const end = s.indexOf('|}', i + 1);
          const choices = end < 0 ? '' : s.slice(i + 1, end);
          acc += choices.split(',')[0] ?? '';
          i = end < 0 ? s.length : end + 2;
        } else if (s[i] === '}') {
          i++;
        }
      } else {
        acc += c;
        i++;
      }
    }
    return acc;
  };
  out = parse(false);
  return out;
}
