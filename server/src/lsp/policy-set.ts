// The language server's family model: the open policies read as a set. Each policy's own check
// (the scheduler's, per document) is kept as it is; after a policy is checked again, the set pass
// (engine/set-check.ts) runs over the summaries of the open policies — no document is parsed or
// checked again — and only the policies whose set-level findings changed are published again.
// A policy alone is in no family and gets its own findings only; its check may skip the summary
// (null), and when a second policy joins, `unsummarised` names the policies to check again with one.
import { checkSet } from '../engine/set-check.js';
import type { Family, PolicySummary } from '../engine/workspace.js';
import type { CheckConfig, Diagnostic } from '../engine/types.js';

interface Member {
  /** Null: checked alone, without a summary; compared with no one until checked again. */
  summary: PolicySummary | null;
  /** The policy's own findings, from its check. */
  own: Diagnostic[];
  config: CheckConfig;
  /** Its findings with the set's, as last published. */
  merged: Diagnostic[];
}

export class PolicySet {
  private members = new Map<string, Member>();
  private families: Family[] = [];

  /**
   * A policy was checked (or closed: `summary` undefined; checked without a summary: null).
   * Returns every policy whose findings changed, with its findings to publish; the checked one is
   * always among them.
   */
  update(uri: string, own: Diagnostic[] | undefined, summary: PolicySummary | null | undefined, config: CheckConfig): Map<string, Diagnostic[]> {
    if (own && summary !== undefined) this.members.set(uri, { summary, own, config, merged: this.members.get(uri)?.merged ?? own });
    else this.members.delete(uri);
    // Each member's own findings in a new array (the set's are added to it; a finding it completes
    // is replaced by a copy, set-check.ts), the findings themselves shared with its check.
    const inputs = [...this.members].map(([path, m]) => ({ path, summary: m.summary, diagnostics: [...m.own], config: m.config }));
    const compared = inputs.filter((i): i is (typeof i & { summary: PolicySummary }) => i.summary !== null);
    this.families = compared.length > 1 ? checkSet(compared).families : [];
    const out = new Map<string, Diagnostic[]>();
    for (const i of inputs) {
      const m = this.members.get(i.path)!;
      const changed = i.path === uri || !sameFindings(i.diagnostics, m.merged);
      m.merged = i.diagnostics;
      if (changed) out.set(i.path, i.diagnostics);
    }
    return out;
  }

  familyOf(uri: string): Family | undefined {
    return this.families.find((f) => f.members.some((m) => m.path === uri));
  }

  has(uri: string): boolean {
    return this.members.has(uri);
  }

  /** Whether a policy other than `uri` is in the set. */
  hasOtherThan(uri: string): boolean {
    for (const u of this.members.keys()) if (u !== uri) return true;
    return false;
  }

  /** The policies checked without a summary while the set holds more than one: to be checked again. */
  unsummarised(): string[] {
    if (this.members.size < 2) return [];
    return [...this.members].filter(([, m]) => m.summary === null).map(([u]) => u);
  }
}

/**
 * Whether two lists of findings say the same. A policy's own findings are the same objects from
 * one update to the next until it is checked again, so most pairs compare by identity; only the
 * set's findings (new objects at each update) are compared by content. Linear in the findings,
 * and it serialises only the set's few, not every member's every finding at every keystroke.
 */
export function sameFindings(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  return true;
}
