// The word gate (engine/anchors.ts) never skips a text that a cue list matches, over the whole data:
// texts generated from every compiled cue expression of every language (random branches, random
// case, the two characters case folding maps onto ASCII letters) that the expression matches are
// always let through, and so are those of every list of strings any rule searches. Corpus-wide: in
// the corpus suite (test/src/corpus); anchors.test.ts holds the gate on texts written there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { anchorsOf, mayMatch, opens, textWords } from '../../../server/out/engine/anchors.js';
import { cuesRegExp } from '../../../server/out/engine/cues.js';
import { compiledCueLists } from '../../../server/out/engine/coverage.js';
import { COMMON, LANGUAGES, PROFILES } from '../../../server/out/engine/data.js';
import { FULL_PROPERTIES, sample } from '../helpers/properties.js';

// ---- texts generated from an expression -----------------------------------------------------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const POOL = [...' aAbBeEsSkKzZ019._-,’\'"()/@:éÉßöÖçñ\u017F\u212A\n\t'];
const classCache = new Map<string, string[]>();
function fromPool(raw: string, r: () => number): string {
  let members = classCache.get(raw);
  if (!members) {
    const re = new RegExp(`^${raw}$`, 'iu');
    classCache.set(raw, (members = POOL.filter((c) => re.test(c))));
  }
  return members.length ? members[Math.floor(r() * members.length)] : '';
}

function randomCase(ch: string, r: () => number): string {
  const x = r();
  if (ch === 's' || ch === 'S') return x < 0.15 ? '\u017F' : x < 0.5 ? 'S' : 's';
  if (ch === 'k' || ch === 'K') return x < 0.15 ? '\u212A' : x < 0.5 ? 'K' : 'k';
  return x < 0.3 ? ch.toUpperCase() : ch;
}

function generate(node: AST.Node, r: () => number): string {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const alts = node.alternatives;
      return generate(alts[Math.floor(r() * alts.length)], r);
    }
    case 'Alternative':
      return node.elements.map((e) => generate(e, r)).join('');
    case 'Character':
      return randomCase(String.fromCodePoint(node.value), r);
    case 'CharacterClass':
    case 'CharacterSet':
      return node.type === 'CharacterSet' && node.kind === 'any' ? fromPool('[^\\n]', r) : fromPool(node.raw, r);
    case 'Quantifier': {
      const n = node.min + Math.floor(r() * (Math.min(node.max, node.min + 3) - node.min + 1));
      let out = '';
      for (let i = 0; i < n; i++) out += generate(node.element, r);
      return out;
    }
    default:
      return '';
  }
}

// Under `npm test` a fifth of the expressions (or lists), in CI all (helpers/properties.ts).
const SHARE = FULL_PROPERTIES ? 1 : 5;

test('the gate lets through every generated text that a cue list matches, in every language', () => {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  let checked = 0;
  let gated = 0;
  for (const language of Object.keys(LANGUAGES)) {
    for (const list of compiledCueLists(language)) {
      const gate = (list as RegExp[] & { gate: number }).gate;
      for (const re of sample(list)) {
        const ast = parser.parsePattern(re.source, 0, re.source.length, { unicode: true });
        if (anchorsOf(re.source)) gated++;
        const r = rng(re.source.length + checked);
        for (let i = 0; i < 40; i++) {
          const text = ` ${generate(ast, r)} `;
          re.lastIndex = 0;
          if (!re.test(text)) continue;
          checked++;
          assert.ok(opens(textWords(text), gate), `${language}: gated out a text its cues match: ${JSON.stringify(text)} by /${re.source.slice(0, 200)}…/`);
        }
      }
    }
  }
  assert.ok(gated > 100 / SHARE, `most cue lists are gated (${gated})`);
  assert.ok(checked > 1000 / SHARE, `enough generated texts matched (${checked})`);
});

/** Every list of strings in the data (most are cue lists; the others compile as cues all the same). */
function stringLists(x: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(x)) {
    if (x.length && x.every((v) => typeof v === 'string')) out.push(x as string[]);
    else for (const v of x) stringLists(v, out);
  } else if (x && typeof x === 'object') for (const v of Object.values(x)) stringLists(v, out);
  return out;
}

test('every cue list of the data, searched by any rule (cues.ts), is gated without losing a match', () => {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const pad = ' '.repeat(48);
  let checked = 0;
  for (const list of sample(stringLists([LANGUAGES, PROFILES, COMMON]))) {
    let re: RegExp;
    try {
      re = cuesRegExp(list);
    } catch {
      continue; // a requirement list whose cues capture a name twice: coverage compiles those (above)
    }
    const ast = parser.parsePattern(re.source, 0, re.source.length, { unicode: true });
    const r = rng(re.source.length);
    for (let i = 0; i < 12; i++) {
      const text = `${pad}${generate(ast, r)}${pad}`;
      re.lastIndex = 0;
      if (!re.test(text)) continue;
      checked++;
      assert.ok(mayMatch(text, re), `gated out a text its cues match: ${JSON.stringify(text.trim())} by /${re.source.slice(0, 200)}…/`);
    }
  }
  assert.ok(checked > 1000 / SHARE, `enough generated texts matched (${checked})`);
});
