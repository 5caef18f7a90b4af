// Lists made from a bundle's table (text.ts `readLater`) are expressions that match nothing until
// their first run, which `toMachineCode` makes them read their own source for. Every way a
// requirement's list is searched must go through it: firstMatch (a list, its parts, its wordless
// split), the sticky copy of a shared long head (the head veto, `headedList`), and testCompiled.
// Each list here is compiled twice, once from its cues while a recording compiler keeps every
// source (as scripts/bundle.js records the table), once from that table; both must find the same
// real matches. The cues are our own, in no language's data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCuesFrom, type ListCompiler } from '../../server/out/engine/cues.js';
import { firstMatchOfList, OPTIMISED_SOURCE } from '../../server/out/engine/coverage.js';
import { sourceOf, testCompiled } from '../../server/out/engine/text.js';

/** A compiler that records every list it compiles, and one that reads them back from that record. */
function compilers(): { recording: ListCompiler; fromTable: () => ListCompiler } {
  const read = new Map<string, string | null>();
  return { recording: { table: new Map(), read }, fromTable: () => ({ table: new Map(read), read: null }) };
}

// A long shared head: every cue opens with the same lookbehind of more than two dozen characters.
const HEAD = '(?<!\\b(?:never|not once|under no circumstance) )';
const CASES: { name: string; cues: string[]; text: string; want: string | null }[] = [
  { name: 'a plain list', cues: ['rent a canoe', 'book a kayak'], text: 'Guests may book a kayak at the desk.', want: 'book a kayak' },
  { name: 'a head veto passes over a vetoed place', cues: [`/${HEAD}lend( the)? ladders?/`, `/${HEAD}borrow( the)? ladders?/`], text: 'We never lend ladders, but we borrow the ladder.', want: 'borrow the ladder' },
  { name: 'a head veto that holds at the first place', cues: [`/${HEAD}lend( the)? ladders?/`, `/${HEAD}borrow( the)? ladders?/`], text: 'We lend ladders.', want: 'lend ladders' },
  { name: 'parts: a cue at the start and one anywhere', cues: ['/^\\s*tide tables?/', 'harbour master'], text: 'Ask the harbour master.', want: 'harbour master' },
  { name: 'a wordless split: a cue with no literal word', cues: ['locker number', '/\\d{4}-[A-Z]{2}/'], text: 'Use code 4821-QX at the gate.', want: '4821-QX' },
  { name: 'no match', cues: ['rent a canoe', 'book a kayak'], text: 'Guests may swim.', want: null },
];

test('a list made from the table finds, through firstMatch, what the list made from its cues finds', () => {
  for (const flags of ['giu', 'gu']) {
    for (const fold of [true, false]) {
      for (const c of CASES) {
        const { recording, fromTable } = compilers();
        const fresh = firstMatchOfList(c.cues, flags, recording, c.text, fold);
        assert.ok(recording.read!.size > 0, `${c.name}: nothing recorded`);
        const again = firstMatchOfList(c.cues, flags, fromTable(), c.text, fold);
        const at = (m: { from: number; to: number } | null) => (m ? c.text.slice(m.from, m.to) : null);
        assert.equal(at(fresh), c.want, `${c.name} (${flags}${fold ? ', folded' : ''}): from the cues`);
        assert.deepEqual(again, fresh, `${c.name} (${flags}${fold ? ', folded' : ''}): from the table`);
      }
    }
  }
});

test('a list made from the table is read (its own source, not the stand-in) by testCompiled', () => {
  const { recording, fromTable } = compilers();
  const cues = ['book a kayak', '/\\d{4}-[A-Z]{2}/'];
  const made = compileCuesFrom(cues, 'gu', recording)!;
  const later = compileCuesFrom(cues, 'gu', fromTable())!;
  assert.equal(sourceOf(later), made.source);
  for (const [text, want] of [
    ['Guests may book a kayak.', true],
    ['code 4821-QX', true],
    ['Guests may swim.', false],
  ] as const) {
    // Global expressions: test() starts at lastIndex.
    later.lastIndex = made.lastIndex = 0;
    assert.equal(testCompiled(later, text), want, text);
    assert.equal(testCompiled(made, text), want, text);
  }
  assert.equal(later.source, made.source);
});

test('a list longer than V8 optimises is searched in pieces (coverage.ts bySize) and finds what the whole list finds', () => {
  // Some 300 cues of a made-up harbour's fees: over 20 KB of source; the longest cue and the
  // shortest (in the first piece and the last) match at the same place, the longest first.
  const letters = (i: number) => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26));
  const filler = Array.from({ length: 300 }, (_, i) => `/(harbour|quay|jetty|pier|mooring|slipway) (fees?|tickets?|pass(es)?|permits?) ${letters(i)}lane/`);
  const cues = ['/book(ed|ing)? a (kayak|canoe|dinghy)( for (\\w+ ){0,3}(days?|weeks?|nights?))?( at (the )?(quay|jetty|pier|slipway|harbour))?/', 'book a kayak', ...filler];
  const whole = compileCuesFrom(cues, 'giu', { table: new Map(), read: null })!;
  assert.ok(whole.source.length > OPTIMISED_SOURCE, `the list is ${whole.source.length} characters`);
  for (const text of ['You can book a kayak for two days at the pier.', 'Ask at the jetty permit qblane desk, or book a kayak.', 'No boats here.', 'Pay the mooring fee celane.']) {
    whole.lastIndex = 0;
    const m = whole.exec(text);
    const want = m ? { from: m.index, to: m.index + m[0].length } : null;
    const got = firstMatchOfList(cues, 'giu', { table: new Map(), read: null }, text, false);
    assert.deepEqual(got && { from: got.from, to: got.to }, want, text);
    const { recording, fromTable } = compilers();
    assert.deepEqual(firstMatchOfList(cues, 'giu', recording, text), firstMatchOfList(cues, 'giu', fromTable(), text), `${text}: from the table`);
  }
});
