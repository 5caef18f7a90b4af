// The word gate (engine/anchors.ts) never skips a text that a cue list matches: on lists and texts
// written here, the gate switched off, the bundle's table, expressions made on the fly, cues with no
// word. And the one assumption the gate makes about case folding. Over every cue list of the data
// (texts generated from every expression, in every language; every list of strings searched by any
// rule): corpus/anchors-data.test.ts, in the corpus suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, gateFor, gateOf, mayMatch, opens, setWordGate, textWords } from '../../server/out/engine/anchors.js';
import { compileCues } from '../../server/out/engine/cues.js';
import { compiledCueLists } from '../../server/out/engine/coverage.js';
import { LANGUAGES } from '../../server/out/engine/data.js';

test('only the long s and the Kelvin sign fold onto an ASCII letter or digit, and the gate reads them so', () => {
  const folding: number[] = [];
  const ascii = /[a-z0-9]/iu;
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (ascii.test(String.fromCodePoint(cp))) folding.push(cp);
  }
  assert.deepEqual(folding, [0x17f, 0x212a]);
  // "ſtore" and "\u212Aeep" are "store" and "keep" to a case-insensitive expression.
  for (const [cue, text] of [['store', 'we \u017Ftore it'], ['keep', 'we \u212Aeep it']]) {
    const re = new RegExp(cue, 'giu');
    assert.ok(re.test(text));
    const gate = gateFor([re]);
    assert.ok(opens(textWords(text), gate));
    assert.ok(!opens(textWords('nothing here'), gate));
  }
});

test('anchors: a branch without a literal word of three letters leaves the expression ungated', () => {
  assert.equal(anchorsOf('(?:data|\\w+)'), null);
  assert.equal(anchorsOf('ab\\s+cd'), null);
  assert.equal(anchorsOf('(?:foo)?'), null);
  assert.equal(anchorsOf('(unclosed'), null);
  assert.ok(anchorsOf('(?:data|info)\\s+protection'));
  assert.equal(anchorsOf('(?:data|info)\\s+protection')!.size, 1, 'the longer word alone is enough');
  assert.equal(anchorsOf('(?:data|info)')!.size, 2);
});

test('the gate asks for every word of a cue, cue by cue: a text with a word of one cue and a word of another is kept out', () => {
  const one = gateFor([/we\s+collect\s+\w+\s+from/iu]);
  assert.ok(opens(textWords('So we collect it from you.'), one));
  assert.ok(!opens(textWords('We collect nothing at all.'), one), 'collect without from');
  assert.ok(!opens(textWords('Letters from home.'), one), 'from without collect');
  const list = compileCues(['collect * from', 'keep * for'])!;
  assert.equal(gateOf(list.source)!.length, 2, 'a branch per cue');
  const gate = gateFor([list]);
  assert.ok(opens(textWords('We keep your file for a year.'), gate));
  assert.ok(opens(textWords('What we collect from partners.'), gate));
  assert.ok(!opens(textWords('We collect and keep your file.'), gate), 'one word of each cue is not enough');
  assert.equal(gateOf('(?:data|\\w+)'), null);
});

test('the gate switched off lets everything through', () => {
  const lists = compiledCueLists('en');
  const gate = (lists[0] as RegExp[] & { gate: number }).gate;
  setWordGate(false);
  try {
    assert.ok(opens(textWords(''), gate));
  } finally {
    setWordGate(true);
  }
});

test('an expression without the u flag is never gated; a short text is gated as a long one (an expression it does not open is never compiled)', () => {
  const long = 'nothing of the kind is written anywhere in this sentence at all, really';
  assert.ok(mayMatch(long, /privacy/i));
  assert.ok(!mayMatch(long, /privacy/iu));
  assert.ok(!mayMatch('short text', /privacy/iu));
  assert.ok(mayMatch('Privacy', /privacy/iu));
  assert.ok(mayMatch('', /(?:)/u), 'an expression with no word is never gated');
  // A short text's words are kept for the next question about it: an expression whose anchors
  // are new since they were read (a gate made later, for words no gate had) still sees the text.
  const text = 'Keep the zorbleflax quietly';
  assert.ok(!mayMatch(text, /privacy/iu));
  assert.ok(mayMatch(text, /zorbleflax/iu), 'a later gate with a new anchor reads the text again');
  assert.ok(!mayMatch(text, /quimblewort/iu));
  assert.ok(mayMatch(text.slice(0, 9) + 'zorbleflax', /zorbleflax/iu), 'another text is read for itself');
  assert.ok(!mayMatch('Keep the ', /zorbleflax/iu));
});

