// A user's clause file as a host read it (from disk, or through the editor in a browser), and
// how the engine names it. No file system here: the browser server imports it too.
import type { ClauseSource as EngineClauseSource } from '../engine/clauses.js';

/** A clause file as read from a clause folder, the same shape as the built-in `builtinClauses` entries. */
export interface ClauseFile {
  language: string;
  /** `<lang>/<name>.md`, relative to its library folder. */
  file: string;
  source: string;
}

/** The engine names a clause by its origin; user clauses are named by their file in the folder. */
export function toEngineSources(files: ClauseFile[]): EngineClauseSource[] {
  return files.map((u) => ({ source: u.source, origin: u.file }));
}
