// Which language a policy is written in, when the front matter does not say: a clear majority of
// one language's function words (data: each language's meta.yaml) decides; else franc-min's
// trigram guess, asked to choose only among the languages we have cue lists for.
import { franc } from 'franc-min';
import type { Block } from './document.js';
import { LANGUAGES } from './data.js';
import { remember } from './memo.js';
import { lazily } from './text.js';

const ISO3: Record<string, string> = { eng: 'en', nld: 'nl', deu: 'de', fra: 'fr' };
const only = Object.entries(ISO3)
  .filter(([, two]) => two in LANGUAGES)
  .map(([three]) => three);

const MIN_SAMPLE = 120;
/** franc reads no more than this of what it is given (its MAX_LENGTH): a longer sample is wasted. */
const FRANC_READS = 2048;

const detected = new Map<string, string>();

/** Each language's function words (its meta.yaml), built once. */
let functionWords: Map<string, string> | undefined;
function wordsOf(): Map<string, string> {
  if (!functionWords) {
    functionWords = new Map();
    for (const [lang, data] of Object.entries(LANGUAGES)) for (const w of data['function-words'] ?? []) functionWords.set(w, lang);
  }
  return functionWords;
}

/** At least this many function words, and twice as many of one language as of any other, decide. */
const VOTE_MIN = 4;
const WORD = lazily(() => /\p{L}+/gu);

/**
 * The language whose function words clearly outnumber every other's in the sample, if one does.
 * Trigrams guess wrong on a few short sentences (four short requests to take down a listing, a review, a
 * comment or a post read as French to franc); short words that belong to one language do not.
 */
export function voteLanguage(sample: string): string | undefined {
  const words = wordsOf();
  const count = new Map<string, number>();
  for (const m of sample.matchAll(WORD())) {
    const lang = words.get(m[0].toLowerCase());
    if (lang) count.set(lang, (count.get(lang) ?? 0) + 1);
  }
  const [first, second] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < VOTE_MIN || (second && first[1] < 2 * second[1])) return undefined;
  return first[0];
}

/**
 * Detect from a sample of the prose, spread over the document (paragraphs taken at a step). The
 * sample stops where franc stops reading, and its answer is remembered by the whole sample (the
 * function-word vote reads all of it, past what franc reads): an edit
 * that leaves the sampled text alone asks franc nothing.
 */
export function detectLanguage(blocks: Block[]): string | undefined {
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  let sample = '';
  const step = Math.max(1, Math.floor(prose.length / 60));
  for (let i = 0; i < prose.length && sample.length < FRANC_READS; i += step) sample += prose[i].text.slice(0, 600) + '\n';
  // Trigram guesses on a sentence or two are unreliable (three English sentences can come out
  // as French); below this much prose we keep the default language.
  if (sample.length < MIN_SAMPLE) return undefined;
  // '' stands for no answer (a memo keeps no undefined).
  return remember(detected, sample, () => voteLanguage(sample) ?? ISO3[franc(sample, { only, minLength: MIN_SAMPLE })] ?? '') || undefined;
}
