// The files beside an open policy, read from disk for the set pass (issue 10): a translation
// opened alone is compared with its original in the same folder (or the one its front matter
// names) without the user opening both. Bounded: at most FOLDER_LIMITS.files files of a text
// type are looked at in one folder, none larger than FOLDER_LIMITS.bytes, and a folder is read
// once; later changes arrive as workspace/didChangeWatchedFiles.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filePath } from './node-host.js';
import { FOLDER_LIMITS, POLICY_FILE } from './host.js';

export { FOLDER_LIMITS, POLICY_FILE };


/** The URIs of the files in the folder of `uri` that may be policies (by name), the first FOLDER_LIMITS.files in name order. */
export async function folderFiles(uri: string, log: (m: string) => void): Promise<string[]> {
  const path = filePath(uri);
  if (!path) return [];
  const dir = dirname(path);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => POLICY_FILE.test(n)).sort();
  } catch (e) {
    log(`Could not read the folder ${dir}: ${(e as Error).message}`);
    return [];
  }
  if (names.length > FOLDER_LIMITS.files) log(`The folder ${dir} holds ${names.length} text files; the first ${FOLDER_LIMITS.files} are read as the policy's neighbours.`);
  return names.slice(0, FOLDER_LIMITS.files).map((n) => pathToFileURL(join(dir, n)).href);
}

/** The folder of a file URI, as a key ('' for other schemes). */
export function folderOf(uri: string): string {
  const path = filePath(uri);
  return path ? dirname(path) : '';
}

/** A file's text, or undefined when it is gone, not a file, too large or unreadable. */
export async function readSmallFile(uri: string, log: (m: string) => void): Promise<string | undefined> {
  const path = filePath(uri);
  if (!path) return undefined;
  try {
    const s = await stat(path);
    if (!s.isFile()) return undefined;
    if (s.size > FOLDER_LIMITS.bytes) {
      log(`${path} is larger than ${FOLDER_LIMITS.bytes} bytes; it is not read as a neighbouring policy.`);
      return undefined;
    }
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
