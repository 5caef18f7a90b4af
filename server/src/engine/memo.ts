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
    memo.set(intern(key), v);
  }
  return v;
}

/**
 * One text's values in a memo of `rememberFor`: the first under its key, in the entry itself (most
 * texts are asked with one key, a language: a map of its own per text and memo was most of what a
 * check of a long list allocated), any further ones in `more`.
 */
export interface TextEntry<K, V> {
  key: K;
  value: V;
  more?: Map<K, V>;
}
/** A memo of values by a text and a short key (`rememberFor`). */
export type TextMemo<K, V> = Map<string, TextEntry<K, V>>;

/**
 * The value remembered under a text and a short key (a language, a cue list's number, a kind of
 * block). The text is the outer key, so that a look-up hashes the text's own string: a key joined
 * from a prefix and the text is a new string to hash and compare at every look-up, which was a
 * fifth of an edit's check at 1 MB. The text is kept once, however many short keys it has.
 */
export function rememberFor<K, V>(memo: TextMemo<K, V>, text: string, key: K, compute: () => V): V {
  const entry = memo.get(text);
  if (entry) {
    if (entry.key === key) return entry.value;
    const v = entry.more?.get(key);
    if (v !== undefined) return v;
  }
  const v = compute();
  store(memo, text, key, v);
  return v;
}

/** The value remembered under a text and a key, if any. */
export function recall<K, V>(memo: TextMemo<K, V>, text: string, key: K): V | undefined {
  const entry = memo.get(text);
  if (!entry) return undefined;
  return entry.key === key ? entry.value : entry.more?.get(key);
}

/** Remember a value under a text and a key (replacing what was there). */
export function store<K, V>(memo: TextMemo<K, V>, text: string, key: K, value: V): void {
  const k = typeof key === 'string' ? (intern(key) as K) : key;
  const entry = memo.get(text);
  if (!entry) {
    if (memo.size >= MAX_MEMOS) memo.clear();
    memo.set(intern(text), { key: k, value });
  } else if (entry.key === key) entry.value = value;
  else (entry.more ??= new Map()).set(k, value);
}

const interned = new Map<string, string>();

/**
 * The one remembered copy of a text (made by `flat`): every memo keys a paragraph by this same
 * string, and the document model hands it out as the block's text (`foldText`). A look-up with
 * the very string that is the key compares pointers and reuses the hash stored in the string;
 * with an equal but other string it hashes and compares every character, once per memo and block,
 * which was a tenth of an edit's check at 1 MB. Bounded like the memos.
 */
export function intern(s: string): string {
  let v = interned.get(s);
  if (v === undefined) {
    if (interned.size >= 2 * MAX_MEMOS) interned.clear();
    interned.set((v = flat(s)), v);
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

/**
 * An array as long as it is, to be remembered: one built with `push` has room for more (V8 gives
 * an array 16 slots at its first push, and half as many again as it holds at each growth), and a
 * memo that keeps a list of one or two items per paragraph kept ten times their size.
 */
export function exact<T>(a: T[]): T[] {
  return a.slice();
}
