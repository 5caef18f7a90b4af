// The language server's family model: the open policies read as a set. Each policy's own check
// (the scheduler's, per document) is kept as it is; after a policy is checked again, the set pass
// (engine/set-check.ts) runs over the summaries of the open policies — no document is parsed or
// checked again — and only the policies whose set-level findings changed are published again.
// A policy alone is in no family and gets its own findings only.
import { checkSet } from '../engine/set-check.js';
import type { Family, PolicySummary } from '../engine/workspace.js';
import type { CheckConfig, Diagnostic } from '../engine/types.js';

interface Member {
  summary: PolicySummary;
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
   * A policy was checked (or closed: `summary` undefined). Returns every policy whose findings
   * changed, with its findings to publish; the checked one is always among them.
   */
  update(uri: string, own: Diagnostic[] | undefined, summary: PolicySummary | undefined, config: CheckConfig): Map<string, Diagnostic[]> {
    if (own && summary) this.members.set(uri, { summary, own, config, merged: this.members.get(uri)?.merged ?? own });
    else this.members.delete(uri);
    const inputs = [...this.members].map(([path, m]) => ({ path, summary: m.summary, diagnostics: m.own.map((d) => ({ ...d, ...(d.related ? { related: [...d.related] } : {}) })), config: m.config }));
    this.families = inputs.length > 1 ? checkSet(inputs).families : [];
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
}
