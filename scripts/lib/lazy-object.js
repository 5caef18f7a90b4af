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

export const LINE_TABLE = `/** A file of lines of key, tab, value, sorted by key (lines() in scripts/bundle.js), looked up without parsing it. */
interface LineTable {
  size: number;
  /** The value of a key (null for a key alone), undefined for a key not in the table. */
  get(key: string): string | null | undefined;
}
/**
 * The table over the file's bytes: its line starts found once, a key by binary search over them
 * (comparing its characters, ASCII, with the line's bytes), and only the value of a key asked
 * for decoded (UTF-8).
 */
function lineTable(file: Uint8Array): LineTable {
  // A plain view of a Buffer: Uint8Array's own indexOf, not Buffer's (a call into the binding per
  // line: the anchors table's 5,500 lines took some thirty milliseconds, the builtin a few).
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    starts.push(at);
    const end = bytes.indexOf(10, at);
    at = end < 0 ? bytes.length : end + 1;
  }
  const decoder = new TextDecoder();
  /** key against the key of the line at start: negative before it, 0 the same, positive after it. */
  const compare = (key: string, start: number): number => {
    for (let i = 0; ; i++) {
      const at = start + i;
      const b = at < bytes.length ? bytes[at] : 10;
      const ends = b === 9 || b === 10;
      if (i === key.length) return ends ? 0 : -1;
      if (ends) return 1;
      const c = key.charCodeAt(i);
      if (c !== b) return c - b;
    }
  };
  return {
    size: starts.length,
    get(key: string): string | null | undefined {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compare(key, starts[mid]);
        if (c < 0) hi = mid - 1;
        else if (c > 0) lo = mid + 1;
        else {
          const from = starts[mid] + key.length;
          if (from >= bytes.length || bytes[from] !== 9) return null;
          const end = mid + 1 < starts.length ? starts[mid + 1] - 1 : bytes.length;
          return decoder.decode(bytes.subarray(from + 1, end));
        }
      }
      return undefined;
    },
  };
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
