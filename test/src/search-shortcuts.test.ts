// Shortcuts the engine takes to search less, each held to the slower reading it replaces: the
// cheaper edge before cue lists whose every cue starts with a word character (cues.ts
// `startsWithWordChar`: `(?<!word)` alone instead of `(?:(?<!word)|(?!word))`, the same matches
// with and without the `i` flag), and a lead-in to complete read from its end (coverage.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, cueAlternation, startsWithWordChar, WORD_CHAR } from '../../server/out/engine/cues.js';
import { compiledCueLists } from '../../server/out/engine/coverage.js';
import { LANGUAGES } from '../../server/out/engine/data.js';

const EDGE = `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}))`;
const START = `(?<!${WORD_CHAR})`;

test('startsWithWordChar: sure only when every match begins with a word character', () => {
  for (const yes of ['we\\s+collect', 'keep', '(our|the company)', '\\bdata', '(direct )?mail', '(a|b)+c', '\\d{1,4} days', '(?<n>foo)', '(?:(?!x)abc)', '[a-z]+', '\\w+ from', 'ü', '(?<![Nn]ot )share', '(?:x{0}|y)z'])
    assert.equal(startsWithWordChar(yes), true, yes);
  for (const no of ['[\\w.+-]+@', '(?:data)?\\s+x', 'x{0,2}', '(a|\\+)b', '^\\s*this', '[^a]b', '.x', '\\p{Lu}x', '\\1x', '(?:a|)', '(?i:a)', '[“"]we', '(^|; )x', '(unclosed', '(?:a', 'a)b', '', '\\u0041b', '(x?)?', '—x', '\\.x'])
    assert.equal(startsWithWordChar(no), false, no);
});

test('a cue list gets the cheaper edge only when every cue starts with a word character', () => {
  assert.ok(compileCues(['keep', 'we collect'])!.source.startsWith(`${START}(?:`));
  assert.ok(compileCues(['keep', '/\\+\\d+/'])!.source.startsWith(`${EDGE}(?:`));
  assert.ok(cueAlternation(['data'])!.startsWith(`${START}(?:`));
  assert.equal(cueAlternation(['data'], { bounded: false }), '(?:data)');
});

// Texts that try the edges: inside words, after digits and underscores, beside punctuation,
// accented letters, and the characters case folding maps onto word characters (the long s, the
// Kelvin and Ångström signs, the micro sign and Greek mu).
const TEXTS = [
  'We collect your name. Wecollect it, we-collect it; (we collect) it:we collect. 5we collect _we collect',
  'data_protection data protection 5data protection édata protection ſtore store ſtoring',
  'keep-keep xkeep keep\u00E9 kept.keep 12keep _keep x\u212Aeep \u212Aeep the \u212Aept list',
  'x\u212Bngstr\u00F6m \u212Bngström \u00B5g x\u03BCg \u039Cg laws, law\u00DF stra\u00DFe STRASSE',
];

test('the cheaper edge finds what the full edge finds, for every cue list of the data and both case modes', () => {
  let cheaper = 0;
  for (const lang of Object.keys(LANGUAGES)) {
    for (const list of compiledCueLists(lang)) {
      for (const re of list) {
        if (!re.source.startsWith(START)) continue;
        cheaper++;
        const full = new RegExp(EDGE + re.source.slice(START.length), re.flags);
        // Its own flags; every tenth list also with the case mode switched.
        const other = re.flags.includes('i') ? re.flags.replace('i', '') : `${re.flags}i`;
        for (const flags of cheaper % 10 ? [re.flags] : [re.flags, other]) {
          const a = new RegExp(full.source, flags);
          const b = new RegExp(re.source, flags);
          for (const t of TEXTS) {
            assert.deepEqual(
              [...t.matchAll(b)].map((m) => `${m.index}:${m[0]}`),
              [...t.matchAll(a)].map((m) => `${m.index}:${m[0]}`),
              `${flags} ${re.source.slice(0, 200)}`,
            );
          }
        }
      }
    }
  }
  assert.ok(cheaper > 100, `only ${cheaper} cue lists have the cheaper edge`);
});

test('a cue that begins with k still matches the Kelvin sign, where the full edge did', () => {
  for (const t of ['x\u212Aeep', '\u212Aeep', 'the \u212Aeep']) {
    const cheap = compileCues(['keep'])!;
    const full = new RegExp(EDGE + cheap.source.slice(START.length), cheap.flags);
    assert.deepEqual(t.match(cheap), t.match(full), t);
  }
});

test('a lead-in to complete is read from its end as the whole expression reads it', async () => {
  const { leadToComplete } = await import('../../server/out/engine/coverage.js');
  const whole = /(?<![\p{L}])\p{L}{1,4}\s*:$/u;
  const parts = ['a', 'auf', 'Recht', 'to', 'de', ' ', '  ', '\u00A0', ':', ' :', '5', '\u{1D400}', '\u{1D400}\u{1D401}', 'é', '-', '\n'];
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % parts.length;
  for (let n = 0; n < 4000; n++) {
    let lead = '';
    const len = 1 + (n % 9);
    for (let k = 0; k < len; k++) lead += parts[next()];
    assert.equal(leadToComplete(lead), whole.test(lead), JSON.stringify(lead));
  }
});
