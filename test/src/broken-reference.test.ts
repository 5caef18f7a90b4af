import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTests } from './helpers/fixtures.js';
import { check } from '../../server/out/engine/check.js';
import { slug } from '../../server/out/engine/rules/broken-reference.js';

fixtureTests('broken-reference');

test('broken-reference: GitHub-style anchors', () => {
  assert.equal(slug('What’s new? (2024)'), 'whats-new-2024');
  assert.equal(slug('1. Who we are'), '1-who-we-are');
  assert.equal(slug('Données & droits'), 'données--droits');
  const text = '# Notice\n\n## Intro\n\nx\n\n## Intro\n\nSee [the second](#intro-1) and [a third](#intro-2).\n';
  const found = check(text).diagnostics.filter((d) => d.rule === 'broken-reference');
  assert.deepEqual(found.map((d) => d.data?.target), ['intro-2']);
});

test('broken-reference: a reference that differs only in case and plural gets a safe fix; a loose one a suggestion', () => {
  const text = '# N\n\n## Email messages from us\n\nx\n\n## Other\n\nSee the rules described under "Email Message From Us". And see the section "Email messages for us" below.\n';
  const found = check(text).diagnostics.filter((d) => d.rule === 'broken-reference');
  assert.equal(found.length, 2);
  assert.equal(found[0].fixes?.[0].kind, 'fix');
  assert.equal(found[0].fixes?.[0].edits[0].newText, 'Email messages from us');
  assert.equal(found[1].fixes?.[0].kind, 'suggestion');
});

test('broken-reference: bad input does not crash', () => {
  for (const t of ['', 'see section', 'see section 99999999', '[x](#)', '[x](#%E0%A4%A)', 'described under "', '“'.repeat(5000)]) check(t);
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).
