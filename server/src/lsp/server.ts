// The language server: a thin adapter from LSP to check(). It keeps the open documents, decides
// which are policies, reads settings per document, schedules checks (scheduler.ts), publishes
// diagnostics (convert.ts), and answers editor requests from the latest analysis (features.ts).
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  CompletionTriggerKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../engine/document.js';
import type { CheckConfig, ClauseSource, RuleSetting } from '../engine/types.js';
import { forNeighbour, type Analysis } from './analysis.js';
import { clauseCompletions, createClauseService, toEngineSources, type ClauseService } from './clauses.js';
import { fixAll, Published, quickFixes, toLspDiagnostics } from './convert.js';
import { coverageLenses, coverageReport, documentSymbols, foldingRanges, hover, placeholderCompletions } from './features.js';
import { isPolicyDocument } from './policy-files.js';
import { toBase64, fromBase64, POLICY_FILE, type ClauseFile, type ServerHost } from './host.js';
// Export, import and the coverage report (docx, pdfkit, mammoth, rehype) are loaded at their first
// request: most sessions never ask, and loaded at start they were a third of an idle server's memory.
const exporter = () => import('../engine/export/index.js');
const importer = () => import('../engine/import/index.js');
const reporter = () => import('../engine/report/coverage-report.js');
import { libraryFor } from '../engine/check.js';
import {
  COVERAGE_REQUEST,
  DEFAULT_SETTINGS,
  EXPORT_REQUEST,
  FIX_ALL_KIND,
  IMPORT_REQUEST,
  INSERT_CLAUSE_REQUEST,
  LIST_CLAUSES_REQUEST,
  NEW_POLICY_QUESTIONS_REQUEST,
  NEW_POLICY_REQUEST,
  REPORT_REQUEST,
  type CoverageParams,
  type ExportParams,
  type ExportResult,
  type ImportParams,
  type ImportResponse,
  type ReportParams,
  type ReportResult,
  type InitOptions,
  type InsertClauseParams,
  type InsertClauseResult,
  type ListClausesParams,
  type ListClausesResult,
  type NewPolicyParams,
  type NewPolicyQuestionsParams,
  type Settings,
} from './protocol.js';
import { questionnaireStep, writePolicy } from './new-policy.js';
import { Scheduler, type SchedulerOptions } from './scheduler.js';
import { PolicySet } from './policy-set.js';
import { resolveRelative } from '../engine/workspace.js';

export interface ServerOptions {
  /** Where the server runs: the file system and a worker thread (node-host.ts), or the client's files (browser-host.ts). */
  host: ServerHost;
  clauses?: ClauseService;
}

interface DocState {
  isPolicy: boolean;
  analysis?: Analysis;
  /** The version the analysis belongs to. */
  analyzedVersion?: number;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const host = options.host;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const clauses = options.clauses ?? createClauseService();
  let init: InitOptions = {};
  let canConfigure = false;
  let workspaceFolders: string[] = [];
  let docsBaseUrl: string | undefined;
  let pushedSettings: Partial<Settings> = {};

  const log = (m: string) => connection.console.log(m);

