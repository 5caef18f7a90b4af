// The client's side shared by desktop and browser: the language client's options, the commands
// (all but starting the server: extension.ts starts dist/server.cjs over node IPC, browser.ts
// starts dist/browser/server.js in a web worker), and the answers to the browser server's file
// requests. Everything that knows about policies lives in the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  COVERAGE_REPORT_COMMAND,
  COVERAGE_REQUEST,
  EXPORT_CHOICES,
  EXPORT_COMMAND,
  EXPORT_REQUEST,
  IMPORT_COMMAND,
  IMPORT_REQUEST,
  REPORT_REQUEST,
  INSERT_CLAUSE_COMMAND,
  INSERT_CLAUSE_REQUEST,
  INSERT_SNIPPET_COMMAND,
  LIST_CLAUSES_REQUEST,
  NEW_POLICY_COMMAND,
  NEW_POLICY_QUESTIONS_REQUEST,
  NEW_POLICY_REQUEST,
  SHOW_COVERAGE_COMMAND,
  UPDATE_FROM_ANSWERS_COMMAND,
  type CoverageResult,
  type ExportChoice,
  type ExportCommandArgs,
  type ExportParams,
  type ExportProblem,
  type ExportResult,
  type ImportParams,
  type ImportResponse,
  type ReportParams,
  type ReportResult,
  type InitOptions,
  type InsertClauseResult,
  type InsertSnippetArgs,
  type ListClausesResult,
  type NewPolicyCommandArgs,
  type NewPolicyParams,
  type NewPolicyQuestionsParams,
  type NewPolicyQuestionsResult,
  type NewPolicyResult,
  type PolicyAnswersData,
  type QuestionChoice,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/lsp/protocol.js';
import { exportName } from '../../server/src/engine/export/names.js';
import { fromBase64, toBase64 } from '../../server/src/lsp/host.js';

let client: BaseLanguageClient | undefined;

/**
 * The client's options. The server decides which of the documents are policies (by name, front
 * matter and settings); in a browser, documents live under other schemes than `file`
 * (vscode-vfs for github.dev, vscode-test-web, memfs), so Markdown is sent whatever its scheme.
 */
export function clientOptions(context: vscode.ExtensionContext, web: boolean): LanguageClientOptions {
  const initializationOptions: InitOptions = {
    docsBaseUrl: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
    snippetCommand: true,
    // VS Code's Markdown extension outlines .md files itself; ours would be a second copy.
    markdownOutline: true,
  };
  return {
    documentSelector: web
      ? [{ language: 'markdown' }, ...['file', 'untitled', 'vscode-vfs', 'vscode-test-web'].map((scheme) => ({ scheme, language: 'plaintext' }))]
      : [
          { scheme: 'file', language: 'markdown' },
          { scheme: 'file', language: 'plaintext' },
          { scheme: 'untitled', language: 'markdown' },
          { scheme: 'untitled', language: 'plaintext' },
        ],
    initializationOptions,
    // .policywright.json changes re-check open policies, as settings changes do; a policy file
    // changed on disk is checked again as a neighbour of the open ones (the set pass).
    synchronize: {
      configurationSection: 'policywright',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.policywright.json'), vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}')],
    },
  };
}

