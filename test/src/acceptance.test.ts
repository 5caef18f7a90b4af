// The acceptance test of the checking engine: what a careful reviewer found in each seed
// policy (../shared/seeds/expected.json), checked against the seed files as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { loadSeeds, occurrences, touches } from './helpers/seeds.js';
import { SKIP_NO_SHARED } from './helpers/paths.js';

const seeds = loadSeeds();
if (!seeds.length) test('seed acceptance', { skip: SKIP_NO_SHARED }, () => {});

for (const { file, text, expected } of seeds) {
  const result = check(text);

  test(`${file}: language is ${expected.language}`, () => {
    assert.equal(result.language, expected.language);
  });

  for (const f of expected.findings) {
    test(`${file}: ${f.rule} finds "${f.text}"${f.occurrences ? ` (${f.occurrences} copies)` : ''}`, () => {
      const places = occurrences(text, f.text);
      assert.ok(places.length, `"${f.text}" does not occur in ${file}`);
      const mine = result.diagnostics.filter((d) => d.rule === f.rule);
      const hits = mine.filter((d) => places.some((p) => touches(d.range, p)));
      assert.ok(hits.length, `no ${f.rule} finding touches "${f.text}"; ${f.rule} findings: ${mine.map((d) => `${d.range.start.line + 1}: ${d.message}`).join(' | ') || 'none'}`);
      if (f.occurrences) {
        // The finding and its related information together must point at every copy.
        const copies = new Set<number>();
        for (const d of hits) {
          for (const r of [d.range, ...(d.related ?? []).map((x) => x.range)]) copies.add(r.start.line);
        }
        assert.ok(copies.size >= f.occurrences, `expected ${f.occurrences} copies to be pointed at, got ${copies.size}`);
      }
    });
  }

  for (const f of expected.must_not) {
    test(`${file}: no ${f.rule} on "${f.text}"`, () => {
      const places = occurrences(text, f.text);
      const bad = result.diagnostics.filter((d) => d.rule === f.rule && places.some((p) => touches(d.range, p)));
      assert.deepEqual(bad.map((d) => d.message), []);
    });
  }

  test(`${file}: missing and present requirements`, () => {
    const status = new Map(result.coverage.filter((c) => c.profile === result.profiles[0]).map((c) => [c.requirement, c.status]));
    const wrong: string[] = [];
    for (const id of [...expected.missing, ...(expected.missing_recommended ?? [])]) if (status.get(id) !== 'missing') wrong.push(`${id} should be missing, is ${status.get(id)}`);
    for (const id of expected.present) if (status.get(id) !== 'present') wrong.push(`${id} should be present, is ${status.get(id)}`);
    assert.deepEqual(wrong, []);
  });
}
