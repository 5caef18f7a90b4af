#!/usr/bin/env node
// The Policywright language server for any editor: speaks LSP over stdio unless told otherwise
// (--node-ipc, --socket=PORT, --pipe=NAME). VS Code's extension runs the bundled dist/server.cjs.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((a) => transports.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');
await import('../server/out/lsp/main.js');
