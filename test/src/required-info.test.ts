import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureTests } from './helpers/fixtures.js';
import { FIXTURES, ROOT } from './helpers/paths.js';
import { check } from '../../server/out/engine/check.js';
import { parseDocument } from '../../server/out/engine/document.js';
import { commonHead, computeCoverage, coverageAt, cueProblems, lookbehindLast, nonCapturing } from '../../server/out/engine/coverage.js';
import { compileCues, cueSource } from '../../server/out/engine/cues.js';
import { LANGUAGES, PROFILES } from '../../server/out/engine/data.js';
import { englishCoverageOf } from './helpers/coverage-lang.js';

// A fixed date, so that the 12-month rule of the ccpa fixtures does not depend on the day the tests run.
const NOW = '2026-11-01';
fixtureTests('required-info', { now: NOW });

const fixture = (name: string) => readFileSync(join(FIXTURES, 'required-info', name), 'utf8');
const ri = (text: string, config = {}) => check(text, config).diagnostics.filter((d) => d.rule === 'required-info');

test('every GDPR requirement id is in both profiles, with an article and a summary', () => {
  const ids = ['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', /* Art. 18 */ 'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority', 'statutory-contractual', 'automated-decision-making', 'data-source', 'data-categories', 'cookies', 'children', 'security', 'policy-changes', 'last-updated'];
  for (const p of ['uk-gdpr', 'eu-gdpr']) {
    assert.deepEqual(PROFILES[p].requirements.map((r) => r.id).sort(), [...ids].sort());
    for (const r of PROFILES[p].requirements) {
      assert.ok(r.article && r.summary && r.add, `${r.id} lacks article, summary or add`);
      if (r.obligation === 'conditional') assert.ok(r.condition && r.conditionText, `${r.id} lacks its condition`);
    }
  }
  assert.equal(PROFILES['uk-gdpr'].law, 'UK GDPR');
  assert.equal(PROFILES['eu-gdpr'].law, 'GDPR');
});

test('every cue of every language compiles, and every language has cues for every requirement', () => {
  const ids = PROFILES['uk-gdpr'].requirements.map((r) => r.id);
  for (const [lang, data] of Object.entries(LANGUAGES)) {
    const req = data.requirements;
    assert.ok(req, `${lang} has no requirements.yaml`);
    for (const id of ids) assert.ok(req.requirements[id], `${lang} has no cues for ${id}`);
    assert.deepEqual(cueProblems(lang), []);
    for (const r of PROFILES['uk-gdpr'].requirements) if (r.condition) assert.ok(req.triggers?.[r.condition], `${lang} has no triggers for ${r.condition}`);
  }
});

test('a cue that opens with a long lookbehind is searched from its own words first, with the same matches', () => {
  const same = (c: string) => c;
  const cue = '/(?<!\\b(?:if|when|once)\\b[^.;,]{0,60})(?<!\\bus )\\b(tell|notify) (?<name>you|users)\\b/';
  const out = lookbehindLast(cue, same);
  assert.ok(out.startsWith('/(?=\\b(?:tell|notify) (?:you|users)\\b)(?<!'), out);
  // A short lookbehind, or none, stays as written.
  assert.equal(lookbehindLast('/(?<!\\p{L})tell you/', same), '/(?<!\\p{L})tell you/');
  assert.equal(lookbehindLast('=/tell (you)/', same), '=/tell (you)/');
  // The case-sensitive mark is kept; a backreference keeps the cue as written.
  assert.ok(lookbehindLast('=/(?<!\\b(?:if|when|once)\\b[^.;,]{0,60})Tell you/', same).startsWith('=/(?=Tell you)'));
  assert.ok(lookbehindLast('/(?<!\\b(?:if|when|once)\\b[^.;,]{0,60})(a)\\1/', same).startsWith('/(?<!'));
  const texts = ['We will tell you by email.', 'If we change how we tell you about offers, we update this page.', 'Once the update is out, we notify users.', 'Ask us to tell you more.', 'We notify users and tell you.'];
  const all = (c: string) => texts.map((t) => [...t.matchAll(new RegExp(c.slice(1, -1), 'gu'))].map((m) => [m.index, m[0], m.groups?.name]));
  assert.deepEqual(all(out), all(cue));
  assert.equal(nonCapturing('(a(?<n>b)[(]\\((?:c))'), '(?:a(?:b)[(]\\((?:c))');
});

