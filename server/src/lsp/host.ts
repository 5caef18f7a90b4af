// What the language server needs from where it runs: the project's `.policywright.json`, the
// user's clause folders, the rules' docs pages, a thread for checks, and which export formats
// can be made there. Two hosts: node-host.ts (desktop VS Code and other editors: the file system
// and a worker thread) and browser-host.ts (vscode.dev, github.dev: files read through the
// client's VS Code file-system API, checks in the server's own web worker, no PDF). server.ts
// sees only this interface, so the desktop server is what it was and the browser one shares it.
import type { ConfigProblem, ProjectConfig } from '../engine/config.js';
import type { ClauseFile } from '../host/clause-files.js';

export type { ClauseFile };

/** A project configuration file found for a document. */
export interface FoundProjectConfig {
  /** Where it is, as the user reads it (a path, or a URI in the browser). */
  where: string;
  config: ProjectConfig;
  problems: ConfigProblem[];
  /** Its `clauseFolders`, resolved against the file's folder (paths or URIs, as the host reads them). */
  clauseFolders: string[];
}

export interface ServerHost {
  /** The nearest `.policywright.json` up the tree from a document, or undefined. */
  projectConfig(uri: string): Promise<FoundProjectConfig | undefined>;
  /** The user's clause files; relative folders resolved against the workspace folders (URIs). Unreadable folders go to `warn`. */
  clauseFiles(folders: string[], workspaceFolders: string[], warn: (m: string) => void): Promise<ClauseFile[]>;
  /** The rules' docs pages, when the client names none. */
  docsBaseUrl?: string;
  /** A script that, started as a worker thread, runs the checks; none: checks run in the server's thread. */
  workerScript?: string;
  /** Why an export or report format cannot be made here, or undefined when it can. */
  unavailable(format: string): string | undefined;
  /**
   * The set pass's neighbours (folder-files.ts; in the browser, through the client): the folder of
   * a document as a key, '' when the host does not read neighbours; the files
   * in it that may be policies; one file's text, undefined when it cannot be read. Asynchronous:
   * a folder of two hundred files is read off the server's thread, which keeps answering.
   */
  folderOf(uri: string): string;
  folderFiles(uri: string, log: (m: string) => void): Promise<string[]>;
  readSmallFile(uri: string, log: (m: string) => void): Promise<string | undefined>;
}

/** The kinds of file a policy may be (as the command line reads a folder). */
export const POLICY_FILE = /\.(?:md|markdown|txt)$/i;

/** How much of a folder is read for a policy's neighbours: the first files by name, none larger than this. */
export const FOLDER_LIMITS = { files: 200, bytes: 2 * 1024 * 1024 };

/** Bytes as base64 without Node's Buffer (the browser has none); chunked so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
