import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureTests } from './helpers/fixtures.js';
import { check } from '../../server/out/engine/check.js';
import { phoneKey } from '../../server/out/engine/rules/contact-mismatch.js';

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

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).
