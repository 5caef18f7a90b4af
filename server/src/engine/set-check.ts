// checkSet(): the set-level pass over policies already checked one by one. It finds the families
// (workspace.ts) and runs the set rules (rules/index.ts SET_RULES) over the policies' summaries,
// adding their findings to each policy's own. Linear in the number of policies: values and
// names are looked up in indexes, and only a family's members are compared with each other.
import { SET_RULES } from './rules/index.js';
import { ruleSetting } from './check.js';
import { capFindings } from './cap.js';
import { isDisabled } from './disables.js';
import { findFamilies, type Family, type PolicySummary } from './workspace.js';
import type { SetPolicy, SetReport } from './set-rule.js';
import type { CheckConfig, Diagnostic, Severity } from './types.js';

export interface SetInput {
  path: string;
  summary: PolicySummary;
  /**
   * The policy's own findings: the set's findings are added to this array, and a finding the set
   * completes is replaced in it by a completed copy (the objects given are never changed).
   */
  diagnostics: Diagnostic[];
  config?: CheckConfig;
}

export interface SetOutcome {
  families: Family[];
  /** How many findings the set pass added or completed, by path. */
  added: Map<string, number>;
}

export function checkSet(inputs: SetInput[]): SetOutcome {
  const families = findFamilies(inputs);
  const familyOf = new Map<string, Family>();
  for (const f of families) for (const m of f.members) familyOf.set(m.path, f);
  const byPath = new Map(inputs.map((i) => [i.path, i]));
  const policies: SetPolicy[] = inputs.map((i) => ({ path: i.path, summary: i.summary, diagnostics: i.diagnostics }));
  const added = new Map<string, number>();
  const touched = new Set<SetInput>();
  const amended = new Map<Diagnostic, Diagnostic>();
  for (const rule of SET_RULES) {
    const reports: SetReport[] = [];
    try {
      rule.check({ policies, families, familyOf, report: (r) => reports.push(r) });
    } catch (e) {
      const first = inputs[0];
      first?.diagnostics.push({ rule: rule.meta.id, severity: 'information', message: `Internal error in the set-level part of rule ${rule.meta.id}: ${(e as Error).message}. Please report it.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
      continue;
    }
    for (const r of reports) {
      const target = byPath.get(r.path);
      if (!target) continue;
      const config = target.config ?? {};
      const { severity } = ruleSetting(config, rule.meta.id, rule.meta.defaultSeverity);
      if (severity === 'off') continue;
      // The policy's own `policywright-disable` comments silence set findings as they do its own.
      if (target.summary.disabled && isDisabled(target.summary.disabled, { rule: rule.meta.id, requirement: r.requirement, range: r.range })) continue;
      added.set(r.path, (added.get(r.path) ?? 0) + 1);
      touched.add(target);
      if (r.amends) {
        // Amended on a copy put in its place: the finding itself may be the one a host keeps as
        // the policy's own check (the language server passes its own findings, not a deep copy).
        let d = amended.get(r.amends);
        if (!d) {
          d = { ...r.amends };
          const at = target.diagnostics.indexOf(r.amends);
          if (at >= 0) target.diagnostics[at] = d;
          amended.set(r.amends, d).set(d, d);
        }
        if (!d.message.includes(r.message.trim())) d.message += r.message;
        d.related = [...(d.related ?? []), ...(r.related ?? [])];
        d.data = { ...(d.data ?? {}), ...(r.data ?? {}) };
        continue;
      }
      const set = config.rules?.[rule.meta.id];
      const configured = typeof set === 'string' || (!!set && typeof set === 'object' && typeof (set as { severity?: unknown }).severity === 'string');
      const d: Diagnostic = { rule: rule.meta.id, severity: configured ? (severity as Severity) : r.severity ?? severity, message: r.message, range: r.range };
      if (r.requirement) d.requirement = r.requirement;
      if (r.related?.length) d.related = r.related;
      if (r.fixes?.length) d.fixes = r.fixes;
      if (r.data) d.data = r.data;
      if (config.docsBaseUrl) d.docs = `${config.docsBaseUrl.replace(/\/$/, '')}/${d.rule}.md`;
      target.diagnostics.push(d);
    }
  }
  for (const t of touched) {
    t.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    // The limit of findings per rule holds for the set's findings too (check.ts capFindings).
    const capped = capFindings(t.diagnostics);
    if (capped !== t.diagnostics) t.diagnostics.splice(0, t.diagnostics.length, ...capped);
  }
  return { families, added };
}
