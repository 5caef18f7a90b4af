// The one cue compiler every rule uses: the syntax of `Cue` (datatypes.ts), whole-word matching
// for phrases and regular expressions alike, and each language's data with English behind it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, compileCuesFrom, cueAlternation, cueGatesFrom, cueHasGate, cueSource, fromLanguageData, hasCue, headOnce, languageChain, matchAll, withoutEcho } from '../../server/out/engine/cues.js';
import { COMMON, LANGUAGES, PROFILES } from '../../server/out/engine/data.js';
import { readNow, sourceOf } from '../../server/out/engine/text.js';

const found = (cues: string[], text: string) => matchAll(text, cues).map((m) => m[0]);

test('a cue never begins or ends inside a word, a phrase or a regular expression alike', () => {
  assert.deepEqual(found(['ICO'], 'the PICOT list and the ICO'), ['ICO']);
  assert.deepEqual(found(['/post ?adres/'], 'ons postadressen en ons postadres'), ['postadres']);
  assert.deepEqual(found(['/(?:of|in) our/'], 'within our walls, in our office'), ['in our']);
  // An open ending is written into the cue.
  assert.deepEqual(found(['/post ?adres(?:sen)?/'], 'ons postadressen'), ['postadressen']);
  assert.deepEqual(found(['retain*'], 'we retained it'), ['retained']);
});

test('a cue may begin or end on punctuation or a space', () => {
  assert.deepEqual(found(['U.S.'], 'a U.S.-based firm'), ['U.S.']);
  assert.deepEqual(found(['/l[’\']/'], 'voir l’article 5'), ['l’']);
  assert.deepEqual(found(['/of (?:our|the) /'], 'part of our website'), ['of our ']);
});

test('the longest of several cues that match at one place wins', () => {
  assert.deepEqual(found(['data', 'data protection officer'], 'our data protection officer'), ['data protection officer']);
});

test('unbounded alternations are for callers that anchor the cues themselves', () => {
  const alt = cueAlternation(['Group'], { bounded: false })!;
  assert.ok(new RegExp(`^${alt}`, 'iu').test('Groupe Acme'));
  assert.ok(!new RegExp(cueAlternation(['Group'])!, 'iu').test('Groupe Acme'));
});

test('no usable cue: null, or an expression that never matches', () => {
  assert.equal(cueAlternation([]), null);
  assert.equal(cueAlternation(['/(unclosed/', '  ']), null);
  assert.equal(compileCues(undefined), null);
  assert.equal(hasCue('anything', []), false);
  assert.deepEqual(found(['/(unclosed/'], 'anything (unclosed'), []);
});

/** What cueAlternation gave when it validated every cue alone: the reference for the tests below. */
function perCue(cues: readonly string[], bounded = false): string | null {
  const sources = cues.filter((c) => typeof c === 'string' && c.trim()).map(cueSource).filter((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  });
  if (!sources.length) return null;
  const alt = `(?:${sources.sort((a, b) => b.length - a.length).join('|')})`;
  if (!bounded) return alt;
  // The edges as the engine puts them before these cues (search-shortcuts.test.ts holds them to the full edge).
  return cueAlternation(sources.map((s) => `/${s}/`));
}

/** compileCues's expression, or that it throws (cues that capture one name twice, valid each alone). */
const outcome = (f: () => RegExp | null) => {
  try {
    return f()?.source ?? null;
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
};
const compiled = (cues: string[]) => outcome(() => compileCues(cues));
const compiledPerCue = (cues: string[]) => outcome(() => (perCue(cues, true) === null ? null : new RegExp(perCue(cues, true)!, 'giu')));

test('a cue is kept exactly when it is a valid expression on its own, whatever its neighbours', () => {
  const same = (cues: string[]) => {
    assert.equal(cueAlternation(cues, { bounded: false }), perCue(cues), cues.join(' '));
    // compileCues validates with the expression it builds: the same cues are left out.
    assert.equal(compiled(cues), compiledPerCue(cues), cues.join(' '));
  };
  // Each first cue is invalid alone; next to the second, the alternation of the two would parse.
  same(['/a)/', '/(b/']);
  same(['/[a/', '/]b/']);
  same(['/(x)\\2/', '/(y)/']);
  same(['/\\k<n>z/', '/(?<n>y)/']);
  same(['/q\\/', '/r/']);
  // Valid alone, invalid together (one group name twice): both kept.
  same(['/(?<n>a)/', '/(?<n>b)/']);
  assert.match(cueAlternation(['/(?<n>a)/', '/(?<n>b)/'], { bounded: false })!, /\(\?<n>a\)\|\(\?<n>b\)|\(\?<n>b\)\|\(\?<n>a\)/);
  same(['/ok/', '/(bad/', '/fine+/', 'a phrase', '  ']);
});

test('every string list of the data gives the same alternation as validating each cue alone', () => {
  const lists: string[][] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && x.length && x.every((v) => typeof v === 'string')) lists.push(x as string[]);
    else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
  };
  walk([LANGUAGES, PROFILES, COMMON]);
  assert.ok(lists.length > 100);
  for (const list of lists) {
    assert.equal(cueAlternation(list), perCue(list, true));
    assert.equal(cueAlternation(list, { bounded: false }), perCue(list));
    assert.equal(compiled(list), compiledPerCue(list));
  }
});

