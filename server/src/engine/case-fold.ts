// Case-insensitive search without the `i` flag: a text is folded once (each character replaced by
// one representative of the characters a case-insensitive `u` expression treats as the same one,
// never changing the text's length), and an expression written for the `i` flag is rewritten to
// match what it would match, over the folded text, without that flag. V8 compiles a long cue list
// in about half the time without `i`, and runs it in about half the time over the folded text
// (replayed over real policies). Offsets are the text's own, since folding keeps every character
// in its place; a match's characters are read from the text itself.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { searchable } from './text.js';

/** Made when first asked for: the command line's bundle loads regexpp only then (scripts/bundle.js `loadedWhenUsed`). */
let made: RegExpParser | undefined;
const parser = (): RegExpParser => (made ??= new RegExpParser({ ecmaVersion: 2025 }));

/** BMP code point → its fold + 1 (0: not computed yet). */
const folds = new Uint32Array(0x10000);

const hex = (cp: number) => cp.toString(16);

/** Does a case-insensitive `u` expression read the two code points as the same character? */
function sameUnderI(a: number, b: number): boolean {
  return new RegExp(`^\\u{${hex(b)}}$`, 'iu').test(String.fromCodePoint(a));
}

/**
 * The representative of a BMP code point's case class: its lower case (of its upper case, so the
 * long s and the Kelvin sign become "s" and "k"), when that is one code unit and the same
 * character to an `i` expression; itself otherwise (İ, whose lower case is two code units; ı,
 * which no simple case folding maps onto i). Consistent over every class a cue's characters
 * belong to (case-fold.test.ts reads every class of the BMP).
 */
export function foldCode(cp: number): number {
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  if (cp > 0xffff) return cp;
  let f = folds[cp];
  if (f === 0) {
    f = cp + 1;
    if (cp < 0xd800 || cp > 0xdfff) {
      const c = String.fromCharCode(cp);
      for (const x of [c.toUpperCase().toLowerCase(), c.toLowerCase()]) {
        if (x.length === 1 && x !== c && sameUnderI(cp, x.charCodeAt(0))) {
          f = x.charCodeAt(0) + 1;
          break;
        }
      }
    }
    folds[cp] = f;
  }
  return f - 1;
}

/**
 * The characters whose lower case (toLowerCase) is not their fold: a fold elsewhere (µ, ſ, ς, ϑ,
 * …) or a lower case of two code units (İ). case-fold.test.ts holds the list to every BMP character.
 */
export const LOWER_IS_NOT_FOLD = /[\u00b5\u0130\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/;

/** The text with every character folded (foldCode): the same length, a character for a character. */
export function foldText(text: string): string {
  if (!LOWER_IS_NOT_FOLD.test(text)) return text.toLowerCase();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/**
 * Code points whose case classes the test reads whole (case-fold.test.ts): the Latin script's,
 * the letters every cue is written in. An expression with a cased character beyond them keeps its
 * `i` flag (foldedSource: null).
 */
export const CHECKED_RANGES: readonly [number, number][] = [
  [0x00, 0x24f],
  [0x1e00, 0x1eff],
  [0x2000, 0x214f],
];
const checked = (cp: number) => CHECKED_RANGES.some(([a, b]) => cp >= a && cp <= b);
const cased = (cp: number) => {
  const c = String.fromCodePoint(cp);
  return c.toLowerCase() !== c || c.toUpperCase() !== c || foldCode(cp) !== cp;
};

/** General categories that hold every case partner of their members: an `i` flag changes nothing in them. */
const CASELESS_PROPERTIES = new Set(['L', 'Letter', 'N', 'Number', 'Nd', 'Decimal_Number', 'P', 'Punctuation', 'Z', 'Separator', 'Zs', 'Space_Separator', 'S', 'Symbol']);

const literal = (cp: number) => (/[A-Za-z0-9]/.test(String.fromCharCode(cp)) ? String.fromCharCode(cp) : `\\u{${hex(cp)}}`);

/**
 * Code points as the inside of a character class, in as few ranges as it takes: a gap made only of
 * characters that are no fold of themselves (a folded text never holds one) is bridged, so the
 * folds of a range of mixed letters stay one range.
 */
function classRanges(cps: number[]): string {
  cps.sort((a, b) => a - b);
  const bridged = (from: number, to: number) => {
    for (let cp = from + 1; cp < to; cp++) if (foldCode(cp) === cp) return false;
    return true;
  };
  let out = '';
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && (cps[j + 1] <= cps[j] + 1 || bridged(cps[j], cps[j + 1]))) j++;
    out += cps[i] === cps[j] ? literal(cps[i]) : `${literal(cps[i])}-${literal(cps[j])}`;
    i = j + 1;
  }
  return out;
}

