// Policies as a set (issue 10): families declared or inferred from file names, translations that
// drift from their original, one client's name and contacts in another client's policy, and the
// comparison of two versions. Through the engine and through the command line in this process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES } from './helpers/paths.js';
import { run, type Io } from '../../server/out/cli/main.js';
import { check, MAX_FINDINGS_PER_RULE, notListedOf } from '../../server/out/engine/check.js';
import { readdirSync, readFileSync } from 'node:fs';
import { valueWords } from '../../server/out/engine/values.js';
import { findFamilies, summarisePolicy, valuesIn, nameParts, resolveRelative, type PolicySummary } from '../../server/out/engine/workspace.js';
import { checkSet } from '../../server/out/engine/set-check.js';
import { comparePolicies, comparisonMarkdown } from '../../server/out/engine/report/compare.js';
import type { Diagnostic } from '../../server/out/engine/types.js';

const SETS = join(FIXTURES, 'sets');
const NOW = '2026-12-01';

async function runCli(args: string[], cwd = SETS): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false, env: {} };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const summary = (text: string): PolicySummary => {
  const r = check(text, { now: NOW });
  return summarisePolicy(r.document!, r.coverage);
};

interface JsonFile {
  path: string;
  diagnostics: (Diagnostic & { related?: { path?: string; range: Diagnostic['range']; message: string }[] })[];
}

// ---- the workspace model ----------------------------------------------------------------------

test('file names: a language part or a version part on one stem', () => {
  assert.deepEqual(nameParts('docs/privacy.nl.md'), { stem: 'docs/privacy', language: 'nl' });
  assert.deepEqual(nameParts('docs/privacy-de.md'), { stem: 'docs/privacy', language: 'de' });
  assert.deepEqual(nameParts('docs/Privacy_fr.md'), { stem: 'docs/privacy', language: 'fr' });
  assert.deepEqual(nameParts('docs/privacy-2023.md'), { stem: 'docs/privacy', version: '2023' });
  assert.deepEqual(nameParts('docs/privacy-policy.md'), { stem: 'docs/privacy-policy' });
  assert.equal(resolveRelative('docs/legal/privacy.nl.md', './privacy.md'), 'docs/legal/privacy.md');
  assert.equal(resolveRelative('docs/legal/privacy.nl.md', '../privacy.md'), 'docs/privacy.md');
});

test('families: inferred from names, declared in front matter; a lone policy is in none', () => {
  const en = summary('# Privacy\n\nWe keep your data for 12 months.\n');
  const nl = summary('---\npolicy:\n  language: nl\n---\n# Privacy\n\nWij bewaren uw gegevens 12 maanden.\n');
  const decl = summary('---\npolicy:\n  language: de\n  translationOf: ../main/policy.md\n---\n# Datenschutz\n\nWir speichern Ihre Daten 12 Monate.\n');
  const fam = summary('---\npolicy:\n  family: acme\n---\n# Privacy\n\nText.\n');
  const families = findFamilies([
    { path: 'a/privacy.md', summary: en },
    { path: 'a/privacy.nl.md', summary: nl },
    { path: 'a/privacy-2023.md', summary: en },
    { path: 'a/terms.md', summary: en },
    { path: 'main/policy.md', summary: en },
    { path: 'de/datenschutz.md', summary: decl },
    { path: 'x/one.md', summary: fam },
    { path: 'y/two.md', summary: fam },
  ]);
  const byOriginal = new Map(families.map((f) => [f.original, f]));
  const a = byOriginal.get('a/privacy.md')!;
  assert.deepEqual(
    a.members.map((m) => [m.path, m.role]),
    [
      ['a/privacy.md', 'original'],
      ['a/privacy.nl.md', 'translation'],
      ['a/privacy-2023.md', 'older'],
    ],
  );
  assert.equal(a.how, 'inferred');
  const d = byOriginal.get('main/policy.md')!;
  assert.deepEqual(d.members.map((m) => [m.path, m.role]), [['main/policy.md', 'original'], ['de/datenschutz.md', 'translation']]);
  assert.equal(d.how, 'declared');
  assert.ok(families.some((f) => f.id === 'acme' && f.members.length === 2));
  assert.ok(!families.some((f) => f.members.some((m) => m.path === 'a/terms.md')), 'a lone policy is in no family');
  assert.equal(families.length, 3);
});

