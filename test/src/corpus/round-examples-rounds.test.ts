// The coverage classifier's examples from our own written rounds (scripts/lib/round-examples.js),
// over every round in test/fixtures/rounds: nearly every quote of the rationale is placed in its
// policy. Corpus-wide (every round read and checked): in the corpus suite; round-examples.test.ts
// holds how a rationale is read, on one made up there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundExamples, roundNames } from '../../../scripts/lib/round-examples.js';
import { SETTINGS } from '../../../scripts/lib/coverage-train.js';

test('the rounds in the repository: nearly every quote of a given or partial item is found in its policy', async () => {
  const { stats } = await roundExamples(SETTINGS, new Set(['last-updated']));
  assert.ok(roundNames().length >= 12, roundNames().join(' '));
  assert.ok(stats.placed >= 0.97 * stats.quotes, `${stats.placed}/${stats.quotes} placed:\n${stats.unplaced.join('\n')}`);
});
