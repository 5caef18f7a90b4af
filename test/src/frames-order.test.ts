// Issue 13, the statement reader beyond English word order (frames.ts): the language-neutral
// mechanisms a language's frames.yaml switches on — a compound read by its head, a word that must
// be written with its capital, an elided word read apart, a clitic object before its verb, a
// subject after its verb, a modal before its subject, a negator after its verb, a list item's
// subject across its lead-in's colon, a subject word that is also a possessive, a pronoun that
// stands for the sentence before's object, `owned` as a list, a wider gap for a
// separable verb — each shown on a small language of the test's own, with the switch on and off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { framesFrom, frameProblems, readFrames, type Frame } from '../../server/out/engine/frames.js';
import type { FramesData } from '../../server/out/engine/datatypes.js';

const base: FramesData = {
  actors: { reader: ['Sie', 'du', 'vous'], controller: ['wir', 'nous'] },
  modals: { able: ['können', 'kannst', 'pouvez'] },
  actions: { ask: ['fragst'], delete: ['löschen', 'gelöscht', 'supprimons', 'utilisation'], share: ['geben ... weiter'], oppose: ['opposer'] },
  objects: { 'reader-data': ['daten', '-daten', 'compte'] },
  negators: ['nicht'],
  pronouns: ['sie'],
  requirements: {},
};
const read = (d: FramesData, s: string) =>
  readFrames(framesFrom(d), s).map((f: Frame) => ({ actor: f.actor, modals: f.modals, action: f.action, object: f.object, negated: f.negated }));

test('frames order: a compound no class lists whole is read by its head; a head is matched whole too', () => {
  assert.equal(read(base, 'wir löschen Kundendaten')[0].object, 'reader-data');
  assert.equal(read(base, 'wir löschen Daten')[0].object, 'reader-data');
  assert.equal(read(base, 'wir löschen Datenbank')[0].object, 'none', 'a word that only starts with the head is not it');
});

test('frames order: a word with a capital letter matches only so written ("Sie" the reader, "sie" a pronoun)', () => {
  assert.equal(read(base, 'Sie löschen Daten')[0].actor, 'reader');
  assert.equal(read(base, 'sie löschen Daten')[0].actor, 'none');
});

test('frames order: an elided word is read apart from the word it is joined to, only where the language lists it', () => {
  const withElision = { ...base, elisions: ["l'"] };
  assert.equal(read(withElision, 'nous limitons l’utilisation')[0]?.action, 'delete');
  assert.deepEqual(read(base, 'nous limitons l’utilisation'), []);
});

test('frames order: a clitic before its verb stands for the last object before it', () => {
  const d = { ...base, clitics: ['les'] };
  assert.equal(read(d, 'votre compte, nous les supprimons')[0].object, 'reader-data');
  assert.equal(read(base, 'votre compte, nous les supprimons')[0].object, 'none', 'not a clitic where the language lists none');
});

test('frames order: a subject right after its verb when none stands before it (switched on)', () => {
  const on = { ...base, order: { 'subject-after-verb': true } };
  assert.equal(read(on, 'Auf Wunsch löschen wir Ihre Daten.')[0].actor, 'controller');
  assert.equal(read(base, 'Auf Wunsch löschen wir Ihre Daten.')[0].actor, 'none');
  assert.equal(read(on, 'Daten löschen, wir nicht.')[0].actor, 'none', 'not across a comma');
  assert.equal(read(on, 'Wenn du fragst, löschen wir die Daten.')[1].actor, 'controller', 'rather than a subject before a comma');
  assert.equal(read(base, 'Wenn du fragst, löschen wir die Daten.')[1].actor, 'reader');
  const f = read(on, 'Wenn du die Daten nicht brauchst, löschen wir sie.').find((x) => x.action === 'delete')!;
  assert.deepEqual([f.actor, f.negated, f.object], ['controller', false, 'reader-data'], 'the first clause’s negator and object are not the verb’s');
});

