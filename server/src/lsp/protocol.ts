// The names and shapes the client and the server agree on beyond LSP itself: custom requests,
// client-side commands, settings, initialization options. Plain data only: the client bundles
// this file too, so it imports nothing.

/** Client command that inserts a snippet (a fix or a clause) at a place in a document. */
export const INSERT_SNIPPET_COMMAND = 'policywright.insertSnippet';
/** Client command that shows the coverage report of a document (code lens, palette). */
export const SHOW_COVERAGE_COMMAND = 'policywright.showCoverage';
/** Client command: quick pick of clauses, then insert one. */
export const INSERT_CLAUSE_COMMAND = 'policywright.insertClause';
/** The code action kind of fix-all: `"editor.codeActionsOnSave": {"source.fixAll.policywright": "explicit"}`. */
export const FIX_ALL_KIND = 'source.fixAll.policywright';

/** Arguments of INSERT_SNIPPET_COMMAND. The document version guards against stale edits. */
export interface InsertSnippetArgs {
  uri: string;
  version: number | null;
  /** Where the snippet goes (a zero-length range inserts). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** Snippet syntax: $1, ${2:name}, $0. */
  snippet: string;
  /** Plain edits of the same fix, applied first (rare; most fixes are one insertion). */
  otherEdits?: { range: InsertSnippetArgs['range']; newText: string }[];
}

export interface ClauseSummary {
  id: string;
  title: string;
  /** Requirement ids the clause satisfies. */
  requirements: string[];
  language: string;
  /** 'user' when it comes from a folder in `policywright.clauseFolders` (theirs win). */
  origin: 'builtin' | 'user';
  /** True when the document is missing one of the clause's requirements. */
  fillsGap?: boolean;
}

export const LIST_CLAUSES_REQUEST = 'policywright/listClauses';
export interface ListClausesParams {
  uri: string;
}
export interface ListClausesResult {
  clauses: ClauseSummary[];
}

export const INSERT_CLAUSE_REQUEST = 'policywright/insertClause';
export interface InsertClauseParams {
  uri: string;
  clauseId: string;
}
/** Where and what to insert; the client runs INSERT_SNIPPET_COMMAND with it. */
export type InsertClauseResult = InsertSnippetArgs;

export const COVERAGE_REQUEST = 'policywright/coverage';
export interface CoverageParams {
  uri: string;
}
export interface CoverageSummary {
  profile: string;
  law: string;
  present: number;
  total: number;
}
export interface CoverageResult {
  isPolicy: boolean;
  summaries: CoverageSummary[];
  /** The whole report as Markdown, for any editor to show. */
  markdown: string;
}

/** `policywright.*` settings, read per resource. */
export interface Settings {
  profiles: string[];
  rules: Record<string, unknown>;
  clauseFolders: string[];
  files: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  profiles: ['uk-gdpr'],
  rules: {},
  clauseFolders: [],
  files: ['**/PRIVACY.md', '**/privacy*.md'],
};

/** initializationOptions our VS Code client sends; other editors may send none of it. */
export interface InitOptions {
  /** file: URI of the folder holding the rules' docs pages (`<id>.md`). */
  docsBaseUrl?: string;
  /** The client can run INSERT_SNIPPET_COMMAND; otherwise snippet fixes become plain edits. */
  snippetCommand?: boolean;
  /** Milliseconds to wait after the last edit before checking. Default 200. */
  debounceMs?: number;
  /** Run checks in a worker thread (default true). */
  worker?: boolean;
  /** Settings for clients that do not answer workspace/configuration. */
  settings?: Partial<Settings>;
}
