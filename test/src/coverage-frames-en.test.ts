// Issue 13: the statement reader (frames.ts). What it reads from a sentence (subject, modality,
// action, object, negation, condition), and the held-out batches of coverage-frames-en-rows.ts:
// paraphrases of an item and look-alikes, written before (batch 1) and after (batch 2) each
// requirement's frames. A row the checker still gets wrong is listed in KNOWN with what it lacks,
// and runs as a `todo` (reported, not failing), so the list shows what is left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameLanguage, frameProblems, readFrames, type Frame } from '../../server/out/engine/frames.js';
import { FRAME_SENTENCES } from './helpers/doubling.js';
import { LANGUAGES, PROFILES } from '../../server/out/engine/data.js';
import { assertRow, englishCoverageOf, rowTests, type RowExpectation } from './helpers/coverage-lang.js';
import { pointerOnly } from './helpers/model-raise.js';
import { BATCH1, BATCH2 } from './coverage-frames-en-rows.js';
import { BATCH1 as ROUND2_BATCH1, BATCH2 as ROUND2_BATCH2 } from './coverage-frames-en2-rows.js';
import { BATCH1 as ROUND3_BATCH1, BATCH2 as ROUND3_BATCH2 } from './coverage-frames-en3-rows.js';

const en = frameLanguage('en');
const read = (s: string) => readFrames(en, s).map((f: Frame) => ({ actor: f.actor, modals: f.modals, action: f.action, object: f.object, negated: f.negated, conditions: f.conditions }));

test('frames: the reader as subject, a request and a right before the action, its object', () => {
  const [f] = read('You are entitled to have us get rid of the personal details we hold about you.');
  assert.deepEqual(f, { actor: 'reader', modals: ['request', 'right'], action: 'delete', object: 'reader-data', negated: false, conditions: [] });
});

test('frames: the controller as subject with a condition, a pronoun read as the object named before it', () => {
  const f = read('Let us know if your information is wrong and we will correct it.').find((x) => x.action === 'correct');
  assert.deepEqual(f, { actor: 'controller', modals: ['will'], action: 'correct', object: 'reader-data', negated: false, conditions: ['on-request'] });
});

test('frames: a passive clause has no agent, its subject is the object; a negator negates', () => {
  const [f] = read('Your personal data is never sold.');
  assert.equal(f.actor, 'passive');
  assert.equal(f.object, 'reader-data');
  assert.equal(f.negated, true);
});

test('frames: an object is not looked for past a preposition', () => {
  const [f] = read('You can access the forum in your account.');
  assert.equal(f.object, 'none');
});

test('frames: a possessive before words no class knows is the reader\'s data, unless the phrase ends on a noun a class knows', () => {
  assert.equal(read('You may have us erase your saved routes.')[0].object, 'reader-data');
  assert.equal(read('You can access your order history in your account.')[0].object, 'reader-data');
  assert.equal(read('You can remove your saved payment cards in the wallet.')[0].object, 'not-data');
  assert.equal(read('You can delete the sample routes.')[0].object, 'none');
});

test('frames: a noun phrase before the action is its subject when no modal makes it a causative', () => {
  const f = read('If you know that your son has given us details, please contact us.').find((x) => x.action === 'provide')!;
  assert.equal(f.actor, 'none');
  assert.equal(read('Customers can have their records removed.')[0].object, 'reader-data');
  assert.equal(read('Other players can view your profile.')[0].actor, 'others');
});

test('frames: a causative "have … removed" reads the object before the action', () => {
  const [f] = read('Customers can have their records removed.');
  assert.deepEqual(f, { actor: 'reader', modals: ['request', 'able'], action: 'delete', object: 'reader-data', negated: false, conditions: [] });
});

test('frames: no action word, no reading; hostile input reads in one pass without a crash', () => {
  assert.deepEqual(read('Our office is shut on Sundays.'), []);
  assert.deepEqual(read(''), []);
  const long = 'you may delete '.repeat(20_000);
  assert.equal(readFrames(en, long).length, 20_000);
  assert.ok(Array.isArray(readFrames(en, ',;:()'.repeat(10_000))));
});

