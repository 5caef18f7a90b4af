// The invariant of ARCHITECTURE.md: the checking library is pure. Nothing under
// server/src/engine imports the LSP runtime, VS Code, or the file system.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers/paths.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('server/src/engine imports no LSP runtime, no vscode, no fs, no child processes', () => {
  const mod = `['"](node:)?(fs|fs\\/promises|path|child_process|worker_threads|net|http|https|vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]`;
  // Static imports, require() and dynamic import() alike; and no reaching for the process.
  const forbidden = new RegExp(`(?:from\\s+${mod}|require\\(\\s*${mod}|import\\(\\s*${mod}|\\bprocess\\.(?:env|argv|cwd|exit|stdout|stderr)\\b)`);
  const bad = walk(join(ROOT, 'server', 'src', 'engine'))
    .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').match(forbidden)?.[0]] as const)
    .filter(([, m]) => m);
  assert.deepEqual(bad, []);
});

test('engine/types.ts is the ground floor: it imports nothing from the engine', () => {
  const text = readFileSync(join(ROOT, 'server', 'src', 'engine', 'types.ts'), 'utf8');
  // Static imports and re-exports, and type-level import('...') expressions alike.
  const found = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  assert.deepEqual(found, []);
});

test('the browser server reaches no Node built-in: what browser-main.ts imports, transitively (ARCHITECTURE.md, browser-host.ts)', () => {
  // Only scheduler.ts's node:worker_threads, which the browser bundle replaces and never uses.
  const allowed = new Set(['server/src/lsp/scheduler.ts node:worker_threads']);
  const seen = new Set<string>();
  const bad: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(join(file, '..', spec).replace(/\.js$/, '.ts'));
      else if (/^(node:|fs$|path$|url$|worker_threads$|child_process$)/.test(spec) && !allowed.has(`${file} ${spec}`)) bad.push(`${file} ${spec}`);
    }
    if (!file.startsWith('server/src/engine/') && /\bBuffer\.|\bprocess\.(?:env|argv|cwd|exit)/.test(text)) bad.push(`${file} uses Buffer or process`);
  };
  visit('server/src/lsp/browser-main.ts');
  assert.ok(seen.has('server/src/lsp/server.ts') && seen.has('server/src/engine/check.ts'), 'the walk reaches the server and the engine');
  assert.deepEqual(bad, []);
});
