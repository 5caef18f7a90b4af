// Shortcuts the engine takes to search less, each held to the slower reading it replaces: the
// cheaper edges before cue lists (cues.ts `edgeNeeds`: `(?<!word)` alone instead of
// `(?:(?<!word)|(?!word))` before cues whose every match starts with a word character or at `^`, no
// edge before cues that start with a character that is never one; the same matches with and
// without the `i` flag), and a lead-in to complete read from its end (coverage.ts).
// The same over every cue list of the data (every list, both case modes; every cue alone):
// corpus/search-shortcuts-data.test.ts, in the corpus suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, cueAlternation, edgeNeeds, startsWithWordChar } from '../../server/out/engine/cues.js';
import { EDGE, START } from './helpers/edges.js';

test('startsWithWordChar: sure only when every match begins with a word character', () => {
  for (const yes of ['we\\s+collect', 'keep', '(our|the company)', '\\bdata', '(direct )?mail', '(a|b)+c', '\\d{1,4} days', '(?<n>foo)', '(?:(?!x)abc)', '[a-z]+', '\\w+ from', 'ü', '(?<![Nn]ot )share', '(?:x{0}|y)z', '\\u0041b', '[\\u00C0-\\u00D6]+x', '(^|a)b'])
    assert.equal(startsWithWordChar(yes), true, yes);
  for (const no of ['[\\w.+-]+@', '(?:data)?\\s+x', 'x{0,2}', '(a|\\+)b', '^\\s*this', '[^a]b', '.x', '\\p{Lu}x', '\\1x', '(?:a|)', '(?i:a)', '[“"]we', '(^|; )x', '(unclosed', '(?:a', 'a)b', '', '(x?)?', '—x', '\\.x', '\\u212Aeep', '[\\u0370-\\u03FF]x'])
    assert.equal(startsWithWordChar(no), false, no);
});

test('edgeNeeds: what each cue needs before it, read from one parse of the list', () => {
  assert.equal(edgeNeeds(['keep', '\\+\\d+', '^\\s*this', '[\\w.]+@x', '(^|; )x', '“we”', '\\s+x', '§ ?26', 'a|\\+b', 'a|b']), 'wfammfffmw');
  assert.equal(edgeNeeds(['(unclosed', 'x']), 'mm', 'a list that does not parse: the full edge');
  assert.equal(edgeNeeds(['\\u212Aeep']), 'm', 'the Kelvin sign is a k to a case-insensitive edge');
});

test('a cue list gets the cheaper edges only where they find what the full edge finds', () => {
  assert.ok(compileCues(['keep', 'we collect'])!.source.startsWith(`${START}(?:`));
  assert.ok(compileCues(['keep', '/^\\s*we/'])!.source.startsWith(`${START}(?:`), 'a cue at ^ takes the cheaper edge');
  assert.equal(compileCues(['keep', '/\\+\\d+/'])!.source, `(?:${START}(?:keep)|(?:\\+\\d+))${EDGE}`);
  assert.equal(compileCues(['/\\+\\d+/', '/§ ?1/'])!.source, `(?:\\+\\d+|§ ?1)${EDGE}`);
  assert.ok(compileCues(['keep', '/[\\w.]+@x/'])!.source.startsWith(`${EDGE}(?:`), 'a cue that may start either way: the full edge for all');
  assert.ok(compileCues(['/\\+\\d+/', '/^\\s*we/'])!.source.startsWith(`${EDGE}(?:`));
  assert.ok(cueAlternation(['data'])!.startsWith(`${START}(?:`));
  assert.equal(cueAlternation(['data'], { bounded: false }), '(?:data)');
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