test('frames order: a modal right before the subject is the subject’s (switched on)', () => {
  const on = { ...base, order: { 'modal-before-subject': true } };
  assert.deepEqual(read(on, 'Ihre Daten können Sie jederzeit löschen.')[0].modals, ['able']);
  assert.deepEqual(read(on, 'vous pouvez vous opposer')[0], { actor: 'reader', modals: ['able'], action: 'oppose', object: 'none', negated: false });
  assert.deepEqual(read(base, 'Ihre Daten können Sie jederzeit löschen.')[0].modals, []);
  assert.equal(read(on, 'Daten können Sie jederzeit löschen.')[0].object, 'reader-data', 'the object that opens the clause before the modal');
});

test('frames order: a negator after the verb in its clause negates it (switched on), not one in the next clause', () => {
  const on = { ...base, order: { 'negation-after-verb': true } };
  assert.equal(read(on, 'wir löschen Ihre Daten nicht')[0].negated, true);
  assert.equal(read(on, 'wir löschen Ihre Daten, wenn Sie sie nicht brauchen')[0].negated, false);
  assert.equal(read(base, 'wir löschen Ihre Daten nicht')[0].negated, false);
});

test('frames order: a passive form right after the participle makes it passive (switched on)', () => {
  const d = { ...base, passive: ['werden'] };
  assert.equal(read({ ...d, order: { 'passive-after-verb': true } }, 'Daten können gelöscht werden')[0]?.actor, 'passive');
  assert.equal(read(d, 'Daten können gelöscht werden')[0]?.actor, 'none');
});

test('frames order: a list item with no subject takes its lead-in’s subject and modals across the colon (switched on)', () => {
  const d = { ...base, modals: { ...base.modals, right: ['folgende rechte'] } };
  const item = 'Sie haben folgende Rechte: Daten löschen';
  assert.deepEqual(read({ ...d, order: { 'subject-across-colon': true } }, item)[0], { actor: 'reader', modals: ['right'], action: 'delete', object: 'reader-data', negated: false });
  assert.equal(read(d, item)[0].actor, 'none');
  assert.equal(read({ ...d, order: { 'subject-across-colon': true } }, 'Sie haben folgende Rechte: wir löschen Daten')[0].actor, 'controller', 'the item’s own subject first');
  assert.equal(read({ ...d, order: { 'subject-across-colon': true } }, 'Sie haben folgende Rechte; Daten löschen')[0].actor, 'none', 'only a colon');
  // A negator before the colon crosses with the subject and modals: the items are what cannot be done.
  assert.deepEqual(read({ ...d, order: { 'subject-across-colon': true } }, 'wir können Folgendes nicht: Daten löschen')[0], { actor: 'controller', modals: ['able'], action: 'delete', object: 'reader-data', negated: true });
});

test('frames order: a subject word that is also a possessive is the possessive after the clause’s subject, before a noun', () => {
  const d: FramesData = { ...base, actors: { reader: ['je'], controller: ['we'] }, modals: { able: ['kunt'] }, actions: { delete: ['verwijderen'] }, marks: { 'reader-owned': ['je'] }, objects: { 'reader-data': ['gegevens'] }, owned: { mark: 'reader-owned', object: 'reader-data' } };
  assert.deepEqual(read(d, 'je kunt je klantprofiel verwijderen')[0], { actor: 'reader', modals: ['able'], action: 'delete', object: 'reader-data', negated: false });
  assert.equal(read(d, 'we sturen een mail en je kunt verwijderen')[0].actor, 'reader', 'a subject before a verb stays one');
  assert.equal(read(d, 'je klantprofiel verwijderen')[0].actor, 'reader', 'the clause’s first subject is one');
  const { owned: _, ...without } = d;
  assert.equal(read(without, 'je kunt je klantprofiel verwijderen')[0].object, 'none', 'not without `owned`');
});

