// Which files are policies. Shared by the command line (searching folders) and the language
// server (deciding whether to check an open document), so both agree.
import picomatch from 'picomatch';

/** Besides `*.policy.md` and files whose front matter has `policy:`. */
export const DEFAULT_FILE_PATTERNS = ['**/PRIVACY.md', '**/privacy*.md'];

const POLICY_SUFFIX = /\.policy\.(md|markdown)$/i;

/** Does a path (relative to its root, with `/` separators) name a policy by its name alone? */
export function isPolicyPath(relPath: string, patterns: string[] = DEFAULT_FILE_PATTERNS): boolean {
  const p = relPath.replace(/\\/g, '/');
  if (POLICY_SUFFIX.test(p)) return true;
  return patterns.length > 0 && picomatch.isMatch(p, patterns, { dot: true, nocase: true, basename: false });
}

/** Does the text open with front matter that has a top-level `policy:` key? */
export function hasPolicyFrontMatter(text: string): boolean {
  const m = /^\uFEFF?---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/.exec(text.slice(0, 64 * 1024));
  return !!m && /^policy[ \t]*:/m.test(m[1]);
}
