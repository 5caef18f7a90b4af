// Checking many files on all cores: worker threads each read and check one file at a time, and
// the results come back in the order the files were given, so output is stable whatever
// finishes first. One file, or one core, is checked in this thread (a worker costs a start-up).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { checkBytes, type FullCheckResult } from '../engine/check.js';
import type { CheckConfig } from '../engine/types.js';
import { summarisePolicy, type PolicySummary } from '../engine/workspace.js';

export interface Task {
  file: string;
  config: CheckConfig;
  /** Also summarise the policy for the set-level pass (several files are checked). */
  summarise?: boolean;
}

/** A file's result, or why it could not be read (a system error's code and message). */
export type Outcome = { result: FullCheckResult; summary?: PolicySummary } | { error: { code?: string; message: string } };

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
  return summary ? { result, summary } : { result };
}

/** How many threads to check on: as many as cores, no more than files, at most 16. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files, 16));
}

/** Check every task on `jobs` worker threads (1: in this thread); outcomes in the tasks' order. */
export async function checkAll(tasks: Task[], jobs: number): Promise<Outcome[]> {
  if (jobs <= 1 || tasks.length <= 1) return tasks.map(checkOne);
  const out: Outcome[] = new Array(tasks.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(jobs, tasks.length) }, () => {
        const w = new Worker(new URL(import.meta.url));
        workers.push(w);
        return new Promise<void>((resolve, reject) => {
          let current = -1;
          const feed = () => {
            if (next >= tasks.length) return resolve();
            current = next++;
            w.postMessage(tasks[current]);
          };
          w.on('message', (o: Outcome) => {
            out[current] = o;
            feed();
          });
          w.on('error', reject);
          w.on('exit', (code) => (next >= tasks.length && out[current] ? resolve() : reject(new Error(`a check worker stopped (exit code ${code}) while checking ${tasks[current]?.file}`))));
          feed();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

// Started as a worker thread: check what the main thread sends until it is terminated.
if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (task: Task) => port.postMessage(checkOne(task)));
}
