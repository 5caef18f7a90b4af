// Real policy text for benchmarks, read from ../shared at run time and never copied into the
// repository: the labelled development sets (eval/gt200-dev, eval/goppc-dev) and the seeds,
// each policy once. Without ../shared the benchmarks fall back to generated text and say so:
// generated sections repeat one pattern and hit the engine's memos, so they flatter it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicy, warmUpTexts } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.POLICYWRIGHT_SHARED ?? join(root, '..', 'shared');

/** The files of the real policies, in a fixed order; [] when ../shared is absent. */
export function realPolicyPaths() {
  const out = [];
  for (const [dir, ext] of [
    ['eval/gt200-dev', '.md'],
    ['eval/goppc-dev', '.md'],
    ['seeds', '.txt'],
  ]) {
    const d = join(SHARED, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith(ext) && x !== 'README.md').sort()) out.push(join(d, f));
  }
  return out;
}

/** The real policies, one string each, in a fixed order; [] when ../shared is absent. */
export function realPolicies() {
  return realPolicyPaths().map((f) => readFileSync(f, 'utf8'));
}

/**
 * The real policies (the first `count`), after `check` has been warmed on generated text and on
 * each of them once, as the warm profilers start; the process ends, saying why, without ../shared.
 */
export function warmedOnReal(check, count = Infinity) {
  const real = realPolicies().slice(0, count);
  if (!real.length) {
    console.log('no ../shared policies (set POLICYWRIGHT_SHARED): nothing to profile');
    process.exit(0);
  }
  for (const w of warmUpTexts()) check(w);
  for (const t of real) check(t);
  return real;
}

/**
 * The k-th variant of a policy (k = 0: the policy itself): each paragraph's sentences rotated by
 * k, and headings numbered with the pass, so that no paragraph repeats an earlier one verbatim
 * and no memo of the engine is hit. Used only where the corpus is shorter than what is asked.
 */
export function variant(text, k) {
  if (k === 0) return text;
  return text
    .split(/\n{2,}/)
    .map((para) => {
      if (/^#{1,6} /.test(para)) return para.replace(/^(#{1,6}) /, `$1 ${k + 1}. `);
      const sentences = para.split(/(?<=[.!?])\s+(?=[A-Z])/);
      if (sentences.length < 2) return `${para} (${k + 1})`;
      const r = k % sentences.length;
      return [...sentences.slice(r), ...sentences.slice(0, r)].join(' ');
    })
    .join('\n\n');
}

/** Policies for a benchmark: the real ones (passes beyond the first are variants), or generated ones. */
export function policies(count) {
  const real = realPolicies();
  if (!real.length) return { texts: Array.from({ length: count }, (_, i) => generatePolicy(12 * 1024, i + 1)), real: false };
  return { texts: Array.from({ length: count }, (_, i) => variant(real[i % real.length], Math.floor(i / real.length))), real: true };
}

/** About `bytes` of policy text: real policies joined whole, each once, then variants; or generated text. */
export function policyText(bytes) {
  const real = realPolicies();
  if (!real.length) return { text: generatePolicy(bytes, 7), real: false, passes: 0 };
  const parts = [];
  let size = 0;
  let passes = 1;
  for (let i = 0; size < bytes; i++) {
    const k = Math.floor(i / real.length);
    passes = k + 1;
    const t = variant(real[i % real.length], k);
    // The last policy is cut at a paragraph so that the text is near the size asked for.
    const room = bytes - size;
    const piece = t.length <= room ? t : t.slice(0, Math.max(t.lastIndexOf('\n\n', room), 0)) || t.slice(0, room);
    parts.push(piece);
    size += piece.length + 2;
  }
  return { text: parts.join('\n\n'), real: true, passes };
}

/**
 * Where an edit benchmark types inside prose: the first line of the text's second half that is
 * prose (over 80 characters, opening on a letter). Throws when there is none (time-edit.js --typing,
 * diff-edits-lsp.js).
 */
export function proseLine(lines) {
  const middle = Math.floor(lines.length / 2);
  const i = lines.findIndex((l, k) => k >= middle && l.length > 80 && /^\p{L}/u.test(l));
  if (i < 0) throw new Error('no line of prose (over 80 characters, opening on a letter) in the second half of the text');
  return i;
}

/** The line a benchmark prints about where its text came from. */
export function sourceNote() {
  const n = realPolicies().length;
  return n
    ? `text: ${n} real policies from ${SHARED} (eval/gt200-dev, eval/goppc-dev, seeds), each once; sizes beyond the corpus add variants (sentences rotated per paragraph)`
    : `NOTE: ${SHARED} not found: GENERATED text (repetitive, kinder to the engine's memos than real policies)`;
}
