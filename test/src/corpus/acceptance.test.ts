// The acceptance test of the checking engine: what a careful reviewer found in each seed
// policy (../shared/seeds/expected.json), checked against the seed files as they are. Every
// rule's tests over the seeds live here too, so that each seed is checked once for the whole
// suite (seedCheck); the rule files test fixtures and made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import { PROFILES } from '../../../server/out/engine/data.js';
import { assertSeedsForRule, loadSeeds, occurrences, seedCheck, touches, touchesText } from '../helpers/seeds.js';
import { SKIP_NO_SHARED } from '../helpers/paths.js';
import { applyEdits, offsetAt } from '../helpers/edits.js';
import { lostWords } from '../helpers/words.js';
import { importText } from '../../../server/out/engine/import/index.js';
import { parseDocument } from '../../../server/out/engine/document.js';
import type { Diagnostic, Range } from '../../../server/out/engine/types.js';

const seeds = loadSeeds();
if (!seeds.length) test('seed acceptance', { skip: SKIP_NO_SHARED }, () => {});

for (const seed of seeds) {
  const { file, text, expected } = seed;
  const result = seedCheck(seed);

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
 * The element a reviewer's description names ("period or criteria", "safeguard (when data goes to
 * a country without adequacy)"): the requirement's only element, else the one whose id or summary
 * shares a word with the description.
 */
