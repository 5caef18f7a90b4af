// A minimal LSP client for protocol tests: starts the language server over stdio, answers
// workspace/configuration with the test's settings, and lets a test wait for the diagnostics
// of a given document version (waiting on the notification, never on a timer).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';
import { LineIndex } from '../../../server/out/engine/text.js';
import { SERVER_FLAGS } from '../../../server/out/lsp/flags.js';
import { ROOT } from './paths.js';

/** The server under test: the compiled one, or the bundle (POLICYWRIGHT_SERVER=dist/server.cjs). */
export const SERVER = process.env.POLICYWRIGHT_SERVER ?? join(ROOT, 'server', 'out', 'lsp', 'main.js');

export interface ClientOptions {
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Script and arguments to start instead of `SERVER_FLAGS SERVER --stdio` (as VS Code's client starts it). */
  command?: string[];
}

export class TestClient {
  /** Every client started and not yet stopped: a failed test must not leave a server running. */
  static running = new Set<TestClient>();
  static async stopAll(): Promise<void> {
    await Promise.all([...TestClient.running].map((c) => c.stop()));
  }

  readonly conn: ProtocolConnection;
  readonly proc: ChildProcess;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  private latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  /** Closed documents whose close the server has not answered yet (its empty publish without a version). */
  private closing = new Set<string>();
  exited?: number | null;
  private stopping = false;
  private readonly died: Promise<never>;
  settings: Record<string, unknown>;

  constructor(private opts: ClientOptions = {}) {
    this.settings = opts.settings ?? {};
    this.proc = spawn(process.execPath, opts.command ?? [...SERVER_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    TestClient.running.add(this);
    this.proc.stderr!.on('data', (b) => this.stderr.push(String(b)));
    // A server that dies while a test waits on it fails the wait with its exit and the end of its
    // stderr, instead of leaving a promise that never settles (the runner then says only that the
    // event loop resolved with the promise pending).
    this.died = new Promise<never>((_, reject) => {
      this.proc.on('exit', (code, signal) => {
        this.exited = code;
        if (!this.stopping) reject(new Error(`the language server exited (code ${code}, signal ${signal}) while a test waited on it; its stderr ends:\n${this.stderr.join('').slice(-2000)}`));
      });
    });
    this.died.catch(() => {});
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (this.closing.has(p.uri)) {
        // Sent before the server read the close: the closed document's, not a reopened one's
        // (both may be version 1).
        if (p.version !== undefined) return;
        this.closing.delete(p.uri);
      }
      this.latest.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.listen();
  }

  async initialize(): Promise<unknown> {
    const folder = this.opts.workspaceFolder ?? join(ROOT, 'test', 'fixtures', 'lsp');
    const result = await this.orDied(this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'fixtures' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true } } },
      initializationOptions: { debounceMs: 20, ...this.opts.initializationOptions },
    }));
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first diagnostics for `uri` (of `version`, when given) published from now on or already there. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const pred = (p: PublishDiagnosticsParams) => version === undefined || p.version === version;
    const have = this.latest.get(uri);
    if (have && version !== undefined && pred(have)) return Promise.resolve(have);
    return this.orDied(new Promise((resolve) => this.waiters.push({ uri, pred, resolve })));
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `pred`, published from now on or already there. */
  diagnosticsWhere(uri: string, pred: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const have = this.latest.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return this.orDied(new Promise((resolve) => this.waiters.push({ uri, pred, resolve })));
  }

  open(uri: string, text: string, languageId = 'markdown'): number {
    this.versions.set(uri, 1);
    this.latest.delete(uri);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Send changes (full text when `range` is absent); returns the new version. */
  change(uri: string, changes: ({ text: string } | { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string })[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.closing.add(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.orDied(this.conn.sendRequest(method, params) as Promise<R>);
  }

  private orDied<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.died]);
  }

  async stop(): Promise<void> {
    if (!TestClient.running.delete(this)) return;
    this.stopping = true;
    if (this.exited === undefined) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited !== undefined) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 3000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export function fixtureUri(name: string): string {
  return pathToFileURL(join(ROOT, 'test', 'fixtures', 'lsp', name)).href;
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}
