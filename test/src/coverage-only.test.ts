// The coverage tests ask the engine for the one requirement a row asserts on (`coverageOnly`,
// computeCoverage's `only`: helpers/coverage-lang.ts `coverageReport`), not for the whole report.
// Here the two ways are held equal: a sample of the rows of every rows file (each language and
// requirement the rows have, two rows of each: under POLICYWRIGHT_PROPERTY_RUNS=full every row) is
// read both ways and the entries compared whole (status, absent elements, evidence with its ranges,
// the model's `check`, what was looked for); and texts where one item's findings read another's
// (coverage.ts `readsAlso`) or the document's (the blanket "we collect nothing", which gives several
// items at once) are compared for every requirement of their profiles. An `only` that dropped what
// an item needs would give another entry here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check } from '../../server/out/engine/check.js';
import { readsAlso } from '../../server/out/engine/coverage.js';
import { PROFILES } from '../../server/out/engine/data.js';
import { RULE_METAS } from '../../server/out/engine/rules/index.js';
import type { Coverage } from '../../server/out/engine/types.js';
import { englishText, rowText, type Lang } from './helpers/coverage-lang.js';
import { FULL_PROPERTIES } from './helpers/properties.js';

const RULES_OFF = Object.fromEntries(RULE_METAS.map((m) => [m.id, 'off' as const]));

/** The last whole report made (a text's requirements are compared one after another): its text and profiles, and its entries. */
let last: { key: string; report: Coverage[] } | undefined;

/** The entries of `requirement` read alone, then the whole report's (made once per text and profiles): [alone, whole]. */
function bothWays(text: string, requirement: string, profiles = ['eu-gdpr']): [Coverage[], Coverage[]] {
  const alone = check(text, { profiles, rules: RULES_OFF, coverageOnly: [requirement] }).coverage;
  const key = `${profiles.join(',')}\u0000${text}`;
  if (last?.key !== key) last = { key, report: check(text, { profiles, rules: RULES_OFF }).coverage };
  return [alone, last.report.filter((c) => c.requirement === requirement)];
}

/** The entries that differ, for one failure that names them all. */
function differences(cases: { text: string; requirement: string; profiles?: string[] }[]): string[] {
  const wrong: string[] = [];
  for (const { text, requirement, profiles } of cases) {
    const [alone, whole] = bothWays(text, requirement, profiles);
    if (!whole.length) wrong.push(`${requirement}: no entry in the whole report of ${JSON.stringify(text)}`);
    else if (JSON.stringify(alone) !== JSON.stringify(whole)) wrong.push(`${requirement} on ${JSON.stringify(text)}:\n  alone ${JSON.stringify(alone)}\n  whole ${JSON.stringify(whole)}`);
  }
  return wrong;
}

// ---- the rows ---------------------------------------------------------------------------------

type AnyRow = readonly [string, string, string] | readonly [Lang | 'en', string, string, string];
const here = dirname(fileURLToPath(import.meta.url));
const rows: (readonly [Lang | 'en', string, string])[] = [];
for (const f of readdirSync(here).filter((n) => /^coverage-frames-.+-rows\.js$/.test(n)).sort()) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as Record<string, unknown>;
  for (const v of Object.values(mod)) {
    if (!Array.isArray(v)) continue;
    for (const r of v as AnyRow[]) {
      if (!Array.isArray(r) || typeof r[r.length - 1] !== 'string') continue;
      rows.push(r.length === 3 ? ['en', r[0], r[2]] : [r[0], r[1], r[3]]);
    }
  }
}

/** The policy a row is read in, as the rows' helpers make it (helpers/row-rounds.ts). */
function textOf(lang: Lang | 'en', body: string): string {
  if (lang !== 'en') return rowText(lang, body);
  if (body.startsWith('# ')) return `${body}\n`;
  const [, heading, rest] = /^## (.*)\n\n([\s\S]*)$/.exec(body) ?? [];
  return heading ? englishText(rest, heading) : englishText(body);
}

