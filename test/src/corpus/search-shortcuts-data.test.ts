// The cheaper edges before cue lists (cues.ts `edgeNeeds`; search-shortcuts.test.ts holds the
// shortcuts on lists written there) over every cue list of the data: the same matches as the full
// edge in both case modes, and every cue read alone as in its list. Corpus-wide (every list of
// every language compiled and compared): in the corpus suite (test/src/corpus), not the unit suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternationsRead, cueAlternation, edgeNeeds } from '../../../server/out/engine/cues.js';
import { compiledCueLists } from '../../../server/out/engine/coverage.js';
import { COMMON, LANGUAGES } from '../../../server/out/engine/data.js';
import { EDGE, START } from '../helpers/edges.js';
import { sample } from '../helpers/properties.js';

// Texts that try the edges: inside words, after digits and underscores, beside punctuation,
// accented letters, and the characters case folding maps onto word characters (the long s, the
// Kelvin and Ångström signs, the micro sign and Greek mu); cues that begin on punctuation (a
// phone number, a quotation, a mail address, a section sign) after a letter, a space and a digit.
const TEXTS = [
  'We collect your name. Wecollect it, we-collect it; (we collect) it:we collect. 5we collect _we collect',
  'data_protection data protection 5data protection édata protection ſtore store ſtoring',
  'keep-keep xkeep keep\u00E9 kept.keep 12keep _keep x\u212Aeep \u212Aeep the \u212Aept list',
  'x\u212Bngstr\u00F6m \u212Bngström \u00B5g x\u03BCg \u039Cg laws, law\u00DF stra\u00DFe STRASSE',
  'call+44 20 7946 0000 or 0044 20 7946 0000, x£10 £ 10; “we”, "us" x"our" § 26 BDSG x§26 (§ 26 Abs. 1 BDSG)',
  'mail a.b@example.org,x.y@example.org _z@example.org; ...? ??? … www.example.co.uk\nPurposes: to answer you; to bill you; Legal basis: contract',
  'Contents\n\nLegitimate interests: fraud',
];

/**
 * Every cue list the engine compiled (the coverage lists with their concepts expanded, and every
 * list of strings in the data, as the rules compile them), as the engine bounds it and with the
 * full edge before every cue, in both case modes: the same matches on every text.
 */
test('the cheaper edges find what the full edge finds, for every cue list of the data and both case modes', () => {
  for (const lang of Object.keys(LANGUAGES)) compiledCueLists(lang);
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && x.length && x.every((v) => typeof v === 'string')) cueAlternation(x as string[]);
    else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
  };
  walk([LANGUAGES, COMMON]);
  const kinds = new Map<string, number>();
  const cheaper: { bounded: string; full: string }[] = [];
  for (const { alternation, sources } of alternationsRead()) {
    // Only lists read as the engine reads cues: another test may ask about lists of other strings
    // (anchors.test.ts reads every list of the data), whose sources do not read back as the same cues.
    const wrapped = sources.map((s) => `/${s}/`);
    if (cueAlternation(wrapped, { bounded: false }) !== alternation) continue;
    const bounded = cueAlternation(wrapped)!;
    const full = `${EDGE}${alternation}${EDGE}`;
    if (bounded === full) continue;
    cheaper.push({ bounded, full });
  }
  const lists = cheaper.length;
  // Compiling the two expressions of a list in both case modes is most of this test (about 10 s
  // of CPU for some 1,700 lists): under `npm test` every fifth list, in CI every one
  // (helpers/properties.ts). The kinds of edge are counted over the lists compared, so each kind
  // is still compared in the sample.
  const kindOf = (bounded: string) => (bounded.startsWith(START) ? 'look-behind' : bounded.startsWith(`(?:${START}`) ? 'two kinds' : 'none');
  // The sample, and the first list of each kind it happens to leave out (the few lists of a rare
  // kind must not drop out of the sample when a data file gains a list before them).
  const picked = sample(cheaper);
  for (const k of ['look-behind', 'two kinds', 'none']) {
    const first = cheaper.find((c) => kindOf(c.bounded) === k);
    if (first && !picked.some((c) => kindOf(c.bounded) === k)) picked.push(first);
  }
  for (const { bounded, full } of picked) {
    const kind = kindOf(bounded);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    for (const flags of ['giu', 'gu']) {
      let a: RegExp;
      try {
        a = new RegExp(full, flags);
      } catch {
        continue; // cues valid alone, not together (a group name twice): the engine validates each
      }
      const b: RegExp = new RegExp(bounded, flags);
      for (const t of TEXTS) {
        assert.deepEqual(
          [...t.matchAll(b)].map((m) => `${m.index}:${m[0]}`),
          [...t.matchAll(a)].map((m) => `${m.index}:${m[0]}`),
          `${flags} ${bounded.slice(0, 200)}`,
        );
      }
    }
  }
  assert.ok(lists > 500, `only ${lists} cue lists have a cheaper edge`);
  for (const kind of ['look-behind', 'two kinds', 'none']) assert.ok((kinds.get(kind) ?? 0) > 0, `no list of kind ${kind}: ${[...kinds]}`);
});

const parses = (source: string): boolean => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

test('every cue of every language is read alone as in its list', async () => {
  const { PRECOMPUTED_EDGE_NEEDS } = await import('../../../server/out/engine/anchors-table.js');
  assert.equal(PRECOMPUTED_EDGE_NEEDS.size, 0, 'server/out reads every list; the bundles carry the table (anchors.test.ts)');
  let cues = 0;
  for (const { sources } of alternationsRead()) {
    const needs = edgeNeeds(sources);
    assert.equal(needs.length, sources.length);
    // Cues valid alone but not together (a group name twice, a concept not yet expanded such as
    // "{votre}") are never one expression: the whole list reads as unsure, the safe answer, and
    // each cue alone may read otherwise.
    if (!parses(sources.join('|'))) continue;
    // One parse of the list reads each cue as a parse of the cue alone does.
    sources.forEach((s, i) => assert.equal(needs[i], edgeNeeds([s]), s.slice(0, 200)));
    cues += sources.length;
  }
  assert.ok(cues > 5000, `${cues} cues`);
});