test('values read the same in every language: periods by number and unit, dates, contacts', () => {
  const at = () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const keys = (text: string, lang: string) => valuesIn(text, lang, at).map((v) => v.key);
  assert.deepEqual(keys('We keep it for 6 months.', 'en'), ['period:6mo']);
  assert.deepEqual(keys('Wij bewaren het 6 maanden.', 'nl'), ['period:6mo']);
  assert.deepEqual(keys('Wir speichern es 6 Monate.', 'de'), ['period:6mo']);
  assert.deepEqual(keys('Nous la conservons 6 mois.', 'fr'), ['period:6mo']);
  assert.deepEqual(keys('We keep it for one year, or six (6) years for invoices.', 'en'), ['period:12mo', 'period:72mo']);
  assert.deepEqual(keys('Bijgewerkt op 1 maart 2024.', 'nl'), ['date:2024-03-01']);
  assert.deepEqual(keys('Stand: 1. März 2024', 'de'), ['date:2024-03-01']);
  assert.deepEqual(keys('Updated March 1, 2024 (2024-03-01).', 'en'), ['date:2024-03-01', 'date:2024-03-01']);
  assert.deepEqual(keys('Mail DPO@Acme.example or call +44 20 7946 0381.', 'en'), ['email:dpo@acme.example', 'phone:02079460381']);
});

test('values: a text is searched for periods only with a unit word, and for dates only with four digits, and nothing is lost by it', () => {
  const at = () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const keys = (text: string, lang: string) => valuesIn(text, lang, at).map((v) => v.key);
  // Any case, number words, a unit of two words, a unit at the very end.
  assert.deepEqual(keys('WE KEEP THEM FOR TWENTY-FOUR CALENDAR MONTHS', 'en'), ['period:24mo']);
  assert.deepEqual(keys('Gegevens blijven zes Maanden bewaard; daarna drie jaar', 'nl'), ['period:6mo', 'period:36mo']);
  assert.deepEqual(keys('Aufbewahrt für 10 Jahre, Stand 3. Mai 2025', 'de'), ['date:2025-05-03', 'period:120mo']);
  // No unit word, no four digits: no period, no date, but the phone number and postcode are read.
  assert.deepEqual(keys('Six of them, dated 3 May, call 0161 496 0000', 'en'), ['phone:01614960000']);
  // Over the round fixtures' paragraphs, in every language: where `period` or `date` finds
  // anything, the gate that lets it search opens.
  const dirs = readdirSync(join(FIXTURES, 'rounds'));
  const paragraphs = dirs.flatMap((d) =>
    readdirSync(join(FIXTURES, 'rounds', d))
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(FIXTURES, 'rounds', d, f), 'utf8').split(/\n\s*\n/)),
  );
  let periods = 0;
  for (const lang of ['en', 'nl', 'de', 'fr']) {
    const w = valueWords(lang);
    for (const p of paragraphs) {
      const found = [...p.matchAll(w.period)].length;
      periods += found;
      if (found) assert.ok(w.periodGate.test(p), `${lang}: a period in ${JSON.stringify(p.slice(0, 80))} but the gate is closed`);
      if ([...p.matchAll(w.date)].length) assert.ok(/\d{4}/.test(p), `${lang}: a date without four digits`);
    }
  }
  assert.ok(periods > 20, `the fixtures hold periods (${periods})`);
});

test('a lone policy: the set pass adds nothing', () => {
  const r = check('# Privacy\n\nWe keep your data for 12 months.\n', { now: NOW });
  const before = r.diagnostics.length;
  const out = checkSet([{ path: 'privacy.md', summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics }]);
  assert.deepEqual(out.families, []);
  assert.equal(r.diagnostics.length, before);
});

