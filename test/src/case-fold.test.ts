// Case-insensitive search over a folded text (engine/case-fold.ts): a folded expression without
// `i` over foldText(text) matches exactly what the expression with `i` matches over the text, at
// the same offsets. Held for the fold itself over every BMP character, for hand-made expressions
// over texts of the awkward characters (the long s, the Kelvin sign, the micro sign, ß and ẞ, the
// dotted and dotless i, final sigma), and for every requirement cue list of every language over
// the examples in random case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKED_RANGES, foldCode, foldedSource, foldText, LOWER_IS_NOT_FOLD } from '../../server/out/engine/case-fold.js';
import { compileCues, isFolded } from '../../server/out/engine/cues.js';
import { compiledCueLists } from '../../server/out/engine/coverage.js';
import { LANGUAGES } from '../../server/out/engine/data.js';
import { sample } from './helpers/properties.js';

const BMP: number[] = [];
for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) BMP.push(cp);

test('every BMP character folds onto a character of its own case class, which folds onto itself; toLowerCase agrees but for LOWER_IS_NOT_FOLD', () => {
  const differ: number[] = [];
  for (const cp of BMP) {
    const f = foldCode(cp);
    assert.equal(foldCode(f), f, `fold of U+${cp.toString(16)} is no fixed point`);
    if (f !== cp) assert.ok(new RegExp(`^\\u{${f.toString(16)}}$`, 'iu').test(String.fromCharCode(cp)), `U+${cp.toString(16)}`);
    const c = String.fromCharCode(cp);
    if (c.toLowerCase() !== String.fromCharCode(f)) differ.push(cp);
    assert.equal(LOWER_IS_NOT_FOLD.test(c), c.toLowerCase() !== String.fromCharCode(f), `U+${cp.toString(16)}`);
  }
  assert.ok(differ.includes(0x17f) && differ.includes(0x130) && differ.includes(0xb5));
});

test('the case class of every character in CHECKED_RANGES has one fold', () => {
  const all = String.fromCharCode(...BMP.filter((cp) => cp < 0xd800 || cp > 0xdfff));
  for (const [a, b] of CHECKED_RANGES) {
    for (let cp = a; cp <= b; cp++) {
      const f = foldCode(cp);
      for (const m of all.matchAll(new RegExp(`\\u{${cp.toString(16)}}`, 'giu'))) assert.equal(foldCode(m[0].charCodeAt(0)), f, `U+${cp.toString(16)} and U+${m[0].charCodeAt(0).toString(16)}`);
    }
  }
});

test('foldText keeps the length and folds each character', () => {
  const t = 'Wir ſpeichern ẞTRASSE, İstanbul, ıp, ΣΟΦΟΣ σοφος µg \u212Aelvin – Ärger “Quotes” 😀 End';
  const f = foldText(t);
  assert.equal(f.length, t.length);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) assert.equal(f.charCodeAt(i), c);
    else assert.equal(f.charCodeAt(i), foldCode(c));
  }
  assert.equal(foldText('We Store IT'), 'we store it');
});

/** Every match (index, length) of the expression with `i` over the text, and of its folded source without `i` over the folded text. */
function both(source: string, text: string): [string, string] {
  const folded = foldedSource(source);
  assert.ok(folded !== null, source);
  const run = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => `${m.index}+${m[0].length}`).join(' ');
  return [run(new RegExp(source, 'giu'), text), run(new RegExp(folded, 'gu'), foldText(text))];
}

const AWKWARD = ['s', 'S', 'ſ', 'k', 'K', '\u212A', 'µ', 'μ', 'Μ', 'ß', 'ẞ', 'i', 'I', 'İ', 'ı', 'σ', 'ς', 'Σ', 'é', 'É', 'æ', 'Æ', 'ÿ', 'Ÿ', 'ǅ', 'ǆ', 'Ǆ', ' ', '-', '.', '’', 'x', 'X', '1', '_'];

