// The command line called in this process, through the same run(argv, io) that bin/policywright.js
// calls: no new Node process per call, so no cold start and no second compile of the cue lists.
// Output is collected as the binary's pipes would carry it; standard output is not a terminal and
// the environment is empty unless a test says otherwise. integration/binary.test.ts spawns the
// real binary (exit code, stdout and stderr, bytes to a pipe).
import { run } from '../../../server/out/cli/main.js';

export interface CliResult {
  /** The exit code the binary would set. */
  status: number;
  stdout: string;
  stderr: string;
  /** Everything written to standard output, text and bytes, as the pipe would carry it. */
  bytes: Buffer;
}

/**
 * `check` runs in this thread unless the arguments name `--jobs`: each worker thread loads the engine
 * and compiles the cue lists again, a second or more of CPU per thread and call. The results are
 * the same (cli.test.ts checks one folder with `--jobs 1` and on threads, and compares).
 */
function inThisThread(args: string[]): string[] {
  if (args[0] !== 'check' || args.some((a) => a === '--jobs' || a === '-j' || a.startsWith('--jobs=') || /^-j\d/.test(a))) return args;
  return [...args, '--jobs', '1'];
}

export async function cli(args: string[], cwd: string, opts: { env?: Record<string, string | undefined>; isTTY?: boolean } = {}): Promise<CliResult> {
  args = inThisThread(args);
  const out: Buffer[] = [];
  const err: string[] = [];
  const status = await run(args, {
    stdout: (s) => out.push(Buffer.from(s, 'utf8')),
    stderr: (s) => err.push(s),
    stdoutBytes: (b) => out.push(Buffer.from(b)),
    cwd,
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
  });
  const bytes = Buffer.concat(out);
  return { status, stdout: bytes.toString('utf8'), stderr: err.join(''), bytes };
}
