// Which language a policy is written in, when the front matter does not say. franc-min looks at
// trigrams; we only ask it to choose among the languages we have cue lists for.
import { franc } from 'franc-min';
import type { Block } from './document.js';
import { LANGUAGES } from './data.js';
import { remember } from './memo.js';

const ISO3: Record<string, string> = { eng: 'en', nld: 'nl', deu: 'de', fra: 'fr' };
const only = Object.entries(ISO3)
  .filter(([, two]) => two in LANGUAGES)
  .map(([three]) => three);

const MIN_SAMPLE = 120;
/** franc reads no more than this of what it is given (its MAX_LENGTH): a longer sample is wasted. */
const FRANC_READS = 2048;

const detected = new Map<string, string>();

/**
 * Detect from a sample of the prose, spread over the document (paragraphs taken at a step). The
 * sample stops where franc stops reading, and its answer is remembered by the sample: an edit
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
  return remember(detected, sample.slice(0, FRANC_READS), () => ISO3[franc(sample, { only, minLength: MIN_SAMPLE })] ?? '') || undefined;
}