test('drift of an address, a supervisory authority and a date, and an item only the translation gives', () => {
  // Written for this test: an English notice and a Dutch translation that changed three values
  // and added a section the original lacks.
  const en = [
    '---\npolicy:\n  language: en\n  controller: Lanternfield Software Ltd\n---\n# Privacy notice\n',
    'Last updated: 2 February 2026.\n',
    'Lanternfield Software Ltd is the controller of what you tell us. Letters reach us at 9 Mill Lane, Leeds LS1 5AB.\n',
    '## How long we keep data\n\nWe keep your invoices for 6 years.\n',
    "## Complaints\n\nYou may complain to the Information Commissioner's Office at https://ico.org.uk/make-a-complaint.\n",
  ].join('\n');
  const nl = [
    '---\npolicy:\n  language: nl\n  controller: Lanternfield Software Ltd\n  translationOf: ./privacy.md\n---\n# Privacyverklaring\n',
    'Bijgewerkt op 2 januari 2026.\n',
    'Lanternfield Software Ltd is de verwerkingsverantwoordelijke voor uw persoonsgegevens. Brieven stuurt u naar 9 Mill Lane, Leeds LS2 7QQ.\n',
    '## Hoe lang we gegevens bewaren\n\nWij bewaren uw facturen 6 jaar.\n',
    '## Klachten\n\nU kunt een klacht indienen bij de toezichthouder via https://www.autoriteitpersoonsgegevens.nl/klacht.\n',
    '## Kinderen\n\nOnze dienst is niet bedoeld voor kinderen jonger dan 16 jaar; wij verzamelen bewust geen gegevens van kinderen.\n',
  ].join('\n');
  const inputs = [['privacy.md', en], ['privacy.nl.md', nl]].map(([path, text]) => {
    const r = check(text, { now: NOW });
    return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
  });
  checkSet(inputs);
  const drift = inputs[1].diagnostics.filter((d) => d.rule === 'translation-drift');
  const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
  const of = (pred: (d: Diagnostic) => boolean) => {
    const found = drift.filter(pred);
    assert.equal(found.length, 1, JSON.stringify(drift.map((d) => [d.requirement, d.data])));
    return found[0];
  };
  const address = of((d) => (d.data as { kind?: string }).kind === 'postcode');
  assert.match(address.message, /postcode “LS2 7QQ”.*“LS1 5AB”/);
  assert.equal(address.range.start.line, line(nl, 'LS2 7QQ'));
  assert.deepEqual(address.related?.map((x) => [x.path, x.range.start.line]), [['privacy.md', line(en, 'LS1 5AB')]]);
  const authority = of((d) => d.requirement === 'complaint-authority');
  assert.match(authority.message, /web address “https:\/\/www\.autoriteitpersoonsgegevens\.nl\/klacht”.*ico\.org\.uk/);
  assert.equal(authority.related![0].path, 'privacy.md');
  const date = of((d) => d.requirement === 'last-updated');
  assert.match(date.message, /“2 januari 2026”.*“2 February 2026”/);
  const extra = of((d) => d.requirement === 'children');
  assert.equal(extra.severity, 'information');
  assert.match(extra.message, /gives how children.*but the original \(privacy\.md, English\) does not/);
  assert.equal(extra.related![0].path, 'privacy.md');
  assert.ok(!drift.some((d) => d.requirement === 'retention'), '6 years and 6 jaar are the same period');
  assert.deepEqual(inputs[0].diagnostics.filter((d) => d.rule === 'translation-drift'), [], 'the original gets none');
});

test('a translation that names another controller than its original', () => {
  const en = '---\npolicy:\n  language: en\n  controller: Lanternfield Software Ltd\n---\n# Privacy notice\n\nLanternfield Software Ltd decides how the details you send us are used.\n';
  const nl = (controller: string) => `---\npolicy:\n  language: nl\n  controller: ${controller}\n  translationOf: ./privacy.md\n---\n# Privacyverklaring\n\n${controller} bepaalt hoe de gegevens die u ons stuurt worden gebruikt.\n`;
  const drift = (text: string) => {
    const inputs = [['privacy.md', en], ['privacy.nl.md', text]].map(([path, t]) => {
      const r = check(t, { now: NOW });
      return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
    });
    checkSet(inputs);
    return inputs[1].diagnostics.filter((d) => d.rule === 'translation-drift' && d.requirement === 'controller-identity');
  };
  const other = drift(nl('Copperfield Software B.V.'));
  assert.equal(other.length, 1);
  assert.match(other[0].message, /names “Copperfield Software B\.V\.” as the controller, but the original \(privacy\.md\) names “Lanternfield Software Ltd”/);
  assert.deepEqual(other[0].related?.map((x) => x.path), ['privacy.md']);
  assert.deepEqual(drift(nl('Lanternfield Software Limited')), [], 'the same company, its legal form spelt out');
});

test('another client\'s contact is found however many policies of that client the set holds, also when the first is in the asker\'s family', () => {
  // The set pass keeps two owners of a value per controller (set-rule.ts Owners): the first, and
  // the first of another family. Here the first owner of Alder's domain is in the family of the
  // policy that leaks it (a translation left with another controller), so only the second counts.
  const alder = ALDER();
  const leak = '---\npolicy:\n  controller: Birch Bakery Ltd\n  language: en\n---\n# Birch Bakery privacy policy\n\nBirch Bakery Ltd is the controller of what you tell us. Write to hello@alder-analytics.example with questions.\n';
  const paths = ['a/alder.md', 'a/alder.fr.md', ...Array.from({ length: 6 }, (_, i) => `c${i}/alder.md`)];
  const run = (order: string[]) => {
    const inputs = order.map((path) => {
      const r = check(path === 'a/alder.fr.md' ? leak : alder, { now: NOW });
      return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
    });
    checkSet(inputs);
    return inputs.find((i) => i.path === 'a/alder.fr.md')!.diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path));
  };
  const found = run(paths);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /hello@alder-analytics\.example/);
  assert.equal(found[0].related![0].path, 'c0/alder.md', 'the first owner not in its family');
  // Whatever the order, the one owner in its own family is never the one it points at.
  const reversed = run([...paths].reverse());
  assert.equal(reversed.length, 1);
  assert.notEqual(reversed[0].related![0].path, 'a/alder.md');
});