test('a folded expression matches what the expression matches with i, at the same offsets', () => {
  const sources = [
    'sk',
    'STORE|keep',
    '[A-Z]+',
    '[^a-z]+',
    '[^A-Z\\s]+',
    '\\w+',
    '\\W+',
    '\\bs\\w*',
    '(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F])(?:stra(ß|ss)e|µg)',
    '(\\w)\\1',
    '[\\u00C0-\\u024F]+',
    '[^\\u00C0-\\u00DE]',
    'I',
    'ı',
    'İ',
    '[\\p{L}]+x',
    'Ǆ',
  ];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (const source of sources) {
    for (let k = 0; k < 200; k++) {
      let text = '';
      for (let j = 0; j < 12; j++) text += AWKWARD[rand(AWKWARD.length)];
      const [a, b] = both(source, text);
      assert.equal(b, a, `${source} over ${JSON.stringify(text)}`);
    }
  }
});

test('what a fold cannot say keeps the i flag: a named group, a modifier, a cased property', () => {
  assert.equal(foldedSource('(?<name>\\w+) ltd'), null);
  assert.equal(foldedSource('(?i:a)b'), null);
  assert.equal(foldedSource('\\p{Lu}x'), null);
  assert.equal(foldedSource('α'), null); // a cased character beyond CHECKED_RANGES
  assert.equal(foldedSource('('), null);
});

const randomCase = (t: string, seed: number) => {
  let s = seed;
  let out = '';
  for (const ch of t) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += s % 3 === 0 ? ch.toUpperCase() : s % 3 === 1 ? ch.toLowerCase() : ch;
  }
  return out;
};

test('every requirement cue list of every language, folded, matches the examples in random case as it does with i', () => {
  const root = join(import.meta.dirname, '..', '..', 'examples');
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) texts.push(readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(root);
  const paragraphs = texts.flatMap((t, i) => t.split(/\n{2,}/).map((p, j) => (j % 2 ? randomCase(p, i * 1000 + j) : p)));
  let lists = 0;
  for (const lang of Object.keys(LANGUAGES)) {
    const req = LANGUAGES[lang].requirements;
    if (!req) continue;
    // The lists as written (concepts left out: they are expanded by the coverage's compiler).
    const cueLists: string[][] = [];
    for (const r of Object.values(req.requirements ?? {})) {
      for (const k of ['headings', 'phrases', 'partial', 'absence', 'not', 'narrow', 'broad'] as const) cueLists.push((r[k] ?? []).filter((c) => typeof c === 'string' && !c.includes('{') && !c.startsWith('=')));
      for (const l of Object.values(r.elements ?? {})) cueLists.push(l.filter((c) => typeof c === 'string' && !c.includes('{') && !c.startsWith('=')));
    }
    for (const cues of sample(cueLists)) {
      // Named groups numbered per cue, as the coverage's compiler does (two cues may each capture `name`).
      const re = compileCues(cues.map((c, i) => c.replaceAll('(?<name>', `(?<name${i}>`)), 'giu');
      if (!re) continue;
      const folded = foldedSource(re.source);
      if (folded === null) continue;
      lists++;
      const f = new RegExp(folded, 'gu');
      for (const p of paragraphs) {
        const a = [...p.matchAll(re)].map((m) => `${m.index}+${m[0].length}`).join(' ');
        const b = [...foldText(p).matchAll(f)].map((m) => `${m.index}+${m[0].length}`).join(' ');
        assert.equal(b, a, `${lang}: ${cues.slice(0, 3).join(' | ')} … over ${JSON.stringify(p.slice(0, 80))}`);
      }
    }
  }
  assert.ok(lists > 20, `${lists} lists`);
});

test('the coverage reads its case-insensitive lists folded', () => {
  const lists = compiledCueLists('en').flat();
  const folded = lists.filter(isFolded);
  assert.ok(folded.length > lists.length / 2, `${folded.length} of ${lists.length}`);
  for (const re of folded) assert.ok(!re.ignoreCase);
});
