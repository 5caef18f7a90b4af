// The browser host reads a policy's neighbours through the client; a neighbour over the size limit
// is refused by its size, before its text crosses to the server (and an older client that answers
// with the text anyway is still held to the limit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { browserHost } from '../../server/out/lsp/browser-host.js';
import { FOLDER_LIMITS } from '../../server/out/lsp/host.js';
import { READ_FILE_REQUEST } from '../../server/out/lsp/protocol.js';

function hostAnswering(answer: (params: { uri: string; maxBytes?: number }) => unknown) {
  const asked: { method: string; params: { uri: string; maxBytes?: number } }[] = [];
  const connection = {
    sendRequest: async (method: string, params: { uri: string; maxBytes?: number }) => {
      asked.push({ method, params });
      return answer(params);
    },
  } as unknown as Connection;
  return { host: browserHost(connection), asked };
}

test('a neighbour is asked for with the size limit, and one the client reports too large is not read', async () => {
  const { host, asked } = hostAnswering((p) => (p.maxBytes !== undefined ? { tooLarge: p.maxBytes + 1 } : { text: 'x' }));
  const log: string[] = [];
  assert.equal(await host.readSmallFile('mem:/ws/big.md', (m) => log.push(m)), undefined);
  assert.deepEqual(asked, [{ method: READ_FILE_REQUEST, params: { uri: 'mem:/ws/big.md', maxBytes: FOLDER_LIMITS.bytes } }]);
  assert.match(log.join('\n'), /big\.md is larger than \d+ bytes \(\d+\); it is not read/);
});

test('a small neighbour is read; a missing one is undefined; an older client sending too much text is held to the limit', async () => {
  const files: Record<string, string> = { 'mem:/ws/a.md': '# Privacy\n', 'mem:/ws/huge.md': 'y'.repeat(FOLDER_LIMITS.bytes + 1) };
  const { host } = hostAnswering((p) => (p.uri in files ? { text: files[p.uri] } : null));
  const log: string[] = [];
  assert.equal(await host.readSmallFile('mem:/ws/a.md', (m) => log.push(m)), '# Privacy\n');
  assert.equal(await host.readSmallFile('mem:/ws/none.md', (m) => log.push(m)), undefined);
  assert.equal(await host.readSmallFile('mem:/ws/huge.md', (m) => log.push(m)), undefined);
  assert.equal(log.length, 1, log.join('\n'));
  assert.match(log[0], /huge\.md is larger than/);
});

test('a client that fails the request reads as no file', async () => {
  const { host } = hostAnswering(() => {
    throw new Error('gone');
  });
  assert.equal(await host.readSmallFile('mem:/ws/a.md', () => {}), undefined);
});
