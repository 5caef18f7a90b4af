// The seeds read as a set (issue 10): Network PCB's policy (000) is Westcon's English policy with
// the name half changed, and 001 is Westcon's Dutch policy. Checked as one folder, the Westcon
// leftovers in 000 are reported naming Westcon as the controller of the other policy, and the
// Dutch policy's coverage is compared with the English one's. The seeds are read from ../shared
// and copied to a temporary folder only; no seed text enters the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED, SKIP_NO_SHARED } from './helpers/paths.js';
import { loadSeeds } from './helpers/seeds.js';
import { run, type Io } from '../../server/out/cli/main.js';
import { check } from '../../server/out/engine/check.js';
import { summarisePolicy } from '../../server/out/engine/workspace.js';
import { comparePolicies } from '../../server/out/engine/report/compare.js';

const EN = '000_a614c2d45ce04967.txt';
const NL = '001_34194b3bc638d01f.txt';

if (SKIP_NO_SHARED) console.log(`# ${SKIP_NO_SHARED}`);

test('seeds 000 and 001 as one folder: the Westcon leftovers name Westcon as the other policy\'s controller', { skip: SKIP_NO_SHARED }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-seedset-'));
  try {
    for (const f of [EN, NL]) copyFileSync(join(SHARED, 'seeds', f), join(dir, f));
    let stdout = '';
    const io: Io = { stdout: (s) => (stdout += s), stderr: () => {}, cwd: dir, isTTY: false, env: {} };
    await run(['check', EN, NL, '--format', 'json', '-j', '1', '--no-exit-code'], io);
    const out = JSON.parse(stdout) as { files: { path: string; diagnostics: { rule: string; message: string; related?: { path?: string; message: string }[] }[] }[] };
    const pcb = out.files.find((f) => f.path === EN)!;
    const across = pcb.diagnostics.filter((d) => d.rule === 'entity-mismatch' && d.related?.some((r) => r.path === NL));
    assert.ok(across.length >= 10, `the Westcon places point at the Westcon policy (${across.length})`);
    for (const d of across) assert.match(d.message, /“Westcon[^”]*” is the controller of another policy of this set: 001_34194b3bc638d01f\.txt \(Westcon International Limited\)/);
    assert.ok(pcb.diagnostics.some((d) => d.rule === 'contact-mismatch' && /westcon\.com/.test(d.message) && d.related?.[0].path === NL), 'a westcon.com address is Westcon\'s');
    // Nothing is reported the other way: the Dutch policy is Westcon's own.
    const westcon = out.files.find((f) => f.path === NL)!;
    assert.deepEqual(westcon.diagnostics.filter((d) => d.related?.some((r) => r.path === EN)).map((d) => d.message), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Dutch seed\'s coverage differences from the English one are listed', { skip: SKIP_NO_SHARED }, () => {
  const seeds = new Map(loadSeeds().map((s) => [s.file, s]));
  const summaryOf = (file: string) => {
    const r = check(seeds.get(file)!.text, { now: '2026-12-01' });
    return summarisePolicy(r.document!, r.coverage);
  };
  const c = comparePolicies({ path: EN, summary: summaryOf(EN) }, { path: NL, summary: summaryOf(NL) });
  const removed = c.removed.map((i) => i.requirement);
  console.log(`# given in ${EN}, not in ${NL}: ${removed.join(', ')}; added: ${c.added.map((i) => i.requirement).join(', ')}`);
  // What a reviewer found present in the English seed and missing in the Dutch one must be listed.
  const en = seeds.get(EN)!.expected;
  const nl = seeds.get(NL)!.expected;
  const expected = en.present.filter((r) => nl.missing.includes(r));
  assert.ok(expected.length >= 3);
  for (const r of expected) assert.ok(removed.includes(r), `${r}: present in the English seed, missing in the Dutch one`);
  // And nothing both give is listed as removed.
  for (const r of removed) assert.ok(!nl.present.includes(r), `${r} is given by the Dutch seed`);
});