const ranges = new Map<number, string | null>();
/** A class range as the folds of its members ('' when it is its own; null when a cased member is beyond CHECKED_RANGES), once per range. */
function rangeFold(a: number, b: number): string | null {
  const key = a * 0x10000 + b;
  let got = ranges.get(key);
  if (got === undefined) {
    const image = new Set<number>();
    let changed = false;
    got = '';
    for (let cp = a; cp <= b; cp++) {
      const f = foldCode(cp);
      if (f !== cp) changed = true;
      if (!checked(cp) && cased(cp)) got = null;
      image.add(f);
    }
    if (got !== null && changed) got = classRanges([...image]);
    ranges.set(key, got);
  }
  return got;
}

const sources = new Map<string, string | null>();

const views = new Map<string, string>();
/** foldText of searchable(text) (what a folded expression runs over), remembered for the last 4,096 texts. */
export function foldedView(text: string): string {
  let v = views.get(text);
  if (v === undefined) {
    v = foldText(searchable(text));
    if (views.size >= 4096) views.clear();
    views.set(text, v);
  }
  return v;
}

/**
 * The source of an expression (`u` flag) rewritten so that, without `i`, it matches over a folded
 * text (foldText) exactly what the source with `i` matches over the text: every character, and
 * every character of a class, as its fold (a range as the folds of its members; a negated class
 * then holds none of a character's partners, as with `i`). `\w`, `\W`, `\b`, `\d`, `\s` and
 * back-references read the folded text as `i` reads the text. Null (keep `i`) for what it cannot
 * say so: a named group (its text would be the folded one), a modifier group, a property other
 * than a caseless category, a cased character beyond CHECKED_RANGES, a source that does not
 * parse. Remembered by source.
 */
export function foldedSource(source: string): string | null {
  let got = sources.get(source);
  if (got === undefined) {
    got = fold(source);
    sources.set(source, got);
  }
  return got;
}

function fold(source: string): string | null {
  let ast: AST.Pattern;
  try {
    ast = parser().parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return null;
  }
  const edits: [number, number, string][] = [];
  let ok = true;
  const ranged = new Set<AST.Node>();
  visitRegExpAST(ast, {
    onCapturingGroupEnter(n) {
      if (n.name) ok = false;
    },
    onGroupEnter(n) {
      if ((n as { modifiers?: unknown }).modifiers) ok = false;
    },
    onCharacterSetEnter(n) {
      if (n.kind === 'property' && (n.strings || !(n.key === 'General_Category' ? CASELESS_PROPERTIES.has(n.value ?? '') : n.value === null && CASELESS_PROPERTIES.has(n.key)))) ok = false;
    },
    onCharacterClassRangeEnter(n) {
      ranged.add(n.min);
      ranged.add(n.max);
      const { value: a } = n.min;
      const { value: b } = n.max;
      if (b > 0xffff) {
        ok = false;
        return;
      }
      const r = rangeFold(a, b);
      if (r === null) ok = false;
      else if (r) edits.push([n.start, n.end, r]);
    },
    onCharacterEnter(n) {
      if (ranged.has(n)) return;
      const cp = n.value;
      if (!checked(cp) && cased(cp)) ok = false;
      const f = foldCode(cp);
      if (f !== cp) edits.push([n.start, n.end, literal(f)]);
    },
  });
  if (!ok) return null;
  // The pieces joined once, left to right (splicing each edit into the whole source was quadratic:
  // a cue list's source is long and has an edit at each cased character).
  const parts: string[] = [];
  let at = 0;
  for (const [s, e, r] of edits.sort((x, y) => x[0] - y[0])) {
    parts.push(source.slice(at, s), r);
    at = e;
  }
  parts.push(source.slice(at));
  return parts.join('');
}