test('another product named as the one a policy applies to, when it is another policy\'s product, points at that policy', () => {
  const tallyroom = '---\npolicy:\n  controller: Alder Analytics Ltd\n  product: Tallyroom\n---\n# Tallyroom privacy policy\n\nAlder Analytics Ltd is the controller of what you tell us.\n';
  const crumbline = '---\npolicy:\n  controller: Birch Bakery Ltd\n---\n# Crumbline privacy policy\n\nBirch Bakery Ltd is the controller of what you tell us. This privacy policy applies to the Tallyroom app, which you use to order bread.\n';
  const inputs = [['alder/privacy.md', tallyroom], ['birch/privacy.md', crumbline], ['cedar/privacy.md', crumbline.replace(/Birch Bakery/g, 'Cedar Mill').replace('Tallyroom app', 'Loafline app')]].map(([path, text]) => {
    const r = check(text, { now: NOW });
    return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
  });
  const own = inputs[1].diagnostics.find((d) => d.rule === 'entity-mismatch' && (d.data as { product?: string }).product === 'Tallyroom');
  assert.ok(own, 'the policy\'s own check finds the other product');
  assert.equal(own.related, undefined);
  checkSet(inputs);
  const found = inputs[1].diagnostics.filter((d) => d.rule === 'entity-mismatch');
  assert.equal(found.length, 1, 'completed, not added');
  assert.match(found[0].message, /“Tallyroom” is the product of another policy of this set: alder\/privacy\.md \(Alder Analytics Ltd\)\.$/);
  assert.deepEqual(found[0].related?.map((x) => [x.path, x.range.start.line]), [['alder/privacy.md', 3]], 'where its product is declared');
  // A product no policy of the set is for: the finding stays as the check made it.
  const loafline = inputs[2].diagnostics.filter((d) => d.rule === 'entity-mismatch');
  assert.equal(loafline.length, 1);
  assert.equal(loafline[0].related, undefined);
  assert.doesNotMatch(loafline[0].message, /another policy/);
});

/** Each text checked, then the set pass over them all: the policies with their findings. */
function checkedSet(texts: [string, string][]) {
  const inputs = texts.map(([path, text]) => {
    const r = check(text, { now: NOW });
    return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
  });
  checkSet(inputs);
  return inputs;
}

test('one client\'s phone number written before its e-mail address, and its postcode, in another client\'s policy; a number beside two controllers is no one\'s', () => {
  // Written for this test. Alder and Cedar each give the authority's helpline beside their own
  // names; Birch's policy keeps Alder's number, office postcode and the helpline. Alder's number
  // stands before its e-mail address in its paragraph (its place was lost there before).
  const policy = (controller: string, body: string) => `---\npolicy:\n  controller: ${controller}\n---\n# Privacy\n\n${body}\n`;
  const texts: [string, string][] = [
    ['alder.policy.md', policy('Alder Analytics Ltd', 'Alder Analytics Ltd is the controller of what you tell us. Ring us on 020 7946 0381 or write to hello@alder-analytics.example. Our office: 9 Mill Lane, Leeds LS1 5AB. Alder Analytics answers complaints first; the regulator\'s helpline is 0303 555 0199.')],
    ['cedar.policy.md', policy('Cedar Mill Ltd', 'Cedar Mill Ltd is the controller of what you tell us. Write to post@cedar-mill.example. Cedar Mill answers complaints first; the regulator\'s helpline is 0303 555 0199.')],
    ['birch.policy.md', policy('Birch Bakery Ltd', 'Birch Bakery Ltd is the controller of what you tell us. Write to orders@birch-bakery.example.\n\nQuestions about an order? Ring 020 7946 0381.\n\nVisit our shop at 9 Mill Lane, Leeds LS1 5AB.\n\nThe regulator\'s helpline is 0303 555 0199.')],
  ];
  const inputs = checkedSet(texts);
  const leaks = inputs[2].diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path));
  assert.deepEqual(
    leaks.map((d) => [(d.data as { value: string }).value, d.related![0].path, d.related![0].range.start.line]),
    [
      ['020 7946 0381', 'alder.policy.md', 6],
      ['LS1 5AB', 'alder.policy.md', 6],
    ],
    'the helpline stands beside two controllers\' names: it is neither\'s',
  );
  assert.match(leaks[1].message, /^The postcode “LS1 5AB” belongs to Alder Analytics Ltd/);
  for (const i of [0, 1]) assert.deepEqual(inputs[i].diagnostics.filter((d) => d.related?.some((x) => x.path)), []);
});

