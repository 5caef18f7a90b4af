// Where @vscode/vsce is: in the real-VS-Code tests' cache folder (test/e2e/setup.sh installs it
// there, outside the project's dependencies; POLICYWRIGHT_OFFLINE names another cache folder),
// or VSCE=/path/to/vsce. Shared by scripts/package.js and the test of the VSIX's file list.
import { join } from 'node:path';

/** The vsce executable to run for the project at root (it may not exist: check). */
export function vscePath(root) {
  const offline = process.env.POLICYWRIGHT_OFFLINE ?? join(root, '.vscode-offline');
  return process.env.VSCE ?? join(offline, 'cs', 'node_modules', '.bin', 'vsce');
}
