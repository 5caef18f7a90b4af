// The VS Code client: starts the language server (the bundled dist/server.cjs, over node IPC) and
// registers the commands. Everything that knows about policies lives in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import {
  COVERAGE_REQUEST,
  INSERT_CLAUSE_COMMAND,
  INSERT_CLAUSE_REQUEST,
  INSERT_SNIPPET_COMMAND,
  LIST_CLAUSES_REQUEST,
  SHOW_COVERAGE_COMMAND,
  type CoverageResult,
  type InitOptions,
  type InsertClauseResult,
  type InsertSnippetArgs,
  type ListClausesResult,
} from '../../server/src/lsp/protocol.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitOptions = {
    docsBaseUrl: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
    snippetCommand: true,
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which of these are policies (by name, front matter and settings).
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions,
    // .policywright.json changes re-check open policies, as settings changes do.
    synchronize: { configurationSection: 'policywright', fileEvents: vscode.workspace.createFileSystemWatcher('**/.policywright.json') },
  };
  client = new LanguageClient('policywright', 'Policywright', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippet),
    vscode.commands.registerCommand(SHOW_COVERAGE_COMMAND, showCoverage),
    vscode.commands.registerCommand(INSERT_CLAUSE_COMMAND, insertClause),
  );
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function activeUri(arg?: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  return vscode.window.activeTextEditor?.document.uri.toString();
}

/** Insert a snippet (a clause or a snippet fix) where the server said, as a SnippetString so its tab stops work. */
async function insertSnippet(args: InsertSnippetArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (args.version !== null && doc.version !== args.version) {
    void vscode.window.showWarningMessage('Policywright: the document changed since it was checked; try the fix again.');
    return false;
  }
  const editor = await vscode.window.showTextDocument(doc);
  const range = (r: InsertSnippetArgs['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  let target = range(args.range);
  if (args.otherEdits?.length) {
    // The other edits all come before the snippet (convert.ts sorts them so): shift it by their length change.
    const start = doc.offsetAt(target.start);
    const end = doc.offsetAt(target.end);
    let shift = 0;
    const we = new vscode.WorkspaceEdit();
    for (const e of args.otherEdits) {
      const r = range(e.range);
      we.replace(uri, r, e.newText);
      shift += e.newText.length - (doc.offsetAt(r.end) - doc.offsetAt(r.start));
    }
    if (!(await vscode.workspace.applyEdit(we))) return false;
    target = new vscode.Range(doc.positionAt(start + shift), doc.positionAt(end + shift));
  }
  return editor.insertSnippet(new vscode.SnippetString(args.snippet), target);
}

async function showCoverage(arg?: unknown): Promise<void> {
  const uri = activeUri(arg);
  if (!uri || !client) {
    void vscode.window.showInformationMessage('Policywright: open a policy to see its coverage.');
    return;
  }
  const r = await client.sendRequest<CoverageResult>(COVERAGE_REQUEST, { uri });
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  const s = r.summaries.map((x) => `${x.law} ${x.present}/${x.total}`).join(', ');
  if (s) vscode.window.setStatusBarMessage(`Policywright: ${s} required items`, 10000);
}

async function insertClause(arg?: unknown): Promise<void> {
  const uri = activeUri(arg);
  if (!uri || !client) {
    void vscode.window.showInformationMessage('Policywright: open a policy to insert a clause into it.');
    return;
  }
  try {
    const { clauses } = await client.sendRequest<ListClausesResult>(LIST_CLAUSES_REQUEST, { uri });
    const items = clauses
      .sort((a, b) => Number(!!b.fillsGap) - Number(!!a.fillsGap))
      .map((c) => ({ label: c.title, description: c.requirements.join(', '), detail: c.fillsGap ? 'Fills a missing item' : c.origin === 'user' ? 'Your library' : undefined, id: c.id }));
    const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Insert a clause', matchOnDescription: true });
    if (!pick) return;
    const where = await client.sendRequest<InsertClauseResult>(INSERT_CLAUSE_REQUEST, { uri, clauseId: pick.id });
    await insertSnippet(where);
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: ${(e as Error).message}`);
  }
}
