// The check worker thread's entry: the checker (scheduler.ts runWorker) and the worker's heap
// keeper (worker-heap.ts), nothing of the protocol or the server. main.ts loads it in its worker
// thread (the compiled server starts main.js for both threads); the desktop bundle has it as a file
// of its own, dist/server-worker.cjs (scripts/bundle.js), so that the worker thread does not load,
// scan and keep the source of the whole server (the export and import libraries, the protocol).
import { parentPort } from 'node:worker_threads';
import { runWorker } from './scheduler.js';
import { heapKeeper } from './worker-heap.js';

if (parentPort) runWorker(parentPort, heapKeeper());
