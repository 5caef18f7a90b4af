// Entry point of the language server in a browser (vscode.dev, github.dev): it runs in the web
// worker the client starts (client/src/browser.ts) and speaks LSP over the worker's messages.
// Files come from the client (browser-host.ts); checks run in this worker's own thread.
// scripts/bundle.js builds it into dist/browser/server.js.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser.js';
import { startServer } from './server.js';
import { browserHost } from './browser-host.js';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
const port = globalThis as unknown as Port;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, { host: browserHost(connection) });
