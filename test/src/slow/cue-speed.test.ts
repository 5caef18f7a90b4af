// No compiled cue list is pathologically slow per character on plain prose: every list of every
// language is run over the same few pages of prose (every match, as a check's search loop would
// find them), and its CPU time is compared with that of a bare word-boundary expression run over
// the same text in the same process (a ratio, never against a clock). Session 22 put a long
// lookbehind at the head of every policy-changes `notice` cue: tried at every character, that one
// list was most of a 1 MB check. Slow: run by .ci/run and `npm run test:slow`, not by `npm test`.
// And no expression a check searches with (a list, or each part of one) is longer than V8
// optimises: session 31's cues took two lists over 20 KB and each ran 9x slower on real text, which
// this prose did not show as a ratio (110x against 82x for the slowest optimised list: no bound
// between), so the length itself is held, which is what V8 decides by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compiledCueLists, OPTIMISED_SOURCE } from '../../../server/out/engine/coverage.js';
import { isFolded } from '../../../server/out/engine/cues.js';
import { sourceOf } from '../../../server/out/engine/text.js';
import { foldedView } from '../../../server/out/engine/case-fold.js';
import { LANGUAGES } from '../../../server/out/engine/data.js';
import { cpuMs } from '../helpers/doubling.js';

/**
 * How many times the bare expression's time per character a list may take. The slowest list of
 * the data measured 60-90x (a list of hundreds of cues is tried at every word); session 22's
 * notice list, before its lookbehinds were taken out of the search, several times that.
 */
const BOUND = 250;

// Sentences in our own words, of the kind a policy is written in, with the words of no one list.
const SENTENCES = [
  'We keep the details you give us when you book a lesson, and we delete them after two years.',
  'Our small team reads your messages only to answer them; nobody else sees what you write.',
  'You can ask for a copy of what we hold about you, or ask us to correct it, at any time.',
  'The app stores your scores on your phone and sends nothing to our servers unless you sync.',
  'If the law requires it, we may pass records to the tax office or to the police.',
  'Payments are handled by our card processor, which keeps the card number on its own systems.',
  'When this notice changes, the date at the top changes with it and members get an email.',
  'Children under thirteen may use the club site only with a parent who signs them up.',
  'Wir speichern Ihre Anfrage, bis sie beantwortet ist, und löschen sie danach.',
  'Wij bewaren uw gegevens zolang u lid bent en daarna nog één jaar.',
  'Nous conservons vos données pendant la durée de votre inscription, puis nous les supprimons.',
];

/** About `size` characters of prose: the sentences in a shifting order, in paragraphs of five. */
function prose(size: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = Array.from({ length: 5 }, (_, j) => SENTENCES[(i * 7 + j * 3) % SENTENCES.length]).join(' ');
    paragraphs.push(p);
    length += p.length;
  }
  return paragraphs;
}

/** Every match of `re` in each paragraph, as a search loop finds them. */
function runOver(re: RegExp, paragraphs: readonly string[]): void {
  const g = re.global || re.sticky ? re : new RegExp(re.source, `${re.flags}g`);
  for (const p of paragraphs) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(p))) if (!m[0]) g.lastIndex++;
  }
}

const BARE = /\b\w+\b/gu;

test(`no compiled cue list takes more than ${BOUND}x a bare word expression's time per character on prose`, (t) => {
  const paragraphs = prose(48 * 1024);
  const folded = paragraphs.map((p) => foldedView(p));
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const bare = () => {
    runOver(BARE, paragraphs);
    let best = Infinity;
    for (let i = 0; i < 3; i++) best = Math.min(best, cpuMs(() => runOver(BARE, paragraphs)));
    return Math.max(best, 0.05);
  };
  const slow: string[] = [];
  let worst = 0;
  for (const language of Object.keys(LANGUAGES)) {
    // What a check searches with (the whole of a list with parts only where two parts tie).
    const lists = compiledCueLists(language).flatMap(searched);
    let base = bare();
    for (const re of lists) {
      const text = isFolded(re) ? folded : paragraphs;
      runOver(re, text.slice(0, 2)); // compiled before it is timed
      const time = (runs: number) => {
        let best = Infinity;
        for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(() => runOver(re, text)));
        return best;
      };
      let ratio = time(1) / base;
      // A pause elsewhere on a busy machine is measured again; a slow expression is slow again.
      if (ratio > BOUND) {
        base = bare();
        ratio = time(3) / base;
      }
      worst = Math.max(worst, ratio);
      if (ratio > BOUND) slow.push(`${language} ${ratio.toFixed(0)}x: ${re.source.slice(0, 160)}`);
    }
  }
  t.diagnostic(`${chars} characters; slowest list ${worst.toFixed(1)}x the bare expression`);
  assert.deepEqual(slow, []);
});

/** What a check searches with for a compiled list: its parts where it has them, and a wordless list's other cues. */
function searched(m: RegExp[]): RegExp[] {
  const x = m as RegExp[] & { parts?: ({ re: RegExp }[] | null)[]; wordless?: ({ others: RegExp[] } | null)[] };
  return m.flatMap((re, i) => [...(x.parts?.[i]?.map((p) => p.re) ?? [re]), ...(x.wordless?.[i]?.others ?? [])]);
}

test(`no expression a check searches with is longer than V8 optimises (${OPTIMISED_SOURCE} characters)`, () => {
  const long: string[] = [];
  for (const language of Object.keys(LANGUAGES)) {
    for (const re of compiledCueLists(language).flatMap(searched)) {
      const n = sourceOf(re).length;
      if (n > OPTIMISED_SOURCE) long.push(`${language} ${n}: ${sourceOf(re).slice(0, 120)}`);
    }
  }
  assert.deepEqual(long, []);
});