test('frames order: a pronoun with no object before it in its sentence stands for the first object of the sentence before (switched on)', () => {
  const d: FramesData = { ...base, objects: { ...base.objects, consent: ['toestemming'] }, actions: { withdraw: ['intrekken'] }, actors: { reader: ['je'] }, modals: { able: ['kun'] }, clitics: ['die'], order: { 'modal-before-subject': true } };
  const text = 'Gaf je toestemming voor je daten? Die kun je intrekken.';
  const on = readFrames(framesFrom({ ...d, order: { ...d.order, 'pronoun-across-sentence': true } }), text).find((f) => f.action === 'withdraw')!;
  assert.deepEqual([on.object, on.marks.includes('consent')], ['consent', true], 'the sentence names the object too');
  const off = readFrames(framesFrom(d), text).find((f) => f.action === 'withdraw')!;
  assert.deepEqual([off.object, off.marks.includes('consent')], ['pronoun', false]);
  // Past one sentence that names no object, the one before it (session 30); past two, none.
  assert.equal(readFrames(framesFrom({ ...d, order: { ...d.order, 'pronoun-across-sentence': true } }), 'Toestemming. Iets anders. Die kun je intrekken.')[0].object, 'consent', 'past one sentence that names none');
  assert.equal(readFrames(framesFrom({ ...d, order: { ...d.order, 'pronoun-across-sentence': true } }), 'Toestemming. Iets anders. Nog iets. Die kun je intrekken.')[0].object, 'pronoun', 'not past two');
});

test('frames order: `owned` as a list, a possessive of each class before words no class knows', () => {
  const d: FramesData = { ...base, marks: { mine: ['ihre'], ours: ['unsere'] }, objects: { ...base.objects, 'other-content': ['tipps'] }, owned: [{ mark: 'mine', object: 'reader-data' }, { mark: 'ours', object: 'other-content' }] };
  assert.equal(read(d, 'wir löschen Ihre Einträge')[0].object, 'reader-data');
  assert.equal(read(d, 'wir löschen unsere Einträge')[0].object, 'other-content');
  assert.equal(read(d, 'wir löschen unsere Daten')[0].object, 'reader-data', 'a known noun ends the phrase: its class');
  assert.deepEqual(frameProblems('xx', new Set(), { ...d, owned: [{ mark: 'mine', object: 'reader-data' }, { mark: 'theirs', object: 'reader-data' }] }), ['xx owned: no mark class theirs or object class reader-data']);
});

test('frames order: a separable verb’s particle may stand as far as the language’s gap', () => {
  const far = 'wir geben Ihre Daten nur in seltenen Fällen an Dritte weiter';
  assert.deepEqual(read(base, far), []);
  assert.equal(read({ ...base, gap: 10 }, far)[0].action, 'share');
});

test('frames order: hostile input stays linear (a long word of a head, many elisions, a clitic run)', () => {
  const d = { ...base, elisions: ["l'"], clitics: ['les'], gap: 12, order: { 'subject-after-verb': true, 'modal-before-subject': true, 'negation-after-verb': true } };
  const lang = framesFrom(d);
  assert.equal(readFrames(lang, `wir löschen ${'x'.repeat(200_000)}daten`)[0].object, 'reader-data');
  assert.ok(Array.isArray(readFrames(lang, "l'".repeat(50_000))));
  assert.equal(readFrames(lang, 'nous les '.repeat(10_000) + 'supprimons').length, 1);
  assert.equal(readFrames(lang, 'geben '.repeat(20_000)).length, 0);
});

test('frames order: frameProblems names a head inside a phrase or too short, a bad elision, gap or word order', () => {
  const bad: FramesData = {
    ...base,
    objects: { 'reader-data': ['-dat', 'die -daten'] },
    negators: ['-nicht'],
    elisions: ['l', 'qu’'],
    gap: 40,
    order: { 'verb-last': true, 'subject-after-verb': 'yes' } as never,
  };
  const p = frameProblems('xx', new Set(), bad);
  for (const want of ['"-dat": a compound\'s head needs four letters', '"die -daten": a compound\'s head is a class word of its own', 'negators: "-nicht"', 'elisions: "l"', 'gap: 40', 'no such word order verb-last', 'order.subject-after-verb']) {
    assert.ok(p.some((x) => x.includes(want)), `${want} in ${p.join('; ')}`);
  }
  assert.ok(!p.some((x) => x.includes('qu’')), 'a curly apostrophe is one');
  assert.deepEqual(frameProblems('xx', new Set(), base), []);
});

