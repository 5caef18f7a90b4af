#!/usr/bin/env node
// The Policywright language server for any editor: speaks LSP over stdio unless told otherwise
// (--node-ipc, --socket=PORT, --pipe=NAME). VS Code's extension runs the bundled dist/server.cjs
// (with these flags in its execArgv).
import { startedWith } from './relaunch.js';
import { SERVER_FLAGS } from '../server/out/lsp/flags.js';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((a) => transports.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');
// From the process's start (relaunch.js): the server's V8 flags (server/src/lsp/flags.ts: regexp
// tier-up off, V8's collector reachable for the check worker, a larger TurboFan budget, a heap that
// grows by half rather than V8's own factor, a young generation of 4 MB a semi-space).
// Over node IPC the channel to the editor is this process's: it is not started again, and runs
// with the flags its editor gave.
if (process.argv.includes('--node-ipc') || startedWith(SERVER_FLAGS)) await import('../server/out/lsp/main.js');
