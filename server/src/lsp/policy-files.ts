// Which open documents are privacy policies. On any other Markdown or text the server stays
// silent (vale-vscode#111: errors in workspaces that never opted in). A policy is a `*.policy.md`
// file, a file whose front matter has a `policy:` key, or a file matching `policywright.files`.
import picomatch from 'picomatch';
import { hasPolicyFrontMatter } from '../engine/policy-files.js';

export { hasPolicyFrontMatter };

/** The decoded path of a URI (`file:///a/b%20c.md` → `/a/b c.md`); '' when it has none. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return '';
  }
}

const matchers = new Map<string, (p: string) => boolean>();

function matcher(patterns: string[]): (p: string) => boolean {
  const key = JSON.stringify(patterns);
  let m = matchers.get(key);
  if (!m) {
    m = patterns.length ? picomatch(patterns, { dot: true }) : () => false;
    if (matchers.size > 50) matchers.clear();
    matchers.set(key, m);
  }
  return m;
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

export function isPolicyDocument(uri: string, text: string, patterns: string[], workspaceFolders: string[]): boolean {
  const path = uriPath(uri);
  if (/\.policy\.md$/i.test(path)) return true;
  if (hasPolicyFrontMatter(text)) return true;
  if (!path) return false;
  const m = matcher(patterns);
  return candidatePaths(uri, workspaceFolders).some((p) => m(p));
}
