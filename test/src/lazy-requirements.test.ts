// A language's requirements are compiled each when first asked for (coverage.ts `LazyRequirements`):
// a check compiles its profiles' requirements and no other's, and what was compiled before (for
// another profile, in another order) changes no report. No timings here: start-up time is
// `npm run bench`'s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { execFileSync } from 'node:child_process';
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
  // In a fresh process: the unit suite's shared processes have compiled other requirements already.
  const at = (p: string) => JSON.stringify(new URL(p, import.meta.url).href);
  const script = `
    const { check } = await import(${at('../../server/out/engine/check.js')});
    const { requirementsCompiled } = await import(${at('../../server/out/engine/coverage.js')});
    const text = ${JSON.stringify(TEXT)};
    check(text, { profiles: ['uk-gdpr'] });
    const first = requirementsCompiled('en');
    check(text, { profiles: ['ccpa'] });
    console.log(JSON.stringify({ first, after: requirementsCompiled('en') }));`;
  const { first, after } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<string, string[]>;
  const made = new Set(first);
  for (const id of ids('uk-gdpr')) assert.ok(made.has(id), `${id}: not compiled`);
  for (const id of ids('ccpa')) assert.ok(!made.has(id), `${id}: compiled for a uk-gdpr check`);
  for (const id of ids('ccpa')) assert.ok(new Set(after).has(id), `${id}: not compiled for a ccpa check`);
});

test('the same reports whatever was compiled first', () => {
  const first = check(TEXT, { profiles: ['uk-gdpr'] });
  const ccpa = check(TEXT, { profiles: ['ccpa'] });
  assert.deepEqual(check(TEXT, { profiles: ['uk-gdpr'] }), first);
  assert.deepEqual(check(`${TEXT}\n`, { profiles: ['ccpa'] }).coverage, ccpa.coverage);
});
