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
  /** Required items addressed but with an element absent (they count as not present). */
  partial: number;
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
  /**
   * The client shows Markdown files' headings in its own outline (VS Code's Markdown extension
   * does): the server then gives document symbols only for files that are not Markdown (pasted
   * plain text), so that a policy has one outline.
   */
  markdownOutline?: boolean;
  /** Settings for clients that do not answer workspace/configuration. */
  settings?: Partial<Settings>;
}

/** Client command: export the policy (quick pick, save dialog), or with ExportCommandArgs, without asking. */
export const EXPORT_COMMAND = 'policywright.export';
/** Client command: import a text, HTML or Word file as a new untitled Markdown policy. */
export const IMPORT_COMMAND = 'policywright.import';
/** Client command: write the coverage report (HTML or PDF) next to the policy. */
export const COVERAGE_REPORT_COMMAND = 'policywright.coverageReport';

export type ExportFormatId = 'html' | 'docx' | 'pdf' | 'txt' | 'md';

/** What the export quick pick offers. `extension` matches the engine's FORMAT_INFO (a test keeps them equal). */
export interface ExportChoice {
  /** The name callers pass as `format`: an ExportFormatId, or 'fragment' (HTML without the page around it). */
  id: string;
  format: ExportFormatId;
  fragment?: boolean;
  label: string;
  detail: string;
  extension: string;
}

export const EXPORT_CHOICES: ExportChoice[] = [
  { id: 'html', format: 'html', label: 'HTML page', detail: 'A standalone, accessible web page with a table of contents', extension: '.html' },
  { id: 'fragment', format: 'html', fragment: true, label: 'HTML fragment', detail: 'The policy alone, to embed in a site page', extension: '.html' },
  { id: 'docx', format: 'docx', label: 'Word document', detail: 'Heading styles, numbered lists and tables (.docx)', extension: '.docx' },
  { id: 'pdf', format: 'pdf', label: 'PDF', detail: 'Selectable text with bookmarks', extension: '.pdf' },
  { id: 'txt', format: 'txt', label: 'Plain text', detail: 'For e-mails and forms', extension: '.txt' },
  { id: 'md', format: 'md', label: 'Markdown, placeholders resolved', detail: 'Front matter dropped, {{placeholders}} filled in', extension: '.md' },
];

/**
 * Arguments of EXPORT_COMMAND for callers that want no dialogs (tests, other extensions):
 * `executeCommand('policywright.export', {uri, format: 'pdf', target: 'file:///…/policy.pdf', force: true})`.
 * Without `force`, an existing target or export problems make the command stop (and say why)
 * instead of asking; it returns the written URI as a string, or undefined when it wrote nothing.
 */
export interface ExportCommandArgs {
  /** The policy (default: the active editor's document). */
  uri?: string;
  /** An ExportChoice id: html, fragment, docx, pdf, txt, md. */
  format: string;
  /** Where to write (a URI string, or an absolute path). */
  target: string;
  /** Export even with unfilled placeholders or errors, and overwrite an existing target. */
  force?: boolean;
}

/** One thing that stands in the way of exporting (an unfilled placeholder or an error finding). */
export interface ExportProblem {
  /** 0-based. */
  line: number;
  rule: string;
  message: string;
}

export const EXPORT_REQUEST = 'policywright/export';
export interface ExportParams {
  uri: string;
  /** The document's text, for documents the server does not have open; the server's copy wins. */
  text?: string;
  format: ExportFormatId;
  fragment?: boolean;
  /** Export even when there are problems. Without it, a policy with problems gets `problems` and no `data`. */
  force?: boolean;
}
export interface ExportResult {
  problems: ExportProblem[];
  /** The file's content: UTF-8 text, or base64 of the bytes for DOCX and PDF. Absent when not exported. */
  data?: string;
  encoding?: 'utf8' | 'base64';
  /** Set when this format cannot be made where the server runs (PDF in the browser): why, and what can. */
  unavailable?: string;
}

export const REPORT_REQUEST = 'policywright/coverageReport';
export interface ReportParams {
  uri: string;
  text?: string;
  format: 'html' | 'pdf';
}
export interface ReportResult {
  data: string;
  encoding: 'utf8' | 'base64';
  /** As ExportResult's: `data` is empty then. */
  unavailable?: string;
}

