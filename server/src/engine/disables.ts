// Inline disables, so an author can silence one finding without turning a rule off:
//   <!-- policywright-disable duplicate-block -->  …  <!-- policywright-enable -->
//   <!-- policywright-disable-next-line placeholder -->
//   <!-- policywright-disable required-info:dpo-contact -->   (one requirement only)
// With no rule named, every rule is silenced. A `rule:requirement` entry silences that
// requirement in the whole document wherever the comment stands (missing-item findings sit on
// the title, not where the author would put the comment). `input` cannot be silenced.
import type { PolicyDocument } from './document.js';
import type { Diagnostic } from './types.js';

export interface Region {
  from: number; // first line (0-based, inclusive)
  to: number; // last line (inclusive)
  rules: string[] | null; // null: all rules; entries may be "rule" or "rule:requirement"
  except?: string[]; // with rules null: the rules enabled again since
}

const DIRECTIVE = /^policywright-(disable-next-line|disable|enable)\b\s*([\s\S]*)$/;

export function disabledRegions(doc: PolicyDocument): Region[] {
  const regions: Region[] = [];
  const open: Region[] = [];
  const last = doc.lines.lineCount - 1;
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const rules = m[2]
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    const line = doc.lines.positionAt(c.span.end).line;
    if (m[1] === 'disable-next-line') {
      let next = line + 1;
      while (next <= last && doc.text.slice(doc.lines.starts[next], doc.lines.lineEnd(next)).trim() === '') next++;
      regions.push({ from: next, to: next, rules: rules.length ? rules : null });
    } else if (m[1] === 'disable') {
      const whole = rules.filter((x) => x.includes(':'));
      if (whole.length) regions.push({ from: 0, to: last, rules: whole });
      const ranged = rules.filter((x) => !x.includes(':'));
      if (whole.length && !ranged.length) continue;
      const r: Region = { from: line, to: last, rules: ranged.length ? ranged : null };
      regions.push(r);
      open.push(r);
    } else {
      // enable: with no rule named, close every open region. Naming rules ends their silence
      // only: a region that also silenced others goes on for those, from this line.
      for (let i = open.length - 1; i >= 0; i--) {
        const r = open[i];
        const touched = !rules.length || r.rules === null || r.rules.some((x) => rules.includes(x));
        if (!touched) continue;
        r.to = line;
        open.splice(i, 1);
        if (!rules.length) continue;
        const rest: Region =
          r.rules === null
            ? { from: line, to: last, rules: null, except: [...(r.except ?? []), ...rules] }
            : { from: line, to: last, rules: r.rules.filter((x) => !rules.includes(x)) };
        if (rest.rules === null || rest.rules.length) {
          regions.push(rest);
          open.push(rest);
        }
      }
    }
  }
  return regions;
}

/** Whether a finding at its place is silenced by the regions (`input` never is). */
export function isDisabled(regions: readonly Region[], d: Pick<Diagnostic, 'rule' | 'requirement' | 'range'>): boolean {
  if (d.rule === 'input') return false;
  const line = d.range.start.line;
  return regions.some(
    (r) =>
      line >= r.from &&
      line <= r.to &&
      (r.rules === null ? !r.except?.includes(d.rule) : r.rules.includes(d.rule) || (d.requirement !== undefined && r.rules.includes(`${d.rule}:${d.requirement}`))),
  );
}

export function applyDisables(doc: PolicyDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  const regions = disabledRegions(doc);
  if (!regions.length) return diagnostics;
  return diagnostics.filter((d) => !isDisabled(regions, d));
}