/** Registers the commands and the file requests on a client not yet started, then starts it. */
export async function startClient(context: vscode.ExtensionContext, c: BaseLanguageClient): Promise<{ client: BaseLanguageClient }> {
  client = c;
  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippet),
    vscode.commands.registerCommand(SHOW_COVERAGE_COMMAND, showCoverage),
    vscode.commands.registerCommand(INSERT_CLAUSE_COMMAND, insertClause),
    vscode.commands.registerCommand(EXPORT_COMMAND, exportCommand),
    vscode.commands.registerCommand(COVERAGE_REPORT_COMMAND, reportCommand),
    vscode.commands.registerCommand(IMPORT_COMMAND, importCommand),
    vscode.commands.registerCommand(NEW_POLICY_COMMAND, newPolicyCommand),
    vscode.commands.registerCommand(UPDATE_FROM_ANSWERS_COMMAND, updateFromAnswersCommand),
  );
  // The browser server reads configuration and clause folders through these (the desktop one reads the disk).
  context.subscriptions.push(
    c.onRequest(READ_FILE_REQUEST, async (p: ReadFileParams): Promise<ReadFileResult> => {
      try {
        const uri = vscode.Uri.parse(p.uri);
        if (p.maxBytes !== undefined) {
          const { size } = await vscode.workspace.fs.stat(uri);
          if (size > p.maxBytes) return { tooLarge: size };
        }
        return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
      } catch {
        return null;
      }
    }),
    c.onRequest(READ_DIRECTORY_REQUEST, async (p: ReadDirectoryParams): Promise<ReadDirectoryResult> => {
      try {
        const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(p.uri));
        return entries.map(([name, type]) => ({ name, directory: (type & vscode.FileType.Directory) !== 0 }));
      } catch {
        return null;
      }
    }),
  );
  await c.start();
  return { client: c };
}

export async function stopClient(): Promise<void> {
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
  const s = r.summaries.map((x) => `${x.law} ${x.present}/${x.total}${x.partial ? ` (${x.partial} partial)` : ''}`).join(', ');
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

// Export, coverage report, import: the server converts; the client asks the user and writes.
// Both writing commands take ExportCommandArgs ({uri, format, target, force}) to run without
// dialogs (tests, other extensions); they return the written URI as a string, or undefined.

const SAVE_FILTERS: Record<string, string[]> = { '.html': ['html', 'htm'], '.docx': ['docx'], '.pdf': ['pdf'], '.txt': ['txt'], '.md': ['md'] };

function isCommandArgs(arg: unknown): arg is ExportCommandArgs {
  return !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && typeof (arg as ExportCommandArgs).format === 'string' && typeof (arg as ExportCommandArgs).target === 'string';
}

/** A URI string, or an absolute file path (Windows drive letters are paths, not schemes). */
function toUri(target: string): vscode.Uri {
  return /^[a-z][\w+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}

/** The policy a command works on, with its text (the server may not have it open). */
async function policyFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = isCommandArgs(arg) ? arg.uri ?? activeUri() : activeUri(arg);
  return uri ? vscode.workspace.openTextDocument(toUri(uri)) : undefined;
}

/** The save dialog's proposal, as the command line names it: next to the policy (untitled ones: in the first workspace folder). */
function besidePolicy(doc: vscode.TextDocument, suffix: string): vscode.Uri | undefined {
  if (doc.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `privacy-policy${suffix}`) : undefined;
  }
  return vscode.Uri.joinPath(doc.uri, '..', exportName(doc.uri.path.split('/').pop()!, suffix));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function decode(r: { data?: string; encoding?: 'utf8' | 'base64' }): Uint8Array {
  return r.encoding === 'base64' ? fromBase64(r.data ?? '') : new TextEncoder().encode(r.data ?? '');
}

/** The save dialog (which itself asks before replacing a file), or the caller's target (which is never replaced without `force`). */
async function chooseTarget(arg: unknown, defaultUri: vscode.Uri | undefined, extension: string, what: string): Promise<vscode.Uri | undefined> {
  if (isCommandArgs(arg)) {
    const target = toUri(arg.target);
    if (!arg.force && (await exists(target))) {
      void vscode.window.showWarningMessage(`Policywright: ${target.fsPath} exists; not replaced (pass force: true to replace it).`);
      return undefined;
    }
    return target;
  }
  return vscode.window.showSaveDialog({ defaultUri, saveLabel: 'Export', title: `Policywright: save ${what}`, filters: { [what]: SAVE_FILTERS[extension] ?? [extension.slice(1)] } });
}

function progress<T>(title: string, work: () => Thenable<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Policywright: ${title}…` }, work);
}

async function written(target: vscode.Uri, what: string, interactive: boolean): Promise<string> {
  if (interactive) {
    void vscode.window.showInformationMessage(`Policywright: ${what} saved to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((a) => {
      if (a) void vscode.env.openExternal(target);
    });
  }
  return target.toString();
}

