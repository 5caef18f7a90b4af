// A language's requirements are compiled each when first asked for (coverage.ts `LazyRequirements`):
// a check compiles its profiles' requirements and no other's, and what was compiled before (for
// another profile, in another order) changes no report. No timings here: start-up time is
// `npm run bench`'s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { requirementsCompiled } from '../../server/out/engine/coverage.js';
import { PROFILES } from '../../server/out/engine/data.js';

const TEXT = [
  '# How we handle your details',
  '',
  'Larkspur Lettings Ltd, 4 Mill Lane, Bristol, keeps the name and phone number you give us to arrange viewings.',
  'We delete them twelve months after your last viewing. You may ask us for a copy of them, or to correct them.',
  '',
].join('\n');
const ids = (profile: string) => PROFILES[profile].requirements.map((r) => r.id);

test('a check compiles its profiles’ requirements only, and a later profile’s when it is asked for', () => {
  const first = check(TEXT, { profiles: ['uk-gdpr'] });
  const made = new Set(requirementsCompiled('en'));
  for (const id of ids('uk-gdpr')) assert.ok(made.has(id), `${id}: not compiled`);
  for (const id of ids('ccpa')) assert.ok(!made.has(id), `${id}: compiled for a uk-gdpr check`);
  const ccpa = check(TEXT, { profiles: ['ccpa'] });
  const after = new Set(requirementsCompiled('en'));
  for (const id of ids('ccpa')) assert.ok(after.has(id), `${id}: not compiled for a ccpa check`);
  // The same reports whatever was compiled first.
  assert.deepEqual(check(TEXT, { profiles: ['uk-gdpr'] }), first);
  assert.deepEqual(check(`${TEXT}\n`, { profiles: ['ccpa'] }).coverage, ccpa.coverage);
});
