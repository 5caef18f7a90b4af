// The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit tool (Debian's
// package; .ci/run installs it) from a `git commit` in a temporary repository: this repository as
// it stands (tracked and untracked files, so uncommitted work is tested too) is committed into a
// temporary hook repository; pre-commit installs it as a node hook (npm install, which builds it,
// npm pack, npm install -g); then a staged policy with error findings stops the commit, a clean one
// (named PRIVACY.md, in a folder) passes, and a commit without policies skips the hook.
// Slow (the install takes minutes, and needs the npm registry or its cache); skipped, visibly,
// when pre-commit is not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;
const SKIP = HAS_PRE_COMMIT ? false : 'pre-commit is not installed (apt-get install pre-commit): the hook test is skipped';

/** The environment without git's own variables (a test run from inside a git hook inherits them). */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout + r.stderr };
}
function git(cwd: string, ...args: string[]) {
  const r = sh('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Policywright test', '-c', 'commit.gpgsign=false', ...args], cwd);
  return r;
}
function ok(r: { status: number | null; out: string }) {
  assert.equal(r.status, 0, r.out);
  return r.out;
}

test('the pre-commit hook stops a commit of a policy with error findings and passes a clean one', { skip: SKIP }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-pre-commit-'));
  try {
    // The hook repository: this checkout's files as they are now, in one commit.
    const hooks = join(tmp, 'hooks');
    const files = ok(sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], ROOT)).split('\0').filter((f) => f && existsSync(join(ROOT, f)));
    for (const f of files) {
      mkdirSync(dirname(join(hooks, f)), { recursive: true });
      cpSync(join(ROOT, f), join(hooks, f), { dereference: true, errorOnExist: false });
    }
    ok(git(hooks, 'init', '-q'));
    ok(git(hooks, 'add', '-A'));
    ok(git(hooks, 'commit', '-q', '-m', 'hooks'));
    const rev = ok(git(hooks, 'rev-parse', 'HEAD')).trim();

    // The author's repository, with the hook installed as a git pre-commit hook.
    const repo = join(tmp, 'repo');
    mkdirSync(repo);
    ok(git(repo, 'init', '-q'));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: policywright\n`);
    const env = { ...ENV, PRE_COMMIT_HOME: join(tmp, 'pre-commit-home') };
    assert.match(ok(sh('pre-commit', ['install'], repo, env)), /pre-commit installed/);
    const commit = (msg: string) => sh('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=Policywright test', 'commit', '-m', msg], repo, env);

    // A policy with error findings (unknown placeholders, a missing mandatory item): no commit.
    cpSync(join(ROOT, 'examples', 'defects', 'unfinished.policy.md'), join(repo, 'unfinished.policy.md'));
    writeFileSync(join(repo, 'notes.md'), '# Notes\n\nNot a policy.\n');
    ok(git(repo, 'add', '.'));
    const failed = commit('a policy with defects');
    assert.equal(failed.status, 1, failed.out);
    assert.match(failed.out, /Policywright \(privacy policies\)\.+Failed/);
    assert.match(failed.out, /unfinished\.policy\.md[\s\S]*Unknown placeholder `\{\{contact_emial\}\}`/);
    assert.notEqual(git(repo, 'rev-parse', '--verify', '-q', 'HEAD').status, 0, 'nothing was committed');

    // The clean example as docs/PRIVACY.md (the hook's file pattern, any letter case): committed.
    ok(git(repo, 'rm', '-q', '--cached', 'unfinished.policy.md'));
    rmSync(join(repo, 'unfinished.policy.md'));
    mkdirSync(join(repo, 'docs'));
    cpSync(join(ROOT, 'examples', 'clean.policy.md'), join(repo, 'docs', 'PRIVACY.md'));
    ok(git(repo, 'add', '.'));
    const passed = commit('a clean policy');
    assert.equal(passed.status, 0, passed.out);
    assert.match(passed.out, /Policywright \(privacy policies\)\.+Passed/);

    // No policy among the staged files: the hook does not run.
    writeFileSync(join(repo, 'notes.md'), '# Notes\n\nStill not a policy.\n');
    ok(git(repo, 'add', 'notes.md'));
    const skipped = commit('notes only');
    assert.equal(skipped.status, 0, skipped.out);
    assert.match(skipped.out, /Policywright \(privacy policies\)\.+\(no files to check\)Skipped/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
