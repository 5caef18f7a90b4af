// The language server survives hostile input (a 2 MB line, 50,000 open placeholders, binary-ish
// text) and keeps answering. Slow (each input costs the server seconds): run by .ci/run and
// `npm run test:slow`, not by `npm test`; integration/lsp-incremental.test.ts checks the
// server under ordinary edits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../helpers/lsp-client.js';

let client: TestClient;
before(async () => {
  client = new TestClient({ initializationOptions: { debounceMs: 5 } });
  await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll();
  assert.equal(client.exited, 0, client.stderr.join(''));
});

test('the server survives arbitrary input and keeps answering', async () => {
  const inputs = [
    '',
    '\u0000'.repeat(1000),
    '\uD800\uDC00\uD800 lone surrogates \uDFFF',
    'x'.repeat(2_000_000), // one 2 MB line
    '{{'.repeat(50_000),
    '---\n' + 'a: [\n'.repeat(5000),
    Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
  ];
  for (const [i, t] of inputs.entries()) {
    const uri = `file:///tmp/odd-${i}.policy.md`;
    client.open(uri, t);
    const p = await client.diagnostics(uri, 1);
    assert.ok(Array.isArray(p.diagnostics));
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.ok(h === null || typeof h === 'object');
    client.close(uri);
  }
  assert.equal(client.exited, undefined, 'the server is still running');
});
