// What the VSIX ships, as `vsce ls` lists it (.vscodeignore): the bundles (desktop: dist/*.cjs;
// web extension: dist/browser/extension.js and the server worker dist/browser/server.js; the server's tables
// as lines in dist/server-data/*.txt), the rule pages, the
// clause library, the grammar, the schema, package.json, README, LICENSE, CHANGELOG and the
// icon, and nothing else (no sources, tests, fixtures, examples, scripts or source maps); every
// file package.json points at (main, browser, icon, grammar, schema) among them. Needs vsce from
// the real-VS-Code tests' cache (test/e2e/setup.sh); skipped, visibly, without it. Builds the
// bundles first when dist/ has none (scripts/bundle.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { vscePath } from '../../../scripts/lib/vsce.js';

const VSCE = vscePath(ROOT);
const SKIP = existsSync(VSCE) ? false : `vsce not found at ${VSCE} (test/e2e/setup.sh installs it): the VSIX file list is not checked`;

/** What may ship. */
const SHIPS = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|docs\/images\/icon\.png)$/,
  /^dist\/(?:[\w-]+\/)*[\w.-]+\.(?:c?js|json)$/,
  /^dist\/server-data\/[\w.-]+\.txt$/,
  /^docs\/rules\/[A-Za-z-]+\.md$/,
  /^clauses\/(?:README\.md|[a-z]{2}\/[\w.-]+\.md)$/,
  /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^schemas\/[\w.-]+\.schema\.json$/,
];

test('vsce ls lists what ships and nothing else', { skip: SKIP }, () => {
  if (!['extension.cjs', 'server.cjs', 'server-worker.cjs', 'browser/extension.js', 'browser/server.js'].every((f) => existsSync(join(ROOT, 'dist', f)))) {
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.js')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  }
  const r = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  const stray = files.filter((f) => !SHIPS.some((re) => re.test(f)) || f.endsWith('.map'));
  assert.deepEqual(stray, [], `files that should not ship: ${stray.join(', ')}`);
  for (const bad of [/^test\//, /^server\//, /^client\//, /^scripts\//, /^examples\//, /^node_modules\//, /\.ts$/, /fixtures/]) {
    assert.ok(!files.some((f) => bad.test(f)), `${bad} must not ship`);
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const pointedAt = [pkg.main, pkg.browser, pkg.icon, ...pkg.contributes.grammars.map((g: { path: string }) => g.path), ...pkg.contributes.jsonValidation.map((j: { url: string }) => j.url)]
    .filter((p): p is string => typeof p === 'string')
    .map((p) => normalize(p).replace(/\\/g, '/'));
  assert.ok(pkg.browser, 'package.json names the web extension (browser)');
  const want = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/server.cjs', 'dist/server-worker.cjs', 'dist/server-data/anchors.txt', 'dist/server-data/language-en/requirements.json', 'dist/browser/server.js', ...pointedAt]);
  for (const f of want) {
    // `main` and `browser` may be named without their extension.
    assert.ok(files.includes(f) || files.some((x) => x.startsWith(f + '.')), `${f} must ship (vsce ls: ${files.length} files)`);
  }
  assert.ok(files.filter((f) => f.startsWith('docs/rules/')).length >= 8, 'the rule pages ship');
  assert.ok(files.some((f) => f.startsWith('clauses/en/')), 'the clause library ships');
});

test('the marketplace metadata: icon a 128×128 PNG, links, banner, licence file; README images exist and are not SVG', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const k of ['icon', 'repository', 'bugs', 'homepage', 'galleryBanner', 'license', 'extensionKind', 'categories', 'keywords']) assert.ok(pkg[k], `package.json has no ${k}`);
  const png = readFileSync(join(ROOT, pkg.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'IHDR width and height');
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} Policywright contributors\n/);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(images.length >= 1, 'the README shows a screenshot');
  for (const src of images) {
    assert.ok(!/\.svg$/i.test(src), `${src}: the marketplace refuses SVG images in a README`);
    if (!/^https:/.test(src)) assert.ok(existsSync(join(ROOT, src)), `${src} does not exist`);
  }
});
