// What the export, import and report commands share: reading the input, and writing the result
// to a file (never over an existing one without --force, never over the input) or to stdout.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { decodeBytes } from '../engine/text.js';
import { exportName } from '../engine/export/names.js';
import { PROFILES } from '../engine/data.js';
import type { CheckConfig, Diagnostic } from '../engine/types.js';
import { ConfigFinder, projectCheckConfig } from '../host/config-finder.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Binary output (DOCX, PDF) to standard output; absent hosts cannot write bytes there. */
  stdoutBytes?: (b: Uint8Array) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

export function readInput(file: string, cwd: string): { path: string; bytes: Buffer } {
  const path = resolve(cwd, file);
  try {
    return { path, bytes: readFileSync(path) };
  } catch (e) {
    throw new CliError(cannotRead(file, e, path));
  }
}

/** Why a file could not be read, in a sentence rather than a raw system error. */
export function cannotRead(file: string, e: unknown, path: string): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return `${file} does not exist (looked for ${path}); check the name and the folder.`;
  if (code === 'EISDIR') return `${file} is a folder; name a file.`;
  if (code === 'EACCES' || code === 'EPERM') return `${file} cannot be read: permission denied.`;
  return `cannot read ${file}: ${(e as Error).message}`;
}

/** The input as text; binary input is an error. */
export function readText(file: string, cwd: string): { path: string; text: string } {
  const { path, bytes } = readInput(file, cwd);
  const decoded = decodeBytes(bytes);
  if (decoded.problem?.kind === 'binary') throw new CliError(`${file}: ${decoded.problem.message}`);
  return { path, text: decoded.text };
}

/** The file next to the input that a result goes to when no -o is given: clean.policy.md → clean.html. */
export function besideInput(input: string, suffix: string): string {
  return join(dirname(input), exportName(basename(input), suffix));
}

export function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}

/**
 * Write a result: to `out` ("-" is standard output). An existing file is overwritten only with
 * force, and the input never; bytes go to standard output only when it is not a terminal.
 */
export function writeOutput(io: Io, out: string, data: string | Uint8Array, opts: { force: boolean; input?: string }): string | undefined {
  if (out === '-') {
    if (typeof data === 'string') io.stdout(data);
    else {
      if (io.isTTY || !io.stdoutBytes) throw new CliError('will not write a binary file to the terminal: name a file with -o, or redirect standard output');
      io.stdoutBytes(data);
    }
    return undefined;
  }
  const path = resolve(io.cwd, out);
  if (opts.input && samePath(path, opts.input)) throw new CliError(`will not write over the input file ${out}`);
  try {
    // Without --force the file is created exclusively ('wx'): a file that appears between a
    // check and the write (or a dangling link in its place) is never written over.
    writeFileSync(path, data, { flag: opts.force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') throw new CliError(`${out} exists; pass --force to overwrite it`);
    throw new CliError(`cannot write ${out}: ${(e as Error).message}`);
  }
  return path;
}

export function formatProblems(file: string, problems: Diagnostic[]): string {
  return problems.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message} [${d.rule}]\n`).join('');
}

/** Options every writing command takes (for node:util parseArgs). */
export const WRITE_OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

export function checkProfiles(ids: string[] | undefined): void {
  for (const p of ids ?? []) if (!PROFILES[p]) throw new CliError(`unknown profile "${p}"; known profiles: ${Object.keys(PROFILES).join(', ')}`);
}

/** Write the result and say where it went (nothing is said for standard output). */
export function writeAndTell(io: Io, out: string, data: string | Uint8Array, opts: { force: boolean; input: string }): void {
  const written = writeOutput(io, out, data, opts);
  if (written) io.stderr(`policywright: wrote ${relative(io.cwd, written) || written}\n`);
}

/** The check configuration for FILE from its `.policywright.json`; an invalid file is an error, never ignored. */
export function configForFile(path: string, base: CheckConfig, io: Io): CheckConfig {
  const { config, found } = projectCheckConfig(new ConfigFinder(), path, base, (m) => io.stderr(`policywright: ${m}\n`));
  if (found.problems.length) {
    const where = relative(io.cwd, found.path!) || found.path!;
    throw new CliError(found.problems.map((p) => `${where}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`).join('\n'));
  }
  return config;
}
