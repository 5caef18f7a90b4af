// Which open documents are privacy policies. On any other Markdown or text the server stays
// silent (vale-vscode#111: errors in workspaces that never opted in). A policy is a `*.policy.md`
// file, a file whose front matter has a `policy:` key, or a file matching `policywright.files`.
import { hasPolicyFrontMatter, isPolicyPath } from '../engine/policy-files.js';

export { hasPolicyFrontMatter };

/** The decoded path of a URI (`file:///a/b%20c.md` → `/a/b c.md`), for matching globs; '' when it has none. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return '';
  }
}

/**
 * The paths a pattern may match: the path relative to each workspace folder holding the file,
 * and the absolute path without its leading slash (so `**\/PRIVACY.md` matches anywhere).
 */
function candidatePaths(uri: string, workspaceFolders: string[]): string[] {
  const path = uriPath(uri);
  if (!path) return [];
  const out: string[] = [];
  for (const f of workspaceFolders) {
    const root = uriPath(f).replace(/\/$/, '');
    if (root && path.startsWith(root + '/')) out.push(path.slice(root.length + 1));
  }
  out.push(path.replace(/^\//, ''));
  return out;
}

/** The same test as the command line's (engine/policy-files.ts), on the paths a pattern may match. */
export function isPolicyDocument(uri: string, text: string, patterns: string[], workspaceFolders: string[]): boolean {
  if (hasPolicyFrontMatter(text)) return true;
  return candidatePaths(uri, workspaceFolders).some((p) => isPolicyPath(p, patterns));
}