test('a list whose cues all open with one long lookbehind is searched without it, the lookbehind tested where a match begins: the same matches', () => {
  const head = '(?<!\\b(?:if|when|once)\\b[^.;,]{0,60})';
  const cues = [`/${head}\\b(tell|notify) (?<name>you|users)\\b/`, `/${head}(?<!\\bus )\\bby (e-?mail|post)\\b/`, `/${head}\\bupdate (this|the) page\\b/`];
  const common = commonHead(cues)!;
  assert.equal(common.head, head);
  // Each cue as lookbehindLast writes it, less the common head: every one shorter by the same length, so the list keeps its order.
  assert.deepEqual(
    common.rest,
    cues.map((c) => lookbehindLast(c, (x) => x).replace(head, '')),
  );
  assert.deepEqual(common.rest, ['/(?=\\b(?:tell|notify) (?:you|users)\\b)\\b(tell|notify) (?<name>you|users)\\b/', '/(?=\\bby (?:e-?mail|post)\\b)(?<!\\bus )\\bby (e-?mail|post)\\b/', '/(?=\\bupdate (?:this|the) page\\b)\\bupdate (this|the) page\\b/']);
  // Another head, a cue without it, a short lookbehind or a backreference: no common head.
  assert.equal(commonHead([...cues, '/\\bnotify you\\b/']), null);
  assert.equal(commonHead([...cues, '/(?<!\\b(?:if|when)\\b[^.;,]{0,60})\\bnotify you\\b/']), null);
  assert.equal(commonHead(['/(?<!\\p{L})tell you/', '/(?<!\\p{L})notify you/']), null);
  assert.equal(commonHead([`/${head}(a)\\1/`]), null);
  // The search firstMatch makes: the list without the head, and from the next character where the head fails.
  const whole = compileCues(cues.map((c) => lookbehindLast(c, (x) => x)))!;
  const rest = compileCues(common.rest)!;
  const veto = new RegExp(compileCues([`/${head}/`])!.source, 'iuy');
  const first = (text: string, from: number) => {
    rest.lastIndex = from;
    let m = rest.exec(text);
    while (m && !((veto.lastIndex = m.index), veto.test(text))) {
      rest.lastIndex = m.index + 1;
      m = rest.exec(text);
    }
    return m;
  };
  const texts = [
    'We will tell you by email, and we update this page.',
    'If we change how we notify users by post, we update the page. Then we tell you.',
    'Once the page changes, we notify users; when it does, we update this page too.',
    'Write to us by email. When you ask, we tell you. 🙂 We notify users by e-mail.',
    '',
  ];
  for (const text of texts) {
    const want = [...text.matchAll(whole)].map((m) => [m.index, m[0], m.groups?.name0 ?? m.groups?.name]);
    const got: unknown[] = [];
    for (let m = first(text, 0); m; m = first(text, m.index + m[0].length)) got.push([m.index, m[0], m.groups?.name0 ?? m.groups?.name]);
    assert.deepEqual(got, want, text);
  }
});

test('a cue that opens with lookaheads and then a long lookbehind keeps the lookaheads first and tries the lookbehind after its own words: the same matches', () => {
  const same = (c: string) => c;
  const head = '(?<!\\b(?:by|via|from)\\s(?:\\p{Lu}\\p{Ll}+\\s){0,2})';
  const cue = `=/(?=\\p{Lu})${head}\\p{Lu}\\p{Ll}+ (Ltd|Limited)\\b/`;
  const out = lookbehindLast(cue, same);
  assert.equal(out, `=/(?=\\p{Lu})(?=\\p{Lu}\\p{Ll}+ (?:Ltd|Limited)\\b)${head}\\p{Lu}\\p{Ll}+ (Ltd|Limited)\\b/`);
  // A lookahead before a short lookbehind, or before none, stays as written.
  assert.equal(lookbehindLast('/(?=\\p{Lu})(?<!\\p{L})Acme Ltd/', same), '/(?=\\p{Lu})(?<!\\p{L})Acme Ltd/');
  assert.equal(lookbehindLast('/(?=\\p{Lu})Acme Ltd/', same), '/(?=\\p{Lu})Acme Ltd/');
  const texts = ['Run by Hollow Pines Ltd since 2019.', 'Sent via Otter Limited, and Birchwood Ltd keeps it.', 'Paid by card to Quill Ltd. Maple Limited is the controller.'];
  const all = (c: string) => texts.map((t) => [...t.matchAll(new RegExp(c.slice(2, -1), 'gu'))].map((m) => [m.index, m[0]]));
  assert.deepEqual(all(out), all(cue));
  // Such cues share their lookbehind as a common head, their lookaheads kept in each.
  const common = commonHead([`/(?=\\p{Lu})${head}\\p{Lu}\\p{Ll}+ Ltd\\b/`, `/${head}\\bthe [A-Z]\\w+ Trust\\b/`])!;
  assert.equal(common.head, head);
  assert.deepEqual(common.rest, ['/(?=\\p{Lu})(?=\\p{Lu}\\p{Ll}+ Ltd\\b)\\p{Lu}\\p{Ll}+ Ltd\\b/', '/(?=\\bthe [A-Z]\\w+ Trust\\b)\\bthe [A-Z]\\w+ Trust\\b/']);
});

