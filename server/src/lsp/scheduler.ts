// When and where checks run. Each document is checked a short while after its last edit
// (debounce); checks run one at a time in a worker thread so the server answers hover,
// completion and code actions while a large file is being checked; a newer version supersedes
// an older one (a result for an outdated version is dropped, and a long-running check of an
// outdated version is abandoned by restarting the worker). Nothing here blocks the connection.
import { Worker } from 'node:worker_threads';
import { analyze, forgetDocument, forNeighbour, type Analysis } from './analysis.js';
import type { CheckConfig, Diagnostic } from '../engine/types.js';
import { commonEnds } from '../engine/text.js';

export interface CheckInput {
  version: number;
  text: string;
  config: CheckConfig;
  /** The document's URI: its chunk cache. */
  key?: string;
  /** Summarise it for the set pass (default true; see analyze). */
  summarise?: boolean;
  /** A document that is not open (a neighbour on disk): the reply holds only what a neighbour keeps (`forNeighbour`). */
  neighbour?: boolean;
}

export interface SchedulerOptions {
  debounceMs: number;
  /** Script that, started as a worker thread, runs `runWorker()`; none: check in this thread. */
  workerScript?: string;
  /** The newest text and configuration of a document, or undefined when it is closed or not a policy. */
  input(uri: string): Promise<CheckInput | undefined>;
  /** The current version of a document (to drop outdated results). */
  currentVersion(uri: string): number | undefined;
  /**
   * A check nobody is looking at (a neighbour read from disk for the set pass): it waits while a
   * document the user has open is queued, so an edit is never checked after a folder of neighbours.
   */
  background?(uri: string): boolean;
  done(uri: string, version: number, analysis: Analysis): void;
  failed(uri: string, version: number, error: string): void;
  log(message: string): void;
}

/** The next turn of the event loop: setImmediate on Node; a zero timeout in a browser's web worker, which has none. */
const soon: (f: () => void) => void = typeof setImmediate === 'function' ? (f) => setImmediate(f) : (f) => setTimeout(f, 0);

/** A check of an outdated version that has run this long is abandoned (worker restarted). */
const ABANDON_AFTER_MS = 300;

interface Running {
  id: number;
  uri: string;
  version: number;
  started: number;
}

type WorkerReply = { id: number; analysis?: Analysis; error?: string };

/**
 * What the worker posts back: the analysis with its findings each as JSON text, or as the place
 * of an equal finding in the list it posted last for that document (`FindingWriter`). Copying a
 * whole analysis (structured clone) was 50-90 ms of CPU an edit at 1 MB, most of it making the
 * objects again on the server's thread; and most findings of one version are those of the last,
 * which were written out, copied and looked up by their 1.5 MB of text again at every edit.
 */
type WorkerMessage = { id: number; analysis?: Omit<Analysis, 'diagnostics'>; findings?: Posted[]; same?: Part[]; error?: string; resend?: boolean };

/**
 * The parts of an analysis that an edit seldom changes (its sections, coverage, summary: at 1 MB
 * 1,448 sections and the summary were 0.7 MB of JSON): posted only when they differ from those of
 * the check the server thread holds (`have`), else named in `same` and taken from that one there.
 * Copied at every edit, they were made again on both threads, long-lived enough to reach V8's old
 * generation on each.
 */
const PARTS = ['sections', 'coverage', 'summary'] as const;
type Part = (typeof PARTS)[number];
type Parts = Partial<Pick<Analysis, Part>>;

/** The worker's side: the parts it last posted for each open document (by the check's id). */
export class PartWriter {
  private last = new Map<string, { id: number; parts: Parts }>();

