// Runs the in-host mocha suite (suite/index.js) inside code-server: the workbench opened with a
// test payload loads the extension under development and calls run(); when it settles the
// workbench calls window.codeAutomationExit(code). The suite writes its counts to a JSON file.
// Usage: node inhost.js BASE_URL EXTENSION_DIR SUITE_INDEX WORKSPACE RESULT_JSON
import { readFileSync, existsSync } from 'node:fs';
import { launch } from './browser.js';

const [base, ext, tests, folder, resultFile] = process.argv.slice(2);
const authority = new URL(base).host; // code-server's remote authority is host:port
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${authority}${ext}`],
  ['extensionTestsPath', `vscode-remote://${authority}${tests}`],
];
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const t0 = Date.now();
const { page, close } = await launch();
let done;
const exited = new Promise((r) => (done = r));
await page.exposeFunction('codeAutomationExit', (code) => done(code));
page.on('console', (m) => {
  const t = m.text();
  if (/\[policywright-e2e\]/.test(t)) console.log(t.replace(/^.*\[policywright-e2e\] ?/, '  ').slice(0, 400));
});
await page.goto(url);
const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout after 180 s'), 180000))]);
await close();
console.log(`in-host suite: exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
if (result) {
  for (const f of result.failures) console.log(`  FAILED: ${f.title}: ${f.error}`);
  for (const s of result.skipped) console.log(`  SKIPPED: ${s}`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
} else console.log(`0 passed, 1 failed (the suite wrote no result to ${resultFile})`);
process.exit(code === 0 && result && result.failed === 0 ? 0 : 1);