test('frames: a negator before coordinated verbs negates each of them, not a verb after "but" or a new subject', async () => {
  const { frameLanguage } = await import('../../server/out/engine/frames.js');
  const en = frameLanguage('en');
  const negated = (s: string) => readFrames(en, s).map((f) => [f.action, f.negated]);
  assert.deepEqual(negated('We do not sell or disclose your personal data.'), [['share', true], ['share', true]]);
  assert.deepEqual(negated('We will not sell, disclose or delete your details.'), [['share', true], ['share', true], ['delete', true]]);
  assert.deepEqual(negated('We do not collect or store your location.'), [['collect', true], ['keep', true]]);
  assert.deepEqual(negated('We do not sell your data but share it with partners.'), [['share', true], ['share', false]]);
  assert.deepEqual(negated('We do not sell your data, and we share it with partners.'), [['share', true], ['share', false]]);
});

test('frames order: a third person’s possessive is a third party’s own after a third-party subject (`byActor`), the reader’s data after the reader', () => {
  const d: FramesData = {
    ...base,
    actors: { reader: ['nutzer'], 'third-party': ['partner'], controller: ['wir'] },
    marks: { mine: ['Ihre'], theirs: ['ihre'] },
    objects: { ...base.objects, 'other-content': ['tipps'] },
    owned: [{ mark: 'mine', object: 'reader-data' }, { mark: 'theirs', object: 'reader-data', byActor: { 'third-party': 'other-content' } }],
  };
  assert.equal(read(d, 'nutzer können ihre Einträge löschen')[0].object, 'reader-data');
  assert.equal(read(d, 'partner können ihre Einträge löschen')[0].object, 'other-content');
  assert.equal(read(d, 'partner können ihre Daten löschen')[0].object, 'other-content', 'a known noun too');
  assert.equal(read(d, 'wir löschen ihre Daten')[0].object, 'reader-data', 'after us, the users’');
  assert.equal(read(d, 'partner können Ihre Daten löschen')[0].object, 'reader-data', 'the capitalised possessive stays the reader’s');
  const { owned: _, ...plain } = d;
  assert.equal(read({ ...plain, owned: [{ mark: 'theirs', object: 'reader-data' }] }, 'partner können ihre Einträge löschen')[0].object, 'reader-data', 'not without byActor');
});

test('frames order: a sentence-opening word resumes the sentence before’s subject of a class (`resumes`), and is itself otherwise', () => {
  const d: FramesData = { ...base, actors: { ...base.actors, 'third-party': ['berater'] }, modals: { able: ['können'] }, actions: { see: ['einsehen'] }, resumes: [{ word: 'Sie', class: 'third-party' }] };
  assert.equal(read(d, 'Zwei Berater sind beauftragt. Sie können Daten einsehen.')[0].actor, 'third-party');
  assert.equal(read(d, 'Wir sind beauftragt. Sie können Daten einsehen.')[0].actor, 'reader');
  assert.equal(read(d, 'Zwei Berater sind beauftragt. Dann können Sie Daten einsehen.')[0].actor, 'reader', 'only at the sentence’s start');
  const { resumes: _, ...off } = d;
  assert.equal(read(off, 'Zwei Berater sind beauftragt. Sie können Daten einsehen.')[0].actor, 'reader');
});

test('frames order: a word of both a subject’s and a mark’s class is the mark once the clause has its subject; a subject after its verb across two unknown words', () => {
  const d: FramesData = { ...base, actors: { ...base.actors, 'third-party': ['druckerei'] }, marks: { recipient: ['druckerei'] }, actions: { move: ['senden'], receive: ['erhält'] }, order: { 'subject-after-verb': true } };
  const f = readFrames(framesFrom(d), 'wir senden Daten an die Druckerei')[0];
  assert.deepEqual([f.actor, f.marks.includes('recipient')], ['controller', true]);
  assert.equal(read(d, 'Morgen erhält eine Druckerei Daten')[0].actor, 'third-party');
  assert.equal(read(d, 'Morgen erhält eine große neue Druckerei Daten')[0].actor, 'none', 'not across three');
});

