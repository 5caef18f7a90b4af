// Checking many files on all cores: this thread and worker threads each read and check one file at a time, and
// the results come back in the order the files were given, so output is stable whatever
// finishes first. The biggest files are handed out first, so that one large policy started last
// does not keep a single thread busy after the others are done. One file, or one core, is
// checked in this thread (a worker costs a start-up).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { checkBytes, type FullCheckResult } from '../engine/check.js';
import type { CheckConfig } from '../engine/types.js';
import { summarisePolicy, type PolicySummary } from '../engine/workspace.js';
import { encodedFileJson, type EncodedFileJson } from './format.js';

export interface Task {
  file: string;
  config: CheckConfig;
  /** Also summarise the policy for the set-level pass (several files are checked). */
  summarise?: boolean;
  /**
   * Also write the file's part of the JSON output (`encodedFileJson`), under this path: made on the
   * thread that checks it, so that a folder's output is not built and encoded on one thread.
   */
  jsonPath?: string;
}

/**
 * node:worker_threads, loaded when threads are started or in one of them: a check of one file (or
 * on one core) never loads it, nor its diagnostics channels, some hundredths of a small check's
 * start-up. A worker of the pool is started with WORKER_ARG in its argv, which says what it is
 * without the module (`isMainThread`).
 */
const threads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');
const WORKER_ARG = '--policywright-check-worker';

/** A file's result, or why it could not be read (a system error's code and message). */
export type Outcome = { result: FullCheckResult; summary?: PolicySummary; json?: EncodedFileJson } | { error: { code?: string; message: string } };

export function checkOne(task: Task): Outcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.file);
  } catch (e) {
    return { error: { code: (e as { code?: string }).code, message: (e as Error).message } };
  }
  const result = checkBytes(bytes, task.config);
  const summary = task.summarise && result.document ? summarisePolicy(result.document, result.coverage) : undefined;
  delete result.document;
  const json = task.jsonPath === undefined ? undefined : encodedFileJson({ path: task.jsonPath, result });
  return { result, ...(summary ? { summary } : {}), ...(json ? { json } : {}) };
}

/** How many threads to check on: as many as cores, no more than files, at most 16. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files, 16));
}

/**
 * How many files a worker holds at once: the one it checks and the next, so that it need not wait
 * for this thread, busy with a check of its own, to take its result and send it another.
 */
const AHEAD = 2;

/**
 * Check every task on `jobs` threads (1: this thread alone): this one and `jobs - 1` workers, each
 * taking the next file, largest first; outcomes in the tasks' order. This thread checks too, one
 * file at a time and letting the workers' messages in between: a worker is another V8 isolate that
 * loads the engine, compiles the cue lists it meets, reads the data and warms its own code and
 * memos, all again: one fewer saves its start-up (some 0.2 to 0.5 s of CPU and 60 to 100 MB). What
 * `--jobs 2` still costs beyond `--jobs 1` (a third more CPU) is the two checking threads each
 * compiling and warming the same lists and code.
 */
export async function checkAll(tasks: Task[], jobs: number): Promise<Outcome[]> {
  if (jobs <= 1 || tasks.length <= 1) return tasks.map(checkOne);
  const out: Outcome[] = new Array(tasks.length);
  const order = biggestFirst(tasks);
  let next = 0;
  const take = (): number => (next < order.length ? order[next++] : -1);
  const workers: import('node:worker_threads').Worker[] = [];
  try {
    const onWorkers = Array.from({ length: Math.min(jobs, tasks.length) - 1 }, () => {
      const w = new (threads().Worker)(new URL(import.meta.url), { argv: [WORKER_ARG] });
      workers.push(w);
      return new Promise<void>((resolve, reject) => {
        // The tasks sent and not yet answered, in the order sent (a worker answers in that order).
        const sent: number[] = [];
        const feed = () => {
          for (let i = sent.length < AHEAD ? take() : -1; i >= 0; i = sent.length < AHEAD ? take() : -1) {
            sent.push(i);
            w.postMessage(tasks[i]);
          }
          if (!sent.length) resolve();
        };
        w.on('message', (o: Outcome) => {
          out[sent.shift()!] = o;
          feed();
        });
        w.on('error', reject);
        w.on('exit', (code) => (sent.length ? reject(new Error(`a check worker stopped (exit code ${code}) while checking ${tasks[sent[0]].file}`)) : resolve()));
        feed();
      });
    });
    const here = (async () => {
      for (let i = take(); i >= 0; i = take()) {
        out[i] = checkOne(tasks[i]);
        await new Promise((go) => setImmediate(go));
      }
    })();
    await Promise.all([...onWorkers, here]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/** The tasks' indices, largest file first (a file that cannot be read counts as empty: its error comes at once). */
export function biggestFirst(tasks: Task[]): number[] {
  const size = tasks.map((t) => {
    try {
      return statSync(t.file).size;
    } catch {
      return 0;
    }
  });
  return tasks.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
}

// Started as a worker thread: check what the main thread sends until it is terminated.
const port = process.argv.includes(WORKER_ARG) ? threads().parentPort : null;
if (port && !threads().isMainThread) {
  port.on('message', (task: Task) => {
    const outcome = checkOne(task);
    // The JSON bytes are handed over, not copied.
    port.postMessage(outcome, 'json' in outcome && outcome.json ? [outcome.json.bytes.buffer as ArrayBuffer] : []);
  });
}
