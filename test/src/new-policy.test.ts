// `policywright new`: the questionnaire's data, the generator (answers → a policy that checks
// clean) and regeneration from changed answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FULL_PROPERTIES } from './helpers/properties.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES, PROFILES } from '../../server/out/engine/data.js';
import { defaultLibrary } from '../../server/out/engine/clauses.js';
import { check } from '../../server/out/engine/check.js';
import {
  GROUPS,
  QUESTIONS,
  assemble,
  generatePolicy,
  languagesFor,
  listValue,
  questionsFor,
  readAnswers,
  updatePolicy,
  valueQuestions,
  type PolicyAnswers,
  type QuestionsWording,
} from '../../server/out/engine/new-policy.js';

const TODAY = new Date().toISOString().slice(0, 10);

/** Answers for the profiles: each question answered by `pick`, every value its clause's example. */
function answerSet(profiles: string[], language: string, pick: (q: ReturnType<typeof questionsFor>[number], i: number) => string | string[]): PolicyAnswers {
  const a: PolicyAnswers = { profiles, language, controller: 'Larkspur Cycles Ltd', answers: {}, variables: {} };
  questionsFor(profiles, language).forEach((q, i) => (a.answers[q.id] = pick(q, i)));
  for (const v of valueQuestions(a)) a.variables[v.name] = v.name === 'last_updated' ? TODAY : v.example ?? `the ${v.name.replace(/_/g, ' ')}`;
  return a;
}

const SETS: Record<string, (q: ReturnType<typeof questionsFor>[number], i: number) => string | string[]> = {
  'every condition on': (q) => (q.kind === 'many' ? q.options.map((o) => o.id) : q.options[0].id),
  'every condition off': (q) => (q.kind === 'many' ? [q.options[0].id] : q.options[q.options.length - 1].id),
  alternating: (q, i) => (q.kind === 'many' ? q.options.filter((_, k) => k % 2 === 1).map((o) => o.id) : q.options[i % 2 === 0 ? 0 : q.options.length - 1].id),
};

const COMBINATIONS = [['uk-gdpr'], ['eu-gdpr'], ['ccpa'], ['uk-gdpr', 'ccpa']];