test('case follows the flags the caller asks for', () => {
  assert.ok(compileCues(['TBD'], 'gu')!.test('still TBD'));
  assert.ok(!compileCues(['TBD'], 'gu')!.test('still tbd'));
  assert.ok(compileCues(['TBD'])!.test('still tbd'));
});

test('language data: the document language, then English; unknown languages fall back to English', () => {
  assert.deepEqual(languageChain('nl', 'requirements'), ['nl', 'en']);
  assert.deepEqual(languageChain('en', 'requirements'), ['en']);
  assert.deepEqual(languageChain('xx', 'requirements'), ['en']);
  const count = (list: unknown[]) => list.length;
  assert.equal(fromLanguageData('de', 'contacts', count), 2);
  assert.equal(fromLanguageData('xx', 'contacts', count), 1);
  // Built once per language and builder.
  let calls = 0;
  const build = (list: unknown[]) => ({ n: list.length, call: ++calls });
  assert.equal(fromLanguageData('fr', 'contacts', build), fromLanguageData('fr', 'contacts', build));
  assert.equal(calls, 1);
});

test('inScript: \\p{L} and \\p{N} become the script\'s letters and digits, alone or in a class; other escapes stay', async () => {
  const { inScript } = await import('../../server/out/engine/cues.js');
  const src = inScript('(Auskunft)\\p{L}*,? ([\\p{L}-]+ ){0,2}\\p{Lu}\\[\\p{N}\\\\p{L}');
  assert.ok(!/\\p\{[LN]\}/.test(src.replace(/\\\\p\{L\}$/, '')), src);
  assert.match(src, /\\p\{Lu\}/);
  const re = new RegExp(`^${inScript('Datenübertrag\\p{L}*')}$`, 'iu');
  for (const w of ['Datenübertragbarkeit', 'DATENÜBERTRAGBARKEIT', 'datenübertragung']) assert.ok(re.test(w), w);
  assert.ok(new RegExp(`^${inScript('[\\p{L}\\p{N}]+')}$`, 'u').test('œuvre2ème'));
});

test('a match inside a very long run without spaces keeps the text\'s own characters in its capture groups', () => {
  // searchable() reads every 256th character of such a run as a space; the groups must not.
  const run = 'x'.repeat(700);
  const text = `ref:${run} end`;
  const [m] = matchAll(text, /ref:(?<body>[\s\S]{600})/g);
  assert.equal(m[0], `ref:${run.slice(0, 600)}`);
  assert.equal(m[1], run.slice(0, 600));
  assert.equal(m.groups!.body, run.slice(0, 600));
  // A match with no such character is left as the view gave it.
  const [short] = matchAll('ref:abc end', /ref:(\w+)/g);
  assert.equal(short[1], 'abc');
});

test('a list made from its precompiled source (the bundle’s table) is the expression compiled afresh, and so are its cues’ gates', () => {
  const read = new Map<string, string | null>();
  const lists: string[][] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && x.length && x.every((v) => typeof v === 'string')) lists.push(x as string[]);
    else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
  };
  walk([LANGUAGES, COMMON]);
  // A few lists of their own: an invalid cue (left out), no usable cue, a back-reference, case-sensitive.
  lists.push(['ok', '/(/'], ['  ', ''], ['/(a)\\1/', 'b'], ['=Ltd', 'GmbH']);
  assert.ok(lists.length > 200);
  // A list that does not compile as a whole (two cues naming the same group: requirement lists
  // rename theirs first) throws either way.
  // A list made from the table is read by V8 at its first run (text.ts readLater): its source is
  // sourceOf's until then, and the expression's own once read (readNow, which its first run does).
  const made = (f: () => RegExp | null) => {
    try {
      const re = f();
      if (!re) return re;
      const before = `/${sourceOf(re)}/${re.flags}`;
      readNow(re);
      assert.equal(`/${re.source}/${re.flags}`, before);
      return before;
    } catch {
      return 'throws';
    }
  };
  for (const flags of ['giu', 'gu']) {
    for (const l of lists) made(() => compileCuesFrom(l, flags, { table: new Map(), read }));
  }
  for (const l of lists) cueGatesFrom(l, { table: new Map(), read });
  const table = { table: read, read: null };
  for (const flags of ['giu', 'gu']) {
    for (const l of lists) assert.equal(made(() => compileCuesFrom(l, flags, table)), made(() => compileCues(l, flags)), l.join(' | '));
  }
  for (const l of lists) assert.deepEqual(cueGatesFrom(l, table), l.map(cueHasGate));
});

