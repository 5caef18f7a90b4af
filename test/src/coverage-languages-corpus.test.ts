// Coverage in Dutch, German and French on a corpus of sentences per requirement (written for these
// tests, see coverage-corpus-*.ts), and on whole short policies: one that gives every item, one
// that gives several only in part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, reportOf, show, type Corpus, type Lang } from './helpers/coverage-lang.js';
import { NL } from './coverage-corpus-nl.js';
import { DE } from './coverage-corpus-de.js';
import { FR } from './coverage-corpus-fr.js';

const CORPORA: Record<Lang, Corpus> = { nl: NL, de: DE, fr: FR };
const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s).replace(/\n/g, ' / ');

for (const [lang, corpus] of Object.entries(CORPORA) as [Lang, Corpus][]) {
  for (const [requirement, texts] of Object.entries(corpus.gives)) {
    for (const text of texts) {
      test(`${lang} ${requirement} given: "${short(text)}"`, () => {
        const c = coverageOf(lang, text, requirement);
        assert.equal(c.status, 'present', show(c));
      });
    }
  }
  for (const [requirement, cases] of Object.entries(corpus.partly)) {
    for (const [text, element] of cases) {
      test(`${lang} ${requirement} partly given (${element} absent): "${short(text)}"`, () => {
        const c = coverageOf(lang, text, requirement);
        assert.equal(c.status, 'partial', show(c));
        assert.deepEqual(c.absent, [element]);
      });
    }
  }
  for (const [requirement, texts] of Object.entries(corpus.never)) {
    for (const text of texts) {
      test(`${lang} ${requirement} never given: "${short(text)}"`, () => {
        const c = coverageOf(lang, text, requirement);
        assert.equal(c.status, 'missing', show(c));
      });
    }
  }
}
