// The CLI bundle (dist/cli) and server/out (POLICYWRIGHT_BUNDLE=0) give the same output on several
// files checked on worker threads: three runs of the command line, moved here from
// integration/cli-startup.test.ts (what each way loads is checked there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const BIN = join(ROOT, 'bin', 'policywright.js');
const META = join(ROOT, 'dist', 'cli', 'meta.json');
const NO_BUNDLE = existsSync(META) ? false : `${META} not found (npm run build makes it): bundle test skipped`;

test('the bundle gives the output of server/out on several files and threads', { skip: NO_BUNDLE }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bundle-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '# Privacy\n\nWe keep your email address to answer your questions.\n');
    writeFileSync(join(dir, 'b.policy.md'), '# Privacy notice\n\nExample Ltd keeps your order history for six years.\n');
    const spawn = (env: Record<string, string>, args: string[]) =>
      spawnSync(process.execPath, [BIN, 'check', ...args, '--format', 'json', '--no-exit-code'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const plain = spawn({ POLICYWRIGHT_BUNDLE: '0' }, ['.', '-j', '2']);
    const bundled = spawn({}, ['.', '-j', '2']);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.equal(JSON.parse(bundled.stdout).files.length, 2);
    assert.equal(bundled.stdout, plain.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