test('the command line bundle’s precompiled matchers hold every expression of the requirements’ lists as the engine compiles them', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers/paths.js');
  const { compiledCueLists } = await import('../../server/out/engine/coverage.js');
  const file = join(ROOT, 'dist', 'cli', 'data', 'lists-en.txt');
  if (!existsSync(file)) return; // npm run build makes it
  // Lines of key, tab, a matcher's recipe (coverage.ts `matcherFrom`; a key alone: no expression).
  const sources = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) for (const e of (JSON.parse(line.slice(tab + 1)) as { e?: { s: string }[] }).e ?? []) sources.add(e.s);
  }
  for (const list of compiledCueLists('en')) for (const re of list) assert.ok(sources.has(re.source), re.source.slice(0, 200));
});

test('cues that open with the same long group read it once, as a lookahead, and match as the plain alternation does', () => {
  // A head that matches at a place in two ways ("officer" and "office"), cues between and after the
  // ones that open with it, and an edge after the list that refuses some matches (backtracking).
  const head = '(?:(data protection|privacy) officers?|data protection office|(team|desk) (lead|head)s?)';
  const sources = [`${head} at \\S+`, 'contact (us|the team) at \\S+', `${head}[^.]{0,40}?(form|portal)`, 'data protection', `${head}`, 'privacy'];
  const once = headOnce(sources);
  assert.ok(once.startsWith('(?=(?:(?:data protection|privacy)'), once);
  assert.equal((once.match(/\(\?=/g) ?? []).length, 1);
  const texts = [
    'Write to our data protection officer at dpo@example.org, or use the data protection office form.',
    'The data protection officers are reachable at the privacy portal; contact the team at help@x.org.',
    'Our team lead handles data protection; the privacy team answers. Data protection office: none.',
    'data protection officerX and privacy officer at x',
  ];
  for (const edge of ['', '(?![A-Za-z])']) {
    const plain = new RegExp(`(?:${sources.join('|')})${edge}`, 'gi');
    const grouped = new RegExp(`(?:${once})${edge}`, 'gi');
    for (const t of texts) assert.deepEqual([...t.matchAll(grouped)].map((m) => [m.index, m[0]]), [...t.matchAll(plain)].map((m) => [m.index, m[0]]));
  }
  // No head shared by two cues, a named group, a short head: the sources as they are.
  assert.equal(headOnce(['(a|b)c', 'd']), '(a|b)c|d');
  assert.equal(headOnce([`${head}x`, `(?<name>${head})y`]), `${head}x|(?<name>${head})y`);
  assert.equal(headOnce(['(ab|c)x', '(ab|c)y']), '(ab|c)x|(ab|c)y');
});

test('a cue that opens with a lookahead of the rest of itself is compiled as that rest: the same matches, the list in the order of the cues as written', () => {
  // "(?=own)own", as coverage.ts lookbehindLast leaves a cue once commonHead has taken its lookbehind.
  assert.equal(withoutEcho('(?=\\b(?:tell|notify) (?:you|users)\\b)\\b(tell|notify) (?<name>you|users)\\b'), '\\b(tell|notify) (?<name>you|users)\\b');
  assert.equal(withoutEcho('(?=\\p{Lu})(?=\\p{Lu}\\p{Ll}+ Ltd\\b)\\p{Lu}\\p{Ll}+ Ltd\\b'), '(?=\\p{Lu})\\p{Lu}\\p{Ll}+ Ltd\\b');
  assert.equal(withoutEcho('(?=a|b)a|b'), 'a|b');
  assert.equal(withoutEcho('(?=[)(])[)(]'), '[)(]');
  // A lookbehind between, a lookahead of something else, a negative one, one left open: kept.
  for (const s of ['(?=\\bby post\\b)(?<!\\bus )\\bby post\\b', '(?=ab)ab(c)', '(?!ab)ab', '(?=ab', 'ab']) assert.equal(withoutEcho(s), s);
  // Ordered as written: the longer cue, whose lookahead made it longer, is still tried first.
  const cues = ['/(?=\\b(?:send|sends) us\\b)\\b(send|sends) us\\b/', '/\\bsends us your\\b/'];
  const texts = ['He sends us your form.', 'Send us a note; she sends us.', 'SENDS US YOUR'];
  const plain = new RegExp(`(?:${cues.map((c) => c.slice(1, -1)).join('|')})`, 'giu');
  const re = compileCues(cues)!;
  assert.ok(!sourceOf(re).includes('(?=\\b(?:send'));
  for (const t of texts) assert.deepEqual([...t.matchAll(re)].map((m) => [m.index, m[0]]), [...t.matchAll(plain)].map((m) => [m.index, m[0]]), t);
});
