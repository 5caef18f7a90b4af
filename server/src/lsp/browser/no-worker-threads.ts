// Stands in for node:worker_threads in the browser bundle (scripts/bundle.js aliases it here).
// The browser server is itself a web worker and the browser host names no worker script, so the
// scheduler checks in its own thread and never constructs a Worker.
export const isMainThread = true;
export const parentPort = null;
export class Worker {
  constructor() {
    throw new Error('no worker threads in the browser: checks run in the server thread');
  }
}
export type MessagePort = never;
