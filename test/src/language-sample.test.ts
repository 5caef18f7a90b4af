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

test('a clear majority of one language’s function words decides the language before trigrams do', async () => {
  const { franc } = await import('franc-min');
  const { voteLanguage } = await import('../../server/out/engine/language.js');
  const { LANGUAGES } = await import('../../server/out/engine/data.js');
  // Four short English sentences that franc, asked among our four languages, reads as French.
  const english = 'You can ask us to take down a listing. You can ask us to take down a review. You can ask us to erase a comment. You can ask us to clear a post.';
  assert.equal(franc(english, { only: ['eng', 'nld', 'deu', 'fra'], minLength: 120 }), 'fra', 'the case this guards against is still one franc gets wrong');
  assert.equal(voteLanguage(english), 'en');
  assert.equal(voteLanguage('U kunt ons vragen uw gegevens te wissen. Wij bewaren ze niet langer dan nodig is en delen ze met niemand.'), 'nl');
  assert.equal(voteLanguage('Sie können uns jederzeit bitten, Ihre Daten zu löschen. Wir geben sie nicht an Dritte weiter und speichern sie nur so lange wie nötig.'), 'de');
  assert.equal(voteLanguage('Vous pouvez nous demander de supprimer vos données. Nous ne les conservons pas plus longtemps que nécessaire et ne les vendons pas.'), 'fr');
  // Too few words, or no clear majority: franc decides.
  assert.equal(voteLanguage('Quillfeather Ltd, 12 Harbour Row, Leith'), undefined);
  assert.equal(voteLanguage('the and you het een en'), undefined);
  // The lists are disjoint: a word in two languages' lists would vote for whichever came last.
  const seen = new Map<string, string>();
  for (const [lang, data] of Object.entries(LANGUAGES)) {
    for (const w of (data as { 'function-words'?: string[] })['function-words'] ?? []) {
      assert.ok(!seen.has(w), `"${w}" is a function word of both ${seen.get(w)} and ${lang}`);
      seen.set(w, lang);
    }
  }
});

test('the detected language is remembered by the whole sample: two samples that share their first 2048 characters may differ after', async () => {
  const { detectLanguage } = await import('../../server/out/engine/language.js');
  // Names and numbers only (no function word of any language), then a last paragraph whose end,
  // past franc's 2048 characters but inside the sample the function-word vote reads, is English
  // in one document and Dutch in the other.
  const neutral = (n: number) => 'Quillfeather Harbour Leith 4417 Marrowby Tansley '.repeat(20).slice(0, n);
  const doc = (tail: string) =>
    [neutral(590), neutral(590), neutral(590), neutral(275) + ' ' + tail].map((text) => ({ kind: 'paragraph', text }) as unknown as import('../../server/out/engine/document.js').Block);
  const en = doc('You can ask us what we keep about you, and we will answer you within a month of the day you ask us. We do not keep it for longer than we need it.');
  const nl = doc('U kunt ons vragen wat wij van u bewaren, en wij antwoorden u binnen een maand na de dag dat u het vraagt. Wij bewaren het niet langer dan nodig is.');
  assert.equal(detectLanguage(en), 'en');
  assert.equal(detectLanguage(nl), 'nl');
});