test('frames: a full stop ends a sentence by the character after its spaces ("e.g." inside a sentence, no space after a sentence)', () => {
  // "e.g." is read as inside the sentence: the subject before it is the subject of the action after it.
  const [f] = read('You may, e.g. by email, ask us to delete your data.');
  assert.equal(f.actor, 'reader');
  // Without a space after its full stop, the next sentence is still another: its subject is its
  // own, and its pronoun stands for that sentence's object as a pronoun
  // across a sentence end does (English since session 30: `pronoun-across-sentence`), not for an
  // object of its own sentence.
  const text = 'You may ask us to delete your data.We keep it.';
  const keep = readFrames(en, text).find((x) => x.action === 'keep')!;
  assert.equal(keep.object, 'reader-data');
  assert.equal(keep.actor, 'controller', 'the subject is the second sentence\'s own, not the first\'s reader');
  assert.ok(keep.to > text.indexOf('We'), text.slice(keep.from, keep.to));
  const alone = readFrames(en, 'You may ask us for help.We keep it.').find((x) => x.action === 'keep')!;
  assert.notEqual(alone.object, 'reader-data', 'the sentence before names no data');
});

test('frames: a sentence of many actions, objects, marks and pronouns is read whole (every reading shares its sentence\'s marks)', () => {
  // Each reading once copied its sentence's marks and conditions, and a pronoun or a passive looked
  // back to the sentence's start: 50,000 actions in one sentence ran out of memory. Here what the
  // readings must be, at 5,000; that 25,000 and 50,000 are read in linear time (and so in linear
  // space): slow/linear-rules.test.ts (the same sentences, FRAME_SENTENCES).
  for (const [unit, each] of FRAME_SENTENCES) {
    const frames = readFrames(en, unit.repeat(5_000));
    assert.equal(frames.length, 5_000 * each, unit);
  }
});

test('frames: a statement after more vetoed cue matches than are read again is still read (the block was given up as saying nothing)', () => {
  const others = ['Customers may ask us to remove a listing.', 'You can request that we erase your comments.', 'Members can ask us to delete their posts.', 'You might ask us to delete your reviews.', 'You can have us erase your old posts.', 'You are able to ask us to remove your listings.'];
  const real = 'Members are entitled to get their personal data erased by us.';
  for (let k = 0; k <= others.length; k++) {
    const c = englishCoverageOf([...others.slice(0, k), real].join(' '), 'right-erasure');
    assert.equal(c.status, 'present', `after ${k} vetoed`);
    assert.equal(c.evidence[0].text, real);
    assert.equal(englishCoverageOf(others.slice(0, Math.max(1, k)).join(' '), 'right-erasure').status, 'missing', `${k} vetoed alone`);
  }
});

test('frames: the English reader reads nothing in words it does not know; German has a reader of its own', () => {
  assert.deepEqual(readFrames(en, 'Sie können Ihre Daten löschen lassen.'), []);
  assert.equal(readFrames(frameLanguage('de'), 'Sie können Ihre Daten löschen lassen.')[0]?.action, 'delete');
});

test('frames data: every language’s frames.yaml names only classes it defines, for requirements a profile has', () => {
  const ids = new Set(Object.values(PROFILES).flatMap((p) => p.requirements.map((r) => r.id)));
  const problems = Object.keys(LANGUAGES).flatMap((l) => frameProblems(l, ids));
  assert.deepEqual(problems, []);
  assert.deepEqual(frameProblems('en', new Set()).length > 0, true, 'a requirement no profile has is reported');
});

/** Rows this branch still gets wrong, and why (key: the row's body). */
test('frames round 3: a question heading is read with its answer; a "No" answer or a question never made a statement gives nothing', () => {
  const erasure = (body: string) => englishCoverageOf(body, 'right-erasure', 'Questions').status;
  assert.equal(erasure('### Can you erase my records?\n\nYes.'), 'present');
  assert.equal(erasure('### Can you erase my records?\n\nNo.'), 'missing');
  assert.equal(erasure('### Will my data be deleted if I ask?\n\nNo, we must keep it for ten years.'), 'missing');
  assert.equal(erasure('### Can my data be deleted on request?\n\nNo.'), 'missing');
  // "No" only as the answer's first word, not "No problem".
  assert.equal(erasure('### Can I have my data deleted?\n\nNo problem: write to privacy@quill.example and we delete it within a month.'), 'present');
});

