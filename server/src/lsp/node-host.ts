// The language server's host on Node (desktop VS Code, code-server, other editors over stdio):
// the project's `.policywright.json` and the clause folders from the file system, the rules'
// docs pages beside the server, checks in a worker thread (the server's own script).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigFinder } from '../host/config-finder.js';
import { readClauseFolders } from '../host/clause-folders.js';
import type { ServerHost } from './host.js';
import { folderFiles, folderOf, readSmallFile } from './folder-files.js';

export interface NodeHostOptions {
  /** The script a check worker thread runs (main.ts passes itself). */
  workerScript?: string;
  /** Where the server's module lives, to find the rules' docs pages. */
  moduleDir?: string;
}

export function nodeHost(options: NodeHostOptions = {}): ServerHost {
  return {
    async projectConfig(uri) {
      const path = filePath(uri);
      if (!path) return undefined;
      // A new finder each time: the file may have changed since (the server caches settings per document).
      const found = new ConfigFinder().forFile(path);
      if (!found.path) return undefined;
      const dir = dirname(found.path);
      return { where: found.path, config: found.config, problems: found.problems, clauseFolders: (found.config.clauseFolders ?? []).map((f) => resolve(dir, f)) };
    },
    async clauseFiles(folders, workspaceFolders, warn) {
      return readClauseFolders(folders, workspaceFolders.map(filePath).filter(Boolean), (m) => warn(`policywright.${m}`));
    },
    docsBaseUrl: findDocs(options.moduleDir),
    workerScript: options.workerScript,
    unavailable: () => undefined,
    folderOf,
    folderFiles,
    readSmallFile,
  };
}

/** The docs/rules folder shipped next to the server (dist/ in the extension, server/out/lsp here). */
function findDocs(moduleDir: string | undefined): string | undefined {
  let dir = moduleDir;
  for (let i = 0; dir && i < 5; i++, dir = dirname(dir)) {
    const d = join(dir, 'docs', 'rules');
    if (existsSync(d)) return pathToFileURL(d).href;
  }
  return undefined;
}

/** A file URI as a path the file system takes (`C:\\ws\\p.md` on Windows); '' for other schemes. */
export function filePath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : '';
  } catch {
    return '';
  }
}
