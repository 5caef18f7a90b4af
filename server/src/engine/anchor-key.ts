// How anchors-table.ts looks an expression up (its own module: the bundle replaces that one).

/** The key of an expression's source in the table: its length and two FNV-1a hashes of it. */
export function anchorKey(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${source.length}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}
