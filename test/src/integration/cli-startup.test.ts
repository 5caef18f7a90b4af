// What `policywright check` loads before it reads a byte: not the Word, PDF and HTML libraries,
// which only export, import and report need (they were most of a small check's start-up). Checked
// for both ways bin/policywright.js runs: the bundle (dist/cli, from esbuild's metafile: what
// main.mjs imports statically) and server/out (a resolve hook lists every module loaded). No
// timings here: start-up time is `npm run bench`'s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';

const BIN = join(ROOT, 'bin', 'policywright.js');
const META = join(ROOT, 'dist', 'cli', 'meta.json');
/** Packages that only export, import and report use. */
const LAZY = /node_modules\/(docx|pdfkit|fontkit|mammoth|jszip|rehype-[a-z]+|remark-rehype|remark-stringify|hastscript|hast-util-to-html|parse5)\//;
const NO_BUNDLE = existsSync(META) ? false : `${META} not found (npm run build makes it): bundle test skipped`;

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

test('the CLI bundle: main.mjs and what it imports statically hold none of the Word, PDF and HTML libraries', { skip: NO_BUNDLE }, () => {
  const meta = JSON.parse(readFileSync(META, 'utf8')) as Meta;
  const reached = new Set<string>();
  const visit = (out: string) => {
    if (reached.has(out)) return;
    reached.add(out);
    for (const i of meta.outputs[out].imports) if (i.kind === 'import-statement' && meta.outputs[i.path]) visit(i.path);
  };
  visit('dist/cli/main.mjs');
  const eager = [...reached].flatMap((o) => Object.keys(meta.outputs[o].inputs));
  assert.ok(eager.some((i) => i.includes('node_modules/remark-parse/')), 'the check path holds the Markdown parser');
  assert.deepEqual(eager.filter((i) => LAZY.test(i)), []);
  // ...and they are in the bundle, for export, import and report (loaded when asked for).
  const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
  assert.ok(all.some((i) => i.includes('node_modules/docx/')) && all.some((i) => i.includes('node_modules/pdfkit/')));
  // Every file is ASCII (scripts/bundle.js asciiOnly), so that Node holds it one byte per character.
  for (const out of Object.keys(meta.outputs)) {
    const text = readFileSync(join(ROOT, out), 'utf8');
    assert.equal(text.search(/[^\x00-\x7f]/), -1, `${out} holds a character beyond ASCII`);
  }
});

