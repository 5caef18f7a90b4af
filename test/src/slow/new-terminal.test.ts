// `policywright new` on a terminal (issue 12): the questionnaire through @inquirer/prompts, driven
// through a pseudo-terminal (util-linux `script`), typed answers in and the policy file out.
// Each key is sent once the prompt it answers is on the screen (waiting on output, never on a timer).
// Slow (end to end: the real command started on a terminal, a process per prompt flow): run by
// `npm run test:slow` and .ci/run, not by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { PROFILES } from '../../../server/out/engine/data.js';
import { generatePolicy, readAnswers, startWording, questionsFor, updatePolicy, valueQuestions, type PolicyAnswers } from '../../../server/out/engine/new-policy.js';
import { check } from '../../../server/out/engine/check.js';

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;
const SKIP = HAS_SCRIPT ? false : 'util-linux `script` not found: the pseudo-terminal test of `policywright new` is skipped';
const DOWN = '\x1b[B';
const UP = '\x1b[A';
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Z]/g;

/** A program on a pseudo-terminal: wait for text on its screen, type keys. */
function terminal(args: string[], cwd: string) {
  const cmd = [process.execPath, join(ROOT, 'bin', 'policywright.js'), ...args].map((a) => `'${a}'`).join(' ');
  // A wide terminal, so prompts are not wrapped; the screen is also matched without white space.
  const proc = spawn('script', ['-qefc', `stty cols 500 rows 50; ${cmd}`, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm' } });
  let screen = '';
  let seen = 0;
  const waiters: (() => void)[] = [];
  proc.stdout.on('data', (b) => {
    screen += String(b).replace(ANSI, '').replace(/\s+/g, '');
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number>((res) => proc.on('exit', (code) => res(code ?? -1)));
  return {
    exited,
    /** Ends the program if it still runs (a failed test must not leave it waiting). */
    kill: () => proc.exitCode === null && proc.kill(),
    screen: () => screen,
    /** Resolves once `text` appears after what was already waited for. */
    async waitFor(words: string): Promise<void> {
      const text = words.replace(/\s+/g, '');
      for (;;) {
        const at = screen.indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          return;
        }
        const more = new Promise<void>((res) => waiters.push(res));
        const code = await Promise.race([more.then(() => undefined), exited]);
        if (code !== undefined && screen.indexOf(text, seen) < 0) throw new Error(`exited (${code}) before "${text}" appeared:\n${screen.slice(-2000)}`);
      }
    },
    type(keys: string): void {
      proc.stdin.write(keys);
    },
  };
}

test('new on a terminal: answers typed through the prompts, the policy written to the file', { skip: SKIP, timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-new-'));
  let t: ReturnType<typeof terminal> | undefined;
  try {
    t = terminal(['new', '-o', 'privacy.policy.md'], dir);
    const en = startWording('en');
    await t.waitFor(en.profiles);
    t.type(DOWN.repeat(Object.keys(PROFILES).indexOf('uk-gdpr')) + ' \r');
    await t.waitFor(en.language);
    t.type('\r'); // English, the default
    await t.waitFor(en.controller);
    t.type('Larkspur Cycles Ltd\r');
    await t.waitFor(en.aliases);
    t.type('Larkspur\r');
    // Each question: the first option, except where the answer says otherwise.
    const want: Record<string, string[]> = { dpo: ['no'], 'lawful-bases': ['contract', 'consent'], 'third-party-source': ['no'], transfers: ['no'], 'automated-decisions': ['no'], cookies: ['yes'] };
    const a: PolicyAnswers = { profiles: ['uk-gdpr'], language: 'en', controller: 'Larkspur Cycles Ltd', aliases: ['Larkspur'], answers: {}, variables: {} };
    for (let q = questionsFor(a.profiles, 'en', a.answers).find((x) => !(x.id in a.answers)); q; q = questionsFor(a.profiles, 'en', a.answers).find((x) => !(x.id in a.answers))) {
      await t.waitFor(q.prompt);
      const pick = want[q.id] ?? [q.default ?? q.options[0].id];
      if (q.kind === 'many') {
        let keys = '';
        let at = 0;
        for (const id of pick) {
          const i = q.options.findIndex((o) => o.id === id);
          keys += DOWN.repeat(i - at) + ' ';
          at = i;
        }
        t.type(keys + '\r');
      } else {
        // The cursor starts on the question's default (the representative: no), else the first option.
        const from = Math.max(0, q.options.findIndex((o) => o.id === q.default));
        const i = q.options.findIndex((o) => o.id === pick[0]);
        t.type((i >= from ? DOWN.repeat(i - from) : UP.repeat(from - i)) + '\r');
      }
      a.answers[q.id] = q.kind === 'many' ? pick : pick[0];
    }
    // The values: the date accepted as offered, a list typed on one line (items separated by
    // semicolons), every other value its example.
    for (const v of valueQuestions(a)) {
      await t.waitFor(v.prompt);
      const typed = v.name === 'last_updated' ? '' : v.list ? v.example!.split('\n').map((s) => s.replace(/^- /, '')).join('; ') : (v.example ?? '');
      t.type(`${typed}\r`);
      if (typed) a.variables[v.name] = v.list ? v.example! : typed;
    }
    assert.equal(await t.exited, 0, t.screen().slice(-2000));
    const text = readFileSync(join(dir, 'privacy.policy.md'), 'utf8');
    const back = readAnswers(text);
    assert.deepEqual(back.answers?.answers, a.answers);
    assert.equal(back.answers?.controller, 'Larkspur Cycles Ltd');
    assert.deepEqual(back.answers?.aliases, ['Larkspur']);
    for (const [name, value] of Object.entries(a.variables)) assert.equal(back.answers?.variables[name]?.trim(), value.trim(), name);
    assert.match(back.answers?.variables.last_updated ?? '', /^\d{4}-\d\d-\d\d$/);
    // Checked: no error, no warning, every item given.
    const r = check(text, {});
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => [d.rule, d.message]), []);
    assert.deepEqual(r.coverage.filter((c) => c.status !== 'present' && c.status !== 'not-applicable').map((c) => c.requirement), []);
  } finally {
    t?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new on a terminal: Ctrl+C ends the questionnaire and writes nothing', { skip: SKIP, timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-new-'));
  let t: ReturnType<typeof terminal> | undefined;
  try {
    t = terminal(['new', '-o', 'privacy.policy.md'], dir);
    await t.waitFor(startWording('en').profiles);
    t.type('\x03');
    assert.notEqual(await t.exited, 0);
    assert.match(t.screen(), /cancelled:nothingwaswritten/);
    assert.equal(existsSync(join(dir, 'privacy.policy.md')), false);
  } finally {
    t?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * `new --update POLICY` asked on the terminal: every prompt comes with the policy's answer as its
 * default, so Enter keeps it; `change` names the questions answered otherwise (the option to move
 * to). Returns the answers given.
 */
async function reanswer(t: ReturnType<typeof terminal>, before: PolicyAnswers, change: Record<string, string>): Promise<PolicyAnswers> {
  const en = startWording('en');
  for (const prompt of [en.profiles, en.language, en.controller, en.aliases]) {
    await t.waitFor(prompt);
    t.type('\r');
  }
  const a: PolicyAnswers = { ...before, answers: {}, variables: {} };
  for (let q = questionsFor(a.profiles, 'en', a.answers).find((x) => !(x.id in a.answers)); q; q = questionsFor(a.profiles, 'en', a.answers).find((x) => !(x.id in a.answers))) {
    await t.waitFor(q.prompt);
    const was = before.answers[q.id];
    const to = change[q.id];
    if (to === undefined) {
      t.type('\r');
      a.answers[q.id] = was;
      continue;
    }
    // A single choice: the cursor starts on the policy's answer.
    const from = q.options.findIndex((o) => o.id === was);
    const i = q.options.findIndex((o) => o.id === to);
    assert.ok(q.kind !== 'many' && from >= 0 && i >= 0, `${q.id}: cannot move from ${String(was)} to ${to}`);
    t.type((i >= from ? DOWN.repeat(i - from) : UP.repeat(from - i)) + '\r');
    a.answers[q.id] = to;
  }
  // The values the clauses now use, each offered as the policy has it.
  for (const v of valueQuestions(a)) {
    await t.waitFor(v.prompt);
    t.type('\r');
    if (before.variables[v.name] !== undefined) a.variables[v.name] = before.variables[v.name];
  }
  return a;
}

test('new --update on a terminal: the questions again with the policy\'s answers as defaults; Enter throughout changes nothing, one changed answer rewrites its section and keeps the author\'s edits', { skip: SKIP, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-update-'));
  let t: ReturnType<typeof terminal> | undefined;
  try {
    const a: PolicyAnswers = {
      profiles: ['uk-gdpr'],
      language: 'en',
      controller: 'Larkspur Cycles Ltd',
      aliases: ['Larkspur'],
      answers: { dpo: 'no', representative: 'no', 'lawful-bases': ['contract', 'consent'], 'third-party-source': 'no', transfers: 'no', 'automated-decisions': 'no', cookies: 'yes' },
      variables: {},
    };
    for (const v of valueQuestions(a)) a.variables[v.name] = v.name === 'last_updated' ? '2026-11-30' : (v.example ?? `our ${v.name.replace(/_/g, ' ')}`);
    // The author has edited a sentence of a section that the change below does not touch.
    const first = generatePolicy(a);
    const edited = first.replace(/\n## ([^\n]+)\n\n([^\n]+)/, '\n## $1\n\nA sentence of our own. $2');
    assert.notEqual(edited, first);
    const file = join(dir, 'privacy.policy.md');
    writeFileSync(file, edited);

    t = terminal(['new', '--update', 'privacy.policy.md'], dir);
    const same = await reanswer(t, a, {});
    assert.equal(await t.exited, 0, t.screen().slice(-2000));
    assert.deepEqual(same, a);
    assert.equal(readFileSync(file, 'utf8'), edited, 'the same answers leave the policy as it was');

    t = terminal(['new', '--update', 'privacy.policy.md'], dir);
    const changed = await reanswer(t, a, { cookies: 'no' });
    assert.equal(await t.exited, 0, t.screen().slice(-2000));
    const text = readFileSync(file, 'utf8');
    // What the answers file way (--answers) gives for the same answers.
    assert.equal(text, updatePolicy(edited, changed));
    assert.notEqual(text, edited);
    assert.deepEqual(readAnswers(text).answers?.answers, changed.answers);
    assert.match(text, /A sentence of our own\./);
    const r = check(text, {});
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => [d.rule, d.message]), []);
  } finally {
    t?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