test('a word of the controller\'s name written in lower case, or inside another word, does not make a number or postcode the controller\'s', () => {
  // Written for this review. Green Data's paragraph gives the regulator's address and speaks of
  // "personal data" and an "update": neither is Green Data's name, so the postcode is not Green
  // Data's, and Birch's policy, which gives the same regulator's address, keeps no one's.
  const policy = (controller: string, body: string) => `---\npolicy:\n  controller: ${controller}\n---\n# Privacy\n\n${controller} is the controller of what you tell us.\n\n${body}\n`;
  const texts: [string, string][] = [
    ['green.policy.md', policy('Green Data Ltd', 'Complaints about how personal data is handled, or about an update to this page, go to the regulator at Wycliffe House, Water Lane, Wilmslow SK9 5AF, helpline 0303 555 0117.')],
    ['birch.policy.md', policy('Birch Bakery Ltd', 'Complaints go to the regulator at Wycliffe House, Water Lane, Wilmslow SK9 5AF, helpline 0303 555 0117.')],
  ];
  const inputs = checkedSet(texts);
  const leaks = inputs[1].diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path));
  assert.deepEqual(leaks.map((d) => d.message), []);
  // The name written as a name still makes them its own: "Green Data answers …" beside the number.
  texts[0][1] = policy('Green Data Ltd', 'Green Data answers on 0303 555 0117 at Wycliffe House, Water Lane, Wilmslow SK9 5AF.');
  const again = checkedSet(texts);
  assert.deepEqual(
    again[1].diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path)).map((d) => (d.data as { value: string }).value),
    ['SK9 5AF', '0303 555 0117'],
  );
});

test('the regulator\'s address after its name, in one client\'s paragraph about complaints, is not that client\'s', () => {
  // Written for this test. Only Alder's policy gives the regulator's address, in the same paragraph
  // as Alder's own name; after the regulator's name it is the regulator's. Alder's own office,
  // named again after the regulator, is still Alder's.
  const policy = (controller: string, body: string) => `---\npolicy:\n  controller: ${controller}\n---\n# Privacy\n\n${controller} is the controller of what you tell us.\n\n${body}\n`;
  const alder = [
    'alder.policy.md',
    policy('Alder Analytics Ltd', 'Alder Analytics answers complaints first; you may also complain to the Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, helpline 0303 555 0117, or write to Alder Analytics at 4 Riverside Park, Leeds LS1 5AB.'),
  ] as [string, string];
  const birch = ['birch.policy.md', policy('Birch Bakery Ltd', 'Unhappy with us? The Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (0303 555 0117) hears complaints. Our bakery is at 4 Riverside Park, Leeds LS1 5AB.')] as [string, string];
  const leaks = checkedSet([alder, birch])[1].diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path)).map((d) => (d.data as { value: string }).value);
  assert.deepEqual(leaks, ['LS1 5AB'], 'the regulator\'s postcode and helpline are no client\'s; Alder\'s office is Alder\'s');
});

test('two clients at different addresses of one postcode: neither keeps the other\'s address', () => {
  // Written for this review. A postcode covers a street or a building: Alder's office and Birch's
  // shop share one, at other house numbers. The same house number and postcode is still Alder's.
  const policy = (controller: string, body: string) => `---\npolicy:\n  controller: ${controller}\n---\n# Privacy\n\n${controller} is the controller of what you tell us.\n\n${body}\n`;
  const alder = ['alder.policy.md', policy('Alder Analytics Ltd', 'Alder Analytics has its office at 4 Riverside Park, Leeds LS1 5AB.')] as [string, string];
  const birchAt = (house: string) => ['birch.policy.md', policy('Birch Bakery Ltd', `Our shop is at ${house} Riverside Park, Leeds LS1 5AB.`)] as [string, string];
  const leaks = (texts: [string, string][]) => checkedSet(texts)[1].diagnostics.filter((d) => d.rule === 'contact-mismatch' && d.related?.some((x) => x.path)).map((d) => (d.data as { value: string }).value);
  assert.deepEqual(leaks([alder, birchAt('2')]), []);
  assert.deepEqual(leaks([alder, birchAt('4')]), ['LS1 5AB']);
});

// ---- through the command line ------------------------------------------------------------------

