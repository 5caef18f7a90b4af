// The web extension in a real VS Code workbench: code-server's web-worker extension host, as in
// vscode.dev. An extension installed into code-server is a remote one, and VS Code refuses to
// start workers from remote extensions ("Creating workers from remote extensions is currently not
// supported"), so the extension is loaded the way vscode.dev loads a gallery extension: over
// http, as an additional built-in extension of the workbench (its web configuration, changed
// before the workbench reads it), its files served from EXT_DIR by Playwright on the
// workbench's own origin. Then its `browser` entry runs: dist/browser/extension.js in the web
// worker extension host, starting dist/browser/server.js in a worker of its own.
// Usage: node web.js BASE_URL EXT_DIR OUT_DIR (code-server started with no extensions, on a
// workspace holding test/fixtures/lsp). Prints `N passed, M failed` last.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { launch, steps } from './browser.js';

const [base, extDir, outDir] = process.argv.slice(2);
const served = new Set();
const PREFIX = '/__policywright_ext';
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown', '.png': 'image/png' };

const { page, close } = await launch();
const ctx = page.context();
await ctx.addInitScript((ext) => {
  const get = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (name) {
    const v = get.call(this, name);
    if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !v) return v;
    const config = JSON.parse(v);
    config.additionalBuiltinExtensions = [...(config.additionalBuiltinExtensions ?? []), ext];
    return JSON.stringify(config);
  };
}, { scheme: new URL(base).protocol.slice(0, -1), authority: new URL(base).host, path: PREFIX });
await ctx.route((u) => u.pathname.startsWith(PREFIX + '/'), async (route) => {
  const rel = normalize(decodeURIComponent(new URL(route.request().url()).pathname.slice(PREFIX.length + 1)));
  if (rel.startsWith('..')) return route.fulfill({ status: 403, body: '' });
  try {
    const body = await readFile(join(extDir, rel));
    served.add(rel);
    await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[rel.slice(rel.lastIndexOf('.'))] ?? 'application/octet-stream' } });
  } catch {
    await route.fulfill({ status: 404, body: '' });
  }
});
const errors = [];
page.on('console', (m) => {
  if (/policywright/i.test(m.text()) && m.type() === 'error') errors.push(m.text());
});

const { step, results, summary } = steps(page, { outDir, prefix: 'web', onFail: async () => `errors: ${errors.join(' | ')}` });

await step('the workbench loads with the extension from http', async () => {
  await page.goto(base);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
});

await step('a policy opened from the workspace gets its findings in the Problems panel from the browser server', async () => {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'partial.policy.md' }).first().click();
  await page.locator('.tab.active', { hasText: 'partial.policy.md' }).first().waitFor();
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'required-info' }).first().waitFor({ timeout: 60000 });
  for (const f of ['dist/browser/extension.js', 'dist/browser/server.js']) if (!served.has(f)) throw new Error(`${f} was not loaded (served: ${[...served].join(', ')})`);
  if (served.has('dist/extension.cjs') || served.has('dist/server.cjs')) throw new Error('the desktop bundles were loaded');
});

await step('the coverage lens shows above the title', async () => {
  await page.locator('.contentWidgets .codelens-decoration, .codelens-decoration', { hasText: /required items/ }).first().waitFor({ timeout: 30000 });
});

await close();
console.log(summary());
process.exit(results.failed ? 1 : 0);
