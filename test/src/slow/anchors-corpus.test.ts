// Slow (it checks every ../shared policy twice, under each profile): run by `npm run test:slow`.
// The word gate (engine/anchors.ts) must never change a result: each policy checked with the
// gate and without it gives the same result, in two worker threads so that no memo is shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SKIP_NO_SHARED } from '../helpers/paths.js';
import { realPolicyPaths } from '../../../scripts/lib/corpus.js';

const PROFILES = [[], ['gdpr'], ['ccpa'], ['gdpr', 'ccpa']];

if (!isMainThread) {
  const { gate, files } = workerData as { gate: boolean; files: string[] };
  const { setWordGate } = await import('../../../server/out/engine/anchors.js');
  const { check } = await import('../../../server/out/engine/check.js');
  setWordGate(gate);
  const results: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const profiles of PROFILES) results.push(JSON.stringify(check(text, profiles.length ? { profiles } : {})));
  }
  parentPort!.postMessage(results);
} else {
  const run = (gate: boolean, files: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { gate, files } });
      w.once('message', resolve);
      w.once('error', reject);
    });

  test('every ../shared policy gives the same result with the word gate and without it', { skip: SKIP_NO_SHARED }, async () => {
    const files = realPolicyPaths();
    assert.ok(files.length > 0);
    const [gated, ungated] = await Promise.all([run(true, files), run(false, files)]);
    assert.equal(gated.length, ungated.length);
    for (let i = 0; i < gated.length; i++) {
      const file = files[Math.floor(i / PROFILES.length)];
      assert.equal(gated[i], ungated[i], `${file} with profiles ${JSON.stringify(PROFILES[i % PROFILES.length])}: the gate changed the result`);
    }
  });
}
