// The set-level rule interface: rules that read several policies at once (a translation against
// its original, one client's policy against another's). A per-document rule (rule.ts) sees one
// parsed document; a set rule sees the summaries of every policy of the set (workspace.ts) and
// the findings each policy's own check produced, and reports places as ranges in a named file.
import type { Family, PolicySummary } from './workspace.js';
import type { Diagnostic, Fix, Range, Related, RuleMeta, Severity } from './types.js';

export interface SetPolicy {
  /** The file as the host names it (a relative path in the CLI, a URI in the editor). */
  path: string;
  summary: PolicySummary;
  /** What the policy's own check found (read them; amend them only through `report`). */
  diagnostics: readonly Diagnostic[];
}

export interface SetReport {
  /** The file the finding is in. */
  path: string;
  range: Range;
  message: string;
  severity?: Severity;
  requirement?: string;
  /** Places in this file (no path) or in another (path). */
  related?: Related[];
  fixes?: Fix[];
  data?: Record<string, unknown>;
  /**
   * A finding the policy's own check already made that this one completes (the same leftover
   * name, now known to be another policy's controller): its message gains `message`, its related
   * information gains `related`, and no new finding is added.
   */
  amends?: Diagnostic;
}

export interface SetContext {
  policies: SetPolicy[];
  families: Family[];
  /** The family of a policy, by path. */
  familyOf: Map<string, Family>;
  report(r: SetReport): void;
}

export interface SetRule {
  /**
   * The rule's metadata. A set rule may carry the metadata of the per-document rule whose id it
   * reports under (`entity-mismatch` across files): its docs page is that rule's.
   */
  meta: RuleMeta;
  check(ctx: SetContext): void;
}
