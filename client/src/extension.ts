// The desktop VS Code client: starts the language server (the bundled dist/server.cjs, over node
// IPC); the commands and options it shares with the browser client (browser.ts) are in commands.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { clientOptions, startClient, stopClient } from './commands.js';

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
  // V8's regexp tier-up off from the start (each cue expression compiled once, to machine code),
  // and V8's collector reachable for the check worker (server/src/lsp/worker-heap.ts): flags set
  // at start-up, never changed at run time (server/src/lsp/main.ts says why).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--no-regexp-tier-up', '--expose-gc'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--no-regexp-tier-up', '--expose-gc', '--nolazy', '--inspect=6011'] } },
  };
  const client = new LanguageClient('policywright', 'Policywright', serverOptions, clientOptions(context, false));
  await startClient(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
