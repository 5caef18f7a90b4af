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
// - `--heap-growing-percent=50`: after a full collection V8 lets the old generation grow to 1.5
//   times what stayed alive before it collects again. Its own factor follows how cheap collecting
//   is against the program's work, and a check worker that re-reads a 1 MB policy at every edit
//   is cheap to collect: it went up to four times (V8's largest), so each edit's promoted garbage
//   (some 9 MB at 1 MB: what a check builds for the whole document outlives the young generation)
//   piled up until the worker's old generation held 177 MB and its large objects 49 MB against
//   59 and 9 alive, the server 479 MB after 20 edits, and more the longer one typed
//   (scripts/heap-lsp.js --edits=20; worker-heap.ts collects only when the user pauses). With it:
//   366 MB, the worker's old generation 98 MB. The cost is more full collections, mostly marked
//   on another thread: the check worker's code in process over 10 + 20 edits at 1 MB, under
//   --trace-gc, 10 full collections and 307 ms of pauses and marking steps on its thread, against
//   3-6 and 119-196 ms without (some 5 ms an edit, 2-3 %); at 30 (1.3 times) 12 and 545 ms (some
//   13 ms an edit) for a heap at most 191 MB against 208. Counted over the protocol on a quiet
//   machine (scripts/bench-lsp-ab.js, the whole process, every thread), the cost is larger: CPU per
//   edit x1.16-1.17 at 1 MB for RSS x0.82-0.84, x1.02-1.05 at 100 KB; at 100 (twice) x1.02 for
//   RSS x0.93 — a trade of edit time for memory at large sizes, kept for now (session 35's note).
// - `--max-semi-space-size=4` (MB; V8's own grows to 16): one size for every thread (a worker's
//   resourceLimits do not override it). After ten edits of a 1 MB policy the server thread's young
//   generation sat at V8's full 32 MB with under 5 MB used, the worker's with 4-8 MB used. With it,
//   `npm run bench:lsp`: RSS 316-324 -> 281-282 MB (issue 9's 300 MB met), edit to diagnostics
//   175 ms at 1 MB against 177-194 without; over the protocol A/B (scripts/bench-lsp-ab.js, wait)
//   x1.04-1.11 at 1 MB: the worker scavenges more often and promotes more of each check (session 39,
//   ARCHITECTURE.md, the language server's heap). At 8 MB: 295 MB for x1.07.
export const SERVER_FLAGS = ['--no-regexp-tier-up', '--expose-gc', '--interrupt-budget=540672', '--heap-growing-percent=50', '--max-semi-space-size=4'];