function elementNamed(profile: string, requirement: string, description: string): string | undefined {
  const elements = PROFILES[profile]?.requirements.find((r) => r.id === requirement)?.elements ?? [];
  if (elements.length === 1) return elements[0].id;
  const words = new Set(description.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return elements.find((e) => words.has(e.id) || (e.summary.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => words.has(w)))?.id;
}

for (const seed of seeds) {
  const { file, expected } = seed;
  const partial = Object.entries(expected.partial ?? {});
  if (!partial.length) continue;
  const result = seedCheck(seed);
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

// ---- each rule over the seeds (moved from the rule files: one check per seed) ---------------

const seedNamed = (prefix: string) => seeds.find((s) => s.file.startsWith(prefix))!;
const ofRule = (rule: string, seed: { file: string; text: string }) => seedCheck(seed).diagnostics.filter((d) => d.rule === rule);
const ofRuleIn = (rule: string, text: string) => check(text).diagnostics.filter((d) => d.rule === rule);

/** Offsets of every exact occurrence of a needle. */
function occurrencesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
const touchesAt = (text: string, r: Range, at: number, len: number) => offsetAt(text, r.start) <= at + len && offsetAt(text, r.end) >= at;

test('broken-reference over the seeds', { skip: SKIP_NO_SHARED }, (t) => {
  for (const line of assertSeedsForRule('broken-reference')) t.diagnostic(line);
  const d = ofRule('broken-reference', seedNamed('004_'))[0];
  assert.equal(d.fixes?.[0].kind, 'fix', 'near-exact: case and plural only');
  assert.match(d.fixes![0].edits[0].newText, /^Phone and email communications from North West IT$/);
});

test('contact-mismatch over the seeds', { skip: SKIP_NO_SHARED }, (t) => {
  for (const line of assertSeedsForRule('contact-mismatch')) t.diagnostic(line);
  // The Westcon NL seed: related information points at the other address.
  const nl = seedNamed('001_');
  const d = ofRule('contact-mismatch', nl).find((x) => touchesText(nl.text, x, '660 White Plains Road'))!;
  assert.ok(d.related?.some((r) => touchesText(nl.text, r, '520 White Plains Road')));
  // Nothing on the other four seeds.
  for (const s of seeds.filter((x) => !x.file.startsWith('001_'))) {
    assert.deepEqual(ofRule('contact-mismatch', s).map((x) => x.message), [], s.file);
  }
});

test('stale-law over the seeds', { skip: SKIP_NO_SHARED }, (t) => {
  assert.ok(seeds.length > 0);
  for (const line of assertSeedsForRule('stale-law')) t.diagnostic(line);
});

test('structure over the seeds', { skip: SKIP_NO_SHARED }, (t) => {
  for (const line of assertSeedsForRule('structure')) t.diagnostic(line);
  // expected.json names no structure finding, but the Westcon NL seed has an empty bullet.
  const nl = seedNamed('001_');
  assert.ok(nl, 'seed 001 present');
  const found = ofRule('structure', nl);
  const empty = found.filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'empty-item');
  assert.equal(empty.length, 1, found.map((d) => d.message).join('\n'));
  const line = nl.text.split(/\r?\n/)[empty[0].range.start.line];
  assert.equal(line.trim(), '•');
});

test('duplicate-block, seed 004: each duplicated clause is reported, and finding plus related cover every copy', { skip: SKIP_NO_SHARED }, () => {
  const seed = seedNamed('004_');
  const text = seed.text;
  const found = ofRule('duplicate-block', seed);
  const expected = seed.expected.findings.filter((f) => f.rule === 'duplicate-block');
  assert.equal(expected.length, 5);
  for (const e of expected) {
    const occ = occurrencesOf(text, e.text);
    assert.equal(occ.length, e.occurrences, `"${e.text}" occurs ${e.occurrences} times in the seed`);
    const hit = (d: Diagnostic) => occ.filter((o) => touchesAt(text, d.range, o, e.text.length));
    const mine = found.filter((d) => hit(d).length);
    assert.ok(mine.length, `a finding touches "${e.text}"`);
    // Later copies carry the finding; the first copy is only related information.
    assert.ok(!mine.some((d) => hit(d).includes(occ[0])), `the first copy of "${e.text}" is not flagged`);
    const covered = new Set<number>();
    for (const d of mine) {
      for (const o of hit(d)) covered.add(o);
      for (const r of d.related ?? []) for (const o of occ) if (touchesAt(text, r.range, o, e.text.length)) covered.add(o);
    }
    assert.equal(covered.size, e.occurrences, `finding + related cover all ${e.occurrences} copies of "${e.text}"`);
  }
});

test('duplicate-block: no false alarms on the seeds (must_not, and seeds without duplicates)', { skip: SKIP_NO_SHARED }, () => {
  for (const seed of seeds) {
    const { file: name, text } = seed;
    const found = ofRule('duplicate-block', seed);
    for (const m of seed.expected.must_not.filter((x) => x.rule === 'duplicate-block')) {
      for (const o of occurrencesOf(text, m.text)) {
        assert.ok(!found.some((d) => touchesAt(text, d.range, o, m.text.length)), `${name}: no duplicate-block on "${m.text}"`);
      }
    }
    if (!seed.expected.findings.some((f) => f.rule === 'duplicate-block')) assert.deepEqual(found.map((d) => d.message), [], `${name}: no duplicate-block at all`);
  }
});

/** Does a finding overlap an exact occurrence of the text (entity-mismatch's seed tests)? */
const overlapsText = (text: string, d: Diagnostic, s: string) => {
  const a = offsetAt(text, d.range.start);
  const b = offsetAt(text, d.range.end);
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (a < i + s.length && i < b) return true;
  return false;
};

test('entity-mismatch: every expected finding in the seeds is found, and names the conflicting organisation', { skip: SKIP_NO_SHARED }, () => {
  for (const seed of seeds) {
    const found = ofRule('entity-mismatch', seed);
    for (const f of seed.expected.findings.filter((x) => x.rule === 'entity-mismatch')) {
      const hits = found.filter((d) => overlapsText(seed.text, d, f.text));
      assert.ok(hits.length, `${seed.file}: no entity-mismatch finding touches “${f.text}”`);
      assert.ok(
        hits.some((d) => d.message.includes(f.text) || d.message.includes(`“${(d.data as { written?: string })?.written}”`) || d.message.includes(String((d.data as { organisation?: string })?.organisation))),
        `${seed.file}: message should name the organisation: ${hits[0].message}`,
      );
    }
  }
});

test('entity-mismatch: must_not texts in the seeds are not touched, and seeds 002 and 004 have none at all', { skip: SKIP_NO_SHARED }, () => {
  for (const seed of seeds) {
    const found = ofRule('entity-mismatch', seed);
    for (const f of (seed.expected.must_not ?? []).filter((x) => x.rule === 'entity-mismatch')) {
      assert.deepEqual(found.filter((d) => overlapsText(seed.text, d, f.text)).map((d) => d.message), [], `${seed.file}: “${f.text}” must not be reported`);
    }
    if (!seed.expected.findings.some((x) => x.rule === 'entity-mismatch')) assert.deepEqual(found.map((d) => d.message), [], `${seed.file}: no entity-mismatch expected`);
  }
});

test('entity-mismatch, seed 000: the message names Westcon and Network PCB; applying every "replace all" clears the rule', { skip: SKIP_NO_SHARED }, () => {
  const seed = seedNamed('000_');
  let text = seed.text;
  let found = ofRule('entity-mismatch', seed);
  const westcon = found.find((d) => /“Westcon”/.test(d.message));
  assert.ok(westcon, 'a finding names “Westcon”');
  assert.match(westcon!.message, /Network PCB/);
  assert.ok(found.filter((d) => /“Westcon”/.test(d.message)).length >= 15, 'every place of Westcon is reported');
  for (let round = 0; round < 10 && found.length; round++) {
    const d = found[0];
    text = applyEdits(text, (d.fixes!.find((f) => f.title.startsWith('Replace all')) ?? d.fixes![0]).edits);
    found = ofRuleIn('entity-mismatch', text);
  }
  assert.deepEqual(found.map((d) => d.message), []);
});

test('placeholder: "Default title" in seed 004 fires, and nothing else in any seed does', { skip: SKIP_NO_SHARED }, () => {
  for (const seed of seeds) {
    const { file: name, text } = seed;
    const ds = ofRule('placeholder', seed);
    const expected = seed.expected.findings.filter((f) => f.rule === 'placeholder');
    for (const e of expected) {
      const at = text.indexOf(e.text);
      assert.ok(
        ds.some((d) => offsetAt(text, d.range.start) <= at + e.text.length && offsetAt(text, d.range.end) >= at),
        `${name}: placeholder on "${e.text}"`,
      );
    }
    assert.equal(ds.length, expected.length, `${name}: no other placeholder findings:\n${ds.map((d) => d.message).join('\n')}`);
  }
});

test('import: every seed imports with no word lost, headings recovered, and no new kind of finding', { skip: SKIP_NO_SHARED }, () => {
  for (const seed of seeds) {
    const { markdown } = importText(seed.text);
    assert.deepEqual(lostWords(seed.text, markdown), [], `${seed.file}: words lost`);
    const recovered = parseDocument(seed.text).blocks.filter((b) => b.kind === 'heading').length;
    assert.ok((markdown.match(/^## /gm) ?? []).length >= 1, `${seed.file}: ## headings`);
    assert.equal((markdown.match(/^#{1,6} /gm) ?? []).length, recovered, `${seed.file}: every recovered heading marked up`);
    // Findings may move, but no rule finds more in the imported policy than in the pasted one.
    const count = (diagnostics: Diagnostic[]) => {
      const m: Record<string, number> = {};
      for (const d of diagnostics) if (d.rule !== 'input') m[d.rule] = (m[d.rule] ?? 0) + 1;
      return m;
    };
    const before = count(seedCheck(seed).diagnostics);
    const after = count(check(markdown).diagnostics);
    const more = Object.keys(after).filter((r) => after[r] > (before[r] ?? 0));
    assert.deepEqual(more, [], `${seed.file}: rules that find more after import`);
  }
});
