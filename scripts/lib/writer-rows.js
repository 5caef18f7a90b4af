// Labelled passages by blind writers (test/fixtures/writer-rows: see its README.md), as training
// examples for the coverage classifier (scripts/train-coverage.js).
//
// Each row is [lang, requirement, label, text]: a passage of one to five sentences, labelled
// "present", "partial" or "notpresent" by a helper who had read only the conventions and the law,
// never the checker. The passage is set in a policy as the row tests set it (test/src/helpers/
// coverage-lang.ts rowText, englishText) and read into sentences as the engine reads them
// (`unitsOf`); only the passage's own sentences are kept. The label is the passage's, not a
// sentence's, so a passage that gives its item gives one positive example: its sentence scored
// highest by a first model, trained with every sentence of such a passage as a positive at its share
// of the row's weight (the other sentences of a long passage are about something else and give
// nothing); a single sentence needs no choice. Every sentence of a
// passage not given is a negative; of a partly given one, a negative at the `partial` weight (the
// conventions count it as not given), as the test rows' are. Rows weigh `ROW_WEIGHT` each: a few
// hundred passages per language beside tens of thousands of test sentences.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WRITER_ROWS = join(ROOT, 'test', 'fixtures', 'writer-rows');
export const ROW_WEIGHT = 3;

/** Every row of every file, with its file's name, files in name order. */
export function writerRows(dir = WRITER_ROWS) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).map(([lang, requirement, label, text]) => ({ file: f, lang, requirement, label, text })));
}

/** The passage's sentences as the engine reads it in a policy. */
async function sentencesOf(lang, text) {
  const { parseDocument } = await import('../../server/out/engine/document.js');
  const { unitsOf } = await import('../../server/out/engine/coverage-check.js');
  const { englishText, rowText } = await import('../../test/out/helpers/coverage-lang.js');
  const doc = parseDocument(lang === 'en' ? englishText(text) : rowText(lang, text));
  const flat = (s) => s.replace(/\s+/g, ' ').trim();
  const passage = flat(text);
  const out = [];
  for (const block of doc.blocks) {
    for (const u of unitsOf(block)) {
      const sentence = block.text.slice(u.from, u.to);
      if (sentence.trim() && passage.includes(flat(sentence))) out.push(sentence);
    }
  }
  return out;
}

/**
 * Training examples from the rows. `score(lang, requirement, sentence)`: the probability a first
 * model gives a sentence, to choose a long passage's positive; without it, each of the passage's
 * sentences is a positive at its share of the weight (the first model's training).
 */
export async function writerExamples(settings, skip, score = null, rows = writerRows()) {
  const out = [];
  for (const [i, { file, lang, requirement, label, text }] of rows.entries()) {
    if (skip.has(requirement)) continue;
    const sentences = await sentencesOf(lang, text);
    if (!sentences.length) continue;
    const base = { file: `writer-rows/${file}`, lang, requirement, group: `writer-rows/${file}#${i}`, label };
    if (label === 'present') {
      if (sentences.length === 1 || !score) {
        for (const s of sentences) out.push({ ...base, text: s, y: 1, w: ROW_WEIGHT / sentences.length });
        continue;
      }
      let best = sentences[0];
      let top = -1;
      for (const s of sentences) {
        const p = score(lang, requirement, s);
        if (p > top) [best, top] = [s, p];
      }
      out.push({ ...base, text: best, y: 1, w: ROW_WEIGHT });
    } else {
      const w = label === 'partial' ? ROW_WEIGHT * settings.partial : ROW_WEIGHT;
      if (w) for (const s of sentences) out.push({ ...base, text: s, y: 0, w });
    }
  }
  return out;
}