test('check on a folder: translations that drift, each finding pointing at the original (JSON)', async () => {
  const r = await runCli(['check', 'translations', '--format', 'json', '-j', '1', '--no-exit-code']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { files: JsonFile[]; families: { original: string; members: { path: string; role: string }[] }[] };
  assert.equal(out.families.length, 1);
  assert.equal(out.families[0].original, 'translations/privacy.md');
  assert.deepEqual(out.families[0].members.map((m) => m.role).sort(), ['original', 'translation', 'translation']);
  const drift = (path: string) => out.files.find((f) => f.path === path)!.diagnostics.filter((d) => d.rule === 'translation-drift');
  assert.deepEqual(drift('translations/privacy.md'), [], 'the original gets no drift findings');

  // Dutch: no retention statement, and another DPO e-mail address.
  const nl = drift('translations/privacy.nl.md');
  assert.deepEqual(nl.map((d) => d.requirement).sort(), ['dpo-contact', 'retention']);
  const retention = nl.find((d) => d.requirement === 'retention')!;
  assert.match(retention.message, /original .*privacy\.md.*12 months/);
  assert.deepEqual(retention.related?.map((x) => [x.path, x.range.start.line]), [['translations/privacy.md', 25]], 'points at the original sentence');
  assert.ok(retention.fixes?.some((f) => /Hoe lang/.test(f.title) && /bewaren/i.test(f.edits[0].newText)), 'offers the Dutch clause');
  const dpo = nl.find((d) => d.requirement === 'dpo-contact')!;
  assert.match(dpo.message, /privacy@harbourlight\.example.*dpo@harbourlight\.example/);
  assert.equal(dpo.related![0].path, 'translations/privacy.md');
  assert.equal(dpo.related![0].range.start.line, 13);

  // German: another period.
  const de = drift('translations/privacy-de.md');
  assert.deepEqual(de.map((d) => d.requirement), ['retention']);
  assert.match(de[0].message, /“6 Monate”.*“12 months”/);
});

// On one thread: cli.test.ts checks a copy of this folder on worker threads and on one, and compares.
test('check on a folder of three clients: one client\'s name, domain and phone in another\'s policy (JSON)', async () => {
  const r = await runCli(['check', 'agency', '--format', 'json', '--no-exit-code', '-j', '1']);
  const out = JSON.parse(r.stdout) as { files: JsonFile[]; families?: unknown };
  assert.equal(out.families, undefined, 'three controllers: no family');
  const found = (path: string) => out.files.find((f) => f.path === path)!.diagnostics.filter((d) => d.related?.some((x) => x.path));
  assert.deepEqual(found('agency/alder.policy.md'), []);
  assert.deepEqual(found('agency/cedar.policy.md'), []);
  const birch = found('agency/birch.policy.md');
  const entity = birch.filter((d) => d.rule === 'entity-mismatch');
  assert.equal(entity.length, 1);
  assert.match(entity[0].message, /“Alder Analytics” is the controller of another policy .*alder\.policy\.md.*Birch Bakery Ltd/);
  assert.equal(entity[0].related![0].path, 'agency/alder.policy.md');
  const contacts = birch.filter((d) => d.rule === 'contact-mismatch');
  assert.deepEqual(contacts.map((d) => d.message.match(/“([^”]+)”/)![1]), ['hello@alder-analytics.example', '020 7946 0381']);
  for (const d of contacts) assert.equal(d.related![0].path, 'agency/alder.policy.md');
});

test('SARIF carries the other file as the related location', async () => {
  const r = await runCli(['check', 'translations', 'agency', '--format', 'sarif', '-j', '1', '--no-exit-code']);
  const log = JSON.parse(r.stdout);
  const run0 = log.runs[0];
  assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'translation-drift'));
  const drift = run0.results.find((x: { ruleId: string; properties?: { requirement?: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'translation-drift' && x.properties?.requirement === 'retention' && x.locations[0].physicalLocation.artifactLocation.uri === 'translations/privacy-de.md');
  assert.ok(drift);
  assert.ok(drift.relatedLocations.every((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri === 'translations/privacy.md'));
  const leak = run0.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'contact-mismatch' && x.locations[0].physicalLocation.artifactLocation.uri === 'agency/birch.policy.md');
  assert.equal(leak.relatedLocations[0].physicalLocation.artifactLocation.uri, 'agency/alder.policy.md');
  assert.equal(leak.relatedLocations[0].physicalLocation.region.startLine, 11);
});

test('every finding that points at another file: the same in JSON and in SARIF, and each fixture\'s finding among them', async () => {
  const json = JSON.parse((await runCli(['check', 'translations', 'agency', '--format', 'json', '-j', '1', '--no-exit-code'])).stdout) as { files: JsonFile[] };
  const sarif = JSON.parse((await runCli(['check', 'translations', 'agency', '--format', 'sarif', '-j', '1', '--no-exit-code'])).stdout);
  type Loc = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
  const results = sarif.runs[0].results as { ruleId: string; message: { text: string }; locations: Loc[]; relatedLocations?: Loc[] }[];
  const across = json.files.flatMap((f) => f.diagnostics.filter((d) => d.related?.some((x) => x.path)).map((d) => ({ file: f.path, d })));
  for (const { file, d } of across) {
    const r = results.find((x) => x.ruleId === d.rule && x.message.text === d.message && x.locations[0].physicalLocation.artifactLocation.uri === file && x.locations[0].physicalLocation.region.startLine === d.range.start.line + 1);
    assert.ok(r, `${file}: ${d.message}`);
    assert.deepEqual(
      r.relatedLocations?.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine]),
      d.related!.map((x) => [x.path ?? file, x.range.start.line + 1]),
    );
  }
  // What the fixtures were written to show: each finding that points at another file.
  const what = (x: { file: string; d: JsonFile['diagnostics'][number] }) => `${x.file} ${x.d.rule} ${x.d.requirement ?? (x.d.message.match(/“([^”]+)”/) ?? [])[1]} -> ${x.d.related!.find((r) => r.path)!.path}`;
  assert.deepEqual(across.map(what).sort(), [
    'agency/birch.policy.md contact-mismatch 020 7946 0381 -> agency/alder.policy.md',
    'agency/birch.policy.md contact-mismatch hello@alder-analytics.example -> agency/alder.policy.md',
    'agency/birch.policy.md entity-mismatch Alder Analytics -> agency/alder.policy.md',
    'translations/privacy-de.md translation-drift retention -> translations/privacy.md',
    'translations/privacy.nl.md translation-drift dpo-contact -> translations/privacy.md',
    'translations/privacy.nl.md translation-drift retention -> translations/privacy.md',
  ]);
});