// Every language with clauses for the profiles is held to it; each answer set's policy is checked
// once. Under `npm test` each combination and language checks one answer set, taken in turn, so
// that every set is checked in some language; CI checks every set everywhere (helpers/properties.ts).
let turn = 0;
for (const profiles of COMBINATIONS) {
  for (const language of languagesFor(profiles)) {
    const sets = Object.entries(SETS);
    const mine = FULL_PROPERTIES ? sets : [sets[turn++ % sets.length]];
    test(`${profiles.join(' + ')} in ${language}: a generated policy checks clean for ${FULL_PROPERTIES ? 'every answer set' : `the answer set "${mine[0][0]}"`}`, () => {
      const problems: string[] = [];
      for (const [name, pick] of mine) {
        const a = answerSet(profiles, language, pick);
        const result = check(generatePolicy(a), { profiles });
        for (const d of result.diagnostics) if (d.severity === 'error' || d.severity === 'warning') problems.push(`${name}: ${d.rule} line ${d.range.start.line + 1}: ${d.message.slice(0, 160)}`);
        const na = assemble(a).notApplicable;
        for (const c of result.coverage ?? []) {
          const want = na.includes(c.requirement) ? 'not-applicable' : 'present';
          if (c.status !== want) problems.push(`${name}: ${c.requirement} is ${c.status}${c.absent ? ` (${c.absent.join(', ')} absent)` : ''}, not ${want}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
}

// The sets above are the table's rows only if between them they switch every answer on and off:
// each option of each question chosen in one set and not chosen in another, so every condition of
// the profiles (and every clause variant an answer picks) is generated both ways.
test('the answer sets choose each option of every question and leave it out, for every combination of profiles', () => {
  for (const profiles of COMBINATIONS) {
    const sets = Object.values(SETS).map((pick) => answerSet(profiles, 'en', pick).answers);
    // Every question of the profiles, also one asked only after another's answer (`when`).
    for (const q of QUESTIONS.filter((x) => x.profiles.some((p) => profiles.includes(p)))) {
      for (const o of q.options) {
        const chosen = sets.map((answers) => ([] as string[]).concat(answers[q.id] ?? []).includes(o.id));
        assert.ok(chosen.includes(true) && chosen.includes(false), `${profiles.join(' + ')}: ${q.id} = ${o.id} is ${chosen.includes(true) ? 'chosen in every set' : 'never chosen'}`);
      }
    }
  }
});

// The representative (Art. 27): asked under the GDPR profiles, offered as "no" first; with "yes"
// its clause stands beside the controller's identity, its values asked, in every language.
for (const language of languagesFor(['eu-gdpr'])) {
  test(`representative in ${language}: default no; with yes the clause and its values, the policy still clean`, () => {
    const q = questionsFor(['eu-gdpr'], language).find((x) => x.id === 'representative');
    assert.equal(q?.default, 'no');
    assert.ok(!questionsFor(['ccpa'], language).some((x) => x.id === 'representative'));
    const off = answerSet(['eu-gdpr'], language, SETS['every condition off']);
    assert.ok(!valueQuestions(off).some((v) => v.name === 'representative_name'));
    const on = answerSet(['eu-gdpr'], language, SETS['every condition on']);
    assert.equal(on.answers.representative, 'yes');
    const text = generatePolicy(on);
    assert.ok(text.includes(on.variables.representative_name) && text.includes(on.variables.representative_contact), text);
    const controller = text.indexOf(on.variables.representative_name);
    assert.ok(controller > text.indexOf('Larkspur Cycles Ltd', text.indexOf('---', 4)), 'after the controller is named');
  });
}

test('every profile has English clauses to generate from, and the GDPR profiles have German, French and Dutch ones', () => {
  assert.deepEqual(languagesFor(['uk-gdpr']).sort(), ['de', 'en', 'fr', 'nl']);
  for (const profiles of COMBINATIONS) assert.ok(languagesFor(profiles).includes('en'), profiles.join(' + '));
});

test('each condition of every profile is set by a question of that profile', () => {
  for (const p of Object.values(PROFILES)) {
    for (const r of p.requirements) {
      if (!r.condition) continue;
      const q = QUESTIONS.find((x) => x.profiles.includes(p.id) && x.options.some((o) => o.conditions?.includes(r.condition!)));
      assert.ok(q, `${p.id}: no question sets the condition ${r.condition} of ${r.id}`);
    }
  }
});

test('the questions data names known profiles, requirements and clause variants, and every language words what it asks', () => {
  const lib = defaultLibrary();
  const ids = new Set<string>();
  for (const q of QUESTIONS) {
    assert.ok(!ids.has(q.id), `question ${q.id} twice`);
    ids.add(q.id);
    for (const p of q.profiles) assert.ok(PROFILES[p], `${q.id}: unknown profile ${p}`);
    if (q.kind === 'yesno') assert.deepEqual(q.options.map((o) => o.id), ['yes', 'no'], q.id);
    for (const o of q.options) {
      for (const [r, v] of Object.entries({ ...o.variants, ...o.extra })) {
        for (const p of q.profiles) assert.ok(lib.findVariant(r, v, 'en', p), `${q.id}.${o.id}: no clause variant ${r} ${v} for ${p}`);
      }
    }
  }
  for (const [g, reqs] of Object.entries(GROUPS)) for (const r of reqs) assert.ok(Object.values(PROFILES).some((p) => p.requirements.some((x) => x.id === r)), `group ${g}: unknown requirement ${r}`);
  for (const [lang, data] of Object.entries(LANGUAGES)) {
    const w = data.questions as QuestionsWording | undefined;
    if (!w) continue;
    for (const id of Object.keys(w.questions ?? {})) assert.ok(ids.has(id), `${lang}/questions.yaml: unknown question ${id}`);
    // A language asks, in its own words, every question of the profiles it has clauses for.
    const asked = QUESTIONS.filter((q) => q.profiles.some((p) => languagesFor([p]).includes(lang)));
    for (const q of asked) {
      assert.ok(w.questions?.[q.id]?.prompt, `${lang}/questions.yaml: no prompt for ${q.id}`);
      for (const o of q.options) assert.ok(w.questions?.[q.id]?.options?.[o.id] ?? w.options?.[o.id], `${lang}/questions.yaml: no label for ${q.id}.${o.id}`);
    }
    for (const g of Object.keys(GROUPS)) assert.ok(w.groups?.[g], `${lang}/questions.yaml: no heading for group ${g}`);
  }
});

test('only relevant questions are asked, and only the values the chosen clauses use', () => {
  assert.deepEqual(questionsFor(['ccpa'], 'en').map((q) => q.id), ['sells-shares', 'sensitive-pi', 'ten-million']);
  assert.ok(!questionsFor(['uk-gdpr'], 'en').some((q) => q.id === 'sells-shares'));
  const off = answerSet(['uk-gdpr'], 'en', SETS['every condition off']);
  const names = valueQuestions(off).map((v) => v.name);
  assert.ok(!names.includes('dpo_email') && !names.includes('transfer_countries') && !names.includes('consent_uses'));
  assert.ok(names.includes('contract_uses') && names.includes('retention_period'));
  const on = answerSet(['uk-gdpr'], 'en', SETS['every condition on']);
  assert.ok(valueQuestions(on).some((v) => v.name === 'dpo_email'));
  assert.equal(valueQuestions(on).find((v) => v.name === 'recipient_list')?.list, true);
});

test('a value not given stays a placeholder that the checker reports', () => {
  const a = answerSet(['uk-gdpr'], 'en', SETS['every condition off']);
  delete a.variables.retention_period;
  const text = generatePolicy(a);
  assert.match(text, /\{\{retention_period\}\}/);
  const found = check(text, { profiles: ['uk-gdpr'] }).diagnostics.filter((d) => d.rule === 'placeholder');
  assert.ok(found.some((d) => d.message.includes('retention_period')), JSON.stringify(found.map((d) => d.message)));
});

test('the front matter keeps the answers, and reads back as the same answers', () => {
  const a = answerSet(['uk-gdpr', 'ccpa'], 'en', SETS.alternating);
  a.aliases = ['Larkspur'];
  const text = generatePolicy(a);
  const back = readAnswers(text);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.answers, a);
  // YAML 1.1 readers (PyYAML, Jekyll's) would read a bare yes/no as a boolean: they are quoted.
  const front = text.slice(0, text.indexOf('\n---', 4));
  assert.match(front, /: "(yes|no)"\n/);
  assert.doesNotMatch(front, /: (yes|no|on|off)\n/);
});

test('bad answers are named with their line', () => {
  const r = readAnswers('policy:\n  profiles: [uk-gdpr, gdpr-x]\n  answers:\n    dpo: maybe\n');
  assert.equal(r.answers, undefined);
  assert.ok(r.problems.some((p) => /^line 2: unknown profile "gdpr-x"/.test(p)), r.problems.join('\n'));
  assert.ok(r.problems.some((p) => /^line 4: dpo: one of yes, no, not "maybe"/.test(p)), r.problems.join('\n'));
  const missing = readAnswers('policy:\n  profiles: [ccpa]\n  answers: { sells-shares: no }\n');
  assert.deepEqual(missing.problems.map((p) => p.replace(/^line \d+: /, '')), [
    'policy.answers.sensitive-pi is not answered (one of yes, no)',
    'policy.answers.ten-million is not answered (one of yes, no)',
  ]);
  assert.match(readAnswers('policy: [').problems[0], /not valid YAML/);
  assert.match(readAnswers('variables: {}').problems[0], /`policy:` is missing/);
  // A regional variant is its base language, as in a policy's front matter; an unknown code is named.
  const variant = readAnswers('policy:\n  profiles: [eu-gdpr]\n  language: nl-NL\n');
  assert.ok(!variant.problems.some((p) => /language/.test(p)), variant.problems.join('\n'));
  assert.ok(readAnswers('policy:\n  profiles: [eu-gdpr]\n  language: xx\n').problems.some((p) => /policy.language must be one of/.test(p)));
});

test('regenerating from changed answers replaces only what they change and keeps the author’s edits', () => {
  const a = answerSet(['uk-gdpr'], 'en', SETS['every condition off']);
  const first = generatePolicy(a);
  // The author edits a section the change does not touch, and adds one of their own.
  const edited = first.replace('We review this policy regularly', 'We review this policy every spring').replace(/(\n## Your rights\n)/, '\n## Our shop\n\nWe sell bicycles.\n$1');
  const b: PolicyAnswers = { ...a, answers: { ...a.answers, dpo: 'yes', cookies: 'yes' }, variables: { ...a.variables, dpo_name: 'Priya Shah', dpo_email: 'dpo@example.com', cookie_page: 'our cookie page' } };
  const second = updatePolicy(edited, b);
  assert.match(second, /We review this policy every spring/);
  assert.match(second, /## Our shop\n\nWe sell bicycles\.\n/);
  assert.match(second, /## Our data protection officer\n/);
  assert.doesNotMatch(second, /do not use cookies/);
  assert.match(second, /dpo_email: dpo@example.com/);
  assert.deepEqual(readAnswers(second).answers?.answers, b.answers);
  // The author's text aside, it is the policy the new answers make.
  assert.equal(second.replace('every spring', 'regularly').replace('## Our shop\n\nWe sell bicycles.\n\n', ''), generatePolicy(b));
  // Changing them back removes what they added; the author's edits stay, and it checks clean.
  const third = updatePolicy(second, a);
  assert.match(third, /every spring/);
  assert.match(third, /We sell bicycles/);
  assert.doesNotMatch(third, /## Our data protection officer/);
  assert.match(third, /do not use cookies/);
  assert.deepEqual(problemsOf(third), []);
});

function problemsOf(text: string): string[] {
  return check(text, { profiles: ['uk-gdpr'] })
    .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => d.message);
}

test('items typed on one line become a Markdown list', () => {
  assert.equal(listValue('couriers; our bank ;'), '- couriers\n- our bank');
  assert.equal(listValue('just one'), 'just one');
});

// The terminal questionnaire is tested through a pseudo-terminal in slow/new-terminal.test.ts.

test('new -o never overwrites a file unless --force, which replaces it whole; the answers file is never replaced', async () => {
  const { run } = await import('../../server/out/cli/main.js');
  const dir = mkdtempSync(join(tmpdir(), 'pw-new-force-'));
  const err: string[] = [];
  const io = { stdout: () => {}, stderr: (s: string) => void err.push(s), cwd: dir, isTTY: false, env: {} };
  const a = answerSet(['uk-gdpr'], 'en', SETS['every condition off']);
  writeFileSync(join(dir, 'answers.yaml'), generatePolicy(a));
  writeFileSync(join(dir, 'policy.md'), 'an older draft\n');
  const code = (argv: string[]) => run(argv, io).catch((e: { code?: number; message: string }) => (err.push(e.message), e.code ?? 2));
  assert.equal(await code(['new', '--answers', 'answers.yaml', '-o', 'policy.md']), 2);
  assert.match(err.join(''), /policy\.md exists; pass --force to overwrite it/);
  assert.equal(readFileSync(join(dir, 'policy.md'), 'utf8'), 'an older draft\n');
  assert.equal(await code(['new', '--answers', 'answers.yaml', '-o', 'policy.md', '--force']), 0);
  assert.equal(readFileSync(join(dir, 'policy.md'), 'utf8'), generatePolicy(a));
  assert.deepEqual(readdirSync(dir).sort(), ['answers.yaml', 'policy.md']);
  assert.equal(await code(['new', '--answers', 'answers.yaml', '-o', 'answers.yaml', '--force']), 2);
  assert.match(err.join(''), /will not write over the answers file/);
  assert.equal(await code(['new', '--answers', 'answers.yaml', '--force']), 2);
  rmSync(dir, { recursive: true, force: true });
});

test('answers written before the representative question stay valid: its default (no) is taken', () => {
  const a = answerSet(['uk-gdpr'], 'en', SETS['every condition off']);
  delete a.answers.representative;
  const text = generatePolicy(a).replace(/^\s*representative: 'no'\n/m, '').replace(/representative: 'no', /, '').replace(/, representative: 'no'/, '');
  assert.doesNotMatch(text.split('\n---')[0], /representative/);
  const r = readAnswers(text);
  assert.deepEqual(r.problems, []);
  assert.equal(r.answers?.answers.representative, 'no');
});
