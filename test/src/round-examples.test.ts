// The coverage classifier's examples from our own written rounds (scripts/lib/round-examples.js):
// how a rationale is read (its formats differ from round to round), and that the labels, not the
// rationale's wording, decide what a quoted sentence teaches. The rationale and policy below are
// made up here; corpus/round-examples-rounds.test.ts reads the rounds in test/fixtures/rounds (every
// round's policies and rationale: in the corpus suite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readRationale, roundExamples, roundNames, normal } from '../../scripts/lib/round-examples.js';
import { SETTINGS } from '../../scripts/lib/coverage-train.js';

const IDS = ['controller-identity', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'security', 'cookies', 'children'];

const RATIONALE = `# Rationale — a made-up round

## House rules
- retention: "as long as needed" alone is partial.

## 01-kettle-club.md (EN, a tea club)
- controller-identity: true — "The Kettle Club is run by Ada Brisk … ada@kettle.example"
  - also — "write to us at 4 Spout Lane"
- \`retention\` = "partial": "We hold your details while you are a member"; missing: period
- right-access / rectification / erasure: "You may ask to see, fix or remove what we hold"
- **security**: true — “Our files sit behind two locks”
- false: cookies, children ("No cookies are set" is not read here)
- Look-alike: "access to the kitchen" is not right-access.
`;

test('a rationale: ids before the first quote, quotes cut at ellipses, "also" lines, short ids of the rights, false and look-alike lines ignored', () => {
  const got = readRationale(RATIONALE, ['01-kettle-club.md'], IDS).get('01-kettle-club.md')!;
  assert.deepEqual(Object.fromEntries(got), {
    'controller-identity': ['the kettle club is run by ada brisk', 'ada kettle example', 'write to us at 4 spout lane'],
    retention: ['we hold your details while you are a member'],
    'right-access': ['you may ask to see fix or remove what we hold'],
    'right-rectification': ['you may ask to see fix or remove what we hold'],
    'right-erasure': ['you may ask to see fix or remove what we hold'],
    security: ['our files sit behind two locks'],
  });
  assert.equal(normal('**Fix** it—now!'), 'fix it now');
});

test('a rationale: a note on one id followed by another id\'s quote gives the quote to the second only', () => {
  const text = '## 02-oak-hall.md\n- children: not addressed. security: "Keys to the cabinet stay with the warden"\n- cookies; retention: "Records go after six years"\n';
  const got = readRationale(text, ['02-oak-hall.md'], IDS).get('02-oak-hall.md')!;
  assert.deepEqual(Object.fromEntries(got), {
    security: ['keys to the cabinet stay with the warden'],
    retention: ['records go after six years'],
  });
});

test('examples: a given item’s quoted sentences are positives, a partial one’s are weak negatives, a false item’s every sentence a negative', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-round-'));
  try {
    mkdirSync(join(dir, 'x1'));
    const policy =
      '# Kettle Club privacy\n\nThe Kettle Club is run by Ada Brisk. Mail ada@kettle.example or write to us at 4 Spout Lane.\n\n' +
      'We hold your details while you are a member. Our files sit behind two locks.\n\nYou may ask to see, fix or remove what we hold.\n';
    writeFileSync(join(dir, 'x1', '01-kettle-club.md'), policy);
    writeFileSync(join(dir, 'x1', 'rationale.md'), RATIONALE);
    const labels = { 'controller-identity': true, retention: 'partial', 'right-access': true, 'right-rectification': true, 'right-erasure': false, security: true, cookies: false, children: false };
    writeFileSync(join(dir, 'x1', 'labels.json'), JSON.stringify({ '01-kettle-club.md': labels }));
    assert.deepEqual(roundNames(dir), ['x1']);
    const { examples, stats } = await roundExamples(SETTINGS, new Set(['children']), ['x1'], dir);
    const of = (id: string) => examples.filter((e) => e.requirement === id).map((e) => [e.y, e.w, e.text]);
    // A quote across a sentence end gives both sentences.
    assert.deepEqual(of('controller-identity'), [
      [1, 1, 'The Kettle Club is run by Ada Brisk.'],
      [1, 1, 'Mail ada@kettle.example or write to us at 4 Spout Lane.'],
    ]);
    assert.deepEqual(of('retention'), [[0, SETTINGS.partial, 'We hold your details while you are a member.']]);
    assert.deepEqual(of('security'), [[1, 1, 'Our files sit behind two locks.']]);
    // The rationale names erasure with the rights, but the label says false: every sentence is a negative.
    assert.equal(of('right-erasure').length, 5);
    assert.ok(of('right-erasure').every(([y]) => y === 0));
    assert.ok(of('cookies').every(([y]) => y === 0));
    assert.deepEqual(of('children'), []);
    assert.equal(examples[0].file, 'round:x1');
    assert.equal(stats.placed, stats.quotes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
