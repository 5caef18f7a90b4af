// Word multisets, for "nothing is lost" checks: every word of a source appears in a result.
export function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Words of `source` that `result` has fewer of (with how many are missing). */
export function lostWords(source: string, result: string): string[] {
  const have = words(result);
  const lost: string[] = [];
  for (const [w, n] of words(source)) if ((have.get(w) ?? 0) < n) lost.push(`${w}×${n - (have.get(w) ?? 0)}`);
  return lost;
}
