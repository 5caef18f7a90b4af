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

/**
 * Who a value or a name belongs to, for "another policy's" look-ups in linear time. Under each
 * key (a domain, a phone number, a name's first word), owners are grouped by what decides whether
 * they count for a policy asking (`group`: their controller's words; whether they are the asking
 * policy's own controller depends on nothing else), and a group keeps two: its first policy and
 * the first of another family than that one's. Whatever the policy asking, when any of a group
 * is of another family than the asker's, one of those two is. A set of many policies of one
 * controller (a group's thousand app policies, each naming its own domain) is then not scanned
 * again for each of them (it was: 16,000 policies took 24 s of CPU in the set pass).
 */
export class Owners<T extends { policy: SetPolicy }> {
  private readonly byKey = new Map<string, Map<string, T[]>>();
  private readonly all = new Map<string, Set<SetPolicy>>();

  constructor(private readonly familyOf: Map<string, Family>) {}

  add(key: string, group: string, entry: T): void {
    let groups = this.byKey.get(key);
    if (!groups) this.byKey.set(key, (groups = new Map()));
    const list = groups.get(group);
    if (!list) groups.set(group, [entry]);
    else if (list.length === 1 && entry.policy !== list[0].policy) {
      const first = this.familyOf.get(list[0].policy.path);
      if (!first || this.familyOf.get(entry.policy.path) !== first) list.push(entry);
    }
    let all = this.all.get(key);
    if (!all) this.all.set(key, (all = new Set()));
    all.add(entry.policy);
  }

  /** Whether the policy is among the owners of the key. */
  owns(key: string, policy: SetPolicy): boolean {
    return this.all.get(key)?.has(policy) ?? false;
  }

  /** How many groups own the key. */
  groups(key: string): number {
    return this.byKey.get(key)?.size ?? 0;
  }

  /** The owners kept under the key, in the order they were added, group by group. */
  *of(key: string): Generator<T> {
    for (const list of this.byKey.get(key)?.values() ?? []) yield* list;
  }
}

/** A key of a policy's controller's names (its `group` in `Owners`). */
export function controllerKey(p: SetPolicy): string {
  return (p.summary.controller?.words ?? []).map((w) => w.join(' ')).join('\u0001');
}
