// The language server's flags keep a thread's old generation near what stays alive in it
// (lsp/flags.ts `--heap-growing-percent`): a check worker that re-reads a large policy at every
// edit promotes garbage an edit, and V8's own growth factor let its old generation grow to four
// times what was alive before collecting it. Here a worker thread started with the server's flags
// keeps some 24 MB alive and makes objects that live long enough to be promoted, over and over;
// the old generation's size, at its largest, stays under 4.5 times what is kept (measured:
// 2.95-3.43 with the flags, the higher figures on a loaded machine; 5.36-5.4 without them). A memory bound, no time. Spawns node,
// hence in the slow suite; needs the build (server/out).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SERVER_FLAGS } from '../../../server/out/lsp/flags.js';

const SCRIPT = `
const { Worker } = require('node:worker_threads');
const body = \`
const { getHeapSpaceStatistics } = require('node:v8');
const { parentPort } = require('node:worker_threads');
const old = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
const kept = [];
for (let i = 0; i < 300000; i++) kept.push({ i, s: 'kept ' + i });
globalThis.gc();
const alive = old().space_used_size;
let most = 0;
const ring = new Array(100000);
for (let i = 0; i < 5000000; i++) {
  ring[i % ring.length] = { i, s: 'passing ' + i };
  if (i % 10000 === 0) most = Math.max(most, old().space_size);
}
parentPort.postMessage({ alive, most, n: kept.length + ring.length });\`;
new Worker(body, { eval: true }).on('message', (m) => process.stdout.write(JSON.stringify(m)));
`;

test('with the language server’s flags, a worker’s old generation grows to less than 4.5 times what it keeps alive', () => {
  const r = spawnSync(process.execPath, [...SERVER_FLAGS, '-e', SCRIPT], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { alive, most } = JSON.parse(r.stdout) as { alive: number; most: number };
  assert.ok(alive > 16 * 1048576, `kept alive: ${alive}`);
  assert.ok(most < 4.5 * alive, `old generation at most ${(most / 1048576).toFixed(0)} MB for ${(alive / 1048576).toFixed(0)} MB kept alive`);
});
