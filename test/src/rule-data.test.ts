// The data behind stale-law, contact-mismatch and broken-reference: every cue compiles and every
// stale reference says what, since when, what instead and where from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON, LANGUAGES } from '../../server/out/engine/data.js';
import { cueSource } from '../../server/out/engine/cues.js';

function cuesIn(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => cuesIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'roleNames' && k !== 'streetSuffixes') cuesIn(v, `${path}.${k}`, out);
}

test('contacts and references cues compile in every language', () => {
  for (const [lang, data] of Object.entries(LANGUAGES)) {
    for (const concern of ['contacts', 'references']) {
      assert.ok(data[concern], `${lang} has ${concern}.yaml`);
      const cues: [string, string][] = [];
      cuesIn(data[concern], `${lang}.${concern}`, cues);
      for (const [path, cue] of cues) assert.doesNotThrow(() => new RegExp(cueSource(cue), 'giu'), `${path}: ${cue}`);
    }
  }
});

test('every stale-law entry is complete and its patterns compile', () => {
  const data = COMMON['stale-law']!;
  assert.ok(data.entries.length >= 14);
  const ids = new Set<string>();
  for (const e of data.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    for (const k of ['title', 'fact', 'instead', 'source'] as const) assert.ok(e[k] && e[k].length > 3, `${e.id}.${k}`);
    assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/, `${e.id}.date`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(e.severity), `${e.id}.severity`);
    assert.ok(e.jurisdictions?.length, `${e.id}.jurisdictions`);
    for (const p of e.patterns) {
      const cue = typeof p === 'string' ? p : p.cue;
      assert.doesNotThrow(() => new RegExp(cueSource(cue), 'giu'), `${e.id}: ${cue}`);
    }
    for (const c of [...(e.context ?? []), ...(e.unlessDocumentHas ?? []), ...(e.except ? [e.except] : [])]) assert.doesNotThrow(() => new RegExp(cueSource(c), 'giu'), `${e.id}: ${c}`);
  }
  for (const c of data.historical) assert.doesNotThrow(() => new RegExp(cueSource(c), 'giu'), c);
});

test('a phrase cue holds no regular-expression syntax: such a cue goes between slashes', () => {
  const bad: string[] = [];
  for (const [lang, data] of Object.entries(LANGUAGES)) {
    for (const concern of ['requirements', 'entities', 'contacts', 'references', 'placeholders', 'debris']) {
      const cues: [string, string][] = [];
      cuesIn(data[concern], `${lang}.${concern}`, cues);
      for (const [path, cue] of cues) {
        // A leading "=" makes a requirement cue case-sensitive; what follows is the cue.
        const c = cue.trim().replace(/^=/, '');
        const regex = c.length > 2 && c.startsWith('/') && c.endsWith('/');
        if (!regex && /\)\?|\||\\[sdwb]|\[[^\]]*\]/.test(c)) bad.push(`${path}: ${c}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('a rule finds the same with the other rules off (the fixture tests check so): on every rule\'s fixtures, a fifth under npm test', async () => {
  const { existsSync, readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { check } = await import('../../server/out/engine/check.js');
  const { RULE_METAS } = await import('../../server/out/engine/rules/index.js');
  const { onlyRules } = await import('./helpers/fixtures.js');
  const { FIXTURES } = await import('./helpers/paths.js');
  const { sample } = await import('./helpers/properties.js');
  const cases = RULE_METAS.flatMap((m) => {
    const dir = join(FIXTURES, m.id);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => [m.id, join(dir, f)] as const) : [];
  });
  assert.ok(cases.length > 50, `${cases.length} fixtures`);
  for (const [rule, file] of sample(cases)) {
    const text = readFileSync(file, 'utf8');
    const own = (config: Parameters<typeof check>[1]) => check(text, config).diagnostics.filter((d) => d.rule === rule);
    assert.deepEqual(own(onlyRules([rule])), own({}), file);
  }
});
