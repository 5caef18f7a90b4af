// Finds a word typed twice in a row ("we we collect", "the the"). A careful reader catches it at
// once, and it tells them nobody proof-read the notice; the fix is to remove one.
import type { Rule } from '../rule.js';
import { blockSpan } from '../document.js';
import { fromLanguageData, proseBlocks, sentenceAt } from '../cues.js';
import { remember } from '../memo.js';
import { lazily } from '../text.js';

/** The shape of `server/data/languages/<lang>/repeated-words.yaml`. */
interface RepeatedWordData {
  allowed?: string[];
}

const rule: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'A word typed twice in a row ("we we collect").',
    defaultSeverity: 'information',
    fixable: true,
    hasSuggestions: false,
    docs: `A word written twice in a row ("we we collect", "the the") is a typing slip that every careful
reader notices: it tells them the notice was not proof-read. It changes no meaning, so it is
reported as **information**, with a safe fix.

## What it catches

The same word twice, separated only by spaces or a line break, in any language: "we we",
"de de", "die Daten die die die", "les les". Case does not matter ("The the").

## What it leaves alone

- Words that are correct twice in a row, listed per language in
  \`server/data/languages/<lang>/repeated-words.yaml\`: "that that" and "had had" in English,
  "dat dat" and "die die" in Dutch, "die die" and "sie sie" in German, "nous nous" and
  "vous vous" in French.
- Names written twice with capitals ("Walla Walla", "Bora Bora"), text in capitals, numbers,
  words split by punctuation or markup ("no, no", "**we** we"), code and HTML, and a sentence
  with gaps before its punctuation ("visiting or or by visiting our ."), text whose link texts a
  converter dropped.

## How to fix

The safe fix removes the second word (and the space before it).`,
    examples: [{ bad: 'We we collect your name.', good: 'We collect your name.' }],
  },
  check(ctx) {
    const { doc } = ctx;
    const allowed = fromLanguageData(doc.language, 'repeated-words', allowedWords);
    for (const b of proseBlocks(doc)) {
      if (b.text.length < 3 || !remember(doubles, b.text, () => hasDouble(b.text))) continue;
      const double = DOUBLE();
      double.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = double.exec(b.text))) {
        const first = m[1];
        const second = m[3];
        // Set the search back so that "the the the" is read as two slips, not one.
        double.lastIndex = m.index + first.length + m[2].length;
        if (allowed.has(first.toLowerCase())) continue;
        // A capitalised second word is a name ("Walla Walla") or text in capitals, not a slip.
        if (/^\p{Lu}/u.test(second)) continue;
        // "Padlet padlet": a name and a handle, unless the first opens a sentence ("We we").
        if (first !== second && !/(?:^|[.!?:;]["'”’)]?\s+|^\W+)$/u.test(b.text.slice(Math.max(0, m.index - 4), m.index))) continue;
        // Letter-spaced text ("a g r e e"): single letters next to other single letters.
        if (first.length === 1 && (/(?:^|\s)\p{L}\s$/u.test(b.text.slice(Math.max(0, m.index - 3), m.index)) || /^\s\p{L}(?:\s|$)/u.test(b.text.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
        // A sentence with gaps before its punctuation ("by calling or or by writing to our .") lost
        // its link texts in conversion: the doubled word is the converter's, not the author's.
        const sentence = sentenceAt(b, m.index, 300);
        if (/\s[.,;)](?![\p{L}\p{N}])/u.test(b.text.slice(sentence.start, sentence.end))) continue;
        const from = m.index + first.length;
        const to = m.index + m[0].length;
        const span = blockSpan(b, from, to);
        ctx.report({
          span: blockSpan(b, m.index, to),
          message: `“${first} ${second}”: the word “${second}” is typed twice. Remove one.`,
          fixes: [{ title: `Remove the second “${second}”`, kind: 'fix', isPreferred: true, edits: [{ span, newText: '' }] }],
        });
      }
    }
  },
};

/** A word, white space, and the same word again (any case); words are bounded in length. */
const DOUBLE = lazily(() => /(?<![\p{L}\p{N}_'’@.\-/])(\p{L}{1,40})(\s{1,3})(\1)(?![\p{L}\p{N}_'’@\-/])/giu);

// Whether a paragraph has a doubled word at all, remembered by its text: an edit re-reads only
// the paragraphs it changed (the expression's back-reference makes it the rule's whole cost).
const doubles = new Map<string, boolean>();
function hasDouble(text: string): boolean {
  if (!mayDouble(text)) return false;
  const double = DOUBLE();
  double.lastIndex = 0;
  const found = double.test(text);
  double.lastIndex = 0;
  return found;
}

/** Letters (`\p{L}`) outside ASCII, asked once per code unit: 1 a letter, 2 not. */
const letterBMP = new Uint8Array(0x10000);
const LETTER = lazily(() => /^\p{L}$/iu);
/** The length in code units of the letter (`\p{L}`) at i, 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER().test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = letterBMP[c];
  if (!k) letterBMP[c] = k = LETTER().test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** White space as `\s` reads it. */
function spaceAt(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * False only when DOUBLE certainly finds nothing: no two runs of letters, one to three spaces
 * apart, that could be the same word in any case. Runs are compared unit by unit; two ASCII letters
 * must be the same letter (no other character folds onto an ASCII one but the Kelvin sign and the
 * long s, which are not ASCII), and anything else counts as possibly equal. A scan of the text
 * without the expression, which tried every length of every word against the next one.
 */
export function mayDouble(text: string): boolean {
  let prevFrom = -1;
  let prevTo = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const k = letterAt(text, i);
    if (!k) {
      i++;
      continue;
    }
    const from = i;
    i += k;
    for (let l; i < n && (l = letterAt(text, i)); ) i += l;
    if (prevFrom >= 0 && from - prevTo >= 1 && from - prevTo <= 3 && i - from === prevTo - prevFrom && sameRun(text, prevFrom, from, i - from)) return true;
    // The run may be the first of a pair when one to three spaces follow it.
    let j = i;
    while (j < n && j - i < 4 && spaceAt(text.charCodeAt(j))) j++;
    if (j > i && j - i <= 3 && j < n && letterAt(text, j)) {
      prevFrom = from;
      prevTo = i;
    } else prevFrom = -1;
    i = j > i ? j : i;
  }
  return false;
}

/** DOUBLE alone, without the scan before it: for the test that the scan never hides a match. */
export function doubledByExpression(text: string): boolean {
  const double = DOUBLE();
  double.lastIndex = 0;
  const found = double.test(text);
  double.lastIndex = 0;
  return found;
}

function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x !== y && x < 128 && y < 128 && (x | 32) !== (y | 32)) return false;
  }
  return true;
}

function allowedWords(all: RepeatedWordData[]): Set<string> {
  return new Set(all.flatMap((d) => d.allowed ?? []).filter((w) => typeof w === 'string').map((w) => w.toLowerCase()));
}

export default rule;