test('the table the CLI bundle precomputes is sound: no two cue expressions share a key, and the bundle holds one', async () => {
  const { anchorKey } = await import('../../server/out/engine/anchor-key.js');
  const seen = new Map<string, string>();
  for (const lang of Object.keys(LANGUAGES)) {
    if (!LANGUAGES[lang].requirements) continue;
    for (const list of compiledCueLists(lang)) {
      for (const re of list) {
        const key = anchorKey(re.source);
        const other = seen.get(key);
        assert.ok(other === undefined || other === re.source, `${key}: two expressions`);
        seen.set(key, re.source);
      }
    }
  }
  assert.ok(seen.size > 100);
  // The bundle (scripts/bundle.js --cli) replaces anchors-table.ts with the table; server/out keeps it empty.
  const { PRECOMPUTED_ANCHORS } = await import('../../server/out/engine/anchors-table.js');
  assert.equal(PRECOMPUTED_ANCHORS.size, 0);
  const { existsSync, readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers/paths.js');
  const dir = join(ROOT, 'dist', 'cli');
  if (!existsSync(dir)) return;
  // It reads (a chunk, or the script a chunk runs with the code cache: scripts/lib/code-cache.js) the table from dist/cli/data/anchors.txt (scripts/bundle.js cliDataFiles), in one chunk,
  // when first asked: lines of key, tab, the gate's JSON text (parsed when asked for), sorted by
  // key, which the chunk finds by binary search.
  const tables = readdirSync(dir).filter((f) => (f.endsWith('.mjs') || f.endsWith('.script.js')) && readFileSync(join(dir, f), 'utf8').includes('("anchors.txt")'));
  assert.equal(tables.length, 1);
  const anchors = readFileSync(join(dir, 'data', 'anchors.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'));
  assert.ok(anchors.every((pair) => pair.length === 2));
  assert.ok(anchors.every(([k], i) => i === 0 || anchors[i - 1][0] < k), 'sorted by key, each once');
  const keys = new Set(anchors.map(([k]) => k));
  for (const key of seen.keys()) assert.ok(keys.has(key), `${key}: not in the bundle's table`);
  for (const [, gate] of anchors.slice(0, 50)) assert.ok(gate === 'null' || Array.isArray(JSON.parse(gate)), gate);
});

test('the words of a lead-in and a text joined by a space are the two readings together', async () => {
  const { joinedWords } = await import('../../server/out/engine/anchors.js');
  const gate = gateFor([/we\s+collect\s+\w+\s+from/iu]);
  const lead = textWords('What we collect:');
  const item = textWords('data from partners');
  const both = joinedWords(lead, item)!;
  assert.ok(opens(both, gate));
  assert.ok(!opens(lead, gate) && !opens(item, gate));
  assert.deepEqual([...both.present], [...textWords('What we collect: data from partners').present]);
  // Letters no data holds (session 35: "another gate" stopped adding an anchor once the data said "gate codes").
  gateFor([/qxzqj\s+vvqxj/iu]);
  assert.equal(joinedWords(lead, textWords('later')), null, 'a gate made between the readings: read the joined text instead');
});

test('a gate asked of a lead-in and a text apart (opensJoined) answers as the joined text\'s own words do', async () => {
  const { opensJoined } = await import('../../server/out/engine/anchors.js');
  const gates = [gateFor([/we\s+collect\s+\w+\s+from/iu]), gateFor([/partners/iu]), gateFor([/erase\s+\w+\s+records/iu]), gateFor([/nothing\s+here/iu])];
  const texts = ['What we collect:', 'data from partners', 'You may ask us to erase', 'old records', 'here', 'nothing', ''];
  // Each text's words read once and asked with every lead-in in turn (the joined words are kept with
  // the second text for its first: a new lead-in must not be answered from the last one's).
  const items = texts.map((t) => textWords(t));
  for (let round = 0; round < 2; round++)
    for (const a of texts)
      for (const [i, b] of texts.entries())
        for (const g of gates) assert.equal(opensJoined(textWords(a), items[i], g), opens(textWords(`${a} ${b}`), g), `${a} | ${b}`);
  // A gate made after the joined words were kept, with anchors the texts were read before: open, as
  // for one text alone (the texts say nothing of its letters).
  const later = gateFor([/qxzqv\s+wvqxz/iu]);
  assert.ok(opensJoined(textWords('What we collect:'), items[1], later));
});

test('anchors: expressions made on the fly do not grow the gates without bound, and stay correct past it', async () => {
  // In a process of its own: filling the gates would leave every later test of this process ungated.
  const { spawnSync } = await import('node:child_process');
  const url = new URL('../../server/out/engine/anchors.js', import.meta.url).href;
  const code = `
    const { mayMatch, expressionGates, MAX_EXPRESSION_GATES } = await import(${JSON.stringify(url)});
    const text = 'We keep the records of our members for six years, then delete them. '.repeat(2);
    for (let i = 0; i < MAX_EXPRESSION_GATES + 5; i++) mayMatch(text, new RegExp('zqx' + i + 'vy', 'u'));
    console.log(JSON.stringify({ count: expressionGates(), max: MAX_EXPRESSION_GATES, past: mayMatch(text, /records\\s+of\\s+our/u), closed: mayMatch(text, /zqx1vy/u) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  assert.equal(got.count, got.max);
  // A new expression past the bound is searched (never said to be impossible); one gated before stays gated.
  assert.equal(got.past, true);
  assert.equal(got.closed, false);
});

test('a cue list with cues that have no word (postcodes, phone numbers) finds the same with the gate as without it, where only those cues can match', async () => {
  // With the gate off, the texts are checked in a worker of their own, so that no memo made with
  // the gate on is read; with the gate on (as every other check of this process runs), here: a
  // second worker only loaded the engine again (seconds of CPU). The texts hold addresses and
  // numbers with and without the words of the lists' other cues.
  const texts = [
    '# Privacy\n\nBright Kettle Ltd\n\n12 Harbour Row, Leith EH6 6QQ\n\nPhone +44 131 496 0000. Mail hello@brightkettle.example.\n\nWe keep your name to send you the order.\n',
    '# Who we are\n\nOur postal address is 4 Mill Lane, Leeds LS1 4AB; call +44 113 496 0011 or write to us at that address.\n',
    '# Privacyverklaring\n\nBakkerij De Korenschoof, Dorpsstraat 12, 1234 AB Ergens.\n\nBel 020 123 4567 of mail naar info@korenschoof.example.\n\nWij bewaren uw naam zolang u klant bent.\n',
    '# Datenschutz\n\nTischlerei Holzwurm GmbH, Lindenweg 5, 12345 Musterort. Telefon 030 1234567.\n',
  ];
  const { Worker } = await import('node:worker_threads');
  const url = new URL('../../server/out/engine/', import.meta.url).href;
  const run = (gate: boolean) =>
    new Promise<string[]>((resolve, reject) => {
      const w = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         (async () => {
           const { setWordGate } = await import(workerData.url + 'anchors.js');
           const { check } = await import(workerData.url + 'check.js');
           setWordGate(workerData.gate);
           parentPort.postMessage(workerData.texts.map((t) => JSON.stringify(check(t))));
         })();`,
        { eval: true, workerData: { gate, texts, url } },
      );
      w.once('message', (m) => {
        resolve(m);
        void w.terminate();
      });
      w.once('error', reject);
    });
  const { check } = await import('../../server/out/engine/check.js');
  const { wordGateOn } = await import('../../server/out/engine/anchors.js');
  assert.equal(wordGateOn(), true);
  const off = await run(false);
  const on = texts.map((t) => JSON.stringify(check(t)));
  for (let i = 0; i < texts.length; i++) assert.equal(on[i], off[i], `text ${i}: the gate changed the result`);
});
