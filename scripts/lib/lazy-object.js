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
`;
