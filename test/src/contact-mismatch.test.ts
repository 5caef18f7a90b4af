import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTests } from './helpers/fixtures.js';
import { SKIP_NO_SHARED } from './helpers/paths.js';
import { check } from '../../server/out/engine/check.js';
import { phoneKey } from '../../server/out/engine/rules/contact-mismatch.js';
import { assertSeedsForRule, seeds, touchesText } from './helpers/seeds.js';

fixtureTests('contact-mismatch');

test('contact-mismatch: phone numbers compare by the digits dialled at home', () => {
  assert.equal(phoneKey('+44 (0)1727 812 000'), phoneKey('01727 812000'));
  assert.equal(phoneKey('0044 1727 812000'), '01727812000');
  assert.equal(phoneKey('+31 20 123 4567'), phoneKey('020-123 4567'));
  assert.equal(phoneKey('+1 (212) 555-0100'), phoneKey('212-555-0100'));
  assert.equal(phoneKey('04411310'), undefined, 'eight digits: a company number, not a phone');
});

test('contact-mismatch: bad input does not crash', () => {
  for (const t of ['', 'DPO', 'Data Protection Officer\n' + '1 '.repeat(5000), 'DPO a@b.cc DPO c@d.ee'.repeat(300), '\u0000DPO\u0000']) check(t);
});

test('contact-mismatch over the seeds', { skip: SKIP_NO_SHARED }, (t) => {
  for (const line of assertSeedsForRule('contact-mismatch')) t.diagnostic(line);
  // The Westcon NL seed: related information points at the other address.
  const nl = seeds().find((s) => s.file.startsWith('001_'))!;
  const d = check(nl.text).diagnostics.find((x) => x.rule === 'contact-mismatch' && touchesText(nl.text, x, '660 White Plains Road'))!;
  assert.ok(d.related?.some((r) => touchesText(nl.text, r, '520 White Plains Road')));
  // Nothing on the other four seeds.
  for (const s of seeds().filter((x) => !x.file.startsWith('001_'))) {
    assert.deepEqual(check(s.text).diagnostics.filter((x) => x.rule === 'contact-mismatch').map((x) => x.message), [], s.file);
  }
});