test('frames order: a subject word that is also a possessive opens a sentence as the possessive before an inverted verb and subject, or a known noun', () => {
  const d: FramesData = { ...base, actors: { reader: ['je'], controller: ['we'] }, modals: { able: ['kunt'] }, actions: { move: ['sturen'], delete: ['verwijderen'] }, marks: { 'reader-owned': ['je'] }, objects: { 'reader-data': ['gegevens'] }, owned: { mark: 'reader-owned', object: 'reader-data' }, order: { 'subject-after-verb': true } };
  assert.equal(read(d, 'Je naam sturen we door.')[0].actor, 'controller');
  assert.equal(read(d, 'Je gegevens verwijderen')[0].actor, 'none');
  assert.equal(read(d, 'Je kiest zelf wat we sturen.')[0].actor, 'controller', 'the first reading is the verb’s own clause');
  assert.equal(read(d, 'Je kunt gegevens verwijderen.')[0].actor, 'reader');
});

test('frames order: a preposition’s phrase and a participle between a possessive and its noun belong to the noun', () => {
  const d: FramesData = { ...base, actions: { ...base.actions, keep: ['gespeicherten'] }, stops: ['bei'], marks: { mine: ['Ihrer'] }, owned: { mark: 'mine', object: 'reader-data' }, modals: { request: ['verlangen'] } };
  assert.equal(read(d, 'Sie können das löschen Ihrer bei uns gespeicherten Daten verlangen')[0].object, 'reader-data');
  assert.equal(read(d, 'Sie können das löschen Ihrer bei uns Daten verlangen')[0].object, 'none', 'no participle: no attribute');
});

test('frames order: after a complement word that ends the action, words no class knows are an object of no class (switched on)', () => {
  // French: "s'opposer à" takes its object after "à"; German: "Widerspruch gegen".
  const fr: FramesData = { ...base, elisions: ["s'"], actions: { ...base.actions, oppose: ["s'opposer à", 'opposer à', 'opposer'], decide: ['décision'] }, objects: { ...base.objects, processing: ['traitement'] } };
  const on = { ...fr, complements: ['à'] };
  assert.equal(read(on, 'vous pouvez vous opposer à une sanction du comité')[0].object, 'other');
  assert.equal(read(fr, 'vous pouvez vous opposer à une sanction du comité')[0].object, 'none', 'no object where the language lists no complement');
  assert.equal(read(on, 'vous pouvez vous opposer à ce traitement')[0].object, 'processing', 'a class’s word is read as it is');
  assert.equal(read(on, 'vous pouvez vous opposer à une décision du comité')[0].object, 'other', 'an action’s noun there with no object of its own');
  assert.equal(read(on, 'vous pouvez vous opposer à une utilisation de votre compte')[0].object, 'reader-data', 'an action’s noun there with its object');
  assert.equal(read(on, 'vous pouvez vous opposer.')[0].object, 'none', 'nothing after it');
  const de: FramesData = { ...base, actions: { ...base.actions, oppose: ['Widerspruch gegen', 'widersprechen'] }, complements: ['gegen'] };
  assert.equal(read(de, 'Sie können Widerspruch gegen einen Beschluss des Vorstands einlegen')[0].object, 'other');
  assert.equal(read(de, 'Sie können Widerspruch gegen die Nutzung Ihrer Daten einlegen')[0].object, 'reader-data');
  assert.equal(read(de, 'Sie können jederzeit widersprechen')[0].object, 'none');
});

