// The source of `lazy`, for the modules scripts/gen-data.js and scripts/bundle.js generate: an
// object whose every key is computed when first read (a getter that replaces itself with the
// value, as an ordinary writable property), so that data a run never reads is never parsed.
export const LAZY_OBJECT = `/** An object with the given keys, each computed by \`load(key)\` when first read. */
function lazy(keys: readonly string[], load: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = load(key);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
    });
  }
  return out;
}
/** An object of JSON texts, each parsed when first read. */
function lazyJson(texts: Record<string, string>): Record<string, unknown> {
  return lazy(Object.keys(texts), (key) => JSON.parse(texts[key]));
}
`;

export const LINES_MAP = `/** The lines of text[from, to) as lines() in scripts/bundle.js wrote them: key → value (null for a key alone). */
function linesMap(text: string, from: number, to: number): Map<string, string | null> {
  const out = new Map<string, string | null>();
  while (from < to) {
    let end = text.indexOf('\\n', from);
    if (end < 0 || end > to) end = to;
    const tab = text.indexOf('\\t', from);
    if (tab >= 0 && tab < end) out.set(text.slice(from, tab), text.slice(tab + 1, end));
    else if (end > from) out.set(text.slice(from, end), null);
    from = end + 1;
  }
  return out;
}
`;

/**
 * JavaScript source with every character beyond ASCII written as a `\uXXXX` escape. esbuild
 * escapes them in strings and names but leaves them in regular expression literals (`/[’‘]/`),
 * and one such character makes Node hold the whole file as two bytes per character, decoded and
 * scanned more slowly: the command line's bundle is read at every start. The escape means the
 * same character in a regular expression (with or without the `u` flag; a character beyond the
 * BMP as its two surrogates, which a `u` expression reads as one), a string and a comment; an
 * identity escape (`\’`) becomes the escape itself. Only the expression's `source` is written
 * differently: the anchors table holds its gates under both keys (anchorsTable).
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (all, slashes, ch) => {
    // An odd run of backslashes escapes the character itself: the escape replaces that backslash.
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
