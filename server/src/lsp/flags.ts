// The V8 flags the language server is started with, by every starter: the VS Code client's
// execArgv (client/src/extension.ts), bin/policywright-language-server.js (which starts itself once
// more with those it lacks, bin/relaunch.js) and the test client. V8 reads them at start-up; the
// server never changes them at run time (main.ts says why).
//
// - `--no-regexp-tier-up`: each cue expression compiled once, to machine code (engine/text.ts).
// - `--expose-gc`: the check worker collects its own heap between edits (worker-heap.ts).
// - `--interrupt-budget` eight times V8's default (67584): how much a function runs before V8
//   compiles it with TurboFan. An edit runs a little of much code (the memos skip what did not
//   change), so at the default V8's background threads spent two to three times the check's own
//   CPU compiling the functions an edit reaches, edit after edit, for the first few dozen edits
//   after a policy is opened (100 KB real policy, the ten edits after opening: 77-104 ms of
//   background compilation an edit against the check worker's 33-39 ms; on two cores they compete
//   with the check for the other core). With it, 11-14 ms; what stays hot is still compiled.
//   Measured on Node 20 (TurboFan only). VS Code's Electron and newer Node also tier up through
//   Maglev, with budgets of their own; there the flag is harmless (every V8 knows it) but its gain
//   is unmeasured.
export const SERVER_FLAGS = ['--no-regexp-tier-up', '--expose-gc', '--interrupt-budget=540672'];
