// The CLI bundle (dist/cli) and server/out (POLICYWRIGHT_BUNDLE=0) give the same output on several
// files checked on worker threads: three runs of the command line, moved here from
// integration/cli-startup.test.ts (what each way loads is checked there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const BIN = join(ROOT, 'bin', 'policywright.js');
const META = join(ROOT, 'dist', 'cli', 'meta.json');
const NO_BUNDLE = existsSync(META) ? false : `${META} not found (npm run build makes it): bundle test skipped`;

/** The command line run both ways, bundled and from server/out, in a folder holding `files`. */
function bothWays(files: Record<string, string>, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bundle-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const spawn = (env: Record<string, string>) =>
      spawnSync(process.execPath, [BIN, 'check', ...args, '--format', 'json', '--no-exit-code'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    return { plain: spawn({ POLICYWRIGHT_BUNDLE: '0' }), bundled: spawn({}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the bundle gives the output of server/out on several files and threads', { skip: NO_BUNDLE }, () => {
  const { plain, bundled } = bothWays(
    {
      'a.policy.md': '# Privacy\n\nWe keep your email address to answer your questions.\n',
      'b.policy.md': '# Privacy notice\n\nExample Ltd keeps your order history for six years.\n',
    },
    ['.', '-j', '2'],
  );
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.equal(JSON.parse(bundled.stdout).files.length, 2);
  assert.equal(bundled.stdout, plain.stdout);
});

// The bundle loads yaml (front matter), ajv (a configuration file) and regexpp from dist/cli/lib when
// first called (scripts/bundle.js `loadedWhenUsed`): the output above reads none of them, this one
// reads the first two (a front matter with a not-applicable item, a configuration file: a mistake in
// one stops the check before any file is read, so this one has none).
test('the bundle gives the output of server/out with front matter and a configuration file', { skip: NO_BUNDLE }, () => {
  const { plain, bundled } = bothWays(
    {
      'c.policy.md': '---\ntitle: Privacy notice\npolicy:\n  not-applicable: [dpo-contact]\n---\n# Privacy notice of Fernbrook Ltd\n\nWe keep your booking details for two years.\n',
      '.policywright.json': JSON.stringify({ profiles: ['eu-gdpr'] }),
    },
    ['c.policy.md'],
  );
  assert.equal(bundled.stderr, plain.stderr);
  assert.equal(bundled.stdout, plain.stdout);
  assert.equal(JSON.parse(bundled.stdout).files.length, 1);
  assert.doesNotMatch(bundled.stdout, /Internal error/);
});

// The bundle's table of lists (scripts/bundle.js) gives each list's matcher as data (coverage.ts
// `matcherFrom`: pieces of lists over 20 KB, parts with their groups, wordless splits, head vetoes);
// server/out compiles them from the language data. Whole written policies in four languages (a
// round of our own, test/fixtures/rounds/dev-E) read every requirement's lists both ways.
test('the bundle gives the output of server/out on whole policies in four languages (lists from the table)', { skip: NO_BUNDLE }, () => {
  const round = join(ROOT, 'test', 'fixtures', 'rounds', 'dev-E');
  const files = Object.fromEntries(readdirSync(round).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => [f.replace(/\.md$/, '.policy.md'), readFileSync(join(round, f), 'utf8')]));
  assert.ok(Object.keys(files).length >= 20);
  const { plain, bundled } = bothWays(files, ['.', '-j', '1']);
  assert.equal(bundled.stderr, plain.stderr);
  assert.equal(JSON.parse(bundled.stdout).files.length, Object.keys(files).length);
  assert.equal(bundled.stdout, plain.stdout);
});
