#!/usr/bin/env node
// Builds the VSIX with @vscode/vsce from the e2e cache folder (test/e2e/setup.sh installs it
// there, outside the project's dependencies; VSCE=/path/to/vsce overrides). Run after
// scripts/bundle.js: the VSIX holds the bundles (desktop and web), not node_modules. Prints the VSIX's path and size.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vscePath } from './lib/vsce.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsce = vscePath(root);
if (!existsSync(vsce)) {
  console.error(`vsce not found at ${vsce}. Run test/e2e/setup.sh (installs it into .vscode-offline, or POLICYWRIGHT_OFFLINE), or set VSCE.`);
  process.exit(2);
}
for (const f of ['dist/extension.cjs', 'dist/server.cjs', 'dist/server-worker.cjs', 'dist/server-data/anchors.txt', 'dist/browser/extension.js', 'dist/browser/server.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: run node scripts/bundle.js first.`);
    process.exit(2);
  }
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
mkdirSync(join(root, 'out'), { recursive: true });
const out = join(root, 'out', `${pkg.name}-${pkg.version}.vsix`);
// --no-dependencies: everything the extension runs is bundled into dist/. README's relative
// links and images become links into the repository (package.json's `repository`).
execFileSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: root, stdio: 'inherit' });
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
