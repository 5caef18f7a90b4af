// A check after another reuses the last check's ranges, related places and fixes' edits where they
// are equal (check.ts `partsFor`): the findings must be those a check with nothing to reuse gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../server/out/engine/check.js';
import type { Diagnostic } from '../../server/out/engine/types.js';

const dir = (rule: string) => join(import.meta.dirname, '../../test/fixtures', rule);
const fixtures = (rule: string) =>
  readdirSync(dir(rule))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir(rule), f), 'utf8'));

/** Findings with many related places and shared fixes: entity-mismatch's and duplicate-block's fixtures, one after another. */
const base = [...fixtures('entity-mismatch'), ...fixtures('duplicate-block')].join('\n\n');

/** Edits as a user makes them: a character typed, a line added, a word cut, at the start, in the middle and at the end. */
function versions(): string[] {
  const out = [base];
  let t = base;
  const mid = t.indexOf('\n', t.length >> 1) + 1;
  const steps: ((s: string) => string)[] = [
    (s) => s.slice(0, mid) + 'x' + s.slice(mid),
    (s) => s.slice(0, mid) + 'A new line of our own.\n\n' + s.slice(mid),
    (s) => s.slice(0, 10) + s.slice(14),
    (s) => s + '\n\nOne more paragraph at the end.\n',
    (s) => s.slice(0, mid) + s.slice(mid + 1),
  ];
  for (const step of steps) out.push((t = step(t)));
  return out;
}

/** A check with nothing of the last check's to reuse: one of an empty text comes between. */
const fresh = (text: string): Diagnostic[] => {
  check('');
  return check(text).diagnostics;
};

test('findings after edits are those of a fresh check, and reuse the last check\'s ranges, places and fixes', () => {
  const texts = versions();
  const expected = texts.map((t) => JSON.stringify(fresh(t)));
  check('');
  let last: Diagnostic[] | undefined;
  let reused = 0;
  let fixes = 0;
  for (const [i, t] of texts.entries()) {
    const found = check(t).diagnostics;
    assert.equal(JSON.stringify(found), expected[i], `version ${i}`);
    if (last) {
      const before = new Set(last.flatMap((d) => [d.range, ...(d.related ?? []), ...(d.fixes ?? []).flatMap((f) => f.edits)]));
      reused += found.filter((d) => before.has(d.range)).length;
      fixes += found.filter((d) => d.fixes?.some((f) => last!.some((o) => o.fixes?.includes(f)))).length;
    }
    last = found;
  }
  assert.ok(expected.some((e) => e.includes('entity-mismatch')) && expected.some((e) => e.includes('duplicate-block')));
  // Most findings stand where they stood: their ranges are the last check's objects.
  assert.ok(reused > 0, 'no range reused');
  assert.ok(fixes > 0, 'no fix reused');
});

test('a check of another document between two checks gives the same findings', () => {
  const [a, b] = versions();
  const one = JSON.stringify(fresh(b));
  check(a);
  check('# Another policy\n\nWe keep nothing about you.\n');
  assert.equal(JSON.stringify(check(b).diagnostics), one);
});
