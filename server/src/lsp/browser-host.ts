// The language server's host in a browser (vscode.dev, github.dev): the server runs in a web
// worker with no file system, so `.policywright.json` and the clause folders are read by asking
// the client (READ_FILE_REQUEST, READ_DIRECTORY_REQUEST), which reads them through VS Code's
// file-system API; so are the policies beside an open one, for the set pass. Checks run in the server's own thread: it is a web worker already, away from
// the editor. PDF (pdfkit needs Node's file system and streams) is not made here; every other
// export format is.
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, parseConfig } from '../engine/config.js';
import { FOLDER_LIMITS, POLICY_FILE, type ClauseFile, type FoundProjectConfig, type ServerHost } from './host.js';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type ReadDirectoryResult, type ReadFileResult } from './protocol.js';

/** What the browser cannot make, and what it can instead. */
export const BROWSER_UNAVAILABLE: Record<string, string> = {
  pdf: 'PDF export needs the desktop app (VS Code, or `policywright export --format pdf` on the command line); in the browser, HTML, Word (.docx), plain text and Markdown work.',
};

export function browserHost(connection: Connection, docsBaseUrl?: string): ServerHost {
  const request = async (uri: string, maxBytes?: number): Promise<ReadFileResult> => {
    try {
      return (await connection.sendRequest(READ_FILE_REQUEST, maxBytes === undefined ? { uri } : { uri, maxBytes })) as ReadFileResult;
    } catch {
      return null;
    }
  };
  const readFile = async (uri: string): Promise<string | undefined> => {
    const answer = await request(uri);
    return answer && 'text' in answer ? answer.text : undefined;
  };
  const readDirectory = async (uri: string): Promise<ReadDirectoryResult> => {
    try {
      return (await connection.sendRequest(READ_DIRECTORY_REQUEST, { uri })) as ReadDirectoryResult;
    } catch {
      return null;
    }
  };
  return {
    async projectConfig(uri) {
      // Up the tree from the document's folder, as the command line looks (ConfigFinder), to the root of its URI.
      let dir = parent(uri);
      while (dir) {
        const where = `${dir}/${CONFIG_FILE_NAME}`;
        const text = await readFile(where);
        if (text !== undefined) {
          const parsed = parseConfig(text);
          const found: FoundProjectConfig = { where, ...parsed, clauseFolders: (parsed.config.clauseFolders ?? []).map((f) => resolveUri(dir!, f)) };
          return found;
        }
        dir = parent(dir);
      }
      return undefined;
    },
    async clauseFiles(folders, workspaceFolders, warn) {
      const out: ClauseFile[] = [];
      for (const folder of folders) {
        const candidates = isAbsoluteUri(folder) ? [folder] : workspaceFolders.map((w) => resolveUri(w.replace(/\/$/, ''), folder));
        let found = false;
        for (const dir of candidates) {
          const langs = await readDirectory(dir);
          if (!langs) continue;
          found = true;
          for (const lang of langs.filter((e) => e.directory).map((e) => e.name).sort()) {
            const files = (await readDirectory(`${dir}/${lang}`)) ?? [];
            for (const f of files.filter((e) => !e.directory && e.name.endsWith('.md')).map((e) => e.name).sort()) {
              const source = await readFile(`${dir}/${lang}/${f}`);
              if (source === undefined) warn(`Could not read clause ${dir}/${lang}/${f}.`);
              else out.push({ language: lang, file: `${lang}/${f}`, source });
            }
          }
          break;
        }
        if (!found) warn(`policywright.clauseFolders: "${folder}" is not a folder${isAbsoluteUri(folder) ? '' : ` under ${workspaceFolders.join(' or ') || 'the workspace'}`}; skipped.`);
      }
      return out;
    },
    docsBaseUrl,
    unavailable: (format) => BROWSER_UNAVAILABLE[format],
    // Policies beside an open one, read through the client as the node host reads them from disk
    // (folder-files.ts): the first FOLDER_LIMITS.files text files of its folder by name, none larger
    // than FOLDER_LIMITS.bytes.
    folderOf: (uri) => parent(uri) ?? '',
    async folderFiles(uri, log) {
      const dir = parent(uri);
      if (!dir) return [];
      const entries = await readDirectory(dir);
      if (!entries) {
        log(`Could not read the folder ${dir}.`);
        return [];
      }
      const names = entries.filter((e) => !e.directory && POLICY_FILE.test(e.name)).map((e) => e.name).sort();
      if (names.length > FOLDER_LIMITS.files) log(`The folder ${dir} holds ${names.length} text files; the first ${FOLDER_LIMITS.files} are read as the policy's neighbours.`);
      return names.slice(0, FOLDER_LIMITS.files).map((n) => `${dir}/${encodeURIComponent(n)}`);
    },
    async readSmallFile(uri, log) {
      // The client checks the size before it reads (an older client may not: then the length is checked here).
      const answer = await request(uri, FOLDER_LIMITS.bytes);
      if (!answer) return undefined;
      const size = 'tooLarge' in answer ? answer.tooLarge : answer.text.length;
      if (size > FOLDER_LIMITS.bytes) {
        log(`${uri} is larger than ${FOLDER_LIMITS.bytes} bytes (${size}); it is not read as a neighbouring policy.`);
        return undefined;
      }
      return 'text' in answer ? answer.text : undefined;
    },
  };
}

function isAbsoluteUri(s: string): boolean {
  return /^[a-z][\w+.-]*:/i.test(s);
}

/** The folder a URI is in, or undefined at the root of its authority. */
function parent(uri: string): string | undefined {
  const m = /^([a-z][\w+.-]*:\/\/[^/]*)(\/.*)?$/i.exec(uri);
  if (!m) return undefined;
  const path = (m[2] ?? '').replace(/\/[^/]*$/, '');
  return m[2] && m[2] !== '/' ? m[1] + path : undefined;
}

/** A folder setting (relative, `./x`, `../x`) against a folder URI; URL resolution does the dots. */
function resolveUri(dir: string, rel: string): string {
  if (isAbsoluteUri(rel)) return rel;
  try {
    return new URL(rel.replace(/\\/g, '/'), dir.replace(/\/?$/, '/')).href.replace(/\/$/, '');
  } catch {
    return `${dir}/${rel}`;
  }
}
