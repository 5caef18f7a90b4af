// The command line as a CI job or a person uses it: files, folders and globs; stylish and JSON
// output; exit codes 0/1/2; colour only on a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, rmSync, symlinkSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './helpers/paths.js';
import { cli } from './helpers/cli.js';

/** The command line in this process (helpers/cli.ts); integration/binary.test.ts spawns the real binary. */
const run = (args: string[], cwd: string) => cli(args, cwd);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  mkdirSync(join(dir, 'docs', 'legal'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  // A policy with an input error (broken front matter) and one with only an unknown placeholder.
  writeFileSync(join(dir, 'docs', 'legal', 'shop.policy.md'), '---\npolicy: [\n---\n# Privacy\n');
  writeFileSync(join(dir, 'docs', 'PRIVACY.md'), '# Privacy\n\nWrite to us.\n');
  writeFileSync(join(dir, 'docs', 'readme.md'), '# Not a policy\n');
  writeFileSync(join(dir, 'docs', 'terms.md'), '---\npolicy:\n  profiles: [eu-gdpr]\n---\n# Terms\n');
  writeFileSync(join(dir, 'node_modules', 'x', 'PRIVACY.md'), '# skipped\n');
  writeFileSync(join(dir, 'pasted.txt'), 'Privacy Policy\nWe keep data.\n');
  return dir;
}

test('a folder is searched by the policy patterns and front matter; node_modules is skipped', async () => {
  const dir = workspace();
  try {
    const r = await run(['check', 'docs', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path).sort(), ['docs/PRIVACY.md', 'docs/legal/shop.policy.md', 'docs/terms.md']);
    const terms = out.files.find((f: { path: string }) => f.path === 'docs/terms.md');
    assert.deepEqual(terms.profiles, ['eu-gdpr']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSON follows the contract: files, diagnostics with 0-based ranges, coverage of every requirement', async () => {
  const dir = workspace();
  try {
    const r = await run(['check', 'docs/legal/shop.policy.md', '--format', 'json'], dir);
    assert.equal(r.status, 1, 'an error finding gives exit 1');
    const f = JSON.parse(r.stdout).files[0];
    assert.deepEqual(Object.keys(f), ['path', 'language', 'profiles', 'diagnostics', 'coverage']);
    const d = f.diagnostics.find((x: { rule: string }) => x.rule === 'input');
    assert.deepEqual(d.range.start, { line: 1, character: 9 });
    for (const x of f.diagnostics) for (const k of ['rule', 'severity', 'message', 'range']) assert.ok(k in x);
    for (const c of f.coverage) {
      for (const k of ['requirement', 'profile', 'status', 'evidence']) assert.ok(k in c);
      assert.ok(['present', 'partial', 'missing', 'not-applicable'].includes(c.status));
      assert.equal('absent' in c, c.status === 'partial');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file named explicitly is checked whatever its extension; globs work', async () => {
  const dir = workspace();
  try {
    const r = await run(['check', 'pasted.txt', 'docs/**/*.policy.md', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['pasted.txt', 'docs/legal/shop.policy.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit 2 on usage and read errors, with a message', async () => {
  const dir = workspace();
  try {
    const missing = await run(['check', 'nope.md'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.md: no such file/);
    assert.equal((await run(['check', '--format', 'xml', 'docs'], dir)).status, 2);
    assert.equal((await run(['check', '--profile', 'mars', 'docs'], dir)).status, 2);
    assert.equal((await run(['lint'], dir)).status, 2);
    assert.equal((await run(['--bogus'], dir)).status, 2);
    assert.equal((await run(['--help'], dir)).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stylish output: file, line:col, severity, message, rule; no colour when not a terminal', async () => {
  const dir = workspace();
  try {
    const r = await run(['check', 'docs/legal/shop.policy.md'], dir);
    assert.doesNotMatch(r.stdout, /\u001b\[/);
    assert.match(r.stdout, /docs\/legal\/shop\.policy\.md/);
    assert.match(r.stdout, /2:10\s+error\s+Front matter is not valid YAML.*input/);
    assert.match(r.stdout, /\d+ findings? \(\d+ errors?/);
    const coloured = await run(['check', 'docs/legal/shop.policy.md', '--color'], dir);
    assert.match(coloured.stdout, /\u001b\[31merror/);
    assert.equal((await run(['check', 'docs/legal/shop.policy.md', '--no-exit-code'], dir)).status, 0);
    // Colour by default only on a terminal, and not when NO_COLOR is set or TERM is dumb.
    assert.match((await cli(['check', 'docs/legal/shop.policy.md'], dir, { isTTY: true })).stdout, /\u001b\[31merror/);
    assert.doesNotMatch((await cli(['check', 'docs/legal/shop.policy.md'], dir, { isTTY: true, env: { NO_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await cli(['check', 'docs/legal/shop.policy.md'], dir, { isTTY: true, env: { TERM: 'dumb' } })).stdout, /\u001b\[/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.policywright.json: the nearest one up the tree gives profiles and rule settings; a bad one is exit 2 with a position', async () => {
  const dir = workspace();
  try {
    writeFileSync(join(dir, '.policywright.json'), JSON.stringify({ profiles: ['eu-gdpr'], rules: { 'required-info': 'off' } }));
    const r = await run(['check', 'docs/PRIVACY.md', '--format', 'json'], dir);
    const f = JSON.parse(r.stdout).files[0];
    assert.deepEqual(f.profiles, ['eu-gdpr']);
    assert.equal(f.diagnostics.filter((d: { rule: string }) => d.rule === 'required-info').length, 0);
    // A nearer file wins for files below it.
    writeFileSync(join(dir, 'docs', '.policywright.json'), '{\n  "rules": { "required-info": "warning" }\n}\n');
    const near = JSON.parse((await run(['check', 'docs/PRIVACY.md', '--format', 'json'], dir)).stdout).files[0];
    assert.deepEqual(near.profiles, ['uk-gdpr']);
    assert.ok(near.diagnostics.some((d: { rule: string; severity: string }) => d.rule === 'required-info' && d.severity === 'warning'));
    writeFileSync(join(dir, 'docs', '.policywright.json'), '{\n  "rules": { "no-such-rule": "off" }\n}\n');
    const bad = await run(['check', 'docs/PRIVACY.md'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /docs\/\.policywright\.json:2:\d+: .*no-such-rule/);
    // Nothing was checked: stdout does not claim "No findings".
    assert.doesNotMatch(bad.stdout, /No findings/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.policywright.json clauseFolders feed the command line; an invalid file stops export and report too', async () => {
  const dir = workspace();
  try {
    mkdirSync(join(dir, 'our-clauses', 'en'), { recursive: true });
    writeFileSync(
      join(dir, 'our-clauses', 'en', 'retention.md'),
      '---\nid: our-retention\nrequirements: [retention]\nprofiles: [uk-gdpr, eu-gdpr]\nlanguage: en\ntitle: Our retention\nheading: How long the shop keeps records\n---\nWe keep records for {{retention_period}}.\n',
    );
    writeFileSync(join(dir, '.policywright.json'), JSON.stringify({ clauseFolders: ['our-clauses'] }));
    const r = await run(['check', 'docs/PRIVACY.md', '--format', 'json'], dir);
    const d = JSON.parse(r.stdout).files[0].diagnostics.find((x: { requirement?: string }) => x.requirement === 'retention');
    assert.match(d.fixes[0].title, /How long the shop keeps records/);
    writeFileSync(join(dir, '.policywright.json'), '{ "rules": { "placeholder": "of" } }');
    const ex = await run(['export', 'docs/PRIVACY.md', '--format', 'txt', '--force'], dir);
    assert.equal(ex.status, 2);
    assert.match(ex.stderr, /\.policywright\.json:1:\d+: .*placeholder/);
    assert.equal((await run(['report', 'docs/PRIVACY.md'], dir)).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a partly given item: JSON carries absent on its coverage entry and its finding; SARIF is a normal result; stylish counts it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  try {
    writeFileSync(join(dir, 'shop.policy.md'), readFileSync(join(ROOT, 'test', 'fixtures', 'required-info', 'partial.md'), 'utf8'));
    const f = JSON.parse((await run(['check', 'shop.policy.md', '--format', 'json'], dir)).stdout).files[0];
    const c = f.coverage.find((x: { requirement: string }) => x.requirement === 'retention');
    assert.equal(c.status, 'partial');
    assert.deepEqual(c.absent, ['period']);
    assert.ok(c.evidence.length);
    const d = f.diagnostics.find((x: { requirement?: string }) => x.requirement === 'retention');
    assert.deepEqual(d.absent, ['period']);
    assert.match(d.message, /^Partly given: /);
    const sarif = JSON.parse((await run(['check', 'shop.policy.md', '--format', 'sarif'], dir)).stdout);
    const res = sarif.runs[0].results.find((x: { properties?: { requirement?: string } }) => x.properties?.requirement === 'retention');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.properties.absent, ['period']);
    assert.equal(res.locations[0].physicalLocation.region.startLine, d.range.start.line + 1);
    const stylish = (await run(['check', 'shop.policy.md'], dir)).stdout;
    assert.match(stylish, /UK GDPR[^\n]*: \d+ of \d+ required items present, 2 partly given/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary and oversized files: listed with their input finding, and exit 2 as unreadable input', async () => {
  const dir = workspace();
  try {
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'huge.md'), '# Privacy\n\n' + 'We keep data. '.repeat(700_000));
    for (const file of ['logo.png', 'huge.md']) {
      const r = await run(['check', file, '--format', 'json'], dir);
      assert.equal(r.status, 2, `${file}: ${r.stderr}`);
      const f = JSON.parse(r.stdout).files[0];
      assert.equal(f.diagnostics.length, 1);
      assert.equal(f.diagnostics[0].rule, 'input');
      assert.equal(f.unreadable, undefined, 'the JSON contract is unchanged');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a path that does not exist is named in a sentence, not a raw system error', async () => {
  const dir = workspace();
  try {
    for (const args of [['import', 'gone.txt'], ['export', 'gone.md'], ['report', 'gone.md']]) {
      const r = await run(args, dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /gone\.(txt|md) does not exist/);
      assert.doesNotMatch(r.stderr, /ENOENT/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writing without --force opens the file exclusively: a name taken in between (here a dangling link) is not written through', async () => {
  const { writeOutput, CliError } = await import('../../server/out/cli/io.js');
  const dir = mkdtempSync(join(tmpdir(), 'pw-wx-'));
  try {
    // existsSync() follows the link and says "no file"; a plain write would create the target.
    symlinkSync(join(dir, 'target.html'), join(dir, 'out.html'));
    const io = { stdout: () => {}, stderr: () => {}, cwd: dir, isTTY: false, env: {} };
    assert.throws(() => writeOutput(io, 'out.html', 'x', { force: false }), (e: unknown) => e instanceof CliError && /exists; pass --force/.test((e as Error).message));
    assert.ok(!existsSync(join(dir, 'target.html')));
    writeOutput(io, 'new.html', 'fresh', { force: false });
    assert.equal(readFileSync(join(dir, 'new.html'), 'utf8'), 'fresh');
    assert.throws(() => writeOutput(io, 'new.html', 'again', { force: false }), /exists/);
    writeOutput(io, 'new.html', 'again', { force: true });
    assert.equal(readFileSync(join(dir, 'new.html'), 'utf8'), 'again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('many files are checked on worker threads with the same results, in the same order, as on one', async () => {
  const dir = workspace();
  try {
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'docs', `p${i}.policy.md`), `# Privacy ${i}\n\nWe keep your email address for ${i + 1} years.\n${i % 2 ? '\nWrite to {{nobody}}.\n' : ''}`);
    writeFileSync(join(dir, 'docs', 'blob.policy.md'), Buffer.from([0x50, 0, 0, 1]));
    // Three clients' policies (policy-set.test.ts asserts their findings on one thread): the set
    // pass over the summaries the threads send back finds the same across files as on one thread.
    cpSync(join(FIXTURES, 'sets', 'agency'), join(dir, 'docs', 'agency'), { recursive: true });
    const one = await run(['check', 'docs', '--format', 'json', '--jobs', '1'], dir);
    // Two threads, this one and a worker (which loads the engine and compiles its cues again: a
    // third thread cost a second or two of CPU and covered nothing more; the only other test on
    // threads): the files still go to the threads out of path order.
    const many = await run(['check', 'docs', '--format', 'json', '--jobs', '2'], dir);
    assert.equal(many.status, one.status);
    assert.equal(one.status, 2, 'the binary file is unreadable input');
    assert.equal(many.stdout, one.stdout);
    const birch = (JSON.parse(many.stdout).files as { path: string; diagnostics: { rule: string; related?: { path?: string }[] }[] }[]).find((f) => f.path === 'docs/agency/birch.policy.md')!;
    assert.ok(birch.diagnostics.some((d) => d.rule === 'entity-mismatch' && d.related?.[0]?.path === 'docs/agency/alder.policy.md'), 'a finding of the set pass, pointing at another file');
    const paths = JSON.parse(many.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, [...paths].sort());
    assert.ok(paths.includes('docs/p5.policy.md') && paths.includes('docs/blob.policy.md'), paths.join(' '));
    assert.equal((await run(['check', 'docs', '--jobs', 'lots'], dir)).status, 2);
    // The threads are handed the biggest files first (ties and missing files in the given order);
    // the output above stays in path order all the same.
    const { biggestFirst } = await import('../../server/out/cli/pool.js');
    writeFileSync(join(dir, 'docs', 'big.policy.md'), '# Privacy\n\n' + 'We keep your email address. '.repeat(50));
    const files = ['p0.policy.md', 'big.policy.md', 'missing.md', 'p1.policy.md'].map((f) => ({ file: join(dir, 'docs', f), config: {} }));
    assert.deepEqual(biggestFirst(files), [1, 3, 0, 2]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSON and stylish output are written a file at a time, the same text as all at once', async () => {
  const { jsonChunks, toJson, stylishChunks } = await import('../../server/out/cli/format.js');
  const dir = workspace();
  try {
    // The French and English files of one family: the JSON has files and families.
    writeFileSync(join(dir, 'docs', 'privacy.policy.md'), '# Privacy\n\nExample Ltd keeps your email address for two years.\n');
    writeFileSync(join(dir, 'docs', 'privacy.fr.policy.md'), '# Confidentialité\n\nExample SARL conserve votre adresse e-mail pendant deux ans.\n');
    const r = await run(['check', 'docs', '--format', 'json'], dir);
    const whole = JSON.parse(r.stdout);
    assert.ok(whole.files.length >= 3 && whole.families?.length, r.stdout.slice(0, 300));
    // What JSON.stringify of the whole gives, byte for byte.
    assert.equal(r.stdout, JSON.stringify(whole, null, 2) + '\n');
    const chunks = [...jsonChunks([], [])];
    assert.equal(chunks.join(''), JSON.stringify({ files: [] }, null, 2));
    assert.equal(toJson([]), chunks.join(''));
    const stylish = await run(['check', 'docs'], dir);
    assert.match(stylish.stdout, /^1 family of policies found:\n(.|\n)*\n\ndocs\/terms\.md\n(.|\n)*\n\n\d+ findings? \(.*\) in \d+ files checked\n$/);
    assert.equal([...stylishChunks([], { color: false })].join(''), 'No findings in 0 files checked\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file\'s JSON made on its thread: the same bytes as made at the end, and the findings the set pass adds, completes or reorders are written as they end up', async () => {
  const { encodedFileJson, toJson } = await import('../../server/out/cli/format.js');
  const { check } = await import('../../server/out/engine/check.js');
  const result = check('# Privacy\n\nWe keep your email address. Write to {{nobody}} at “our” office.\n\nWe keep your email address.\n');
  delete result.document;
  const report = { path: 'dir/p.policy.md', result };
  const plain = toJson([{ ...report }]);
  assert.equal(toJson([{ ...report, json: encodedFileJson(report) }]), plain);
  assert.equal(plain, JSON.stringify(JSON.parse(plain), null, 2));
  // What the set pass does to a file's findings: one completed on a copy put in its place, one added, the list sorted.
  const json = encodedFileJson(report);
  const d = result.diagnostics;
  assert.ok(d.length >= 2, JSON.stringify(d.map((x) => x.rule)));
  d[0] = { ...d[0], message: d[0].message + ' Also in another file.' };
  d.push({ rule: 'entity-mismatch', severity: 'warning', message: 'Another “client” named.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
  d.reverse();
  assert.equal(toJson([{ ...report, json }]), toJson([{ ...report }]));
  // Every finding taken away after the text was made.
  const emptied = { path: 'e.md', result: { ...result, diagnostics: [...d] } };
  const emptiedJson = encodedFileJson(emptied);
  emptied.result.diagnostics.length = 0;
  assert.equal(toJson([{ ...emptied, json: emptiedJson }]), toJson([{ ...emptied }]));
  // No findings at all.
  const none = { path: 'q.md', result: { ...result, diagnostics: [] } };
  assert.equal(toJson([{ ...none, json: encodedFileJson(none) }]), toJson([none]));
});

test('past the per-rule limit: JSON and SARIF carry how many are not listed as fields, and the stylish total counts the real findings', async () => {
  const { MAX_FINDINGS_PER_RULE } = await import('../../server/out/engine/check.js');
  const { sarifErrors } = await import('./helpers/sarif-schema.js');
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  try {
    // Unknown placeholders (errors) past the limit, and repeated words (information) within it.
    const blanks = Array.from({ length: MAX_FINDINGS_PER_RULE + 30 }, (_, i) => `Kept for {{period_${i}}}.`).join('\n');
    writeFileSync(join(dir, 'template.policy.md'), `# Privacy\n\nWe keep the the records.\n\n${blanks}\n`);
    const json = JSON.parse((await run(['check', 'template.policy.md', '--format', 'json'], dir)).stdout);
    const ds = json.files[0].diagnostics as { rule: string; severity: string; notListed?: number; limit?: number; notListedBySeverity?: Record<string, number> }[];
    const counting = ds.filter((d) => d.notListed !== undefined);
    assert.equal(counting.length, 1);
    assert.deepEqual([counting[0].rule, counting[0].notListed, counting[0].limit, counting[0].notListedBySeverity], ['placeholder', 30, MAX_FINDINGS_PER_RULE, { error: 30 }]);
    assert.ok(ds.filter((d) => d !== counting[0]).every((d) => !('notListed' in d)), 'only the counting finding carries the field');

    const sarif = JSON.parse((await run(['check', 'template.policy.md', '--format', 'sarif'], dir)).stdout);
    assert.deepEqual(sarifErrors(sarif), []);
    const results = sarif.runs[0].results as { ruleId: string; properties?: { notListed?: number; limit?: number } }[];
    const more = results.filter((x) => x.properties?.notListed !== undefined);
    assert.deepEqual(more.map((x) => [x.ruleId, x.properties!.notListed, x.properties!.limit]), [['placeholder', 30, MAX_FINDINGS_PER_RULE]]);

    const stylish = (await run(['check', 'template.policy.md', '--no-color'], dir)).stdout;
    const real = ds.length - 1 + 30;
    const errors = ds.filter((d) => d.severity === 'error' && d !== counting[0]).length + 30;
    const infos = ds.filter((d) => d.severity === 'information').length;
    assert.ok(infos >= 1, 'the repeated word is information');
    assert.match(stylish, new RegExp(`^${real} findings \\(${errors} errors, \\d+ warnings?, ${infos} info\\) in 1 file checked$`, 'm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('past the per-rule limit the command line and the editor list the same findings, the last of a rule counting the rest', async () => {
  const { check, MAX_FINDINGS_PER_RULE } = await import('../../server/out/engine/check.js');
  const { toLspDiagnostics } = await import('../../server/out/lsp/convert.js');
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  try {
    const text = `# Privacy\n\n${Array.from({ length: MAX_FINDINGS_PER_RULE + 50 }, (_, i) => `Kept for {{period_${i}}}.`).join('\n')}\n`;
    writeFileSync(join(dir, 'template.policy.md'), text);
    const r = await run(['check', 'template.policy.md', '--format', 'json'], dir);
    const cli = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'placeholder');
    const editor = toLspDiagnostics(check(text).diagnostics, 'file:///template.policy.md', 1).filter((d) => d.code === 'placeholder');
    assert.equal(cli.length, MAX_FINDINGS_PER_RULE + 1);
    assert.deepEqual(
      editor.map((d) => [d.message, d.range.start.line]),
      cli.map((d: { message: string; range: { start: { line: number } } }) => [d.message, d.range.start.line]),
    );
    assert.match(cli[cli.length - 1].message, /^50 more placeholder findings from here on are not listed/);
    assert.equal(r.status, 1, 'the unknown placeholders are errors: exit 1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