  /**
   * Leaves out of `analysis` each part equal to that of check `have` (the one the server thread
   * holds for `key`), and names those; remembers the parts as the server thread will hold them.
   */
  write(id: number, key: string | undefined, have: number | undefined, analysis: Omit<Analysis, 'diagnostics'>): Part[] {
    if (key === undefined) return [];
    const before = this.last.get(key);
    const usable = before && before.id === have ? before.parts : undefined;
    const same: Part[] = [];
    const parts: Parts = {};
    for (const k of PARTS) {
      const v = analysis[k];
      if (usable && k in usable && sameFinding(v, usable[k])) {
        // The old object is kept: the new one, made at this check, is dropped while still young.
        (parts as Record<Part, unknown>)[k] = usable[k];
        same.push(k);
        delete analysis[k];
      } else (parts as Record<Part, unknown>)[k] = v;
    }
    this.last.delete(key);
    this.last.set(key, { id, parts });
    if (this.last.size > 20) this.last.delete(this.last.keys().next().value as string);
    return same;
  }

  forget(key: string): void {
    this.last.delete(key);
  }
}

/** The server thread's side: the parts of each open document's last analysis, which the next one may name as unchanged. */
export class PartReader {
  private last = new Map<string, { id: number; parts: Parts }>();

  /**
   * `analysis` (of check `id`) with the parts named in `same` taken from check `have`; undefined
   * when that one is no longer held. `keep` false: nothing of it kept (a neighbour).
   */
  read(uri: string, id: number, have: number | undefined, analysis: Omit<Analysis, 'diagnostics'>, same: Part[] | undefined, keep = true): Omit<Analysis, 'diagnostics'> | undefined {
    const before = this.last.get(uri);
    this.last.delete(uri);
    let out = analysis;
    if (same?.length) {
      if (!before || before.id !== have) return undefined;
      out = { ...analysis };
      for (const k of same) (out as Record<Part, unknown>)[k] = before.parts[k];
    }
    if (keep) {
      const parts: Parts = {};
      for (const k of PARTS) if (k in out) (parts as Record<Part, unknown>)[k] = out[k];
      this.last.set(uri, { id, parts });
    }
    return out;
  }

