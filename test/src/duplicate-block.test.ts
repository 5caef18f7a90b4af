import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check } from '../../server/out/engine/check.js';
import { sameVerbatim } from '../../server/out/engine/rules/duplicate-block.js';
import type { Range } from '../../server/out/engine/types.js';
import { fixtureTests } from './helpers/fixtures.js';
import { FIXTURES } from './helpers/paths.js';
import { applyEdits } from './helpers/edits.js';
import { binaryString, runs } from './helpers/properties.js';

const RULE = 'duplicate-block';
const dups = (text: string, options?: Record<string, unknown>) =>
  check(text, options ? { rules: { [RULE]: { options } } } : {}).diagnostics.filter((d) => d.rule === RULE);

fixtureTests(RULE);

const para = (topic: string) =>
  `We send a reminder about ${topic} two weeks before the renewal date, and a second one on the day itself, so that you can cancel the subscription before any payment is taken from your card.`;

test('duplicate-block: related information points at the first copy and the other copies', () => {
  const text = `# Notice\n\n${para('renewals')}\n\n## Billing\n\n${para('renewals')}\n\n## Cancelling\n\n${para('renewals')}\n`;
  const found = dups(text);
  assert.equal(found.length, 2);
  const [second, third] = found;
  assert.equal(second.range.start.line, 6);
  assert.deepEqual(
    second.related!.map((r) => [r.range.start.line, r.message]),
    [
      [2, 'First copy is here.'],
      [10, 'Also repeated here.'],
    ],
  );
  assert.deepEqual(
    third.related!.map((r) => r.range.start.line),
    [2, 6],
  );
  assert.match(second.message, /word for word/);
  assert.match(second.message, /3 times/);
  assert.equal(second.data!.similarity, 1);
  assert.deepEqual((second.data!.firstCopy as { range: Range }).range.start, { line: 2, character: 0 });
});

test('duplicate-block: a copy pasted into the line of another paragraph is found on its line', () => {
  const text = `# Notice\n\n${para('renewals')}\n\n## Billing\n\nWe bill once a year.\n${para('renewals')}\n`;
  const found = dups(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 7);
  const fixed = applyEdits(text, found[0].fixes!.find((f) => f.kind === 'fix')!.edits);
  assert.equal(fixed, `# Notice\n\n${para('renewals')}\n\n## Billing\n\nWe bill once a year.\n`);
});

test('duplicate-block: a near copy gets suggestions only; a verbatim one a safe fix', () => {
  const near = para('renewals').replace('two weeks', 'fourteen days');
  const found = dups(`# Notice\n\n${para('renewals')}\n\n${near}\n`);
  assert.equal(found.length, 1);
  assert.ok((found[0].data!.similarity as number) < 1);
  assert.ok(found[0].fixes!.every((f) => f.kind === 'suggestion'));
  assert.match(found[0].message, /nearly word for word \(\d+% alike\)/);
});

test('duplicate-block: options minWords and threshold', () => {
  const short = 'We answer every request within one month of receiving it.';
  assert.equal(dups(`${short}\n\n${short}\n`).length, 0);
  assert.equal(dups(`${short}\n\n${short}\n`, { minWords: 5 }).length, 1);
  const near = para('renewals').replace('two weeks', 'fourteen days').replace('second one', 'last one');
  const text = `${para('renewals')}\n\n${near}\n`;
  assert.equal(dups(text, { threshold: 0.95 }).length, 0);
  assert.equal(dups(text, { threshold: 0.5 }).length, 1);
});