/** The problems as a short list: the first five, then how many more. */
function listProblems(problems: ExportProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `Line ${p.line + 1}: ${p.message}`);
  if (problems.length > shown.length) shown.push(`…and ${problems.length - shown.length} more.`);
  return shown.join('\n');
}

async function exportCommand(arg?: unknown): Promise<string | undefined> {
  try {
    const doc = await policyFor(arg);
    if (!doc || !client) {
      void vscode.window.showInformationMessage('Policywright: open a policy to export it.');
      return undefined;
    }
    const interactive = !isCommandArgs(arg);
    let choice: ExportChoice | undefined;
    if (isCommandArgs(arg)) {
      choice = EXPORT_CHOICES.find((c) => c.id === arg.format);
      if (!choice) throw new Error(`format must be one of ${EXPORT_CHOICES.map((c) => c.id).join(', ')}, not "${arg.format}"`);
    } else {
      choice = await vscode.window.showQuickPick(
        EXPORT_CHOICES.map((c) => ({ ...c, description: c.extension })),
        { placeHolder: 'Export the policy as…', title: 'Policywright: Export' },
      );
      if (!choice) return undefined;
    }
    const force = isCommandArgs(arg) && !!arg.force;
    const params: ExportParams = { uri: doc.uri.toString(), text: doc.getText(), format: choice.format, fragment: choice.fragment, force };
    let result = await progress(`exporting ${choice.label}`, () => client!.sendRequest<ExportResult>(EXPORT_REQUEST, params));
    if (result.unavailable) {
      void vscode.window.showInformationMessage(`Policywright: ${result.unavailable}`);
      return undefined;
    }
    if (!result.data) {
      const n = result.problems.length;
      const head = `${n} problem${n === 1 ? '' : 's'} (unfilled placeholders or errors) would show in the export.`;
      if (!interactive) {
        void vscode.window.showWarningMessage(`Policywright: not exported: ${head} Pass force: true to export anyway.`);
        return undefined;
      }
      const go = await vscode.window.showWarningMessage(`Policywright: ${head}`, { modal: true, detail: listProblems(result.problems) }, 'Export anyway');
      if (go !== 'Export anyway') return undefined;
    }
    const target = await chooseTarget(arg, besidePolicy(doc, choice.extension), choice.extension, choice.label);
    if (!target) return undefined;
    if (!result.data) result = await progress(`exporting ${choice.label}`, () => client!.sendRequest<ExportResult>(EXPORT_REQUEST, { ...params, force: true }));
    await vscode.workspace.fs.writeFile(target, decode(result));
    return written(target, choice.label, interactive);
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: export failed: ${(e as Error).message}`);
    return undefined;
  }
}

async function reportCommand(arg?: unknown): Promise<string | undefined> {
  try {
    const doc = await policyFor(arg);
    if (!doc || !client) {
      void vscode.window.showInformationMessage('Policywright: open a policy to report on its coverage.');
      return undefined;
    }
    const interactive = !isCommandArgs(arg);
    let format: 'html' | 'pdf';
    if (isCommandArgs(arg)) {
      if (arg.format !== 'html' && arg.format !== 'pdf') throw new Error(`format must be html or pdf, not "${arg.format}"`);
      format = arg.format;
    } else {
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'HTML page', format: 'html' as const, description: '.html' },
          { label: 'PDF', format: 'pdf' as const, description: '.pdf' },
        ],
        { placeHolder: 'Coverage report as…', title: 'Policywright: Coverage report' },
      );
      if (!pick) return undefined;
      format = pick.format;
    }
    const extension = `.${format}`;
    const target = await chooseTarget(arg, besidePolicy(doc, `.coverage${extension}`), extension, 'Coverage report');
    if (!target) return undefined;
    const params: ReportParams = { uri: doc.uri.toString(), text: doc.getText(), format };
    const result = await progress('writing the coverage report', () => client!.sendRequest<ReportResult>(REPORT_REQUEST, params));
    if (result.unavailable) {
      void vscode.window.showInformationMessage(`Policywright: ${result.unavailable}`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, decode(result));
    return written(target, 'Coverage report', interactive);
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: coverage report failed: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Import a text, Markdown, HTML or Word file (or the active plain-text/Markdown editor's text) as
 * a new untitled Markdown document: nothing is written until the user saves it. With a URI (or
 * `{source}`) as argument, imports that file without asking. Returns the new document's URI.
 */
async function importCommand(arg?: unknown): Promise<string | undefined> {
  if (!client) return undefined;
  try {
    let params: ImportParams | undefined;
    const named = typeof arg === 'string' ? arg : (arg as { source?: unknown } | undefined)?.source;
    let source = arg instanceof vscode.Uri ? arg : typeof named === 'string' ? toUri(named) : undefined;
    if (!source) {
      const ed = vscode.window.activeTextEditor;
      if (ed && (ed.document.languageId === 'plaintext' || ed.document.languageId === 'markdown') && ed.document.getText().trim()) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: 'A file…', description: '.txt, .md, .html, .htm, .docx', editor: false },
            { label: "The current editor's text", description: vscode.workspace.asRelativePath(ed.document.uri), editor: true },
          ],
          { placeHolder: 'Import a policy from…', title: 'Policywright: Import policy' },
        );
        if (!pick) return undefined;
        if (pick.editor) params = { name: `editor.${ed.document.languageId === 'markdown' ? 'md' : 'txt'}`, text: ed.document.getText() };
      }
      if (!params) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: 'Import',
          title: 'Policywright: Import policy',
          filters: { 'Policies (text, Markdown, web page, Word)': ['txt', 'md', 'html', 'htm', 'docx'], 'All files': ['*'] },
        });
        source = picked?.[0];
        if (!source) return undefined;
      }
    }
    if (source) {
      const bytes = await vscode.workspace.fs.readFile(source);
      params = { name: source.path.split('/').pop() ?? 'policy.txt', base64: toBase64(bytes) };
    }
    const result = await progress('importing', () => client!.sendRequest<ImportResponse>(IMPORT_REQUEST, params!));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
    await vscode.window.showTextDocument(doc);
    if (result.messages.length) {
      const more = result.messages.length > 3 ? ` (and ${result.messages.length - 3} more)` : '';
      void vscode.window.showWarningMessage(`Policywright: the importer noted: ${result.messages.slice(0, 3).join('; ')}${more}`);
    }
    return doc.uri.toString();
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: import failed: ${(e as Error).message}`);
    return undefined;
  }
}