test('stylish output lists the families it found', async () => {
  const r = await runCli(['check', 'translations', 'versions', '-j', '1', '--no-exit-code']);
  assert.match(r.stdout, /^2 families of policies found:/);
  assert.match(r.stdout, /versions\/privacy-2025\.md {2}older version, en/);
  assert.match(r.stdout, /translations\/privacy\.nl\.md {2}translation, nl/);
  assert.match(r.stdout, /translations\/privacy\.md:26:1 The original gives how long personal data is kept here\./);
});

test('report --compare: items added and changed values between an old and a new version', async () => {
  const r = await runCli(['report', '--compare', 'versions/privacy-2025.md', 'versions/privacy.md', '-o', '-']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /## Items added\n\n.*\n.*\n\| how to contact the data protection officer \| `dpo-contact` \| missing \| present \|/);
  assert.match(r.stdout, /\| how long personal data is kept \| period \| “24 months” \| “12 months” \|/);
  assert.match(r.stdout, /\| the date the policy was last updated \| date \| “2025-02-01” \| “2026-03-01” \|/);
  const html = await runCli(['report', '--compare', 'versions/privacy-2025.md', 'versions/privacy.md', '--format', 'html', '-o', '-']);
  assert.match(html.stdout, /<table>[\s\S]*24 months/);
});

test('report --compare --format pdf writes a PDF beside the new version', async () => {
  const { mkdtempSync, cpSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pw-compare-'));
  try {
    cpSync(join(SETS, 'versions'), dir, { recursive: true });
    const r = await runCli(['report', '--compare', 'privacy-2025.md', 'privacy.md', '--format', 'pdf'], dir);
    assert.equal(r.code, 0, r.stderr);
    const pdf = readFileSync(join(dir, 'privacy.compare.pdf'));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.match(pdf.toString('latin1'), /\/Title \(Policy comparison\)|Policy comparison/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('comparePolicies works across languages (an original and its translation)', () => {
  const en = summary('# Privacy\n\nWe keep your data for 12 months.\n\nYou are entitled to have your data erased.\n');
  const de = summary('---\npolicy:\n  language: de\n---\n# Datenschutz\n\n## Wie lange wir Ihre Daten speichern\n\nWir speichern Ihre Kontodaten 6 Monate nach der Schließung Ihres Kontos.\n');
  const c = comparePolicies({ path: 'privacy.md', summary: en }, { path: 'privacy.de.md', summary: de });
  assert.ok(c.removed.some((i) => i.requirement === 'right-erasure'));
  assert.deepEqual(c.changed.map((v) => [v.requirement, v.before, v.after]), [['retention', ['12 months'], ['6 Monate']]]);
  assert.match(comparisonMarkdown(c), /From `privacy\.md` \(English\) to `privacy\.de\.md` \(German\)/);
});

test('policywright-disable comments silence set findings as they silence a policy\'s own', async () => {
  const { readFileSync } = await import('node:fs');
  const read = (name: string) => readFileSync(join(SETS, 'translations', name), 'utf8');
  const drift = (nl: string): Diagnostic[] => {
    const inputs = [
      ['privacy.md', read('privacy.md')],
      ['privacy.nl.md', nl],
    ].map(([path, text]) => {
      const r = check(text, { now: NOW });
      return { path, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
    });
    checkSet(inputs);
    return inputs[1].diagnostics.filter((d) => d.rule === 'translation-drift');
  };
  const nl = read('privacy.nl.md');
  assert.deepEqual(drift(nl).map((d) => d.requirement).sort(), ['dpo-contact', 'retention']);
  // One requirement silenced in the whole document, wherever the comment stands.
  const one = nl.replace('# Privacybeleid\n', '# Privacybeleid\n\n<!-- policywright-disable translation-drift:retention -->\n');
  assert.deepEqual(drift(one).map((d) => d.requirement), ['dpo-contact']);
  // The next line only: the DPO sentence.
  const next = nl.replace('U kunt contact opnemen met onze functionaris', '<!-- policywright-disable-next-line translation-drift -->\nU kunt contact opnemen met onze functionaris');
  assert.deepEqual(drift(next).map((d) => d.requirement), ['retention']);
  // The whole rule, from the top.
  const all = nl.replace('# Privacybeleid\n', '<!-- policywright-disable translation-drift -->\n# Privacybeleid\n');
  assert.deepEqual(drift(all), []);
  // Another rule named: nothing silenced.
  const other = nl.replace('# Privacybeleid\n', '<!-- policywright-disable placeholder -->\n# Privacybeleid\n');
  assert.equal(drift(other).length, 2);
});

test('families: one controller in one folder, a different language in each policy, names that share nothing', async () => {
  const { readFileSync } = await import('node:fs');
  const read = (name: string) => summary(readFileSync(join(SETS, 'translations', name), 'utf8'));
  const [en, nl, de] = [read('privacy.md'), read('privacy.nl.md'), read('privacy-de.md')];
  const alder = summary(readFileSync(join(SETS, 'agency', 'alder.policy.md'), 'utf8'));
  const families = findFamilies([
    { path: 'legal/privacyverklaring.md', summary: nl },
    { path: 'legal/notice.md', summary: en },
    { path: 'legal/datenschutz.md', summary: de },
    { path: 'legal/alder.md', summary: alder },
    // The same controller in another folder, and twice in one language in a third: no family.
    { path: 'other/statement.md', summary: en },
    { path: 'apps/app.md', summary: en },
    { path: 'apps/web.md', summary: en },
  ]);
  assert.equal(families.length, 1);
  assert.equal(families[0].how, 'inferred');
  assert.equal(families[0].original, 'legal/notice.md', 'the English one is the original when no name says');
  assert.deepEqual(
    families[0].members.map((m) => [m.path, m.role, m.language]),
    [
      ['legal/privacyverklaring.md', 'translation', 'nl'],
      ['legal/notice.md', 'original', 'en'],
      ['legal/datenschutz.md', 'translation', 'de'],
    ],
  );
});

// ---- the limit of findings per rule (check.ts capFindings) holds after the set pass --------------

const countOf = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).reduce((n, d) => n + (notListedOf(d)?.notListed ?? 1), 0);
const ALDER = () => readFileSync(join(SETS, 'agency', 'alder.policy.md'), 'utf8');
const birch = (body: string) => `---\npolicy:\n  controller: Birch Bakery Ltd\n---\n# Birch Bakery privacy policy\n\nBirch Bakery Ltd is the controller of what you tell us.\n\n${body}\n`;
const setOf = (text: string) => {
  const r = check(text, { now: NOW });
  const a = check(ALDER(), { now: NOW });
  const own = [...r.diagnostics];
  const inputs = [
    { path: 'birch.md', summary: summarisePolicy(r.document!, r.coverage), diagnostics: [...r.diagnostics] },
    { path: 'alder.md', summary: summarisePolicy(a.document!, a.coverage), diagnostics: a.diagnostics },
  ];
  checkSet(inputs);
  return { own, set: inputs[0].diagnostics };
};

test('the set pass keeps the limit of findings per rule: another client\'s name 1,100 times gives 1,000 listed and one counting the rest', () => {
  const lines = Array.from({ length: MAX_FINDINGS_PER_RULE + 100 }, (_, i) => `- Report ${i} was written with Alder Analytics.`).join('\n');
  const { own, set } = setOf(birch(lines));
  assert.equal(countOf(own, 'entity-mismatch'), 0, 'the check alone finds none: the name is not used as the policy\'s own');
  const found = set.filter((d) => d.rule === 'entity-mismatch');
  assert.equal(found.length, MAX_FINDINGS_PER_RULE + 1);
  const last = found[found.length - 1];
  assert.deepEqual(notListedOf(last), { notListed: 100, limit: MAX_FINDINGS_PER_RULE, severities: { [found[0].severity]: 100 } });
  assert.match(last.message, /^100 more entity-mismatch findings from here on are not listed/);
  assert.equal(last.range.start.line, 8 + MAX_FINDINGS_PER_RULE, 'where the first one not listed stands (the list starts on line 8)');
  assert.ok(found.slice(0, -1).every((d) => d.related?.[0].path === 'alder.md'));
});

test('a name the policy\'s own check counted past the limit is not counted again by the set pass', () => {
  // Another company used as this policy's own 1,100 times, then Alder Analytics (the controller of
  // the other policy) twice: all past the limit, counted by the check itself.
  const body = Array.from({ length: MAX_FINDINGS_PER_RULE + 100 }, (_, i) => `Cedar Foods collects item ${i}.`).join('\n\n') + '\n\nAlder Analytics collects your name. Alder Analytics keeps it.';
  const { own, set } = setOf(birch(body));
  assert.equal(own.filter((d) => d.rule === 'entity-mismatch').length, MAX_FINDINGS_PER_RULE + 1);
  assert.equal(countOf(set, 'entity-mismatch'), countOf(own, 'entity-mismatch'));
  assert.equal(set.filter((d) => d.rule === 'entity-mismatch').length, MAX_FINDINGS_PER_RULE + 1);
});
