// The rule authoring interface: what check() hands a rule, and what a rule is. It sits above the
// document model and the clause library (a rule reads both), so it is not among the ground-floor
// shapes of types.ts.
import type { PolicyDocument } from './document.js';
import type { ClauseLibrary } from './clauses.js';
import type { Coverage, Report, RuleMeta } from './types.js';

export interface RuleContext {
  doc: PolicyDocument;
  options: Record<string, unknown>;
  report(r: Report): void;
  /** Profiles in force for this document. */
  profiles: string[];
  /** Coverage computed once by check(), shared so rules need not recompute it. */
  coverage: Coverage[];
  /** The clause library for fixes that insert clauses. */
  clauses?: ClauseLibrary;
  /** Today's date, ISO ("2026-11-22"): CheckConfig.now, or the current date. */
  now?: string;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
