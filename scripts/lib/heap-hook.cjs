// Preloaded into the language server by scripts/heap-lsp.js (`node -r`; not part of the server).
// In the server's main thread: SIGWINCH writes both threads' V8 heap figures (this thread's and,
// over a BroadcastChannel, each worker's) to HEAP_LSP_DIR/stats.json; SIGUSR2 collects this
// thread's heap and writes a heap snapshot of it and of each worker thread (Worker.getHeapSnapshot)
// to HEAP_LSP_DIR, then HEAP_LSP_DIR/done. SIGUSR1 is Node's inspector, hence these two.
const wt = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.HEAP_LSP_DIR;
const mb = (x) => Math.round(x / 104857.6) / 10;
const figures = () => {
  const h = v8.getHeapStatistics();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_size) spaces[s.space_name.replace('_space', '')] = [mb(s.space_size), mb(s.space_used_size)];
  return { thread: wt.threadId, total: mb(h.total_heap_size), used: mb(h.used_heap_size), physical: mb(h.total_physical_size), spaces };
};
const channel = new wt.BroadcastChannel('policywright-heap-lsp');
channel.unref();
if (!wt.isMainThread) {
  channel.onmessage = (e) => {
    if (e.data === 'figures') channel.postMessage(figures());
  };
} else if (dir) {
  const workers = [];
  const Worker = wt.Worker;
  wt.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      workers.push(this);
    }
  };
  require('node:module').syncBuiltinESMExports();
  const got = [];
  channel.onmessage = (e) => got.push(e.data);
  process.on('SIGWINCH', () => {
    got.length = 0;
    channel.postMessage('figures');
    setTimeout(() => fs.writeFileSync(path.join(dir, 'stats.json'), JSON.stringify([figures(), ...got])), 1000);
  });
  process.on('SIGUSR2', async () => {
    globalThis.gc?.();
    v8.writeHeapSnapshot(path.join(dir, 'main.heapsnapshot'));
    const live = workers.filter((w) => w.threadId > 0);
    for (const [i, w] of live.entries()) {
      const out = fs.createWriteStream(path.join(dir, `worker${i}.heapsnapshot`));
      const snap = await w.getHeapSnapshot();
      await new Promise((resolve, reject) => {
        snap.pipe(out);
        out.on('finish', resolve);
        out.on('error', reject);
      });
    }
    fs.writeFileSync(path.join(dir, 'done'), String(live.length));
  });
}
