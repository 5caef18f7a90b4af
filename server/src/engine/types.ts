// The shapes shared by the whole checking library and its adapters. Positions follow LSP:
// 0-based lines and UTF-16 characters. Inside the library, places are offsets into the text
// (a Span); they become Ranges only at the edge, in check().

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open [start, end) offsets into the document text (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * A fix computed by the checker. `kind: 'fix'` is safe to apply without looking (fix-all may
 * apply it); `kind: 'suggestion'` is for the author to choose. `snippet` marks newText as a
 * snippet with tab stops ($1, ${2:name}).
 */
export interface Fix {
  title: string;
  kind: 'fix' | 'suggestion';
  edits: TextEdit[];
  isPreferred?: boolean;
  snippet?: boolean;
}

export interface Related {
  range: Range;
  message: string;
  /** Set-level findings: the other file the place is in (as the host named it); absent: this file. */
  path?: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  requirement?: string;
  related?: Related[];
  fixes?: Fix[];
  /** Link to the rule's docs page. */
  docs?: string;
  /** Rule-specific payload that editors read back (e.g. the duplicate's first copy). */
  data?: Record<string, unknown>;
}

export interface Evidence {
  range: Range;
  text: string;
}

/**
 * `present`: the text gives the item. `partial`: it addresses the item but an element the law
 * names is absent (`absent` lists the element ids: retention with no period or criteria,
 * transfers with no safeguard); it counts as not given. `missing`: nothing gives it.
 * `not-applicable`: declared so in the front matter.
 */
export type CoverageStatus = 'present' | 'partial' | 'missing' | 'not-applicable';
export type Obligation = 'mandatory' | 'conditional' | 'recommended';

export interface Coverage {
  requirement: string;
  profile: string;
  status: CoverageStatus;
  obligation: Obligation;
  article: string;
  evidence: Evidence[];
  /** For a missing item: what the checker looked for, in words. */
  lookedFor?: string;
  /** For a partial item: the ids of the absent elements (the profile's `elements`). */
  absent?: string[];
  /**
   * For a missing conditional item whose condition the text says does not hold ("we have not
   * appointed a data protection officer"): those sentences. They give the reader nothing of the item
   * (`absenceGives: false` in the profile); the author can declare it not applicable.
   */
  stated?: Evidence[];
  /**
   * "Check this line": where the statistical model disagrees with the cues (coverage-check.ts). On
   * a `missing` item, a sentence that may give it after all; on a `present` item, its deciding
   * sentence, which may not. The status stays the cues'.
   */
  check?: Evidence[];
  /**
   * `"model"`: the cues found nothing, and the statistical model read the item as given at its
   * evidence sentence (coverage-check.ts, `raiseMissing`); `check` points at the same line.
   */
  by?: 'model';
}

export interface CheckResult {
  language: string;
  profiles: string[];
  diagnostics: Diagnostic[];
  coverage: Coverage[];
}

/** The text of one clause file, and where it came from (a path, or `builtin:en/retention.md`). */
export interface ClauseSource {
  source: string;
  origin: string;
}

export interface CheckConfig {
  /** Profiles to apply when the document's front matter names none. Default ['uk-gdpr']. */
  defaultProfiles?: string[];
  /** Profiles that override the front matter (the command line's --profile). */
  profiles?: string[];
  /** Per-rule severity or 'off', and options. */
  rules?: Record<string, RuleSetting>;
  /** Base URL of the rules' docs pages. */
  docsBaseUrl?: string;
  /**
   * The user's own clause files (read by the host from its clause folders); they win over the
   * built-in ones. Plain data, so a config can cross to a worker thread.
   */
  clauseSources?: ClauseSource[];
  /**
   * Today's date (ISO, "2026-11-22") for checks that depend on it (a California policy must be
   * updated at least once every 12 months). Default: the current date. Tests pass a fixed one.
   */
  now?: string;
  /**
   * The coverage report holds only these requirements (computeCoverage's `only`: the same entries
   * as a whole report, each read with only what it needs). A rule that reads coverage still gets the
   * whole report, made when it first asks. For a caller that asks about one item (the coverage tests).
   */
  coverageOnly?: string[];
}

// ---- rule authoring -------------------------------------------------------------------------

/** What a rule reports: places as spans; check() turns them into ranges. */
export interface SpanFix {
  title: string;
  kind: 'fix' | 'suggestion';
  edits: { span: Span; newText: string }[];
  isPreferred?: boolean;
  snippet?: boolean;
}

export interface Report {
  span: Span;
  message: string;
  severity?: Severity;
  requirement?: string;
  related?: { span: Span; message: string }[];
  fixes?: SpanFix[];
  data?: Record<string, unknown>;
}

export interface RuleMeta {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  defaultSeverity: Severity;
  /** Does it offer safe fixes (fix-all)? */
  fixable: boolean;
  /** Does it offer suggestions (author's choice)? */
  hasSuggestions: boolean;
  /** Markdown for the docs page: why it matters, what it catches, what it leaves alone. */
  docs: string;
  /** JSON schema of the rule's options, for settings and .policywright.json. */
  options?: Record<string, unknown>;
  /** A seed or example where the rule fires, for the docs page. */
  examples?: { bad: string; good?: string; note?: string }[];
}
