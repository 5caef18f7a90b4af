// The clause library as the language server sees it: the one seam between the editor features
// (Insert clause…, clause completion) and the engine's clause library
// (server/src/engine/clauses.ts: ClauseLibrary, clauseToSnippet, insertionPoint), which is
// written separately. Everything the server needs from it goes through `ClauseService`.
//
// Quick fixes for missing items do not go through here: required-info puts the clause into the
// finding's fix, and convert.ts turns it into a code action.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { PolicyDocument } from '../engine/document.js';
import { clauseInsertion, type ClauseSource as EngineClauseSource } from '../engine/clauses.js';
import { libraryFor } from '../engine/check.js';
import type { ClauseSummary } from './protocol.js';
import { uriPath } from './policy-files.js';

/** A clause file as read from disk, the same shape as the built-in `builtinClauses` entries. */
export interface ClauseSource {
  language: string;
  /** `<lang>/<name>.md`, relative to its library folder. */
  file: string;
  source: string;
}

export interface ClauseInsertion {
  /** Source offset where the clause belongs in the document's order of sections. */
  offset: number;
  /** Snippet text: `{{placeholders}}` without a value become tab stops. */
  snippet: string;
}

export interface ClauseService {
  /** Clauses for the document's language; user clauses replace built-in ones of the same id. */
  list(doc: PolicyDocument, userClauses: ClauseSource[]): ClauseSummary[];
  /** Where and what to insert for one clause, or undefined when there is no such clause. */
  insertion(doc: PolicyDocument, clauseId: string, userClauses: ClauseSource[]): ClauseInsertion | undefined;
}

/** The language server's view of the engine's clause library, with the user's folders first. */
export function createClauseService(): ClauseService {
  const libraryOf = (user: ClauseSource[]) => libraryFor(toEngineSources(user));
  return {
    list(doc, user) {
      const lib = libraryOf(user);
      const mine = lib.all(doc.language);
      return (mine.length ? mine : lib.all('en')).map((c) => ({
        id: c.id,
        title: c.title,
        requirements: c.requirements,
        language: c.language,
        origin: c.builtin ? 'builtin' : 'user',
      }));
    },
    insertion(doc, clauseId, user) {
      const lib = libraryOf(user);
      const clause = lib.all().find((c) => c.id === clauseId);
      if (!clause) return undefined;
      const profile = doc.frontMatter.policy.profiles?.find((p) => clause.profiles.includes(p)) ?? clause.profiles[0];
      const ins = clauseInsertion(doc, clause, profile, lib);
      return { offset: ins.offset, snippet: ins.snippet };
    },
  };
}

/** The engine names a clause by its origin; user clauses are named by their file in the folder. */
export function toEngineSources(user: ClauseSource[]): EngineClauseSource[] {
  return user.map((u) => ({ source: u.source, origin: u.file }));
}

/**
 * Reads the user's clause folders (`policywright.clauseFolders`): each holds `<lang>/*.md` like
 * the built-in `clauses/` folder. Relative folders are resolved against the workspace folders.
 * A folder that cannot be read is reported through `warn` and skipped.
 */
export function readClauseFolders(folders: string[], workspaceFolders: string[], warn: (m: string) => void): ClauseSource[] {
  const out: ClauseSource[] = [];
  const roots = workspaceFolders.map(uriPath).filter(Boolean);
  for (const folder of folders) {
    const candidates = isAbsolute(folder) ? [folder] : roots.map((r) => join(r, folder));
    const dir = candidates.find((d) => isDir(d));
    if (!dir) {
      warn(`policywright.clauseFolders: "${folder}" is not a folder${isAbsolute(folder) ? '' : ' in the workspace'}; skipped.`);
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

/** Clause completion items: the clause's snippet inserted at the cursor; gap-fillers sort first. */
export function clauseCompletions(service: ClauseService, doc: PolicyDocument, user: ClauseSource[], missing: Set<string>): CompletionItem[] {
  return service.list(doc, user).flatMap((c) => {
    const ins = service.insertion(doc, c.id, user);
    if (!ins) return [];
    const fills = c.requirements.some((r) => missing.has(r));
    return [
      {
        label: c.title,
        kind: CompletionItemKind.Snippet,
        detail: `Clause: ${c.requirements.join(', ')}${fills ? ' (missing from this policy)' : ''}`,
        insertText: ins.snippet,
        insertTextFormat: InsertTextFormat.Snippet,
        sortText: (fills ? '0' : '1') + c.title,
        filterText: `${c.title} ${c.requirements.join(' ')}`,
      },
    ];
  });
}
