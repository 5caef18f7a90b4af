// Which language a policy is written in, when the front matter does not say. franc-min looks at
// trigrams; we only ask it to choose among the languages we have cue lists for.
import { franc } from 'franc-min';
import type { Block } from './document.js';
import { LANGUAGES } from './data.js';

const ISO3: Record<string, string> = { eng: 'en', nld: 'nl', deu: 'de', fra: 'fr' };
const only = Object.entries(ISO3)
  .filter(([, two]) => two in LANGUAGES)
  .map(([three]) => three);

const MIN_SAMPLE = 120;

/** Detect from a sample of the prose (at most ~20 000 characters, spread over the document). */
export function detectLanguage(blocks: Block[]): string | undefined {
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  let sample = '';
  const step = Math.max(1, Math.floor(prose.length / 60));
  for (let i = 0; i < prose.length && sample.length < 20000; i += step) sample += prose[i].text.slice(0, 600) + '\n';
  // Trigram guesses on a sentence or two are unreliable (three English sentences can come out
  // as French); below this much prose we keep the default language.
  if (sample.length < MIN_SAMPLE) return undefined;
  const code = franc(sample, { only, minLength: MIN_SAMPLE });
  return ISO3[code];
}