test('a cue that is an alternation at its top level is not headed by its first alternative\'s lookbehind', () => {
  // "(?<=long)a|b": the lookbehind belongs to a only; b matches without it (a German automated-decision
  // cue of this shape lost its second alternative when its lookbehind was tested for the whole cue).
  const same = (c: string) => c;
  const head = '(?<=(?:automatic|system)[^\\n]{0,200})';
  const cue = `/${head}a person checks each decision|a person checks each decision of the \\w+ system/`;
    assert.equal(commonHead([cue, `/${head}staff review it/`]), null);
  const text = 'A person checks each decision of the scoring system before it applies.';
  assert.deepEqual([...text.matchAll(new RegExp(cue.slice(1, -1), 'giu'))].map((m) => m[0]), ['A person checks each decision of the scoring system']);
});

test("the engine's search of a list with a common head: a match where the head fails is passed over, and a later one in the same text is found", () => {
  // The English policy-changes notice list (each cue opens with the change-occasion lookbehind) through
  // computeCoverage's own search, not a copy of it: the first "by e-mail" / "in the app" stands in the
  // change's occasion (vetoed), the second is the notice.
  const cases: [string, string][] = [
    ['partial', 'We may update this policy if we start taking bookings by email.'],
    ['present', 'We may update this policy if we start taking bookings by email, and we will tell you by email before the change applies.'],
    ['partial', 'This statement may change when we begin selling tickets in the app.'],
    ['present', 'This statement may change when we begin selling tickets in the app; if it does, you will see a message in the app first.'],
  ];
  for (const [want, body] of cases) assert.equal(englishCoverageOf(body, 'policy-changes').status, want, body);
});

test("an element's own veto (elementsNot) speaks of the element's match beside it, under any heading", () => {
  // Under a heading that asks the item's question the element is also looked for with it as a lead-in;
  // a vetoed match found again there is no period. A definite period beside the open one is one.
  const open = 'Your booking history stays with us while your membership lasts and afterwards for as long as necessary.';
  const both = 'Receipts are kept for six years, and your booking history while your membership lasts and afterwards for as long as necessary.';
  for (const heading of ['About this notice', 'How long do we keep it?', 'Keeping your data']) {
    assert.equal(englishCoverageOf(open, 'retention', heading).status, 'partial', heading);
    assert.equal(englishCoverageOf(both, 'retention', heading).status, 'present', heading);
  }
});

test('cue syntax: word boundaries, flexible white space, either apostrophe, hyphen or space, open ending', () => {
  const re = (c: string) => compileCues([c])!;
  assert.ok(re("Commissioner's Office").test('the Commissioner’s  Office'));
  assert.ok(!re('ICO').test('the PICOT list'));
  assert.ok(re('decision-making').test('automated decision making'));
  assert.ok(re('decision-making').test('automated decisionmaking'));
  assert.ok(re('retain*').test('records are retained'));
  assert.ok(!re('retain').test('records are retained'));
  assert.ok(re('/right (of|to) access/').test('your Right to access'));
  assert.ok(re('verwijder*').test('Verwijdering van gegevens'));
  assert.ok(re('für').test('Verantwortlicher für die'));
  assert.equal(compileCues(['/(unclosed/']), null);
});

