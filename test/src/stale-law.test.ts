import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureTests, assertFixture } from './helpers/fixtures.js';
import { FIXTURES } from './helpers/paths.js';
import { PROFILES } from '../../server/out/engine/data.js';
import { check } from '../../server/out/engine/check.js';

fixtureTests('stale-law');

test('stale-law: a UK policy that names only EU law', { skip: PROFILES['uk-gdpr'] ? false : 'no uk-gdpr profile data yet' }, () => {
  const f = join(FIXTURES, 'stale-law', 'needs-uk-profile', 'eea-only.md');
  assertFixture(readFileSync(f, 'utf8'), ['stale-law']);
});

test('stale-law: a wrong GDPR date gets the right one as a suggestion', () => {
  const text = '# Notice\n\nThe GDPR applies from 28th May 2018.\n\n## Us\n\nText.\n\n## More\n\nText.\n';
  const d = check(text).diagnostics.find((x) => x.rule === 'stale-law');
  assert.ok(d);
  assert.equal(d.fixes?.[0].kind, 'suggestion');
  assert.equal(d.fixes?.[0].edits[0].newText, '25 May 2018');
  assert.match(d.message, /25 May 2018/);
});

test('stale-law: bad input does not crash', () => {
  for (const t of ['', '\u0000', 'Privacy Shield'.repeat(2000), '😀 28 May 2018 GDPR 😀', '§999.308'.repeat(50)]) check(t);
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).
