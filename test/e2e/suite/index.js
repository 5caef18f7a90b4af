// The in-host test suite: one mocha run() that both launchers load, @vscode/test-electron on
// desktop (../electron.js) and code-server's test payload here (../inhost.js). It writes its
// counts to POLICYWRIGHT_E2E_RESULT (or inhost.json next to the workspace folder).
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'policywright.test.js'));
  const result = { passed: 0, failed: 0, failures: [], skipped: [] };
  const vscode = require('vscode');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const out = process.env.POLICYWRIGHT_E2E_RESULT || (folder ? path.join(folder, '..', 'inhost.json') : undefined);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (out) fs.writeFileSync(out, JSON.stringify(result, null, 1));
      console.log(`[policywright-e2e] ${result.passed} passed, ${result.failed} failed`);
      failures ? reject(new Error(`${failures} in-host tests failed`)) : resolve();
    });
    runner.on('pass', (t) => {
      result.passed++;
      console.log(`[policywright-e2e] ok ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err) => {
      result.failed++;
      result.failures.push({ title: t.fullTitle(), error: String(err && err.message).split('\n')[0] });
      console.log(`[policywright-e2e] not ok ${t.fullTitle()}: ${err && err.message}`);
    });
    runner.on('pending', (t) => result.skipped.push(`${t.fullTitle()}${t.__skipReason ? ': ' + t.__skipReason : ''}`));
  });
};
