// The limit of findings listed per rule and document, shared by the check (check.ts) and the set
// pass (set-check.ts), and the count that stands for the findings past it.
import type { Diagnostic, Severity } from './types.js';

/**
 * At most this many findings of one rule are listed per document; the rest are counted in one
 * finding of that rule, at the first one not listed (`capFindings`). A real policy gives at most a
 * few hundred of one rule; a template of nothing but blanks gave 50,000 (27 MB of JSON, and as many
 * squiggles for the editor to draw), which say no more than the first thousand and the count.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** What a counting finding of `capFindings` carries in its `data`. */
export interface NotListed {
  /** How many findings of the rule are not listed. */
  notListed: number;
  /** The most listed of one rule per document. */
  limit: number;
  /** How many of those not listed have each severity (for totals that count the real findings). */
  severities: Partial<Record<Severity, number>>;
}

/** The count a finding made by `capFindings` carries; undefined for every other finding. */
export function notListedOf(d: Diagnostic): NotListed | undefined {
  const x = d.data as Partial<NotListed> | undefined;
  return x && typeof x.notListed === 'number' && typeof x.limit === 'number' ? (x as NotListed) : undefined;
}

/**
 * Findings in document order with at most `max` of each rule: the first `max` of a rule are kept,
 * and the next one gives way to a finding of the same rule that says how many more there are, as
 * severe as the most severe of them (so the exit code and the Problems panel's counts of errors
 * stay true). The same for the command line and the editor: both get their findings from here.
 * A list already capped may be capped again after findings were added (the set pass adds its own
 * to each policy's): a counting finding already there stands for its findings, and any finding of
 * its rule after it is counted with them; an unchanged list is returned as it was.
 */
export function capFindings(diagnostics: Diagnostic[], max = MAX_FINDINGS_PER_RULE): Diagnostic[] {
  interface Tally {
    listed: number;
    /** The first finding not listed (a counting finding, or the one past `max`). */
    cut?: Diagnostic;
    more: number;
    severities: Partial<Record<Severity, number>>;
    /** Findings counted besides a counting finding that was already there. */
    folded: number;
  }
  const tallies = new Map<string, Tally>();
  const count = (t: Tally, severity: Severity, n: number) => {
    t.more += n;
    t.severities[severity] = (t.severities[severity] ?? 0) + n;
  };
  let cut = false;
  for (const d of diagnostics) {
    let t = tallies.get(d.rule);
    if (!t) tallies.set(d.rule, (t = { listed: 0, more: 0, severities: {}, folded: 0 }));
    const counted = notListedOf(d);
    if (!t.cut && !counted && ++t.listed <= max) continue;
    if (!t.cut) {
      t.cut = d;
      cut = true;
    }
    if (counted) for (const [sev, n] of Object.entries(counted.severities ?? { [d.severity]: counted.notListed })) count(t, sev as Severity, n ?? 0);
    else count(t, d.severity, 1);
    if (!(counted && t.cut === d)) t.folded++;
  }
  // Nothing past the limit, or only counting findings with nothing new to count: the same list.
  if (!cut || [...tallies.values()].every((t) => !t.cut || (notListedOf(t.cut) && !t.folded && notListedOf(t.cut)!.limit === max))) return diagnostics;
  const out: Diagnostic[] = [];
  const past = new Set<Tally>();
  for (const d of diagnostics) {
    const t = tallies.get(d.rule)!;
    if (past.has(t)) continue;
    if (d !== t.cut) out.push(d);
    else {
      past.add(t);
      const worst = (Object.keys(t.severities) as Severity[]).sort((a, b) => RANK[a] - RANK[b])[0];
      const data: NotListed = { notListed: t.more, limit: max, severities: t.severities };
      out.push({
        rule: d.rule,
        severity: worst,
        message: `${t.more.toLocaleString('en')} more ${d.rule} findings from here on are not listed: at most ${max.toLocaleString('en')} of one rule are listed per document. Fix the ones listed (or turn the rule off for this file) and check again to see the rest.`,
        range: d.range,
        data: data as unknown as Record<string, unknown>,
        ...(d.docs ? { docs: d.docs } : {}),
      });
    }
  }
  return out;
}