test('severity: error for mandatory, warning when the condition shows, information otherwise', () => {
  const found = ri(fixture('conditional-trigger.md'));
  const sev = Object.fromEntries(found.map((d) => [d.requirement, d.severity]));
  // legitimate-interests is partly given (relied on, interests not named): the severity of a missing one.
  const { 'withdraw-consent': wc, 'dpo-contact': dpo, 'legitimate-interests': li } = sev;
  assert.deepEqual({ wc, dpo, li }, { wc: 'warning', dpo: 'information', li: 'warning' });
  const missing = Object.fromEntries(ri(fixture('missing-items.md')).map((d) => [d.requirement, d.severity]));
  assert.equal(missing.retention, 'error');
  const bare = Object.fromEntries(ri('# Notice\n\nWe sell hats.\n').map((d) => [d.requirement, d.severity]));
  assert.equal(bare.cookies, 'information');
  assert.equal(bare['dpo-contact'], 'information');
  assert.equal(bare['right-access'], 'error');
});

test('message names the item, cites the article and says what to add; data carries requirement and profile', () => {
  const d = ri(fixture('missing-items.md')).find((x) => x.requirement === 'retention')!;
  assert.equal(d.message, 'Missing: how long personal data is kept (UK GDPR Art. 13(2)(a)). Add the retention period, or the criteria used to set it. It belongs at the end.');
  assert.deepEqual(d.data, { requirement: 'retention', profile: 'uk-gdpr', profiles: ['uk-gdpr'] });
  // No section heading to go by: the clause goes at the end, and the finding is on the last paragraph.
  const lines = fixture('missing-items.md').split('\n');
  assert.equal(lines[d.range.start.line], 'Last updated 1 April 2025.');
  const eu = ri(fixture('missing-items.md'), { profiles: ['eu-gdpr'] }).find((x) => x.requirement === 'retention')!;
  assert.match(eu.message, /\(GDPR Art\. 13\(2\)\(a\)\)/);
  const both = ri(fixture('missing-items.md'), { profiles: ['uk-gdpr', 'eu-gdpr'] }).filter((x) => x.requirement === 'retention');
  assert.equal(both.length, 1, 'one finding per item, whatever the number of profiles');
  assert.match(both[0].message, /UK GDPR Art\. 13\(2\)\(a\); GDPR Art\. 13\(2\)\(a\)/);
});