  /** The check whose parts are held for `uri`, if any. */
  holds(uri: string): number | undefined {
    return this.last.get(uri)?.id;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/**
 * What the server thread posts to the worker: the document's text, or for an open document the
 * worker has seen, what changed since the text of check `base` (`TextChange`). Posting the whole
 * text copied it twice an edit (out of the server's thread and into the worker's), 2 MB each for
 * a 1 MB policy; an edit changes a few characters. A restarted worker is sent whole texts (the
 * server forgets what it posted); a worker that has dropped the base (it keeps the texts of a
 * limited number of documents) asks for the whole text (`resend`).
 */
type CheckRequest = { id: number; text?: string; change?: TextChange; config: CheckConfig; key?: string; summarise?: boolean; neighbour?: boolean; have?: number };

/** What the server thread posts to the worker when a document is closed: drop what is kept for it (its text, chunk cache, last findings). */
type ForgetRequest = { forget: string };

/** The text of check `base` with `cut` characters at `at` replaced by `insert`. */
export interface TextChange {
  base: number;
  at: number;
  cut: number;
  insert: string;
}

/** How `after` differs from `before`: one replacement, between their common start and common end. */
export function changeBetween(before: string, after: string): Omit<TextChange, 'base'> {
  const { start: p, end: s } = commonEnds(before, after);
  return { at: p, cut: before.length - p - s, insert: after.slice(p, after.length - s) };
}

/** `change` made to `text`. */
export function applyChange(text: string, change: Omit<TextChange, 'base'>): string {
  return text.slice(0, change.at) + change.insert + text.slice(change.at + change.cut);
}

/** A finding as the worker posts it: its JSON text, or the place of an equal one in the list the server thread holds. */
type Posted = string | number;

/**
 * Each depth's keys of the object compared there (`sameFinding`), reused: a list of keys made for
 * every object compared was most of what the comparison allocated, 4 MB an edit at 1 MB.
 */
const keysAt: string[][] = [];

/** An object made by a literal (or with no prototype). */
function plain(x: object): boolean {
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

/**
 * Long lists found alike, each with the list it was compared with, within one comparison of two
 * lists of findings (`FindingWriter.write`): findings share parts (entity-mismatch's "replace
 * all" fix, an edit per place, is one object in each of its hundreds of findings, check.ts
 * `toFix`), which were compared again for every finding, most of the comparison's time at 1 MB.
 */
let alike: WeakMap<object, unknown> | undefined;
/** Lists at least this long are remembered in `alike` (a shorter one costs less to compare than to remember). */
const ALIKE_FROM = 16;

/** Two findings (plain data: objects, arrays, strings, numbers, booleans) alike, as their JSON would be. */
export function sameFinding(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const long = alike !== undefined && a.length >= ALIKE_FROM;
    if (long && alike!.get(a) === b) return true;
    for (let i = 0; i < a.length; i++) if (!sameFinding(a[i], b[i], depth + 1)) return false;
    if (long) alike!.set(a, b);
    return true;
  }
  // Plain objects only: a Date or a Map would be alike by their (no) keys and unlike as JSON.
  if (Array.isArray(b) || !plain(a) || !plain(b)) return false;
  // The same keys in the same order (a plain object inherits no enumerable key: for-in reads its own, in Object.keys' order).
  const ka = (keysAt[depth] ??= []);
  let n = 0;
  for (const k in a) ka[n++] = k;
  let i = 0;
  for (const k in b) if (i >= n || k !== ka[i++]) return false;
  if (i !== n) return false;
  for (let j = 0; j < n; j++) {
    const k = ka[j];
    const va = (a as Record<string, unknown>)[k];
    // JSON leaves out an undefined value: read such a finding as new.
    if (va === undefined || !sameFinding(va, (b as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/**
 * Where a finding stands: equal findings have equal places. Without its message, which
 * `sameFinding` compares anyway: a key string holding the message was built and hashed for every
 * finding of every check (messages run to a few hundred characters).
 */
const placeOf = (d: Diagnostic) => `${d.rule}\u0000${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}`;

/**
 * The worker's side: the findings it last posted for each open document (by the check's id), so
 * that a finding equal to one of them is posted as that one's place, not written out again.
 */
export class FindingWriter {
  private last = new Map<string, { id: number; list: Diagnostic[]; places: Map<string, number[]> }>();

  /**
   * The findings of check `id` of the document `key` as posted. `have`: the check whose list the
   * server thread holds for that document (the one it read last); places refer only to it.
   * A finding equal to one of that list is replaced in `findings` by that list's object.
   */
  write(id: number, key: string | undefined, have: number | undefined, findings: Diagnostic[]): Posted[] {
    if (key === undefined) return findings.map((d) => JSON.stringify(d));
    const before = this.last.get(key);
    const usable = before && before.id === have ? before : undefined;
    const places = new Map<string, number[]>();
    // A finding of the last list is taken once: no two places of one list are the same object.
    const taken = new Set<number>();
    alike = new WeakMap();
    let out: Posted[];
    try {
      out = findings.map((d, i) => {
        const place = placeOf(d);
        const same = places.get(place);
        if (same) same.push(i);
        else places.set(place, [i]);
        for (const j of usable?.places.get(place) ?? []) {
          if (!taken.has(j) && sameFinding(d, usable!.list[j])) {
            taken.add(j);
            // The last list's object is kept for the next comparison: the new one, made at the end of
            // the check (check.ts), is then dropped while still in V8's young generation.
            findings[i] = usable!.list[j];
            return j;
          }
        }
        return JSON.stringify(d);
      });
    } finally {
      alike = undefined;
    }
    this.last.delete(key);
    this.last.set(key, { id, list: findings, places });
    // The last few documents checked, as the chunk caches (analysis.ts).
    if (this.last.size > 20) this.last.delete(this.last.keys().next().value as string);
    return out;
  }

  forget(key: string): void {
    this.last.delete(key);
  }
}

/** The server thread's side: the findings of each document's last analysis, which the next one's posted places refer to. */
export class FindingReader {
  private last = new Map<string, { id: number; list: Diagnostic[] }>();

  /** The check whose findings are held for `uri` (the worker may refer to them), if any. */
  holds(uri: string): number | undefined {
    return this.last.get(uri)?.id;
  }

  /**
   * The findings of check `id` as posted; undefined when a place refers to a list no longer held
   * (the document was closed meanwhile: that check's result is dropped). `keep` false: a check
   * nobody edits (a neighbour on disk): nothing of it kept.
   */
  read(uri: string, id: number, posted: Posted[], keep = true): Diagnostic[] | undefined {
    const before = this.last.get(uri)?.list;
    this.last.delete(uri);
    const out: Diagnostic[] = [];
    for (const p of posted) {
      const d = typeof p === 'number' ? before?.[p] : (JSON.parse(p) as Diagnostic);
      if (!d) return undefined;
      out.push(d);
    }
    if (keep) this.last.set(uri, { id, list: out });
    return out;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

export class Scheduler {
  private timers = new Map<string, NodeJS.Timeout>();
  private queue = new Set<string>();
  private running?: Running;
  private worker?: Worker;
  private workerBroken = false;
  private nextId = 1;
  private waiting = new Map<number, (r: WorkerMessage) => void>();
  private findings = new FindingReader();
  private parts = new PartReader();
  /** The text last posted to the worker for each open document, with its check's id: the next check of it posts what changed. */
  private posted = new Map<string, { id: number; text: string }>();
  private disposed = false;
  /**
   * Bumped when a document is forgotten (closed) while its check runs: that check is dropped even
   * if the document is opened again with the same version number (editors restart at 1). Forgotten
   * with no check running, its entry is removed.
   */
  private epochs = new Map<string, number>();

  constructor(private opts: SchedulerOptions) {
    if (opts.workerScript) this.startWorker();
  }

  /** Check `uri` after the debounce delay (or at once), superseding any pending check of it. */
  schedule(uri: string, immediate = false): void {
    if (this.disposed) return;
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.abandonIfOutdated(uri);
    const fire = () => {
      this.timers.delete(uri);
      this.queue.add(uri);
      this.pump();
    };
    if (immediate || this.opts.debounceMs <= 0) {
      this.timers.delete(uri);
      soon(fire);
    } else this.timers.set(uri, setTimeout(fire, this.opts.debounceMs));
  }

  /** Forget a document (closed). */
  forget(uri: string): void {
    // Only a check running now has taken the epoch; with none, the entry can go.
    if (this.running?.uri === uri) this.epochs.set(uri, (this.epochs.get(uri) ?? 0) + 1);
    else this.epochs.delete(uri);
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.queue.delete(uri);
    this.findings.forget(uri);
    this.parts.forget(uri);
    // What the check worker (or this thread) keeps of an open document: a closed one's text,
    // chunk cache and findings stayed until twenty other documents had been checked.
    if (this.posted.delete(uri) && this.worker && !this.workerBroken) this.worker.postMessage({ forget: uri } satisfies ForgetRequest);
    else if (!this.worker) forgetDocument(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.queue.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /** Is anything pending or running (tests and benchmarks wait on this). */
  get idle(): boolean {
    return !this.running && this.queue.size === 0 && this.timers.size === 0;
  }

  private abandonIfOutdated(uri: string): void {
    const r = this.running;
    if (!r || r.uri !== uri || !this.worker) return;
    if (performance.now() - r.started < ABANDON_AFTER_MS) return; // let a short check finish; its result is dropped
    this.opts.log(`Abandoning the check of ${uri} v${r.version} after ${Math.round(performance.now() - r.started)} ms: a newer version arrived.`);
    this.restartWorker();
    this.resolve({ id: r.id, error: 'superseded' });
  }

  private async pump(): Promise<void> {
    if (this.running || this.disposed) return;
    const uri = this.next();
    if (uri === undefined) return;
    this.queue.delete(uri);
    const id = this.nextId++;
    const epoch = this.epochs.get(uri) ?? 0;
    // Claim the slot before awaiting, so that only one check runs at a time.
    this.running = { id, uri, version: -1, started: performance.now() };
    let input: CheckInput | undefined;
    try {
      input = await this.opts.input(uri);
    } catch (e) {
      this.opts.log(`Could not read settings for ${uri}: ${(e as Error).message}`);
    }
    if (!input || this.disposed) {
      this.running = undefined;
      this.settle(uri);
      void this.pump();
      return;
    }
    this.running = { id, uri, version: input.version, started: performance.now() };
    const reply = await this.run(id, uri, input);
    this.running = undefined;
    try {
      if (reply.error === 'superseded') {
        // The newer version is scheduled already.
      } else if (this.opts.currentVersion(uri) !== input.version || (this.epochs.get(uri) ?? 0) !== epoch) {
        // Outdated: the newer version is scheduled (its didChange called schedule()), or the
        // document was closed meanwhile and what has its version now is another text.
      } else if (input.neighbour && this.opts.background && !this.opts.background(uri)) {
        // Checked as a neighbour (the worker kept only what a neighbour needs), opened since:
        // opening it scheduled its own check.
      } else if (reply.analysis) {
        this.opts.done(uri, input.version, reply.analysis);
      } else {
        this.opts.failed(uri, input.version, reply.error ?? 'unknown error');
      }
    } catch (e) {
      // A callback that throws must not stop the queue: every other document still gets checked.
      this.opts.log(`Publishing the check of ${uri} v${input.version} failed: ${(e as Error).stack ?? e}`);
    } finally {
      this.settle(uri);
      void this.pump();
    }
  }

  /** The first queued document the user has open, else the first queued. */
  private next(): string | undefined {
    let first: string | undefined;
    for (const u of this.queue) {
      if (!this.opts.background?.(u)) return u;
      first ??= u;
    }
    return first;
  }

  /** Is a check of `uri` waiting or running? */
  pending(uri: string): boolean {
    return this.timers.has(uri) || this.queue.has(uri) || this.running?.uri === uri;
  }

  private settled = new Map<string, (() => void)[]>();

  /** Resolves when the next check of `uri` has finished (or been dropped), or after `timeoutMs`. */
  whenSettled(uri: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, timeoutMs);
      const list = this.settled.get(uri) ?? [];
      list.push(() => (clearTimeout(t), resolve()));
      this.settled.set(uri, list);
    });
  }

  private settle(uri: string): void {
    const list = this.settled.get(uri);
    this.settled.delete(uri);
    for (const f of list ?? []) f();
  }

  private run(id: number, uri: string, input: CheckInput): Promise<WorkerReply> {
    if (this.worker && !this.workerBroken) {
      return new Promise((resolve) => {
        const open = input.key !== undefined;
        // The check whose findings and parts the server thread holds (both, or none is referred to).
        const held = open ? this.findings.holds(uri) : undefined;
        const have = held !== undefined && this.parts.holds(uri) === held ? held : undefined;
        const request: CheckRequest = { id, config: input.config, key: input.key, summarise: input.summarise, neighbour: input.neighbour, have };
        const whole = () => this.worker!.postMessage({ ...request, text: input.text });
        const reply = (m: WorkerMessage) => {
          if (m.resend && this.worker) {
            // The document was closed since (forget): its check is dropped; posted whole, the
            // worker would keep a closed document's text and chunk cache again.
            if (open && this.posted.get(uri)?.id !== id) {
              resolve({ id, error: 'superseded' });
              return;
            }
            // The worker no longer holds the text the change was made to: the whole text, then.
            this.waiting.set(id, reply);
            whole();
            return;
          }
          const diagnostics = m.analysis && m.findings ? this.findings.read(uri, id, m.findings, open) : undefined;
          const analysis = m.analysis && diagnostics ? this.parts.read(uri, id, have, m.analysis, m.same, open) : undefined;
          resolve(analysis && diagnostics ? { id, analysis: { ...analysis, diagnostics } } : { id, error: m.error ?? (m.analysis ? 'the findings of an earlier check were forgotten' : 'no analysis') });
        };
        this.waiting.set(id, reply);
        const base = open ? this.posted.get(uri) : undefined;
        if (open) this.posted.set(uri, { id, text: input.text });
        else this.posted.delete(uri);
        if (base) this.worker!.postMessage({ ...request, change: { base: base.id, ...changeBetween(base.text, input.text) } });
        else whole();
      });
    }
    return new Promise((resolve) =>
      soon(() => {
        try {
          resolve({ id, analysis: analyze(input.text, input.config, input.key, input.summarise ?? true) });
        } catch (e) {
          resolve({ id, error: (e as Error).stack ?? String(e) });
        }
      }),
    );
  }

  private resolve(reply: WorkerMessage): void {
    const r = this.waiting.get(reply.id);
    if (r) {
      this.waiting.delete(reply.id);
      r(reply);
    }
  }

  private startWorker(): void {
    let w: Worker;
    try {
      w = new Worker(this.opts.workerScript!, { argv: ['--policywright-worker'] });
    } catch (e) {
      this.opts.log(`Could not start a worker thread (${(e as Error).message}); checking in the server thread.`);
      this.workerBroken = true;
      return;
    }
    this.worker = w;
    // A new worker holds no text: the first check of each document posts it whole.
    this.posted.clear();
    w.unref();
    w.on('message', (m: WorkerMessage) => this.resolve(m));
    w.on('error', (e) => this.opts.log(`Check worker failed: ${e.stack ?? e.message}`));
    w.on('exit', (code) => {
      if (this.worker !== w || this.disposed) return;
      // A crash (out of memory on a pathological file): fail the running check, start afresh.
      this.opts.log(`Check worker exited with code ${code}; restarting it.`);
      this.worker = undefined;
      for (const id of [...this.waiting.keys()]) this.resolve({ id, error: `the check worker stopped (exit code ${code})` });
      this.startWorker();
    });
  }

  private restartWorker(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
    this.startWorker();
  }
}

/** The worker thread's side: answer check requests until terminated. `afterReply`: called once each reply is posted (worker-heap.ts). */
export function runWorker(port: import('node:worker_threads').MessagePort, afterReply?: () => void): void {
  const writer = new FindingWriter();
  const partWriter = new PartWriter();
  /** The text of each open document's last check (the last few documents, as the chunk caches), which the next check's change is made to. */
  const texts = new Map<string, { id: number; text: string }>();
  port.on('message', (m: CheckRequest | ForgetRequest) => {
    if ('forget' in m) {
      texts.delete(m.forget);
      writer.forget(m.forget);
      partWriter.forget(m.forget);
      forgetDocument(m.forget);
      return;
    }
    let text = m.text;
    if (m.change) {
      const base = m.key !== undefined ? texts.get(m.key) : undefined;
      if (!base || base.id !== m.change.base) {
        port.postMessage({ id: m.id, resend: true } satisfies WorkerMessage);
        return;
      }
      text = applyChange(base.text, m.change);
    }
    if (text === undefined) {
      port.postMessage({ id: m.id, error: 'no text to check' } satisfies WorkerMessage);
      return;
    }
    if (m.key !== undefined) {
      texts.delete(m.key);
      texts.set(m.key, { id: m.id, text });
      if (texts.size > 20) texts.delete(texts.keys().next().value as string);
    }
    let reply: WorkerMessage;
    try {
      // An open document's findings are written as soon as the check has made them (analyze).
      let findings: Posted[] | undefined;
      const full = analyze(text, m.config, m.key, m.summarise ?? true, m.neighbour ? undefined : (d) => (findings = writer.write(m.id, m.key, m.have, d)));
      // A document that is not open (a neighbour on disk): only what the server keeps of it.
      const { diagnostics, ...analysis } = m.neighbour ? forNeighbour(full) : full;
      const same = partWriter.write(m.id, m.key, m.have, analysis);
      reply = { id: m.id, analysis, findings: findings ?? writer.write(m.id, m.key, m.have, diagnostics), ...(same.length ? { same } : {}) };
    } catch (e) {
      reply = { id: m.id, error: (e as Error).stack ?? String(e) };
    }
    port.postMessage(reply);
    afterReply?.();
  });
}