export const IMPORT_REQUEST = 'policywright/import';
export interface ImportParams {
  /** The source's file name (its extension decides: .docx, .html/.htm, else text or Markdown). */
  name: string;
  /** The source's bytes, base64 (files), or */
  base64?: string;
  /** its text (an editor's). */
  text?: string;
}
export interface ImportResponse {
  markdown: string;
  /** The importer's remarks (Word styles it did not know, and the like). */
  messages: string[];
}

// ---- a policy written from answers (new-policy.ts in the engine) -------------------------------

/** Client command: the questionnaire (quick picks and input boxes), then the policy as an untitled Markdown document. */
export const NEW_POLICY_COMMAND = 'policywright.newPolicy';
/** Client command: the questionnaire again with the active policy's `policy.answers` as defaults; the regenerated sections are applied as a workspace edit. */
export const UPDATE_FROM_ANSWERS_COMMAND = 'policywright.updateFromAnswers';

/** The engine's PolicyAnswers, as plain data: what a policy is written from (its front matter keeps all of it). */
export interface PolicyAnswersData {
  profiles: string[];
  language: string;
  controller?: string;
  aliases?: string[];
  /** Question id → option id, or option ids for a question of kind `many`. */
  answers: Record<string, string | string[]>;
  /** Values for the clauses' placeholders; a list value may be typed as items separated by semicolons. */
  variables: Record<string, string>;
}

/**
 * Arguments of NEW_POLICY_COMMAND and UPDATE_FROM_ANSWERS_COMMAND for callers that want no
 * questions (tests, other extensions). Both return the document's URI as a string, or undefined.
 */
export interface NewPolicyCommandArgs {
  answers: PolicyAnswersData;
  /** Update from answers: the policy to regenerate (default: the active editor's). */
  uri?: string;
}

export interface QuestionChoice {
  id: string;
  label: string;
}

/** The questionnaire as far as the answers given so far decide it. */
export const NEW_POLICY_QUESTIONS_REQUEST = 'policywright/newPolicyQuestions';
export interface NewPolicyQuestionsParams {
  /** Whose settings and clause folders apply (a policy, or a file in the workspace); default: the first workspace folder. */
  uri?: string;
  answers: PolicyAnswersData;
  /** A policy written from answers: its answers come back as `previous` (or `problems` say why not). */
  text?: string;
}
export interface NewPolicyQuestionsResult {
  previous?: PolicyAnswersData;
  problems: string[];
  profiles: QuestionChoice[];
  /** Languages with clauses for every one of the answers' profiles. */
  languages: QuestionChoice[];
  /** The opening prompts in the answers' language (which laws and which language are asked in English). */
  start: { profiles: string; language: string; controller: string; aliases: string; list: string; skip: string };
  /** The questions that apply, given the answers so far, in order. */
  questions: { id: string; kind: 'yesno' | 'one' | 'many'; prompt: string; options: QuestionChoice[]; /** The option offered first when nothing was answered before. */ default?: string }[];
  /** The values the chosen clauses use, once every question that applies is answered. */
  values?: { name: string; prompt: string; example?: string; list: boolean }[];
}

/** The policy the answers make; with `text`, that policy regenerated from them (only what they change). */
export const NEW_POLICY_REQUEST = 'policywright/newPolicy';
export interface NewPolicyParams {
  uri?: string;
  answers: PolicyAnswersData;
  text?: string;
}
export interface NewPolicyResult {
  /** Absent when the answers cannot be used; `problems` says why. */
  text?: string;
  problems: string[];
}

// Server → client requests of the browser host (browser-host.ts): a server in a web worker has no
// file system, so it asks the client, which reads through VS Code's file-system API
// (vscode.workspace.fs) and so reaches whatever the workspace is (github.dev, vscode.dev, memfs).

/**
 * Read one file. Answers null when there is no such file. With `maxBytes`, a file larger than that
 * is not read at all: the answer gives its size instead (`tooLarge`), so a huge neighbour of a
 * policy is never carried across to the server only to be dropped there.
 */
export const READ_FILE_REQUEST = 'policywright/readFile';
export interface ReadFileParams {
  uri: string;
  maxBytes?: number;
}
export type ReadFileResult = { text: string } | { tooLarge: number } | null;

/** List a folder: its entries' names and whether each is a folder. Answers null when there is no such folder. */
export const READ_DIRECTORY_REQUEST = 'policywright/readDirectory';
export interface ReadDirectoryParams {
  uri: string;
}
export type ReadDirectoryResult = { name: string; directory: boolean }[] | null;
