// V8 flags the commands need from the start of the process. V8 reads them when it starts; setting
// them later with v8.setFlagsFromString is undefined behaviour by Node's own documentation (the
// language server died with SIGSEGV at start-up, now and then, when it turned regexp tier-up off
// that way: expressions Node had compiled before were then run as code they did not have). A
// shebang cannot give them everywhere: `#!/usr/bin/env -S node --flag` fails on Alpine Linux
// (BusyBox env has no -S: the official node:alpine images) and on OpenBSD and NetBSD, and
// `node bin/policywright.js` reads no shebang at all. So a process started without them starts
// the same script once more with them (its arguments, standard streams and environment as they
// are) and ends as that child ends: one more Node start-up, a small part of what the flag saves
// on even a 3-line policy (scripts/bench-cli-ab.js). A caller that gives the flags itself (the
// VS Code client, the tests, `node --no-regexp-tier-up bin/policywright.js`) starts no child.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** Set in the child, so that it never starts another (if Node ever left a flag out of execArgv); removed there at once. */
const MARK = 'POLICYWRIGHT_RELAUNCHED';

/**
 * True when this process has every flag in `flags` (or is already the child): go on. Otherwise
 * starts this script again with the missing flags in a child process, whose exit code or signal
 * becomes this process's, and returns false: the caller does nothing more.
 */
export function startedWith(flags) {
  const relaunched = process.env[MARK] === '1';
  delete process.env[MARK];
  const missing = flags.filter((f) => !process.execArgv.includes(f));
  if (missing.length === 0 || relaunched) return true;
  // Under a debugger (node --inspect …) the process that was started is the one debugged, and a
  // child could not bind the same port: run here without the flags (slower, nothing else differs).
  if (process.execArgv.some((a) => /^--(inspect|debug)/.test(a))) return true;
  const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, [MARK]: '1' } });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone (a
  // timeout's kill) is passed on, so that the child never runs on without it.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, () => child.kill(s));
  child.on('error', (e) => {
    process.stderr.write(`policywright: could not start ${process.execPath}: ${e.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    }
    // A signal this process ignores or handles itself (SIGPIPE, SIGUSR1) leaves it alive: the shell's code for it.
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
  return false;
}
