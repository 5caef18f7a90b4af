// Entry point of the language server, and of its check worker thread (the same script: the
// bundle is one file). Transport: node IPC when VS Code starts it, `--stdio` for other editors
// (createConnection reads --node-ipc / --stdio / --socket= / --pipe= from the command line).
import { isMainThread, parentPort } from 'node:worker_threads';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { runWorker } from './scheduler.js';
import { nodeHost } from './node-host.js';

// In the CommonJS bundle, esbuild defines import.meta.url from __filename (scripts/bundle.js).
const self = fileURLToPath(import.meta.url);

if (!isMainThread && parentPort) {
  runWorker(parentPort);
} else {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, { host: nodeHost({ workerScript: self, moduleDir: dirname(self) }) });
}
