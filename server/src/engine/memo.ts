// Results that depend only on a paragraph's text (and the inputs named in the key) are remembered
// across checks, so that the check after an edit computes again only what the edit changed.
// Every memo is bounded: it is cleared when it holds MAX_MEMOS entries.

export const MAX_MEMOS = 50_000;

/** The value remembered under key, computed and remembered first when there is none. */
export function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    v = compute();
    if (memo.size >= MAX_MEMOS) memo.clear();
    memo.set(flat(key), v);
  }
  return v;
}

/**
 * A copy of s that shares no memory with the text it was cut from: a remembered string that is a
 * slice of a document would keep that whole version of the document alive.
 */
export function flat(s: string): string {
  return (' ' + s).slice(1);
}
