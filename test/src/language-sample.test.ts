// Language detection stops its sample where franc stops reading and remembers franc's answer by
// the sample (engine/language.ts): that is only right while franc reads no further.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('franc reads only the first 2048 characters of a sample, which language.ts relies on to stop the sample there', async () => {
  const { franc } = await import('franc-min');
  const english = 'We keep your personal data while the service needs it, and after that we delete it. '.repeat(25);
  const french = 'Nous conservons vos données personnelles aussi longtemps que nécessaire, puis nous les supprimons. '.repeat(100);
  const only = ['eng', 'fra', 'deu', 'nld'];
  assert.ok(english.length >= 2048);
  assert.equal(franc(english.slice(0, 2048) + french, { only }), 'eng');
  assert.equal(franc(french, { only }), 'fra');
});
