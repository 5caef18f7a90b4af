// Turning command-line arguments into a list of files: files named explicitly are always
// checked; folders are searched by the policy patterns; anything else is tried as a glob.
import { existsSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { isPolicyPath, hasPolicyFrontMatter, DEFAULT_FILE_PATTERNS } from '../engine/policy-files.js';

export interface FileList {
  files: string[];
  errors: string[];
}

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.vscode-offline/**', '**/.vscode-test/**'];

function head(path: string, bytes = 8192): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function collectFiles(args: string[], cwd: string, patterns: string[] = DEFAULT_FILE_PATTERNS): FileList {
  const seen = new Set<string>();
  const files: string[] = [];
  const errors: string[] = [];
  const add = (abs: string) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (existsSync(abs)) {
      const st = statSync(abs);
      if (st.isFile()) {
        add(abs);
        continue;
      }
      if (st.isDirectory()) {
        const found = globSync(['**/*.md', '**/*.markdown'], { cwd: abs, ignore: IGNORE, absolute: true, dot: false }).sort();
        for (const f of found) {
          const rel = relative(abs, f).split(sep).join('/');
          if (isPolicyPath(rel, patterns) || hasPolicyFrontMatter(head(f))) add(f);
        }
        continue;
      }
    }
    const matched = globSync([arg], { cwd, ignore: IGNORE, absolute: true }).sort();
    if (!matched.length) errors.push(`${arg}: no such file, folder or matching pattern`);
    for (const f of matched) add(f);
  }
  return { files, errors };
}
