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
    const inputs = [...this.members].map(([path, m]) => ({ path, summary: m.summary, diagnostics: m.own.map((d) => ({ ...d, ...(d.related ? { related: [...d.related] } : {}) })), config: m.config }));
    const compared = inputs.filter((i): i is (typeof i & { summary: PolicySummary }) => i.summary !== null);
    this.families = compared.length > 1 ? checkSet(compared).families : [];
    const out = new Map<string, Diagnostic[]>();
    for (const i of inputs) {
      const m = this.members.get(i.path)!;
      const changed = JSON.stringify(i.diagnostics) !== JSON.stringify(m.merged);
      m.merged = i.diagnostics;
      if (changed || i.path === uri) out.set(i.path, i.diagnostics);
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
