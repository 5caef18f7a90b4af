// The set-level pass of `policywright check` over several files: after the per-file checks (on
// threads, each returning its policy's summary), the families are found and the set rules
// add their findings to the files' results (engine/set-check.ts). The stylish output lists the families.
import { checkSet } from '../engine/set-check.js';
import type { Family, PolicySummary } from '../engine/workspace.js';
import type { CheckConfig } from '../engine/types.js';
import type { FileReport } from './format.js';

export interface SetMember {
  report: FileReport;
  summary?: PolicySummary;
  config: CheckConfig;
}

/** Run the set rules over the reports that have a summary; returns the families found. */
export function runSetPass(members: SetMember[]): Family[] {
  const inputs = members.filter((m) => m.summary).map((m) => ({ path: m.report.path, summary: m.summary!, diagnostics: m.report.result.diagnostics, config: m.config }));
  if (inputs.length < 2) return [];
  return checkSet(inputs).families;
}

const ROLE: Record<string, string> = { original: 'original', translation: 'translation', older: 'older version', member: 'member' };

/** "Families: docs/privacy (inferred): docs/privacy.md (original, en), docs/privacy.nl.md (translation, nl)". */
export function familiesText(families: Family[]): string {
  if (!families.length) return '';
  const lines = [`${families.length} ${families.length === 1 ? 'family' : 'families'} of policies found:`];
  for (const f of families) {
    lines.push(`  ${f.id} (${f.how})`);
    for (const m of f.members) lines.push(`    ${m.path}  ${ROLE[m.role]}, ${m.language}`);
  }
  return lines.join('\n') + '\n\n';
}