test('frames order: a subject no actor class knows, in its other shapes (`unknown-subject`): one word before a finite verb or after a modal, a party’s trade word in the phrase', () => {
  const d: FramesData = { ...base, actions: { ...base.actions, share: ['transmet', 'transmettre', 'gibt', 'geben'] }, marks: { recipient: ['kanzlei', 'cabinet'] }, 'not-names': ['bitte'], order: { 'subject-unknown': true } };
  const on: FramesData = { ...d, 'unknown-subject': { marks: ['recipient'], finite: ['et'] } };
  // French and German shapes in the test's small language: one word before a verb of a finite form ("-t"), or after a modal.
  assert.equal(read(on, 'Strava transmet les données.')[0].actor, 'other');
  assert.equal(read(on, 'Strava können transmettre les données.')[0].actor, 'other', 'after a modal');
  assert.equal(read(d, 'Strava transmet les données.')[0].actor, 'none', 'off where the language does not ask for it');
  assert.equal(read(on, 'Strava geben Daten.')[0].actor, 'none', 'a verb of no finite ending: an imperative may stand there');
  assert.equal(read(on, 'Bitte können transmettre les données.')[0].actor, 'none', 'a `not-names` word is no subject');
  // A party's trade word in the noun phrase counts as its words: "le cabinet", "die Kanzlei".
  assert.equal(read(on, 'Le cabinet transmettre les données.')[0].actor, 'other');
  assert.equal(read(d, 'Le cabinet transmettre les données.')[0].actor, 'none', 'the mark’s words do not count where not listed');
});

test('frames order: a subject no actor class knows is `other`, not `none` (switched on): two words or more before the action in its clause', () => {
  const d: FramesData = { ...base, actions: { ...base.actions, share: ['geben ... weiter', 'transmet', 'gibt'] }, stops: ['für', 'pour'], breaks: ['weil'], owned: { mark: 'reader-owned', object: 'reader-data' }, marks: { 'reader-owned': ['Ihre', 'votre'] } };
  const on = { ...d, order: { 'subject-unknown': true } };
  // Dutch, German and French word shapes in the test's small language: a subject of words no class knows.
  assert.equal(read(on, 'Der Sportbund gibt Daten weiter.')[0].actor, 'other');
  assert.equal(read(on, 'La mairie de Lindau transmet les données.')[0].actor, 'other');
  assert.equal(read(d, 'Der Sportbund gibt Daten weiter.')[0].actor, 'none', 'off where the language does not ask for it');
  // One word before the action is an imperative's "bitte", "merci de": no subject.
  assert.equal(read(on, 'Bitte löschen Daten.')[0].actor, 'none');
  // A subject of a class stays that class; words after a preposition are its object, not a subject.
  assert.equal(read(on, 'Wir geben Daten weiter.')[0].actor, 'controller');
  assert.equal(read(on, 'pour le compte de Lindau transmet les données')[0].actor, 'none');
  // A possessive's phrase of words no class knows names someone ("votre notaire"), with the words before it.
  assert.equal(read(on, 'Parfois votre notaire transmet les données.')[0].actor, 'other');
  // After a break, only the clause's own words count.
  assert.equal(read(on, 'Der Verein sagt, weil gibt Daten weiter.').find((f) => f.action === 'share')?.actor, 'none');
});

test('frames order: the reader as an indirect object (`indirect`) is no subject, and data named before it is not what is given (session 36)', () => {
  const en: FramesData = {
    actors: { reader: ['you'], controller: ['we'] },
    actions: { share: ['sell', 'send'], use: ['need'] },
    objects: { 'reader-data': ['name', 'email', 'address'] },
    requirements: {},
  };
  const withIndirect: FramesData = { ...en, indirect: { pronouns: ['you'], articles: ['a', 'the'], to: ['to'] } };
  const sell = (d: FramesData, s: string) => read(d, s).find((f) => f.action === 'share');
  // Off: the data named before the verb is read as what we sell.
  assert.equal(sell(en, 'we need your name, email and address to sell you a ticket')?.object, 'reader-data');
  // On: what is sold is named after the article (no class knows it), and the reader who receives it is no later verb's subject.
  assert.equal(sell(withIndirect, 'we need your name, email and address to sell you a ticket')?.object, 'other');
  const frames = read(withIndirect, 'we need your name to sell you a ticket, send it to you');
  assert.notEqual(frames.at(-1)?.actor, 'reader');
  // What follows the article still counts when a class knows it.
  assert.equal(sell(withIndirect, 'we send you the address')?.object, 'reader-data');
});
