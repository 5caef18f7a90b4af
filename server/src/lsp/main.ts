// Entry point of the language server, and of its check worker thread where the server is compiled
// (server/out starts this script again; the desktop bundle starts dist/server-worker.cjs). Transport: node IPC when VS Code starts it, `--stdio` for other editors
// (createConnection reads --node-ipc / --stdio / --socket= / --pipe= from the command line).
import { isMainThread, parentPort } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_FLAGS } from './flags.js';

// V8's regexp tier-up is turned off where the server is started (`node --no-regexp-tier-up`: the
// VS Code client's execArgv, the test client, bin/policywright-language-server.js), never here with v8.setFlagsFromString: Node's own
// expressions compiled before such a change (the module resolver's) were then run as machine code
// they did not have, and the server died with SIGSEGV at start-up, now and then, under load (the
// protocol tests' "event loop has already resolved" at initialize). Started without the flag, V8
// compiles each expression to bytecode first and again to machine code when it runs a second time.

// In the CommonJS bundle, esbuild defines import.meta.url from __filename (scripts/bundle.js).
const self = fileURLToPath(import.meta.url);
// The bundle's check worker is a file of its own (worker-main.ts bundled: dist/server-worker.cjs),
// named by the bundle's `define`; the compiled server starts this file again.
declare const __POLICYWRIGHT_WORKER_FILE__: string | undefined;
const workerScript = typeof __POLICYWRIGHT_WORKER_FILE__ === 'string' ? join(dirname(self), __POLICYWRIGHT_WORKER_FILE__) : self;

// Each thread loads what it runs: the worker the checker (scheduler.ts), the server thread the
// protocol and the server (which loads the checker too, for checks without a worker). A worker
// that loaded the server's modules held their memory for nothing.
if (!isMainThread && parentPort) {
  void import('./worker-main.js');
} else {
  void Promise.all([import('vscode-languageserver/node.js'), import('./server.js'), import('./node-host.js')]).then(([{ createConnection, ProposedFeatures }, { startServer }, { nodeHost }]) => {
    // Said once, on stderr (the editor's output channel): started without its flags, the server works, but
    // the check worker's heap is no longer collected after each check (worker-heap.ts), checks are slower
    // (regexp tier-up, TurboFan budget) and it holds more memory (heap growth, young generation).
    const missing = SERVER_FLAGS.filter((f) => !process.execArgv.includes(f));
    if (missing.length) {
      process.stderr.write(`Policywright language server: started without ${missing.join(' ')} (bin/policywright-language-server.js gives them); it runs, with more memory and slower checks.\n`);
    }
    const connection = createConnection(ProposedFeatures.all);
    startServer(connection, { host: nodeHost({ workerScript, moduleDir: dirname(self) }) });
  }, (e: Error) => {
    process.stderr.write(`Policywright language server could not start: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