// ---- a policy written from answers ---------------------------------------------------------
// The questions, their order and which apply, the values the chosen clauses use, and the policy
// itself come from the server (the engine's new-policy.ts, as for `policywright new`); the client
// only asks: one quick pick or input box at a time, with a back button, Escape cancelling all.

type Step =
  | { kind: 'pick'; id: string; prompt: string; options: QuestionChoice[]; many: boolean; picked: string[] }
  | { kind: 'input'; id: string; prompt: string; placeholder?: string; value: string };

const BACK = Symbol('back');
type StepResult = string[] | string | typeof BACK | undefined;

function isNewPolicyArgs(arg: unknown): arg is NewPolicyCommandArgs {
  return !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && typeof (arg as NewPolicyCommandArgs).answers === 'object';
}

/** One step: resolves with the answer, BACK, or undefined when cancelled (Escape, focus lost). */
function runStep(step: Step, title: string, at: number, total: number): Promise<StepResult> {
  return new Promise((resolve) => {
    const input = step.kind === 'pick' ? vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>() : vscode.window.createInputBox();
    let done = false;
    const finish = (r: StepResult) => {
      if (done) return;
      done = true;
      resolve(r);
      input.dispose();
    };
    input.title = title;
    input.step = at + 1;
    input.totalSteps = Math.max(total, at + 1);
    input.ignoreFocusOut = true;
    input.buttons = at > 0 ? [vscode.QuickInputButtons.Back] : [];
    input.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish(BACK));
    input.onDidHide(() => finish(undefined));
    if (step.kind === 'pick') {
      const qp = input as vscode.QuickPick<vscode.QuickPickItem & { id: string }>;
      const items = step.options.map((o) => ({ label: o.label, id: o.id, ...(o.label === o.id ? {} : { description: o.id }) }));
      qp.placeholder = step.prompt;
      qp.canSelectMany = step.many;
      qp.items = items;
      const chosen = items.filter((i) => step.picked.includes(i.id));
      if (step.many) qp.selectedItems = chosen;
      else if (chosen.length) qp.activeItems = chosen;
      qp.onDidAccept(() => {
        const ids = (step.many ? qp.selectedItems : qp.selectedItems.length ? qp.selectedItems : qp.activeItems).map((i) => i.id);
        if (!ids.length) {
          qp.placeholder = `${step.prompt} (choose one or more)`;
          return;
        }
        finish(step.many ? ids : ids[0]);
      });
    } else {
      const box = input as vscode.InputBox;
      box.prompt = step.prompt;
      box.placeholder = step.placeholder;
      box.value = step.value;
      box.onDidAccept(() => finish(box.value.trim()));
    }
    input.show();
  });
}