test('range: with no section headings, the last block of the body, else the start', () => {
  const noHeading = '---\npolicy:\n  profiles: [uk-gdpr]\n---\n\nWe sell hats.\n';
  assert.equal(ri(noHeading)[0].range.start.line, 5);
  // An empty file has no body to point at: it gets the one `input` finding that says it is empty, at the start.
  assert.deepEqual(ri(''), []);
  assert.deepEqual(check('').diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('coverage lists every requirement with status, obligation, article and evidence sentences', () => {
  const res = check(fixture('complete.md'));
  assert.equal(res.coverage.length, 25);
  for (const c of res.coverage) assert.equal(c.status, 'present', `${c.requirement} not found`);
  const retention = res.coverage.find((c) => c.requirement === 'retention')!;
  assert.equal(retention.obligation, 'mandatory');
  assert.equal(retention.article, 'UK GDPR Art. 13(2)(a)');
  assert.ok(retention.evidence.some((e) => e.text === 'We keep order records for six years after the end of the financial year, then delete them.'), JSON.stringify(retention.evidence));
  const cookies = res.coverage.find((c) => c.requirement === 'cookies')!;
  assert.equal(cookies.article, 'PECR reg. 6');
  const evidence = retention.evidence.find((e) => e.text.startsWith('We keep order'))!;
  const hits = coverageAt(res.coverage, evidence.range.start).map((h) => h.coverage.requirement);
  assert.ok(hits.includes('retention'));
});

test('a missing item says what was looked for', () => {
  const cov = computeCoverage(parseDocument('# Notice\n\nWe sell hats.\n'), ['uk-gdpr']);
  const r = cov.find((c) => c.requirement === 'retention')!;
  assert.equal(r.status, 'missing');
  assert.match(r.lookedFor ?? '', /retention/);
});

test('not-applicable comes only from the front matter; an unknown id there is reported', () => {
  const cov = check(fixture('not-applicable.md')).coverage;
  const na = cov.filter((c) => c.status === 'not-applicable').map((c) => c.requirement).sort();
  assert.deepEqual(na, ['children', 'data-categories', 'data-source', 'dpo-contact', 'international-transfers']);
  assert.equal(cov.find((c) => c.requirement === 'last-updated')!.status, 'present', 'front-matter last-updated counts');
  const typo = ri('---\npolicy:\n  not-applicable: [dpo-contakt]\n---\n# Notice\n');
  assert.ok(typo.some((d) => d.severity === 'warning' && /dpo-contakt/.test(d.message) && d.range.start.line === 0));
});

test('code blocks and front matter are not read as policy text', () => {
  const text = '---\npolicy:\n  profiles: [uk-gdpr]\nvariables:\n  note: we keep data for six years\n---\n# Notice\n\n```\nYou may take a complaint to the ICO.\n```\n';
  const cov = check(text).coverage;
  assert.equal(cov.find((c) => c.requirement === 'retention')!.status, 'missing');
  assert.equal(cov.find((c) => c.requirement === 'complaint-authority')!.status, 'missing');
});

test('rights listed by short names under a rights heading count; the same words elsewhere do not', () => {
  const listed = '# Notice\n\n## Your rights\n\n- Access\n- Restriction\n- Deletion\n';
  const cov = check(listed).coverage;
  for (const id of ['right-access', 'right-restriction', 'right-erasure']) assert.equal(cov.find((c) => c.requirement === id)!.status, 'present', id);
  const loose = '# Notice\n\n## Our shop\n\nAccess to the shop has a restriction on Sundays.\n';
  const cov2 = check(loose).coverage;
  for (const id of ['right-access', 'right-restriction']) assert.equal(cov2.find((c) => c.requirement === id)!.status, 'missing', id);
});

test('bad input does not crash the rule', () => {
  for (const t of ['', '\u0000\uFFFD', '#', '# \n\n- \n', 'x'.repeat(20000), '((((('.repeat(1000), '🙂'.repeat(500)]) {
    assert.doesNotThrow(() => check(t));
  }
});

test('a large document is read whole: every requirement is decided', () => {
  // That the time grows linearly with the size (500 KB to 1 MB): test/src/slow/linear-rules.test.ts.
  const para = fixture('complete.md').replace(/^# .*$/m, '');
  const big = '# Big\n\n' + para.repeat(Math.ceil(100_000 / para.length));
  const res = check(big);
  assert.equal(res.coverage.length, 25);
  assert.deepEqual(res.coverage.filter((c) => c.status === 'missing').map((c) => c.requirement), check(fixture('complete.md')).coverage.filter((c) => c.status === 'missing').map((c) => c.requirement));
});

// ---- California (ccpa) ------------------------------------------------------------------------

const withProfiles = (profiles: string, body: string, lastUpdated?: string) =>
  `---\npolicy:\n  profiles: ${profiles}\n${lastUpdated ? `  last-updated: ${lastUpdated}\n` : ''}---\n# Privacy policy\n\n${body}\n`;

test('ccpa: every item has an article citing the Civil Code or 11 CCR §7011, a summary and English cues', () => {
  const p = PROFILES['ccpa'];
  assert.equal(p.law, 'CCPA');
  const cues = LANGUAGES.en.requirements!;
  for (const r of p.requirements) {
    assert.match(r.id, /^ccpa-/);
    assert.match(r.article, /Civ\. Code §1798|11 CCR §7011/, r.id);
    assert.ok(r.summary && r.add, `${r.id} lacks summary or add`);
    if (r.obligation === 'conditional') assert.ok(r.condition && cues.triggers?.[r.condition], `${r.id} lacks its condition or triggers`);
    assert.ok(cues.requirements[r.id], `no English cues for ${r.id}`);
  }
});

test('ccpa: profiles combine; coverage lists both profiles’ items and each finding cites its own law', () => {
  const text = withProfiles('[uk-gdpr, ccpa]', 'Some Shop Ltd sells hats. We keep orders for six years.', '2026-06-01');
  const res = check(text, { now: '2026-11-01' });
  assert.deepEqual(res.profiles, ['uk-gdpr', 'ccpa']);
  const byProfile = (p: string) => res.coverage.filter((c) => c.profile === p).map((c) => c.requirement);
  assert.deepEqual(byProfile('uk-gdpr'), PROFILES['uk-gdpr'].requirements.map((r) => r.id));
  assert.deepEqual(byProfile('ccpa'), PROFILES['ccpa'].requirements.map((r) => r.id));
  const found = res.diagnostics.filter((d) => d.rule === 'required-info');
  const access = found.find((d) => d.requirement === 'right-access')!;
  assert.match(access.message, /\(UK GDPR Art\. 13\(2\)\(b\)\)/);
  assert.deepEqual(access.data?.profiles, ['uk-gdpr']);
  const del = found.find((d) => d.requirement === 'ccpa-right-to-delete')!;
  assert.match(del.message, /\(CCPA Civ\. Code §1798\.105; 11 CCR §7011\)/);
  assert.deepEqual(del.data?.profiles, ['ccpa']);
  assert.ok(!found.some((d) => d.requirement === 'retention'), 'GDPR items the text covers are not reported');
  assert.ok(!found.some((d) => d.requirement === 'ccpa-last-updated'), 'a date within 12 months is not stale');
  // Each law's items are present in the coverage once, whichever profile comes first.
  const reversed = check(withProfiles('[ccpa, uk-gdpr]', 'Hats.'), { now: '2026-11-01' });
  assert.equal(reversed.coverage.length, PROFILES['uk-gdpr'].requirements.length + PROFILES['ccpa'].requirements.length);
});

test('ccpa: a last-updated date more than 12 months before `now` is reported on the front-matter line', () => {
  const stale = (date: string, now: string) =>
    ri(withProfiles('[ccpa]', 'Hats.', date), { now }).filter((d) => d.requirement === 'ccpa-last-updated');
  const [d] = stale('2025-10-31', '2026-11-01');
  assert.ok(d, 'stale date reported');
  assert.equal(d.severity, 'error');
  assert.equal(d.range.start.line, 3, 'on the `last-updated:` line');
  assert.match(d.message, /2025-10-31/);
  assert.match(d.message, /1798\.130\(a\)\(5\)/);
  assert.match(d.message, /updated at least once every 12 months/);
  assert.deepEqual(stale('2025-11-01', '2026-11-01'), [], 'exactly 12 months is still in time');
  assert.equal(stale('2025-10-31', '2026-11-01T09:30:00Z').length, 1, 'a date-time counts by its date');
  assert.deepEqual(stale('2026-10-01', '2026-11-01'), []);
  assert.equal(stale('2025-11-01', '2026-11-02').length, 1);
  // Under the GDPR profiles alone, an old date is not a finding.
  const gdpr = ri(withProfiles('[uk-gdpr]', 'Hats.', '2020-01-01'), { now: '2026-11-01' });
  assert.ok(!gdpr.some((x) => /12 months/.test(x.message)));
  // Declared not applicable: no finding.
  const na = '---\npolicy:\n  profiles: [ccpa]\n  last-updated: 2020-01-01\n  not-applicable: [ccpa-last-updated]\n---\n# P\n';
  assert.ok(!ri(na, { now: '2026-11-01' }).some((x) => x.requirement === 'ccpa-last-updated'));
});

test('ccpa: dates in the text are read in the usual forms; an unreadable date is left alone', () => {
  const staleIn = (line: string) => ri(withProfiles('[ccpa]', `${line}\n\nHats.`), { now: '2026-11-01' }).some((d) => d.requirement === 'ccpa-last-updated' && /more than 12 months/.test(d.message));
  for (const line of ['Last updated: 2025-01-15', 'Last updated on 15 January 2025', 'Effective date: January 15, 2025', 'Last revised 01/15/2025', 'Updated: Jan. 2025'])
    assert.ok(staleIn(line), line);
  for (const line of ['Last updated: 2026-09-30', 'Last updated: September 30, 2026', 'Last updated: soon', 'Last updated: 2025-02-31', 'We keep your details updated.'])
    assert.ok(!staleIn(line), line);
});

test('ccpa: the California example has no findings', () => {
  const text = readFileSync(join(ROOT, 'examples', 'california.policy.md'), 'utf8');
  const res = check(text, { now: NOW });
  assert.deepEqual(res.diagnostics.map((d) => `${d.rule} ${d.requirement ?? ''} ${d.message}`), []);
  assert.ok(res.coverage.every((c) => c.status === 'present'));
});

test('ccpa: without a `now` the check uses the current date rather than failing', () => {
  assert.doesNotThrow(() => check(withProfiles('[ccpa]', 'Hats.', '2001-01-01')));
  assert.ok(ri(withProfiles('[ccpa]', 'Hats.', '2001-01-01')).some((d) => d.requirement === 'ccpa-last-updated'));
});

test('a partly given item: at its evidence, names the absent element, severity of a missing one, data with absent', () => {
  const text = fixture('partial.md');
  const lines = text.split('\n');
  const found = ri(text);
  const retention = found.find((d) => d.requirement === 'retention')!;
  assert.equal(
    retention.message,
    'Partly given: how long personal data is kept — the retention period, or the criteria used to set it, is absent (UK GDPR Art. 13(2)(a)). ' +
      PROFILES['uk-gdpr'].requirements.find((r) => r.id === 'retention')!.elements![0].add,
  );
  assert.equal(retention.severity, 'error');
  assert.deepEqual(retention.data, { requirement: 'retention', profile: 'uk-gdpr', profiles: ['uk-gdpr'], absent: ['period'] });
  // The range is the evidence sentence: the coverage entry's first evidence.
  const cov = check(text).coverage.find((c) => c.requirement === 'retention')!;
  assert.equal(cov.status, 'partial');
  assert.deepEqual(retention.range, cov.evidence[0].range);
  assert.match(lines[retention.range.start.line], /as long as the purposes this policy sets out/);
  // The fix inserts just the element, right after the statement, as a new paragraph.
  const [fix] = retention.fixes!;
  assert.equal(fix.kind, 'suggestion');
  assert.equal(fix.snippet, true);
  const edit = fix.edits[0];
  assert.deepEqual(edit.range.start, { line: retention.range.start.line, character: lines[retention.range.start.line].length });
  assert.match(edit.newText, /^\n\nIn practice we keep \$\{1:retention_data\} for \$\{2:retention_period\}/);
  assert.doesNotMatch(edit.newText, /^#|\n#/, 'no heading: the element reads on from the statement');
  // A transfer with no safeguard: a warning (the condition shows), and the UK safeguard clause.
  const transfers = found.find((d) => d.requirement === 'international-transfers')!;
  assert.equal(transfers.severity, 'warning');
  assert.match(transfers.message, /^Partly given: .* — the safeguard or adequacy basis for the transfer is absent \(UK GDPR Art\. 13\(1\)\(f\)\)\./);
  assert.deepEqual((transfers.data as { absent: string[] }).absent, ['safeguard']);
  assert.match(transfers.fixes![0].edits[0].newText, /IDTA/);
  // A recommended item says so, as a missing one does.
  const cookies = ri(fixture('absence.md')).find((d) => d.requirement === 'cookies')!;
  assert.match(cookies.message, /^Recommended but partly given: the site's use of cookies .* — which cookies are used, what for, and how a visitor can refuse or manage them, is absent \(PECR reg\. 6\)\./);
  assert.equal(cookies.severity, 'information');
  const eu = ri(text, { profiles: ['eu-gdpr'] }).find((d) => d.requirement === 'international-transfers')!;
  assert.match(eu.fixes![0].edits[0].newText, /standard contractual clauses/);
});

test('a missing item sits on the heading of the section its clause goes into, and says where', () => {
  const text = fixture('partial.md');
  const lines = text.split('\n');
  const d = ri(text).find((x) => x.requirement === 'complaint-authority')!;
  assert.equal(lines[d.range.start.line], '## Your rights');
  assert.match(d.message, /It belongs after “Your rights”\.$/);
  // The quick fix inserts the clause where the message says: after that section, before the next.
  assert.equal(lines[d.fixes![0].edits[0].range.start.line], '## Cookies');
  // A missing right goes into the rights section itself.
  const noPortability = text.replace(', and request data portability', '');
  const port = ri(noPortability).find((x) => x.requirement === 'right-portability')!;
  assert.equal(noPortability.split('\n')[port.range.start.line], '## Your rights');
  // The classifier may add a "check this line" pointer after the place (coverage-check.ts): the place still ends the finding's own text.
  assert.match(port.message, /It belongs in “Your rights”\.( Check line \d+ first: .*)?$/);
  // Dutch: a missing right sits on "Uw rechten".
  const nl = fixture('dutch.md');
  const nlPort = ri(nl).find((x) => x.requirement === 'right-portability')!;
  assert.equal(nl.split('\n')[nlPort.range.start.line], '## Uw rechten');
});