/** Two rows of each language and requirement (the first and the last of the files, read in name order); every row under FULL. */
function sampled(): typeof rows {
  if (FULL_PROPERTIES) return rows;
  const byPair = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byPair.set(`${r[0]} ${r[1]}`, [...(byPair.get(`${r[0]} ${r[1]}`) ?? []), r]);
  return [...byPair.values()].flatMap((l) => (l.length > 1 ? [l[0], l[l.length - 1]] : l));
}

test('the sample of rows has every language and every requirement of eu-gdpr in each', () => {
  const ids = PROFILES['eu-gdpr'].requirements.map((r) => r.id);
  const have = new Set(sampled().map(([lang, requirement]) => `${lang} ${requirement}`));
  const lacking = (['en', 'nl', 'de', 'fr'] as const).flatMap((lang) => ids.filter((id) => !have.has(`${lang} ${id}`)).map((id) => `${lang} ${id}`));
  assert.deepEqual(lacking, []);
});

test('a row read for its requirement alone gives the entry the whole report gives', () => {
  assert.deepEqual(
    differences(sampled().map(([lang, requirement, body]) => ({ text: textOf(lang, body), requirement }))),
    [],
  );
});

// ---- what one item reads of another's findings, or of the document's ---------------------------

/**
 * Texts where an item's entry depends on more than its own cues: the blanket statement gives
 * several items at once (and gives nothing when the text says some data is collected after all); a
 * party named by its own name is no recipient when it is the controller's own name, which the
 * controller's contact element gives (`readsAlso`).
 */
const DEPENDENT: { lang: Lang | 'en'; text: string; profiles?: string[] }[] = [
  { lang: 'en', text: '# Pocket Tally privacy\n\nPocket Tally keeps nothing about you: the app does not collect any personal data.\n', profiles: ['eu-gdpr', 'ccpa'] },
  { lang: 'en', text: '# Pocket Tally privacy\n\nPocket Tally does not collect any personal data. When the app crashes, it sends us a crash report with your device model.\n' },
  { lang: 'en', text: '# Privacy notice\n\nContact: hello@calendry.example\n\nYour photos are stored by Calendry.\n', profiles: ['eu-gdpr', 'ccpa'] },
  { lang: 'en', text: '# Privacy notice\n\nContact: hello@calendry.example\n\nYour photos are stored by Dropwell.\n' },
  { lang: 'nl', text: rowText('nl', 'Deze app verzamelt geen persoonsgegevens.') },
  { lang: 'de', text: rowText('de', 'Diese App sammelt keine personenbezogenen Daten.') },
  { lang: 'fr', text: rowText('fr', 'Cette application ne collecte aucune donnée personnelle.') },
];

test('every requirement of a text whose items read more than their own cues gives the same entry alone', () => {
  const cases = DEPENDENT.flatMap(({ text, profiles = ['eu-gdpr'] }) => {
    const ids = [...new Set(profiles.flatMap((p) => PROFILES[p].requirements.map((r) => r.id)))];
    return ids.map((requirement) => ({ text, requirement, profiles }));
  });
  assert.deepEqual(differences(cases), []);
});

test('the dependent texts depend: a blanket statement gives several items, the controller\'s own name is no recipient', () => {
  const statuses = (text: string) => Object.fromEntries(check(text, { profiles: ['eu-gdpr'], rules: RULES_OFF }).coverage.map((c) => [c.requirement, c.status]));
  for (const { lang, text } of DEPENDENT.filter((d) => /collect/.test(d.text) || d.lang !== 'en').filter((d) => !/crash/.test(d.text))) {
    const given = Object.entries(statuses(text)).filter(([, s]) => s === 'present');
    assert.ok(given.length >= 5, `${lang}: ${given.length} items given by the blanket statement`);
  }
  assert.equal(statuses(DEPENDENT[1].text).retention, 'missing', 'data collected after all: the blanket statement gives no retention');
  assert.equal(statuses(DEPENDENT[2].text).recipients, 'missing', 'the controller’s own name is no recipient');
  assert.equal(statuses(DEPENDENT[3].text).recipients, 'present', 'another name is');
  assert.ok(readsAlso('en', ['recipients']).has('controller-identity'));
});
