// The clause library as the language server sees it: the one seam between the editor features
// (Insert clause…, clause completion) and the engine's clause library
// (server/src/engine/clauses.ts: ClauseLibrary, clauseToSnippet, insertionPoint), which is
// written separately. Everything the server needs from it goes through `ClauseService`.
//
// Quick fixes for missing items do not go through here: required-info puts the clause into the
// finding's fix, and convert.ts turns it into a code action.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { PolicyDocument } from '../engine/document.js';
import { clauseInsertion } from '../engine/clauses.js';
import { toEngineSources, type ClauseFile } from '../host/clause-files.js';
import { libraryFor } from '../engine/check.js';
import type { ClauseSummary } from './protocol.js';

/** A clause file as read from disk, the same shape as the built-in `builtinClauses` entries. */
export type ClauseSource = ClauseFile;

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
      // Element clauses (one sentence for a partly given item) come with the required-info quick fix, not here.
      const whole = (lang: string) => lib.all(lang).filter((c) => !c.element);
      const mine = whole(doc.language);
      return (mine.length ? mine : whole('en')).map((c) => ({
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

export { toEngineSources };

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