/** The steps the questionnaire has, as far as the answers so far decide them. */
function stepsFor(q: NewPolicyQuestionsResult, a: PolicyAnswersData): Step[] {
  const steps: Step[] = [
    { kind: 'pick', id: 'profiles', prompt: q.start.profiles, options: q.profiles, many: true, picked: a.profiles },
    { kind: 'pick', id: 'language', prompt: q.start.language, options: q.languages, many: false, picked: [a.language] },
    { kind: 'input', id: 'controller', prompt: q.start.controller, value: a.controller ?? '' },
    { kind: 'input', id: 'aliases', prompt: q.start.aliases, value: (a.aliases ?? []).join(', ') },
  ];
  for (const x of q.questions) {
    const given = a.answers[x.id] ?? x.default;
    steps.push({ kind: 'pick', id: `q:${x.id}`, prompt: x.prompt, options: x.options, many: x.kind === 'many', picked: given === undefined ? [] : Array.isArray(given) ? given : [given] });
  }
  for (const v of q.values ?? []) {
    const given = a.variables[v.name] ?? (v.name === 'last_updated' ? new Date().toISOString().slice(0, 10) : '');
    steps.push({
      kind: 'input',
      id: `v:${v.name}`,
      prompt: `${v.prompt}${v.list ? ` (${q.start.list})` : ''} (${q.start.skip})`,
      ...(v.example ? { placeholder: v.list ? v.example.split('\n').map((l) => l.replace(/^- /, '')).join('; ') : v.example } : {}),
      // A list value is edited on one line, its items separated by semicolons.
      value: v.list ? given.split('\n').map((l) => l.replace(/^- /, '').trim()).filter(Boolean).join('; ') : given,
    });
  }
  return steps;
}

function applyStep(a: PolicyAnswersData, step: Step, value: string | string[]): void {
  const one = Array.isArray(value) ? value[0] : value;
  if (step.id === 'profiles') a.profiles = value as string[];
  else if (step.id === 'language') a.language = one;
  else if (step.id === 'controller') one ? (a.controller = one) : delete a.controller;
  else if (step.id === 'aliases') {
    const aliases = one.split(',').map((x) => x.trim()).filter(Boolean);
    if (aliases.length) a.aliases = aliases;
    else delete a.aliases;
  } else if (step.id.startsWith('q:')) a.answers[step.id.slice(2)] = value;
  else if (step.id.startsWith('v:')) {
    if (one) a.variables[step.id.slice(2)] = one;
    else delete a.variables[step.id.slice(2)];
  }
}

