// The acceptance test of the checking engine: what a careful reviewer found in each seed
// policy (../shared/seeds/expected.json), checked against the seed files as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { PROFILES } from '../../server/out/engine/data.js';
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

/**
 * The element a reviewer's description names ("period or criteria", "safeguard (for transfers to
 * non-adequate countries)"): the requirement's only element, else the one whose id or summary
 * shares a word with the description.
 */
function elementNamed(profile: string, requirement: string, description: string): string | undefined {
  const elements = PROFILES[profile]?.requirements.find((r) => r.id === requirement)?.elements ?? [];
  if (elements.length === 1) return elements[0].id;
  const words = new Set(description.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return elements.find((e) => words.has(e.id) || (e.summary.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => words.has(w)))?.id;
}

for (const { file, text, expected } of seeds) {
  const partial = Object.entries(expected.partial ?? {});
  if (!partial.length) continue;
  const result = check(text);
  const profile = result.profiles[0];
  for (const [requirement, description] of partial) {
    test(`${file}: ${requirement} is partly given (absent: ${description})`, () => {
      const c = result.coverage.find((x) => x.profile === profile && x.requirement === requirement);
      assert.ok(c, `${requirement} is not a requirement of ${profile}`);
      const element = elementNamed(profile, requirement, description);
      assert.ok(element, `no element of ${requirement} matches "${description}"`);
      assert.deepEqual(
        { status: c.status, absentIncludes: c.absent?.includes(element) ?? false },
        { status: 'partial', absentIncludes: true },
        `${requirement}: ${c.status}${c.absent ? ` (absent: ${c.absent.join(', ')})` : ''}; evidence: ${c.evidence.map((e) => `${e.range.start.line + 1}: ${e.text}`).join(' | ') || 'none'}`,
      );
      // The finding sits on the evidence and names the element.
      const d = result.diagnostics.find((x) => x.rule === 'required-info' && x.requirement === requirement);
      assert.ok(d && /^(Partly given|Recommended but partly given)/.test(d.message), `no partial finding for ${requirement}`);
      assert.deepEqual(d.range, c.evidence[0].range);
      assert.ok(((d.data as { absent?: string[] }).absent ?? []).includes(element));
    });
  }
}
