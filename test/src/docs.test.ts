// Docs pages and the configuration schema are generated from the rules' metadata; this fails
// when someone changed a rule without regenerating them (npm run docs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';
import { RULES } from '../../server/out/engine/rules/index.js';

test('docs/rules and schemas are up to date with the rules\' metadata', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-docs.js'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every rule has an id, a description, a docs text and a known severity', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.match(r.meta.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!ids.has(r.meta.id), `duplicate id ${r.meta.id}`);
    ids.add(r.meta.id);
    assert.ok(r.meta.description.length > 10, `${r.meta.id}: description`);
    assert.ok(r.meta.docs.length > 100, `${r.meta.id}: docs text`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.meta.defaultSeverity));
  }
  for (const id of ['required-info', 'duplicate-block', 'placeholder', 'entity-mismatch', 'contact-mismatch', 'broken-reference', 'stale-law', 'structure']) assert.ok(ids.has(id), `rule ${id} (a contract id) exists`);
});
