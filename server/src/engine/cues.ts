// Cue phrases from the data files, turned into regular-expression sources. The syntax is the one
// `Cue` documents in datatypes.ts, so every concern's YAML reads the same way.
import type { Cue } from './datatypes.js';

export const LETTER = '[\\p{L}\\p{N}_]';

/** The regular-expression source of one cue (see `Cue` in datatypes.ts for the syntax). */
export function cueSource(cue: Cue): string {
  const c = cue.trim();
  if (c.length > 2 && c.startsWith('/') && c.endsWith('/')) return c.slice(1, -1);
  const open = c.endsWith('*');
  const body = open ? c.slice(0, -1) : c;
  let out = '';
  for (const ch of body) {
    if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (ch === "'" || ch === '’' || ch === '‘') out += "['’‘]";
    else if (ch === '-' || ch === '‐' || ch === '‑') out += '[-‐‑–\\s]?';
    else if (/[.*+?^${}()|[\]\\/]/.test(ch)) out += '\\' + ch;
    else out += ch;
  }
  return open ? `${out}${LETTER}*` : out;
}

/** One alternation of cues (longest first, so that a longer phrase wins); invalid ones are left out. */
export function cueAlternation(cues: readonly Cue[] | undefined, flags = 'iu'): string | null {
  const sources: string[] = [];
  for (const c of cues ?? []) {
    if (typeof c !== 'string' || !c.trim()) continue;
    const s = cueSource(c);
    try {
      new RegExp(s, flags);
      sources.push(s);
    } catch {
      // A bad cue in a data file must not take the checker down.
    }
  }
  if (!sources.length) return null;
  sources.sort((a, b) => b.length - a.length);
  return `(?:${sources.join('|')})`;
}
