// Whole website-style policies in Dutch, German and French (coverage-site-policies.ts): the whole
// coverage report is what a reviewer expects, and no rule raises an alarm other than required-info's
// own findings for the items the policy does not give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import { assertReport, reportOf, TITLE } from '../helpers/coverage-lang.js';
import { SITE_POLICIES } from '../coverage-site-policies.js';
import { SITE_POLICIES_R6, SITE_POLICIES_R7, SITE_POLICIES_R8, SITE_POLICIES_R9, SITE_POLICIES_R10, SITE_POLICIES_R11 } from '../coverage-site-policies-r6.js';
import { SITE_POLICIES_S8A, SITE_POLICIES_S8B, SITE_POLICIES_S8C } from '../coverage-site-policies-s8.js';

for (const p of [...SITE_POLICIES, ...SITE_POLICIES_R6, ...SITE_POLICIES_R7, ...SITE_POLICIES_R8, ...SITE_POLICIES_R9, ...SITE_POLICIES_R10, ...SITE_POLICIES_R11, ...SITE_POLICIES_S8A, ...SITE_POLICIES_S8B, ...SITE_POLICIES_S8C]) {
  test(`${p.lang}: ${p.name} has exactly the coverage report expected`, () => {
    assertReport(reportOf(p.lang, p.body), p.expected);
  });
  test(`${p.lang}: ${p.name} raises no alarm from any other rule`, () => {
    const text = `---\npolicy:\n  language: ${p.lang}\n---\n# ${TITLE[p.lang]}\n\n${p.body}\n`;
    const others = check(text, { profiles: ['eu-gdpr'] }).diagnostics.filter((d) => d.rule !== 'required-info');
    assert.deepEqual(others.map((d) => `${d.rule} (line ${d.range.start.line + 1}): ${d.message}`), []);
  });
}
