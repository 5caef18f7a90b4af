// Issue 13, coverage by meaning, round 11 (session 18): the right to object read by what is objected
// to, and the items fresh policies gave in words the cues did not know, each beside look-alikes
// (coverage-frames-en11-rows.ts). Batch a was written before this round's changes, batch b after them
// with the data frozen (the generalisation figure). A row the checker still gets wrong is listed in
// KNOWN with what it lacks and runs as a `todo`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';

// From the review: objections whose object is the reader or what was listed before.
test('frames round 11: an objection to us doing something to the reader, or to what was listed, still gives the right', () => {
  const status = (s: string) => check(`# Privacy notice of Quillfeather Ltd\n\n## Your rights\n\n${s}\n`, {}).coverage.find((c) => c.requirement === 'right-objection')!.status;
  assert.equal(status('You may object to us contacting you.'), 'present');
  assert.equal(status('You can object to any of the above.'), 'present');
  assert.notEqual(status('You may object to the club charging you a late fee.'), 'present');
  assert.notEqual(status('You can object to a ruling of the committee.'), 'present');
});
