// The browser client (vscode.dev, github.dev; package.json `browser`): starts the language server
// (dist/browser/server.js) in a web worker and talks LSP over its messages. The commands and the
// answers to the server's file requests (it has no file system) are shared with the desktop
// client (commands.ts). scripts/bundle.js builds it into dist/browser/extension.js.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { clientOptions, startClient, stopClient } from './commands.js';

// The web extension host has Worker; the project compiles without the DOM library, so name it here.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const worker = new Worker(serverMain.toString(true));
  const client = new LanguageClient('policywright', 'Policywright', clientOptions(context, true), worker);
  await startClient(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
