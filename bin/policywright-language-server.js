#!/usr/bin/env node
// The Policywright language server for any editor: speaks LSP over stdio unless told otherwise
// (--node-ipc, --socket=PORT, --pipe=NAME). VS Code's extension runs the bundled dist/server.cjs
// (with these flags in its execArgv).
import { startedWith } from './relaunch.js';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((a) => transports.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');
// From the process's start (relaunch.js): regexp tier-up off, as for the command line, and V8's
// collector reachable, for the check worker's heap between edits (server/src/lsp/worker-heap.ts).
// Over node IPC the channel to the editor is this process's: it is not started again, and runs
// with the flags its editor gave.
if (process.argv.includes('--node-ipc') || startedWith(['--no-regexp-tier-up', '--expose-gc'])) await import('../server/out/lsp/main.js');