/** The questionnaire; `from` gives the defaults (a policy's answers). Undefined when cancelled. */
async function askAnswers(title: string, uri: string | undefined, from: PolicyAnswersData): Promise<PolicyAnswersData | undefined> {
  const a: PolicyAnswersData = { ...from, answers: { ...from.answers }, variables: { ...from.variables } };
  for (let i = 0; ; ) {
    const params: NewPolicyQuestionsParams = { uri, answers: a };
    const q = await client!.sendRequest<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, params);
    if (!q.languages.some((l) => l.id === a.language)) a.language = q.languages.some((l) => l.id === 'en') ? 'en' : (q.languages[0]?.id ?? 'en');
    const steps = stepsFor(q, a);
    if (i >= steps.length) return a;
    const r = await runStep(steps[i], title, i, steps.length);
    if (r === undefined) return undefined;
    if (r === BACK) {
      i = Math.max(0, i - 1);
      continue;
    }
    applyStep(a, steps[i], r);
    i++;
  }
}

function showProblems(what: string, problems: string[]): void {
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  void vscode.window.showErrorMessage(`Policywright: ${what}: ${problems.slice(0, 3).join('; ')}${more}`);
}

/** Policywright: New policy… — the questionnaire, then the policy as an untitled Markdown document. Returns its URI. */
async function newPolicyCommand(arg?: unknown): Promise<string | undefined> {
  if (!client) return undefined;
  try {
    const scope = vscode.workspace.workspaceFolders?.[0]?.uri;
    const profiles = vscode.workspace.getConfiguration('policywright', scope).get<string[]>('profiles') ?? ['uk-gdpr'];
    const answers = isNewPolicyArgs(arg) ? arg.answers : await askAnswers('Policywright: New policy', undefined, { profiles, language: 'en', answers: {}, variables: {} });
    if (!answers) return undefined;
    const params: NewPolicyParams = { answers };
    const r = await client.sendRequest<NewPolicyResult>(NEW_POLICY_REQUEST, params);
    if (r.text === undefined) {
      showProblems('the policy cannot be written', r.problems);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.text });
    await vscode.window.showTextDocument(doc);
    return doc.uri.toString();
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: New policy failed: ${(e as Error).message}`);
    return undefined;
  }
}

/** The smallest single edit that turns `before` into `after`: the common start and end are left alone. */
function minimalEdit(doc: vscode.TextDocument, after: string): vscode.TextEdit | undefined {
  const before = doc.getText();
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return vscode.TextEdit.replace(new vscode.Range(doc.positionAt(start), doc.positionAt(before.length - end)), after.slice(start, after.length - end));
}

/**
 * Policywright: Update from answers… — the questionnaire again with the policy's own answers as
 * defaults; only the sections the changed answers touch are rewritten (one workspace edit, so one
 * undo). Returns the policy's URI when it was updated (or already matched the answers).
 */
async function updateFromAnswersCommand(arg?: unknown): Promise<string | undefined> {
  if (!client) return undefined;
  try {
    const target = isNewPolicyArgs(arg) ? arg.uri ?? activeUri() : activeUri(arg);
    if (!target) {
      void vscode.window.showInformationMessage('Policywright: open a policy written by "New policy…" to update it from its answers.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(toUri(target));
    const uri = doc.uri.toString();
    const first = await client.sendRequest<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, { uri, text: doc.getText(), answers: { profiles: [], language: 'en', answers: {}, variables: {} } });
    if (!first.previous) {
      showProblems(`${vscode.workspace.asRelativePath(doc.uri)} cannot be updated from answers`, first.problems);
      return undefined;
    }
    const answers = isNewPolicyArgs(arg) ? arg.answers : await askAnswers('Policywright: Update from answers', uri, first.previous);
    if (!answers) return undefined;
    // The text as it is now: the author may have edited it while answering.
    const r = await client.sendRequest<NewPolicyResult>(NEW_POLICY_REQUEST, { uri, answers, text: doc.getText() });
    if (r.text === undefined) {
      showProblems('the policy cannot be updated', r.problems);
      return undefined;
    }
    const edit = minimalEdit(doc, r.text);
    if (edit) {
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, [edit]);
      if (!(await vscode.workspace.applyEdit(we))) return undefined;
    }
    return uri;
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: Update from answers failed: ${(e as Error).message}`);
    return undefined;
  }
}
