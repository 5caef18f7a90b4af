#!/usr/bin/env node
// The `policywright` command. The code lives in server/out/cli (built by `npm run build`), and
// `npm run build` also bundles it into dist/cli/main.mjs (scripts/bundle.js --cli), which starts
// much faster. The bundle is used when it is there and not older than the last build of
// server/out (so an edit compiled with `tsc -b` alone is not hidden by an old bundle);
// POLICYWRIGHT_BUNDLE=0 always uses server/out.
import { statSync } from 'node:fs';

// One process, started as it was: no V8 flag is needed. The checker's cue expressions are compiled
// straight to machine code by their first run (server/src/engine/text.ts `toMachineCode`), which
// is what `--no-regexp-tier-up` gave them; that flag needs the process started with it, and giving
// it here cost a second Node start-up on every check (bin/relaunch.js, which the language server
// still uses for its own flags).
const args = process.argv.slice(2);
await main();

async function main() {
  const mtime = (rel) => {
    try {
      return statSync(new URL(rel, import.meta.url)).mtimeMs;
    } catch {
      return NaN;
    }
  };
  const bundled = process.env.POLICYWRIGHT_BUNDLE !== '0' && mtime('../dist/cli/main.mjs') >= (mtime('../server/tsconfig.tsbuildinfo') || 0);
  // A reader that stops early (`policywright check … | head`) closes the pipe: the next write fails
  // with EPIPE. Stop quietly with the check's exit code, as other command-line tools do, instead of
  // an unhandled error's stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { run } = await import(bundled ? '../dist/cli/main.mjs' : '../server/out/cli/main.js');

  process.exitCode = await run(args, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutBytes: (b) => process.stdout.write(b),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  });
  // The command is done. Once its output is with the operating system (nothing left in the
  // streams' buffers: Node writes files synchronously, and pipes too on Linux), exit at once:
  // left to wind down, V8 finished a full garbage collection of what the check built, a tenth of a
  // small check's time. Output still buffered (a pipe on macOS or Windows) is left to drain as before.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
}