// That the bundle gives server/out's output on several files and threads (three runs of the
// command line, two with worker threads): test/src/slow/cli-bundle-output.test.ts.
test('server/out (POLICYWRIGHT_BUNDLE=0): check loads none of them either', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-startup-'));
  try {
    const log = join(dir, 'loaded.txt');
    // A resolve hook (it runs on the loader's thread) appends every module URL to the log.
    writeFileSync(
      join(dir, 'hook.mjs'),
      `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`,
    );
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`);
    writeFileSync(join(dir, 'a.policy.md'), '# Privacy\n\nWe keep your email address to answer your questions.\n');
    const spawn = (env: Record<string, string>, args: string[], pre: string[] = []) =>
      spawnSync(process.execPath, [...pre, BIN, 'check', ...args, '--format', 'json', '--no-exit-code'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const out = spawn({ POLICYWRIGHT_BUNDLE: '0' }, ['a.policy.md'], ['--import', pathToFileURL(join(dir, 'register.mjs')).href]);
    assert.equal(out.status, 0, out.stderr);
    const loaded = readFileSync(log, 'utf8').split('\n');
    assert.ok(loaded.some((u) => u.includes('/server/out/cli/main.js')), 'server/out was used');
    assert.ok(!loaded.some((u) => u.includes('/dist/cli/')), 'the bundle was not used');
    assert.ok(loaded.some((u) => u.includes('node_modules/remark-parse/')));
    assert.deepEqual(loaded.filter((u) => LAZY.test(u)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A check of one file runs on the main thread (cli/pool.ts): node:worker_threads is not loaded
// (nor its diagnostics channels), whichever way bin/policywright.js runs; several files on two
// threads load it (their output is compared in test/src/slow/cli-bundle-output.test.ts).
test('a check of one file does not load node:worker_threads; a check on threads does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-threads-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '# Privacy\n\nWe keep your email address to answer your questions.\n');
    writeFileSync(join(dir, 'b.policy.md'), '# Privacy\n\nWe keep your postal address to send your order.\n');
    writeFileSync(join(dir, 'loaded.cjs'), "process.on('exit', () => process.stderr.write(process.moduleLoadList.includes('NativeModule worker_threads') ? 'THREADS' : 'NONE'));\n");
    const run = (env: Record<string, string>, args: string[]) =>
      spawnSync(process.execPath, ['--require', join(dir, 'loaded.cjs'), BIN, 'check', ...args, '--format', 'json', '--no-exit-code'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    for (const env of [{ POLICYWRIGHT_BUNDLE: '0' }, ...(NO_BUNDLE ? [] : [{}])] as Record<string, string>[]) {
      const one = run(env, ['a.policy.md']);
      assert.equal(one.status, 0, one.stderr);
      assert.ok(one.stderr.endsWith('NONE'), `${JSON.stringify(env)}: ${one.stderr.slice(-200)}`);
      const two = run(env, ['a.policy.md', 'b.policy.md', '--jobs', '2']);
      assert.equal(two.status, 0, two.stderr);
      assert.ok(two.stderr.endsWith('THREADS'), `${JSON.stringify(env)}: ${two.stderr.slice(-200)}`);
      assert.equal((JSON.parse(two.stdout) as { files: unknown[] }).files.length, 2);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// bin/policywright.js runs in the process started, without --no-regexp-tier-up: the checker's
// expressions are compiled straight to machine code by their first run (text.ts toMachineCode),
// as the flag compiled them. V8's trace then shows the cue lists never compiled to bytecode: what
// is, are the small expressions of the code that the first runs of the check's other steps meet
// (about 100, some 90 KB of bytecode in all; the cue lists made 2.2 MB of it, up to 550 KB
// each, before). Skipped where this Node's V8 lacks the trace flag.
const TRACE = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout.includes('--trace-regexp-tier-up');
test('the command line compiles its cue lists once, to machine code (no regexp tier-up)', { skip: TRACE ? false : 'no --trace-regexp-tier-up in this V8' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-tier-'));
  try {
    writeFileSync(join(dir, 'a.policy.md'), '# Privacy\n\nWe keep your email address to answer your questions.\n');
    const out = spawnSync(process.execPath, ['--trace-regexp-tier-up', BIN, 'check', 'a.policy.md', '--format', 'json', '--no-exit-code'], { cwd: dir, encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    assert.ok((out.stdout.match(/native code size/g) ?? []).length > 50, 'the checker ran its expressions');
    const bytecode = [...out.stdout.matchAll(/bytecode size: (\d+)/g)].map((m) => Number(m[1]));
    const total = bytecode.reduce((a, b) => a + b, 0);
    assert.ok(Math.max(0, ...bytecode) <= 32_000, `an expression of ${Math.max(...bytecode)} bytes of bytecode`);
    assert.ok(total <= 256_000, `${total} bytes of bytecode in ${bytecode.length} expressions`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The language data is parsed per language and concern when first read (scripts/gen-data.js: each
// key a getter over its JSON that replaces itself with the value). A check of a small English
// policy, in a fresh process, parses English's cue lists and frames and leaves every other
// language's unparsed, so their cues are never compiled either; the lists read across languages
// (entities, debris, contacts, function words) may be parsed. No timings: the keys still behind
// their getter are counted.
test('a check of a small English policy parses and compiles no cue list of another language', () => {
  const script = `
    const data = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'server', 'out', 'generated', 'data.js')).href)});
    const { check } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'server', 'out', 'engine', 'check.js')).href)});
    const parsed = () => Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(data.languages)).map(([lang, d]) =>
      [lang, Object.entries(Object.getOwnPropertyDescriptors(d.value)).filter(([, p]) => !p.get).map(([k]) => k).sort()]));
    const before = parsed();
    const result = check('# Privacy Policy\\n\\nWe keep your email address to answer your questions.\\n');
    process.stdout.write(JSON.stringify({ before, after: parsed(), findings: result.diagnostics.length }));
  `;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const { before, after, findings } = JSON.parse(out.stdout) as { before: Record<string, string[]>; after: Record<string, string[]>; findings: number };
  assert.ok(findings > 0, 'the check ran');
  assert.deepEqual(Object.keys(after).sort(), ['de', 'en', 'fr', 'nl']);
  // Loading the engine parses nothing of the cue lists.
  for (const [lang, keys] of Object.entries(before)) for (const k of ['requirements', 'frames', 'placeholders', 'references']) assert.ok(!keys.includes(k), `${lang} ${k} parsed at load`);
  // The check parses English's...
  for (const k of ['requirements', 'frames', 'placeholders']) assert.ok(after.en.includes(k), `en ${k} not parsed: ${after.en}`);
  // ...and none of the other languages' lists that only a policy in that language reads.
  for (const lang of ['de', 'fr', 'nl']) {
    const heavy = after[lang].filter((k) => ['requirements', 'frames', 'placeholders', 'references', 'questions', 'values', 'duplicates', 'repeated-words'].includes(k));
    assert.deepEqual(heavy, [], `${lang}: ${heavy.join(', ')} parsed for an English policy`);
  }
});
