// Where an export goes by default: next to the policy, named after it with the format's
// extension. Pure and import-free: the command line and the VS Code client both use it.

const POLICY_EXTENSIONS = /(\.policy)?\.(md|markdown|txt|text|html?|docx)$/i;

/**
 * The output's file name for an input's file name and a suffix: `privacy.policy.md` + `.html` →
 * `privacy.html`. Never the input's own name: `privacy.md` + `.md` → `privacy.resolved.md`.
 */
export function exportName(inputName: string, suffix: string): string {
  const base = inputName.replace(POLICY_EXTENSIONS, '') || inputName;
  const out = base + suffix;
  return out === inputName ? `${base}.resolved${suffix}` : out;
}
