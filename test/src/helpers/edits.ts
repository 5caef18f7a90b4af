// Applying a finding's text edits, as an editor or `--fix` would, to test that fixes leave a
// clean document.
import type { Position, TextEdit } from '../../../server/out/engine/types.js';
import { LineIndex } from '../../../server/out/engine/text.js';

export function offsetAt(text: string, p: Position): number {
  return new LineIndex(text).offsetAt(p);
}

/** Apply non-overlapping edits (ranges refer to the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const idx = new LineIndex(text);
  const spans = edits.map((e) => ({ start: idx.offsetAt(e.range.start), end: idx.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
