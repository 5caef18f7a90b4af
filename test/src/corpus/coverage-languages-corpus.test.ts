// Coverage in Dutch, German and French on a corpus of sentences per requirement (written for these
// tests, see coverage-corpus-*.ts), and on whole short policies: one that gives every item, one
// that gives several only in part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, reportOf, show, type Corpus, type Lang } from '../helpers/coverage-lang.js';
import { NL, NL_EDGES, NL_KINDS, NL_MORE } from '../coverage-corpus-nl.js';
import { DE, DE_EDGES, DE_KINDS, DE_MORE } from '../coverage-corpus-de.js';
import { FR, FR_EDGES, FR_KINDS, FR_MORE } from '../coverage-corpus-fr.js';
import { DE_SITES, FR_SITES, NL_SITES } from '../coverage-corpus-sites.js';
import { DE_R2, FR_R2, NL_R2 } from '../coverage-corpus-r2.js';
import { DE_R3, FR_R3, NL_R3 } from '../coverage-corpus-r3.js';
import { DE_R4, FR_R4, NL_R4 } from '../coverage-corpus-r4.js';
import { DE_R5, FR_R5, NL_R5 } from '../coverage-corpus-r5.js';
import { DE_R6, FR_R6, NL_R6 } from '../coverage-corpus-r6.js';
import { DE_R7, FR_R7, NL_R7 } from '../coverage-corpus-r7.js';
import { DE_R8, FR_R8, NL_R8 } from '../coverage-corpus-r8.js';
import { DE_R9, FR_R9, NL_R9 } from '../coverage-corpus-r9.js';
import { FULL, HALF, HALF_PARTIAL, HALF_PRESENT } from '../coverage-policies.js';

/** The corpora per language, one list per requirement: the second written later, in other styles; the third for the kinds the English data handles; the fourth for half-given items and look-alikes; the fifth in website and template styles (coverage-corpus-sites.ts); the sixth in association, municipality, practice and webshop styles (coverage-corpus-r2.ts); the seventh in Impressum, school, employer and mentions-légales styles (coverage-corpus-r3.ts); the eighth a regional probe of those fixes (coverage-corpus-r4.ts); the ninth a second probe (coverage-corpus-r5.ts); the tenth a sixth blind round in regional, app, table and numbered-article styles (coverage-corpus-r6.ts); the eleventh a probe of those fixes (coverage-corpus-r7.ts); the twelfth a probe aimed at the officer, automated decisions, children, source and security (coverage-corpus-r8.ts); the thirteenth a last probe on rights, retention and the controller (coverage-corpus-r9.ts). */
function merge(...corpora: Corpus[]): Corpus {
  const out: Corpus = { gives: {}, partly: {}, never: {} };
  for (const c of corpora) {
    for (const k of ['gives', 'partly', 'never'] as const) {
      for (const [id, list] of Object.entries(c[k])) ((out[k] as Record<string, unknown[]>)[id] ??= []).push(...list);
    }
  }
  return out;
}
const CORPORA: Record<Lang, Corpus> = { nl: merge(NL, NL_MORE, NL_KINDS, NL_EDGES, NL_SITES, NL_R2, NL_R3, NL_R4, NL_R5, NL_R6, NL_R7, NL_R8, NL_R9), de: merge(DE, DE_MORE, DE_KINDS, DE_EDGES, DE_SITES, DE_R2, DE_R3, DE_R4, DE_R5, DE_R6, DE_R7, DE_R8, DE_R9), fr: merge(FR, FR_MORE, FR_KINDS, FR_EDGES, FR_SITES, FR_R2, FR_R3, FR_R4, FR_R5, FR_R6, FR_R7, FR_R8, FR_R9) };
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

const LANGS: Lang[] = ['nl', 'de', 'fr'];

for (const lang of LANGS) {
  test(`${lang}: a whole policy that gives every item has a report with every item present`, () => {
    const report = reportOf(lang, FULL[lang]);
    const wrong = report.filter((c) => c.status !== 'present').map((c) => `${c.requirement}: ${show(c)}`);
    assert.deepEqual(wrong, []);
  });
  test(`${lang}: a policy that gives several items in part has exactly the report expected`, () => {
    const got = Object.fromEntries(reportOf(lang, HALF[lang]).map((c) => [c.requirement, c.status === 'partial' ? `partial: ${c.absent!.join(', ')}` : c.status]));
    const expected: Record<string, string> = {};
    for (const id of Object.keys(got)) {
      expected[id] = id in HALF_PARTIAL ? `partial: ${HALF_PARTIAL[id]}` : HALF_PRESENT.includes(id) ? 'present' : 'missing';
    }
    assert.deepEqual(got, expected);
  });
}