test('duplicate-block: the reference suggestion is in the document language and names the section', () => {
  const nl =
    'Wij bewaren uw gegevens niet langer dan nodig is voor het doel waarvoor wij ze hebben verzameld, en daarna verwijderen wij ze of maken wij ze anoniem zodat ze niet meer naar u verwijzen.';
  const text = `---\npolicy:\n  language: nl\n---\n# Privacyverklaring\n\n## Bewaartermijnen\n\n${nl}\n\n## Uw rechten\n\n${nl}\n`;
  const [d] = dups(text);
  const ref = d.fixes!.find((f) => f.title.startsWith('Replace'))!;
  assert.equal(ref.edits[0].newText, 'Zie „Bewaartermijnen” hierboven.');
  const after = applyEdits(text, ref.edits);
  assert.equal(dups(after).length, 0);
});

test('duplicate-block: every safe fix applies cleanly and the finding is gone', () => {
  const fixtures = join(FIXTURES, RULE);
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.md'))) {
    let text = readFileSync(join(fixtures, f), 'utf8');
    for (let round = 0; round < 5; round++) {
      const d = dups(text).find((x) => x.fixes?.some((fx) => fx.kind === 'fix'));
      if (!d) break;
      const before = dups(text).length;
      text = applyEdits(text, d.fixes!.find((fx) => fx.kind === 'fix')!.edits);
      assert.equal(dups(text).length, before - 1, `${f}: the fix removed exactly one finding`);
      assert.doesNotMatch(text, /\n\n\n/, `${f}: no blank-line debris`);
    }
  }
});

test('duplicate-block: never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 400 }), binaryString(400)), (s) => {
      dups(s);
      dups(s + '\n\n' + s);
    }),
    { numRuns: runs(300) },
  );
});

test('duplicate-block: a paragraph of 30 or more words pasted twice is always found', () => {
  const word = fc.stringMatching(/^[a-z]{1,10}$/);
  fc.assert(
    fc.property(fc.array(word, { minLength: 30, maxLength: 80 }), fc.array(word, { minLength: 0, maxLength: 40 }), (words, between) => {
      const p = words.join(' ') + '.';
      const text = `${p}\n\n${between.length ? between.join(' ') + '.\n\n' : ''}${p}\n`;
      const found = dups(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].range.start.line, between.length ? 4 : 2);
    }),
    { numRuns: runs(200) },
  );
});

test('duplicate-block: sameVerbatim compares as the folded copies it replaced would', () => {
  // The form each unit's text was remembered in before (white space folded, quotes and dashes unified, trimmed).
  const folded = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟«»]/g, '"').replace(/[‐‑‒–—]/g, '-').trim();
  const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'a', 'b', 'é', "'", '’', '‘', '`', '´', '"', '“', '«', '-', '–', '—', '‐', '\u2015', 'x y', '.');
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, text, (a, b) => {
      assert.equal(sameVerbatim(a, b), folded(a) === folded(b), JSON.stringify([a, b]));
      assert.ok(sameVerbatim(a, a));
    }),
    { numRuns: runs(2000) },
  );
  // Two texts built from the same pieces, each written one of two ways (mostly alike, sometimes not).
  const pair = fc.constantFrom(['’', "'"], ['“', '"'], ['»', '"'], ['–', '-'], ['‑', '-'], [' ', '\n\t '], ['\u00a0', ' '], ['', ' '], ['a', 'a'], ['é', 'é'], ['a', 'b'], ['-', '\u2015'], ['"', "'"], [' ', '']);
  fc.assert(
    fc.property(fc.array(pair, { maxLength: 14 }), (ps) => {
      const a = ps.map((p) => p[0]).join('');
      const b = ps.map((p) => p[1]).join('');
      assert.equal(sameVerbatim(a, b), folded(a) === folded(b), JSON.stringify([a, b]));
      assert.equal(sameVerbatim(b, a), sameVerbatim(a, b));
    }),
    { numRuns: runs(2000) },
  );
  for (const [a, b] of [
    ['a b', ' a\n b '],
    ['‘quoted’ — text', "'quoted' - text"],
    ['a b', 'ab'],
    ['a', 'a '],
    ['', '  '],
  ])
    assert.equal(sameVerbatim(a, b), folded(a) === folded(b), JSON.stringify([a, b]));
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).
