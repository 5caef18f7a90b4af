// The in-host suite for the web extension under @vscode/test-web (`npm run test:vscode-web`, on
// machines that can download VS Code's web build; these cannot: there the Chromium test of the
// browser bundle, test/src/web/browser-server.test.ts, stands in). It runs in the web extension
// host, a web worker: no Node modules, no mocha; `vscode` only. The workspace is
// test/fixtures/lsp, mounted by test-web under the vscode-test-web scheme.
const vscode = require('vscode');

async function waitFor(what, get, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'partial.policy.md');
  const ext = vscode.extensions.getExtension('policywright.policywright');
  if (!ext) throw new Error('the extension is not loaded');
  await ext.activate();
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const ds = await waitFor('required-info findings', () => {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'required-info');
    return d.length ? d : undefined;
  });
  const d = ds[0];
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Selection(d.range.start, d.range.end), vscode.CodeActionKind.QuickFix.value);
  if (!actions || !actions.length) throw new Error('no quick fix for a required-info finding');
  const html = await vscode.commands.executeCommand('policywright.export', { uri: uri.toString(), format: 'html', target: vscode.Uri.joinPath(folder, 'partial.html').toString(), force: true });
  if (!html) throw new Error('the HTML export wrote nothing');
  console.log(`[policywright-web] ok: ${ds.length} required-info findings, ${actions.length} quick fixes, exported ${html}`);
};
