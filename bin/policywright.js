#!/usr/bin/env node
// The `policywright` command. The code lives in server/out/cli (built by `npm run build`).
import { run } from '../server/out/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutBytes: (b) => process.stdout.write(b),
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
});