test('frames round 3: a list lead-in opens the rights context only when it names rights, not when it says who may access the data', () => {
  const items = '\n\n- our support staff, to get mistakes fixed\n- our engineers, when moving your data to another service\n';
  // The cues' reading of the lead-in (the model's raise off: it may read "to get mistakes fixed" as rectification on its own).
  const of = (lead: string, id: string) => pointerOnly(() => englishCoverageOf(`${lead}${items}`, id, 'Staff').status);
  assert.equal(of('Only these people access your personal data:', 'right-rectification'), 'missing');
  assert.equal(of('Only these people access your personal data:', 'right-portability'), 'missing');
  assert.equal(of('Your rights include:', 'right-rectification'), 'present');
});

const KNOWN: Record<string, string> = {
  'Our justification for analysing usage is our interest in improving the app, which we have weighed against your privacy.': 'no frames for legitimate-interests: a balancing test in other words',
  'Please send us your questions by e-mail.': 'a cue of data-source ("send us … your"), wrong on the base too; no veto written',
  'What your details are for:\n\n- sending your booking confirmation\n- keeping your account safe': 'a lead-in that names data and "for", items that are gerunds: no action in the items, and the reading of the lead-in does not reach into them',
  'Crash reports go to our developer so bugs get found and fixed sooner.': '"go to" is no data action, and "so" + a clause is no purpose mark (too common alone)',
  'In order to win, collect three golden keys.': 'round 2, batch 2: the purposes cue "in order to" alone, wrong on the base too',
  'It is in our interest to stop spam accounts, so new sign-ups are checked for bot patterns.': 'round 2, batch 2: "spam" is read as content (an object), so the aim mark is lost; "to stop" is no purpose phrase',
  'No one outside the company gets to see your health diary.': 'round 2, batch 2: "gets to see": the second action ends the search for the first one\'s object',
  'We pass your delivery notes to the courier.': 'round 2, batch 2: "courier" is now a third-party actor, listed before the recipient marks, so the mark is lost when the courier is the receiver',
  'You can change most details on your account page.': 'round 2, batch 2: "change" with the reader as subject is in no rectification spec (only the passive "can be changed")',
  'Our email provider has its base in the United States, and our contract with it includes the EU standard clauses.': 'the safeguard in other words ("the EU standard clauses") is an element cue, not a reading',
  'If you disagree with how we use your information for analytics, you can ask us to stop.': 'round 3, batch 1: "stop" has no object after it, and the data named before it is in the clause before the comma',
  'Curious what our records say about you? Ask and we will e-mail you everything we have.': 'round 3, batch 2: "say about you" is no action of seeing; "e-mail" is no tell verb',
  'We will confirm, if you ask, whether we process any information about you.': 'round 3, batch 2: "confirm … whether" is no action of telling in the data',
  'Your full ride history is visible in the app at any time.': 'round 3, batch 2: "is visible" is no action; self-service viewing read only from verbs',
  'Our team will update your records when you tell us they have changed.': 'round 3, batch 2: "our team" is no controller actor; "when you tell us" is no on-request condition',
  'Should you no longer want us to have your details, ask and we will wipe them.': 'round 3, batch 2: "ask" alone is no on-request condition (only "ask us", "if you ask")',
  'Ask us for a copy of the terms.': "raised by the model (session 39): the sentence scores at or above its τ on the item's words, though it is about something else",
};

const english: { name: string; row: readonly [string, RowExpectation, string]; why?: string }[] = [];
for (const [batch, rows] of [
  ['1', BATCH1],
  ['2', BATCH2],
  ['round 2, 1', ROUND2_BATCH1],
  ['round 2, 2', ROUND2_BATCH2],
  ['round 3, 1', ROUND3_BATCH1],
  ['round 3, 2', ROUND3_BATCH2],
] as const) {
  for (const [requirement, expected, body] of rows) english.push({ name: `frames batch ${batch}: ${requirement} ${expected} on "${body}"`, row: [requirement, expected, body] as const, why: KNOWN[body] });
}
rowTests(english, ([requirement, expected, body]) => assertRow(englishCoverageOf(body, requirement), expected), 'frames rounds 1-3, known misses');
