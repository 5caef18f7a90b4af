// What a user of the extension sees, checked through the VS Code API in the extension host.
// Every wait is on an event (diagnostics changed, editor changed), with a timeout as a safety net.
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');

const ws = () => vscode.workspace.workspaceFolders[0].uri;
const file = (name) => vscode.Uri.joinPath(ws(), name);
const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policywright');

function waitForDiagnostics(uri, pred, what, ms = 30000) {
  return new Promise((resolve, reject) => {
    let sub;
    const check = () => {
      const ds = ours(uri);
      if (!pred(ds)) return false;
      sub?.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; have: ${JSON.stringify(ours(uri).map((d) => `${codeOf(d)}: ${d.message}`))}`));
    }, ms);
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc);
}

function skipUnless(ctx, cond, why) {
  if (!cond) {
    ctx.test.__skipReason = why;
    console.log(`[policywright-e2e] SKIP ${ctx.test.title}: ${why}`);
    ctx.skip();
  }
}


/** Resolves when pred() holds, checking every `every` ms: for state VS Code announces by no event (code lenses, a command's end). */
async function until(pred, what, ms = 60000, every = 200) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await pred();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The coverage code lens of a checked policy: the server answers it once the check of the current version is done. */
function coverageLens(uri) {
  return until(async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
    return (lenses || []).map((l) => l.command && l.command.title).find((t) => /required items/.test(t || ''));
  }, 'the coverage code lens');
}

/**
 * Answers a running questionnaire by accepting what each quick pick and input box offers (the
 * answers it was opened with), as Enter does; `back` steps press the Back button once first.
 * Accepting while no quick input is showing (the next step is being asked for) does nothing.
 */
async function acceptAll(running, { back = 0 } = {}) {
  let settled = false;
  const result = running.then((r) => ((settled = true), r));
  for (let i = 0; !settled; i++) {
    if (i === 6 && back) await vscode.commands.executeCommand('workbench.action.quickInputBack');
    else await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((r) => setTimeout(r, 150));
    if (i > 400) throw new Error('the questionnaire did not finish');
  }
  return result;
}

/** Answers for New policy…: every question answered, every value from the clause's example. */
const LARKSPUR = {
  profiles: ['uk-gdpr'],
  language: 'en',
  controller: 'Larkspur Cycles Ltd',
  answers: { dpo: 'yes', 'lawful-bases': ['contract', 'consent'], 'third-party-source': 'no', transfers: 'yes', 'automated-decisions': 'no', cookies: 'no' },
  variables: {},
};

suite('Policywright in VS Code', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('policywright', ws()).update('files', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('activates on a policy and reports broken front matter', async () => {
    const ed = await open('broken-front-matter.policy.md');
    const ds = await waitForDiagnostics(ed.document.uri, (ds) => ds.some((d) => /never closed/.test(d.message)), 'the broken front matter finding');
    const d = ds.find((x) => /never closed/.test(x.message));
    assert.strictEqual(codeOf(d), 'input');
    assert.strictEqual(d.range.start.line, 0);
    assert.ok(vscode.extensions.getExtension('policywright.policywright').isActive);
  });

  test('other Markdown stays silent', async () => {
    const notes = await open('notes.md');
    const pol = await open('unclosed.policy.md');
    // Checks run in order: once the policy opened after the notes is checked, the notes are decided.
    await waitForDiagnostics(pol.document.uri, (ds) => ds.some((d) => /not closed/.test(d.message)), 'the unclosed placeholder finding');
    assert.deepStrictEqual(ours(notes.document.uri), []);
  });

  test('completion after {{ offers the variables; hover shows a placeholder value', async () => {
    const ed = await open('bakery.policy.md');
    const uri = ed.document.uri;
    // The bakery has findings (missing items): wait for them, so that the server has checked it
    // (completion alone would pass on VS Code's word-based suggestions; the hover needs the check).
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'a first check');
    const line = ed.document.lineCount - 1;
    await ed.edit((e) => e.insert(new vscode.Position(line, 0), 'Call {{'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 7), '{');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('dpo_email') && labels.includes('retention_period'), labels.join(', '));
    await vscode.commands.executeCommand('undo');

    const text = ed.document.getText();
    const at = ed.document.positionAt(text.indexOf('{{retention_period}}') + 3);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at);
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(md, /three years/);
  });

  test('a settings change re-checks open files: policywright.files takes in *.txt', async () => {
    const ed = await open('pasted.txt');
    assert.strictEqual(ed.document.languageId, 'plaintext');
    await vscode.workspace.getConfiguration('policywright', ws()).update('files', ['**/*.txt'], vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(ed.document.uri, (ds) => ds.some((d) => /not closed/.test(d.message)), 'a finding in pasted.txt');
    // The outline of plain text comes from Policywright alone. VS Code caches symbols per
    // document version, and it asked while the file was not yet a policy: edit, then ask.
    await ed.edit((e) => e.insert(new vscode.Position(ed.document.lineCount, 0), '\n'));
    const syms = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', ed.document.uri);
    assert.ok(syms && syms.some((s) => s.name === 'Privacy notice'), JSON.stringify(syms));
    await vscode.commands.executeCommand('undo');
  });

  test('Policywright: Show coverage opens the report', async () => {
    const ed = await open('bakery.policy.md');
    const shown = new Promise((resolve) => {
      const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.getText().startsWith('# Coverage')) {
          sub.dispose();
          resolve(e);
        }
      });
    });
    await vscode.commands.executeCommand('policywright.showCoverage', ed.document.uri.toString());
    const report = await shown;
    assert.match(report.document.getText(), /bakery\.policy\.md/);
  });

  test('Policywright: Export… with arguments writes the file, and never replaces one without force', async () => {
    const ed = await open('bakery.policy.md');
    const uri = ed.document.uri.toString();
    const target = file('bakery-export.pdf');
    // The bakery policy has missing required items (errors): without force it is not exported.
    assert.strictEqual(await vscode.commands.executeCommand('policywright.export', { uri, format: 'pdf', target: target.toString() }), undefined);
    assert.ok(!fs.existsSync(target.fsPath), 'nothing written without force');
    const written = await vscode.commands.executeCommand('policywright.export', { uri, format: 'pdf', target: target.toString(), force: true });
    assert.strictEqual(written, target.toString());
    assert.strictEqual(fs.readFileSync(target.fsPath).subarray(0, 4).toString('latin1'), '%PDF');
    const html = file('bakery-export.html');
    await vscode.commands.executeCommand('policywright.export', { uri, format: 'fragment', target: html.fsPath, force: true });
    assert.match(fs.readFileSync(html.fsPath, 'utf8'), /three years/);
    // An existing target without force: left as it is.
    fs.writeFileSync(html.fsPath, 'keep me');
    await vscode.commands.executeCommand('policywright.export', { uri, format: 'html', target: html.fsPath });
    assert.strictEqual(fs.readFileSync(html.fsPath, 'utf8'), 'keep me');
  });

  test('Policywright: Show coverage report with arguments writes the report', async () => {
    const ed = await open('bakery.policy.md');
    const target = file('bakery.coverage.html');
    const written = await vscode.commands.executeCommand('policywright.coverageReport', { uri: ed.document.uri.toString(), format: 'html', target: target.toString(), force: true });
    assert.strictEqual(written, target.toString());
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /<html/);
  });

  test('Policywright: Import policy… opens the result as an untitled Markdown document', async () => {
    const source = file('import-me.html');
    fs.writeFileSync(source.fsPath, '<html><body><nav>Home</nav><main><h1>Privacy at Fernhill Library</h1><p>We keep loan records for two years.</p></main></body></html>');
    const uri = await vscode.commands.executeCommand('policywright.import', { source: source.toString() });
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(doc, `an open document ${uri}`);
    assert.strictEqual(doc.isUntitled, true);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.match(doc.getText(), /# Privacy at Fernhill Library/);
    assert.doesNotMatch(doc.getText(), /Home/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('seed 004: duplicate-block findings point at the other copies', async function () {
    skipUnless(this, fs.existsSync(file('north-west.policy.md').fsPath), '../shared seeds absent');
    const ed = await open('north-west.policy.md');
    const ds = await waitForDiagnostics(ed.document.uri, (ds) => ds.some((d) => codeOf(d) === 'duplicate-block'), 'duplicate-block on seed 004');
    const dups = ds.filter((d) => codeOf(d) === 'duplicate-block');
    assert.ok(dups.every((d) => d.relatedInformation && d.relatedInformation.length), 'related information on every copy');
    assert.ok(dups.some((d) => typeof d.code === 'object' && String(d.code.target).endsWith('duplicate-block.md')), 'code links to the docs page');
  });

  test('seed 004: the insert-clause quick fix for a missing item inserts the clause', async function () {
    skipUnless(this, fs.existsSync(file('north-west.policy.md').fsPath), '../shared seeds absent');
    const ed = await open('north-west.policy.md');
    const uri = ed.document.uri;
    const isComplaint = (d) => codeOf(d) === 'required-info' && /complain|supervisory authority|ICO/i.test(d.message);
    const ds = await waitForDiagnostics(uri, (ds) => ds.some(isComplaint), 'required-info: complaint-authority on seed 004');
    const d = ds.find(isComplaint);
    // executeCodeActionProvider wants a Selection, not a Range, to return quick fixes.
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Selection(d.range.start, d.range.end), vscode.CodeActionKind.QuickFix.value);
    // A clause with tab stops comes as our snippet command; a plain one as an edit.
    // Missing items sit on the heading of the section their clause goes into, and several may
    // share one: take the complaint clause's action.
    const ins = actions.find((a) => /clause.*complain/i.test(a.title) && ((a.command && a.command.command === 'policywright.insertSnippet') || a.edit));
    assert.ok(ins, `an insert-clause action: ${JSON.stringify(actions.map((a) => a.title))}`);
    const before = ed.document.getText().length;
    if (ins.edit) assert.ok(await vscode.workspace.applyEdit(ins.edit));
    if (ins.command) await vscode.commands.executeCommand(ins.command.command, ...(ins.command.arguments || []));
    assert.ok(ed.document.getText().length > before, 'the clause text is in the document');
    await waitForDiagnostics(uri, (ds) => !ds.some(isComplaint), 'the complaint-authority finding to go');
    await vscode.commands.executeCommand('undo');
  });

  test('a partly given item sits on its evidence, a missing one on its section; each quick fix inserts its text', async () => {
    const ed = await open('partial.policy.md');
    const uri = ed.document.uri;
    const lines = ed.document.getText().split(/\r?\n/);
    const isPartial = (d) => codeOf(d) === 'required-info' && /^Partly given: how long personal data is kept/.test(d.message);
    const isMissing = (d) => codeOf(d) === 'required-info' && /^Missing: the right to complain/.test(d.message);
    const ds = await waitForDiagnostics(uri, (ds) => ds.some(isPartial) && ds.some(isMissing), 'the partial retention and missing complaint findings');
    const partial = ds.find(isPartial);
    const missing = ds.find(isMissing);
    assert.match(lines[partial.range.start.line], /^We keep your personal data as long as the purposes this policy sets out need it/);
    assert.strictEqual(partial.severity, vscode.DiagnosticSeverity.Error);
    assert.match(partial.message, /the retention period, or the criteria used to set it, is absent/);
    assert.strictEqual(lines[missing.range.start.line], '## Your rights');
    assert.match(missing.message, /It belongs after “Your rights”\.$/);

    const apply = async (d, title) => {
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Selection(d.range.start, d.range.end), vscode.CodeActionKind.QuickFix.value);
      const a = actions.find((x) => title.test(x.title));
      assert.ok(a, `a quick fix ${title}: ${JSON.stringify(actions.map((x) => x.title))}`);
      if (a.edit) assert.ok(await vscode.workspace.applyEdit(a.edit));
      if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments || []));
    };
    // The element alone, as the paragraph right after the statement.
    await apply(partial, /retention period/i);
    let now = ed.document.getText().split(/\r?\n/);
    assert.match(now[partial.range.start.line], /as long as the purposes this policy sets out need it/);
    assert.strictEqual(now[partial.range.start.line + 1], '');
    assert.match(now[partial.range.start.line + 2], /^In practice we keep retention_data for retention_period; after that we delete it/);
    assert.ok(!now.some((l) => /^#+ How long we keep your information/.test(l)), 'not the whole retention clause');
    // The quick fixes carry the version they were computed for: wait for the checks of the edit
    // and of its undo (the missing finding moves down two lines, then back), so that the next
    // fix belongs to the text as it is.
    const missingAt = (line) => (ds) => ds.some((d) => isMissing(d) && d.range.start.line === line);
    await waitForDiagnostics(uri, missingAt(missing.range.start.line + 2), 'the check of the inserted element');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(ed.document.getText().split(/\r?\n/).length, lines.length, 'undone');
    const again = await waitForDiagnostics(uri, missingAt(missing.range.start.line), 'the check after the undo');

    // The missing item's clause, where the message says: after "Your rights", before "Cookies".
    await apply(again.find(isMissing), /clause.*complain/i);
    now = ed.document.getText().split(/\r?\n/);
    const cookies = now.indexOf('## Cookies');
    const inserted = now.slice(missing.range.start.line, cookies).join('\n');
    assert.match(inserted, /## How to complain[\s\S]*Information Commissioner/);
    await waitForDiagnostics(uri, (ds) => !ds.some(isMissing), 'the complaint-authority finding to go');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
  });

  /** New policy… with LARKSPUR's answers and the example values the chosen clauses need (asked of the server, as the questionnaire does). */
  async function newLarkspurPolicy() {
    const { client } = vscode.extensions.getExtension('policywright.policywright').exports;
    const q = await client.sendRequest('policywright/newPolicyQuestions', { answers: LARKSPUR });
    assert.ok(q.values && q.values.length, 'values to ask');
    const variables = {};
    for (const v of q.values) variables[v.name] = v.name === 'last_updated' ? new Date().toISOString().slice(0, 10) : v.example;
    const uri = await vscode.commands.executeCommand('policywright.newPolicy', { answers: { ...LARKSPUR, variables } });
    return { uri, doc: vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) };
  }

  test('Policywright: New policy… opens a policy written from answers as an untitled document that checks clean', async () => {
    const { uri, doc } = await newLarkspurPolicy();
    assert.ok(doc && doc.isUntitled && doc.languageId === 'markdown', `an untitled Markdown document: ${uri}`);
    assert.strictEqual(vscode.window.activeTextEditor.document, doc);
    assert.match(doc.getText(), /^---\npolicy:/);
    const lens = await coverageLens(doc.uri);
    const [, present, total] = /(\d+)\/(\d+) required items/.exec(lens);
    assert.strictEqual(present, total, lens);
    const serious = ours(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(serious.map((d) => `${codeOf(d)}: ${d.message}`), []);
  });

  test('Policywright: Update from answers… asks again with the policy\'s answers chosen (quick picks accepted, one step back); the same answers leave it as it is', async () => {
    // Its own policy, active: not whatever an earlier test left in the editor.
    const { doc } = await newLarkspurPolicy();
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(vscode.window.activeTextEditor.document, doc);
    assert.match(doc.getText(), /answers:/, 'the policy New policy… opened');
    const before = doc.getText();
    const uri = await acceptAll(Promise.resolve(vscode.commands.executeCommand('policywright.updateFromAnswers')), { back: 1 });
    assert.strictEqual(uri, doc.uri.toString());
    assert.strictEqual(doc.getText(), before);
    // Changed answers: a data protection officer goes away, cookies come; one edit, one undo.
    const changed = { ...LARKSPUR, answers: { ...LARKSPUR.answers, dpo: 'no', cookies: 'yes' }, variables: { cookie_page: 'our cookie page at www.example.com/cookies' } };
    const updated = await vscode.commands.executeCommand('policywright.updateFromAnswers', { uri, answers: changed });
    assert.strictEqual(updated, uri);
    assert.doesNotMatch(doc.getText(), /## Our data protection officer/);
    assert.match(doc.getText(), /our cookie page at www\.example\.com\/cookies/);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before);
  });

  test('Policywright: New policy… asked in quick picks, cancelled with Escape, writes nothing', async () => {
    const open = vscode.workspace.textDocuments.length;
    const running = Promise.resolve(vscode.commands.executeCommand('policywright.newPolicy'));
    let settled = false;
    running.then(() => (settled = true));
    // Once the first quick pick shows, Escape closes it and the command ends with nothing.
    await until(async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return settled;
    }, 'the cancelled questionnaire to end', 30000, 300);
    assert.strictEqual(await running, undefined);
    assert.strictEqual(vscode.workspace.textDocuments.length, open);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a translation opened alone shows its drift from the original beside it, with a link that opens the original at the sentence', async () => {
    const ed = await open('translations/privacy.nl.md');
    const isRetention = (d) => codeOf(d) === 'translation-drift' && /12 months/.test(d.message);
    const ds = await waitForDiagnostics(ed.document.uri, (ds) => ds.some(isRetention), 'the retention drift finding');
    const d = ds.find(isRetention);
    assert.ok(d.relatedInformation && d.relatedInformation.length, 'related information');
    const link = d.relatedInformation[0].location;
    assert.strictEqual(link.uri.toString(), file('translations/privacy.md').toString());
    // Following the link, as a click on it in the Problems panel or the hover does, opens the original there.
    await vscode.commands.executeCommand('vscode.open', link.uri, { selection: link.range });
    const original = vscode.window.activeTextEditor;
    assert.strictEqual(original.document.uri.toString(), link.uri.toString());
    assert.strictEqual(original.selection.start.line, link.range.start.line);
    assert.match(original.document.lineAt(link.range.start.line).text, /Account data is kept for 12 months/);
    assert.deepStrictEqual(ours(original.document.uri).filter((x) => codeOf(x) === 'translation-drift'), [], 'the original gets none');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('fix-all offers only its own kind of action', async function () {
    const ed = await open('bakery.policy.md');
    const all = ed.document.lineCount;
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', ed.document.uri, new vscode.Range(0, 0, all, 0), 'source.fixAll.policywright');
    for (const a of actions || []) assert.strictEqual(a.kind.value, 'source.fixAll.policywright');
  });
});
