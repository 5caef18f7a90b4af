// Properties of the server under editing: whatever sequence of incremental edits reaches it, the
// diagnostics it publishes for the final version equal a fresh check of the final text. (The
// chunked parse the server edits with is compared with a full parse in incremental-parse.test.ts,
// in process; that the server survives hostile input: slow/lsp-hostile.test.ts.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../../../server/out/engine/check.js';
import { LineIndex } from '../../../server/out/engine/text.js';
import { toLspDiagnostics } from '../../../server/out/lsp/convert.js';
import { TestClient, applyEdits } from '../helpers/lsp-client.js';
import { piece } from '../helpers/policy-pieces.js';
import { runs } from '../helpers/properties.js';

const DOCS = 'file:///policywright/docs/rules';
let client: TestClient;
before(async () => {
  client = new TestClient({ initializationOptions: { docsBaseUrl: DOCS, debounceMs: 5 } });
  await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll();
  assert.equal(client.exited, 0, client.stderr.join(''));
});

const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 30 }), insert: fc.array(piece, { maxLength: 2 }).map((a) => a.join('')) });

let n = 0;
test('any sequence of edits through didChange gives the diagnostics of a fresh check of the final text', async () => {
  await fc.assert(
    fc.asyncProperty(text, fc.array(edit, { minLength: 1, maxLength: 8 }), async (initial, edits) => {
      const uri = `file:///tmp/prop-${n++}.policy.md`;
      client.open(uri, initial);
      let current = initial;
      let version = 1;
      for (const e of edits) {
        const lines = new LineIndex(current);
        const start = current.length ? e.at % (current.length + 1) : 0;
        const end = Math.min(current.length, start + e.len);
        const change = { range: lines.range({ start, end }), text: e.insert };
        // The server's document model and ours must agree: apply the same edit here.
        current = applyEdits(current, [{ range: change.range, newText: e.insert }]);
        version = client.change(uri, [change]);
      }
      const got = await client.diagnostics(uri, version);
      const expected = toLspDiagnostics(check(current, { defaultProfiles: ['uk-gdpr'], rules: {}, docsBaseUrl: DOCS }).diagnostics, uri, version);
      client.close(uri);
      assert.deepEqual(got.diagnostics, JSON.parse(JSON.stringify(expected)));
    }),
    { numRuns: runs(60) },
  );
});
