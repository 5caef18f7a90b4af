// The desktop VS Code client: starts the language server (the bundled dist/server.cjs, over node
// IPC); the commands and options it shares with the browser client (browser.ts) are in commands.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { clientOptions, startClient, stopClient } from './commands.js';
import { SERVER_FLAGS } from '../../server/src/lsp/flags.js';

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
  // V8's flags for the server (server/src/lsp/flags.ts): set at start-up, never changed at run
  // time (server/src/lsp/main.ts says why).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_FLAGS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const client = new LanguageClient('policywright', 'Policywright', serverOptions, clientOptions(context, false));
  await startClient(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