  function merge(s: Partial<Settings> | undefined): Settings {
    const out: Settings = { ...DEFAULT_SETTINGS };
    if (!s || typeof s !== 'object') return out;
    if (Array.isArray(s.profiles) && s.profiles.every((x) => typeof x === 'string')) out.profiles = s.profiles;
    if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) out.rules = s.rules;
    if (Array.isArray(s.clauseFolders)) out.clauseFolders = s.clauseFolders.filter((x) => typeof x === 'string');
    if (Array.isArray(s.files)) out.files = s.files.filter((x) => typeof x === 'string');
    return out;
  }

  /**
   * The project's `.policywright.json` (nearest up the tree, as the command line reads it) is
   * layered over the editor settings: the team's shared file wins over one person's settings.
   */
  const warnedConfigs = new Set<string>();
  async function withProjectConfig(uri: string, s: Settings): Promise<Settings> {
    const found = await host.projectConfig(uri);
    if (!found) return s;
    if (found.problems.length) {
      if (!warnedConfigs.has(found.where)) {
        warnedConfigs.add(found.where);
        const p = found.problems[0];
        void connection.window.showWarningMessage(`${found.where}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}. The file is ignored until it is fixed.`);
      }
      return s;
    }
    warnedConfigs.delete(found.where);
    const c = found.config;
    return {
      ...s,
      profiles: c.profiles ?? s.profiles,
      rules: { ...s.rules, ...(c.rules ?? {}) },
      files: [...s.files, ...(c.files ?? [])],
      clauseFolders: [...found.clauseFolders, ...s.clauseFolders],
    };
  }

  function settingsFor(uri: string): Promise<Settings> {
    let p = settingsCache.get(uri);
    if (!p) {
      p = (canConfigure
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'policywright' })
            .then((s: Partial<Settings> | null) => merge({ ...init.settings, ...pushedSettings, ...(s ?? {}) }))
            .catch((e: Error) => {
              log(`workspace/configuration failed (${e.message}); using defaults.`);
              return merge({ ...init.settings, ...pushedSettings });
            })
        : Promise.resolve(merge({ ...init.settings, ...pushedSettings }))
      ).then((settings) => withProjectConfig(uri, settings));
      settingsCache.set(uri, p);
    }
    return p;
  }

  async function checkConfig(s: Settings): Promise<CheckConfig> {
    const config: CheckConfig = { defaultProfiles: s.profiles, rules: s.rules as Record<string, RuleSetting> };
    if (docsBaseUrl) config.docsBaseUrl = docsBaseUrl;
    // The user's clause folders feed the missing-item quick fixes too (theirs win).
    if (s.clauseFolders.length) config.clauseSources = await clauseSources(s.clauseFolders);
    return config;
  }

  // The user's clause files, read once per list of folders and kept until a watched file, the
  // configuration or the workspace folders change, or a clause command reads them afresh: every
  // check needs them, and reading them at each keystroke was a file read each (in the browser a
  // request to the client each). A folder given as an absolute path may be outside the workspace,
  // unwatched: its files are read again when they are older than UNWATCHED_MS.
  const clauseCache = new Map<string, { sources: Promise<ClauseSource[]>; read: number }>();
  /** A folder given as an absolute path may lie outside the workspace, where no watcher sees its changes. */
  const ABSOLUTE = /^(?:\/|~|[A-Za-z]:[\\/]|[a-z][a-z0-9+.-]*:\/\/)/i;
  /** How long clause files from such a folder are kept before they are read again. */
  const UNWATCHED_MS = 10_000;
  /** The clause sources of a list of folders: kept, or read now; `fresh`: just read by a clause command, kept from now on. */
  function clauseSources(folders: string[], fresh?: ClauseFile[]): Promise<ClauseSource[]> {
    const key = JSON.stringify([folders, workspaceFolders]);
    const had = fresh ? undefined : clauseCache.get(key);
    if (had && !(folders.some((f) => ABSOLUTE.test(f)) && Date.now() - had.read > UNWATCHED_MS)) return had.sources;
    const p = fresh ? Promise.resolve(toEngineSources(fresh)) : host.clauseFiles(folders, workspaceFolders, log).then(toEngineSources);
    const entry = { sources: p, read: Date.now() };
    clauseCache.set(key, entry);
    // A read that failed is not kept.
    p.catch(() => clauseCache.get(key) === entry && clauseCache.delete(key));
    return p;
  }

  // The scheduler is made at initialize, once the client's options (debounce, worker) are known.
  // The open policies read as a set: translations against their original, clients against each other.
  const policySet = new PolicySet();
  const setConfigs = new Map<string, CheckConfig>();
  /** What was published for each open policy: code actions take the fixes of the diagnostics sent back from it. */
  const published = new Published();
  function publishSet(uri: string, analysis: Analysis | undefined, version?: number): void {
    const changed = policySet.update(uri, analysis?.diagnostics, analysis?.summary, setConfigs.get(uri) ?? {});
    // A policy checked alone, without a summary, now has a neighbour: check it again with one.
    for (const u of policySet.unsummarised()) active?.schedule(u, true);
    for (const [u, diagnostics] of changed) {
      if (u === uri && !analysis) continue;
      if (!documents.get(u)) continue; // a neighbour read from disk: compared, not published
      const v = u === uri ? version : states.get(u)?.analyzedVersion;
      if (v === undefined) continue;
      published.record(u, v, diagnostics);
      void connection.sendDiagnostics({ uri: u, version: v, diagnostics: toLspDiagnostics(diagnostics, u, v) });
    }
  }

  // The policies beside an open one, read from disk (folder-files.ts): checked like open
  // documents (by the scheduler, in the worker) so the set pass can compare them, never published.
  // `disk` holds a version per read, not the text: the file is read when its check starts, and
  // what is kept of it is what the set pass and the family lens need (`forNeighbour`).
  // `readFolders` holds the folders read once already.
  const disk = new Map<string, number>();
  const readFolders = new Set<string>();
  let diskVersion = 0;
  function versionOf(uri: string): number | undefined {
    return documents.get(uri)?.version ?? disk.get(uri);
  }
  /** The text to check: the editor's for an open document, else the file read now (undefined: gone, or superseded meanwhile). */
  async function textOf(uri: string): Promise<{ version: number; text: string } | undefined> {
    const open = documents.get(uri);
    if (open) return { version: open.version, text: open.getText() };
    const version = disk.get(uri);
    if (version === undefined) return undefined;
    const text = await host.readSmallFile(uri, log);
    if (disk.get(uri) !== version) return documents.get(uri) ? textOf(uri) : undefined;
    if (text === undefined) dropNeighbour(uri);
    return text === undefined ? undefined : { version, text };
  }
  /** A file on disk becomes a neighbour (again: it changed), to be read and checked; an open one is the editor's. */
  function readNeighbour(uri: string): void {
    if (documents.get(uri)) return;
    // Negative versions: a check of the disk copy never passes for an editor version of the file.
    disk.set(uri, -++diskVersion);
    active?.schedule(uri, true);
  }
  /** After an open policy's check: read its folder once (off the thread), and the files its front matter names. */
  async function readAround(uri: string, analysis: Analysis): Promise<void> {
    const folder = host.folderOf(uri);
    if (folder && !readFolders.has(folder)) {
      readFolders.add(folder);
      for (const u of await host.folderFiles(uri, log)) if (u !== uri && !disk.has(u)) readNeighbour(u);
    }
    const declared = analysis.declared;
    for (const target of [declared?.translationOf, declared?.supersedes]) {
      const u = target && folder ? resolveRelative(uri, target) : undefined;
      // Only a file that may be a policy (.md, .markdown, .txt) is read: front matter must not make
      // the server read any file it names.
      if (u && u !== uri && POLICY_FILE.test(u.replace(/[?#].*$/, '')) && !disk.has(u)) readNeighbour(u);
    }
  }
  /**
   * A policy that cannot be compared with any other yet, so its check skips the set pass's
   * summary: its folder read already (or it has none), and no other policy in the set or read
   * from disk. Another policy joining has it checked again (publishSet).
   */
  function alone(uri: string): boolean {
    const folder = host.folderOf(uri);
    if (folder && !readFolders.has(folder)) return false;
    if (policySet.hasOtherThan(uri)) return false;
    for (const u of disk.keys()) if (u !== uri) return false;
    return true;
  }
  /** A neighbour gone from disk (or now open in the editor): out of the set. */
  function dropNeighbour(uri: string): void {
    if (!disk.delete(uri)) return;
    active?.forget(uri);
    if (!documents.get(uri)) states.delete(uri);
    if (policySet.has(uri)) publishSet(uri, undefined);
  }

  const schedulerOptions: Omit<SchedulerOptions, 'debounceMs' | 'workerScript'> = {
    input: async (uri) => {
      if (versionOf(uri) === undefined) return undefined;
      const settings = await settingsFor(uri);
      const current = await textOf(uri);
      if (!current) return undefined;
      const text = current.text;
      const isPolicy = isPolicyDocument(uri, text, settings.files, workspaceFolders);
      const state = stateOf(uri);
      if (!isPolicy) {
        if ((state.isPolicy || state.analysis) && documents.get(uri)) void connection.sendDiagnostics({ uri, version: current.version, diagnostics: [] });
        published.forget(uri);
        if (policySet.has(uri)) publishSet(uri, undefined);
        states.set(uri, { isPolicy: false });
        return undefined;
      }
      state.isPolicy = true;
      const config = await checkConfig(settings);
      setConfigs.set(uri, config);
      // A neighbour on disk is checked whole, keeping no chunk cache: it changes seldom.
      const open = !!documents.get(uri);
      return { version: current.version, text, config, key: open ? uri : undefined, summarise: !alone(uri), neighbour: !open };
    },
    currentVersion: versionOf,
    background: (uri) => !documents.get(uri),
    done: (uri, version, analysis) => {
      const state = stateOf(uri);
      const open = !!documents.get(uri);
      if (!open) analysis = forNeighbour(analysis);
      state.analysis = analysis;
      state.analyzedVersion = version;
      publishSet(uri, analysis, version);
      if (open) void readAround(uri, analysis).catch((e: Error) => log(`Reading the policies beside ${uri} failed: ${e.message}`));
      refreshLenses();
    },
    failed: (uri, version, error) => {
      log(`Checking ${uri} v${version} failed: ${error}`);
      if (!documents.get(uri)) return;
      void connection.sendDiagnostics({
        uri,
        version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            code: 'input',
            source: 'policywright',
            message: `Policywright could not check this file: ${error.split('\n')[0]}. Your text is untouched; see the Policywright output for details.`,
          },
        ],
      });
    },
    log,
  };
  let active: Scheduler | undefined;

  function stateOf(uri: string): DocState {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = { isPolicy: false }));
    return s;
  }

  let lensRefresh = false;
  function refreshLenses(): void {
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** The latest analysis of a policy, of whatever version (completion: names, not places). */
  function current(uri: string): Analysis | undefined {
    const s = states.get(uri);
    const d = documents.get(uri);
    if (!s?.isPolicy || !s.analysis || !d) return undefined;
    return s.analysis;
  }

  /**
   * The analysis of the version a request was asked about (the document's version when it
   * arrived): waits for that version's check while one is pending, and answers nothing rather
   * than places from another version.
   */
  async function analysisOf(uri: string, timeoutMs = 5000): Promise<Analysis | undefined> {
    const version = documents.get(uri)?.version;
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const d = documents.get(uri);
      const s = states.get(uri);
      if (version === undefined || d?.version !== version) return undefined;
      if (s?.isPolicy && s.analysis && s.analyzedVersion === version) return s.analysis;
      const left = deadline - performance.now();
      if (!active?.pending(uri) || left <= 0) return undefined;
      await active.whenSettled(uri, left);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitOptions;
    canConfigure = !!params.capabilities.workspace?.configuration;
    lensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    docsBaseUrl = init.docsBaseUrl ?? host.docsBaseUrl;
    supportsFolders = !!params.capabilities.workspace?.workspaceFolders;
    const useWorker = init.worker !== false && !!host.workerScript;
    active = new Scheduler({
      ...schedulerOptions,
      debounceMs: typeof init.debounceMs === 'number' && init.debounceMs >= 0 ? init.debounceMs : 200,
      workerScript: useWorker ? host.workerScript : undefined,
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        completionProvider: { triggerCharacters: ['{'] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Policywright' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policywright-language-server' },
    };
  });

  let supportsFolders = false;
  connection.onInitialized(() => {
    log(`Policywright language server: checks run ${init.worker !== false && host.workerScript ? 'in a worker thread' : 'in the server thread'}; docs pages at ${docsBaseUrl ?? '(none found)'}.`);
    if (!supportsFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      workspaceFolders = workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
      recheckAll();
    });
  });

  function recheckAll(): void {
    settingsCache.clear();
    clauseCache.clear();
    for (const d of documents.all()) active?.schedule(d.uri, true);
  }

  // A policy file changed on disk: only that file is checked again (an open one is the editor's
  // text, which wins), and the set pass republishes only the policies whose findings changed.
  // The project's configuration changed: every open policy is checked again.
  connection.onDidChangeWatchedFiles((params) => {
    // A clause file may be among them (they are Markdown too).
    if (params.changes.length) clauseCache.clear();
    let config = false;
    for (const c of params.changes) {
      if (!POLICY_FILE.test(c.uri)) config = true;
      else if (documents.get(c.uri)) continue;
      else if (c.type === 3 /* deleted */) dropNeighbour(c.uri);
      else if (disk.has(c.uri) || readFolders.has(host.folderOf(c.uri))) readNeighbour(c.uri);
      // Markdown that is neither open nor a neighbour may be a clause file: the open policies'
      // quick fixes are made again from it.
      else config = true;
    }
    if (config) recheckAll();
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { policywright?: Partial<Settings> } | null)?.policywright;
    if (s && typeof s === 'object') pushedSettings = s;
    recheckAll();
  });

  // TextDocuments fires onDidChangeContent after onDidOpen: check a newly opened file at once,
  // an edited one after the debounce delay.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    // The editor's text replaces the copy read from disk.
    if (disk.delete(e.document.uri)) states.delete(e.document.uri);
  });
  documents.onDidChangeContent((e) => active?.schedule(e.document.uri, justOpened.delete(e.document.uri)));
  documents.onDidClose((e) => {
    active?.forget(e.document.uri);
    published.forget(e.document.uri);
    states.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    // The editor's text leaves the set now: it may never have been saved. In a folder read from
    // disk the file comes back as a neighbour once its disk copy is read and checked (one that
    // cannot be read stays out, dropNeighbour); elsewhere it is gone.
    if (policySet.has(e.document.uri)) publishSet(e.document.uri, undefined);
    if (readFolders.has(host.folderOf(e.document.uri))) readNeighbour(e.document.uri);
    else setConfigs.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(uri, params.context.diagnostics, { snippetCommand: !!init.snippetCommand }, published));
    if (wants(FIX_ALL_KIND)) {
      const s = states.get(uri);
      const doc = documents.get(uri);
      if (s?.analysis && doc && s.analyzedVersion === doc.version) {
        const a = fixAll(uri, doc.version, s.analysis.diagnostics);
        if (a) actions.push(a);
      }
    }
    return actions;
  });

  let clauseWarned = false;
  connection.onCompletion(async (params) => {
    const uri = params.textDocument.uri;
    const a = current(uri);
    const doc = documents.get(uri);
    if (!a || !doc) return [];
    const p = params.position;
    const line = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    const items = placeholderCompletions(a, p, line.slice(0, p.character), line.slice(p.character));
    // Asked for on an empty line (Ctrl+Space): the clauses, the ones filling a gap first.
    if (!items.length && line.trim() === '' && params.context?.triggerKind === CompletionTriggerKind.Invoked) {
      try {
        const { model, user } = await clauseContext(uri);
        return clauseCompletions(clauses, model, user, missingRequirements(uri));
      } catch (e) {
        if (!clauseWarned) log(`Clause completion unavailable: ${(e as Error).message}`);
        clauseWarned = true;
      }
    }
    return items;
  });

  connection.onHover(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    return a ? hover(a, params.position) ?? null : null;
  });

  connection.onDocumentSymbol(async (params) => {
    // A client with its own Markdown outline (VS Code) shows that one for Markdown files: one outline, not two.
    if (init.markdownOutline && documents.get(params.textDocument.uri)?.languageId === 'markdown') return [];
    const a = await analysisOf(params.textDocument.uri);
    return a ? documentSymbols(a) : [];
  });

  connection.onFoldingRanges(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    return a ? foldingRanges(a) : [];
  });

  connection.onCodeLens(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return [];
    const uri = params.textDocument.uri;
    const family = policySet.familyOf(uri);
    return coverageLenses(uri, a, family?.members.map((m) => ({ uri: m.path, language: m.language, role: m.role, analysis: states.get(m.path)?.analysis })));
  });

  connection.onRequest(COVERAGE_REQUEST, (params: CoverageParams) => {
    const s = states.get(params.uri);
    return coverageReport(params.uri, s?.analysis, !!s?.isPolicy);
  });

  /** What the clause library needs: the document model and the user's clauses (read afresh: they may have changed on disk). */
  async function clauseContext(uri: string) {
    const doc = documents.get(uri);
    if (!doc) throw new Error(`Open the policy first (${uri} is not open).`);
    const settings = await settingsFor(uri);
    const user = await host.clauseFiles(settings.clauseFolders, workspaceFolders, log);
    void clauseSources(settings.clauseFolders, user);
    return { doc, model: parseDocument(doc.getText()), user };
  }

  function missingRequirements(uri: string): Set<string> {
    return new Set((current(uri)?.coverage ?? []).filter((c) => c.status === 'missing').map((c) => c.requirement));
  }

  connection.onRequest(LIST_CLAUSES_REQUEST, async (params: ListClausesParams): Promise<ListClausesResult> => {
    const { model, user } = await clauseContext(params.uri);
    const missing = missingRequirements(params.uri);
    return { clauses: clauses.list(model, user).map((c) => ({ ...c, fillsGap: c.requirements.some((r) => missing.has(r)) })) };
  });

  connection.onRequest(INSERT_CLAUSE_REQUEST, async (params: InsertClauseParams): Promise<InsertClauseResult> => {
    const { doc, model, user } = await clauseContext(params.uri);
    const ins = clauses.insertion(model, params.clauseId, user);
    if (!ins) throw new Error(`No clause "${params.clauseId}" for language ${model.language}.`);
    const pos = doc.positionAt(ins.offset);
    return { uri: params.uri, version: doc.version, range: { start: pos, end: pos }, snippet: ins.snippet };
  });

  /** The text and check settings of a document to export or report on: the server's open copy, else the text the client sent. */
  async function source(uri: string, text: string | undefined) {
    const t = documents.get(uri)?.getText() ?? text;
    if (t === undefined) throw new Error(`Open the policy first (${uri} is not open).`);
    return { text: t, config: await checkConfig(await settingsFor(uri)) };
  }

  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult> => {
    const unavailable = host.unavailable(params.format);
    if (unavailable) return { problems: [], unavailable };
    const { text, config } = await source(params.uri, params.text);
    const { exportPolicy, exportProblems } = await exporter();
    const problems = exportProblems(text, config).map((d) => ({ line: d.range.start.line, rule: d.rule, message: d.message }));
    if (problems.length && !params.force) return { problems };
    const data = await exportPolicy(text, params.format, { fragment: !!params.fragment, clauses: libraryFor(config.clauseSources) });
    return { problems, ...encode(data) };
  });

  connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult> => {
    const unavailable = host.unavailable(params.format);
    if (unavailable) return { data: '', encoding: 'utf8', unavailable };
    const { text, config } = await source(params.uri, params.text);
    const { reportHtml, reportPdf } = await reporter();
    return encode(params.format === 'pdf' ? await reportPdf(text, config) : reportHtml(text, config));
  });

  connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportResponse> => {
    const data = params.text ?? fromBase64(params.base64 ?? '');
    const { importFile } = await importer();
    return importFile(params.name, data);
  });

  /** The clause library for a new policy: the settings (clause folders) of the file named, else of the first workspace folder. */
  async function newPolicyLibrary(uri: string | undefined) {
    const scope = uri ?? (workspaceFolders[0] ? `${workspaceFolders[0].replace(/\/$/, '')}/privacy.policy.md` : 'untitled:privacy.policy.md');
    return libraryFor((await checkConfig(await settingsFor(scope))).clauseSources);
  }

  connection.onRequest(NEW_POLICY_QUESTIONS_REQUEST, async (params: NewPolicyQuestionsParams) => questionnaireStep(params, await newPolicyLibrary(params.uri)));

  connection.onRequest(NEW_POLICY_REQUEST, async (params: NewPolicyParams) => writePolicy(params, await newPolicyLibrary(params.uri)));

  connection.onShutdown(() => active?.dispose());

  documents.listen(connection);
  connection.listen();
}

/** A result for JSON-RPC: text as it is, bytes as base64. */
function encode(data: string | Uint8Array): { data: string; encoding: 'utf8' | 'base64' } {
  return typeof data === 'string' ? { data, encoding: 'utf8' } : { data: toBase64(data), encoding: 'base64' };
}
