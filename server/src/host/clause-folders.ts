// Reading the user's clause folders (`clauseFolders` in settings or `.policywright.json`): each
// holds `<lang>/*.md` like the built-in `clauses/` folder. Shared by the command line and the
// language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ClauseFile } from './clause-files.js';

export { toEngineSources, type ClauseFile } from './clause-files.js';

/**
 * Relative folders are resolved against `roots` (the workspace folders, or the folder of the
 * configuration file). A folder that cannot be read is reported through `warn` and skipped.
 */
export function readClauseFolders(folders: string[], roots: string[], warn: (m: string) => void): ClauseFile[] {
  const out: ClauseFile[] = [];
  for (const folder of folders) {
    const candidates = isAbsolute(folder) ? [folder] : roots.map((r) => join(r, folder));
    const dir = candidates.find((d) => isDir(d));
    if (!dir) {
      warn(`clauseFolders: "${folder}" is not a folder${isAbsolute(folder) ? '' : ` under ${roots.join(' or ') || 'the workspace'}`}; skipped.`);
      continue;
    }
    for (const lang of readdirSync(dir).sort()) {
      const ldir = join(dir, lang);
      if (!isDir(ldir)) continue;
      for (const f of readdirSync(ldir).filter((x) => x.endsWith('.md')).sort()) {
        try {
          out.push({ language: lang, file: `${lang}/${f}`, source: readFileSync(join(ldir, f), 'utf8') });
        } catch (e) {
          warn(`Could not read clause ${join(ldir, f)}: ${(e as Error).message}`);
        }
      }
    }
  }
  return out;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
