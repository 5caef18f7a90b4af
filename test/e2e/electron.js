// The same in-host suite on desktop VS Code, for machines that can download it (a laptop, hosted
// CI): @vscode/test-electron downloads VS Code 1.100.3 and runs suite/index.js in it.
// Usage: node test/e2e/electron.js [WORKSPACE] (after npm run bundle; the workspace defaults to
// test/fixtures/lsp). Not usable on machines without access to update.code.visualstudio.com.
import { runTests } from '@vscode/test-electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(here, 'suite', 'index.js'),
    launchArgs: [process.argv[2] || join(root, 'test', 'fixtures', 'lsp'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`in-host suite failed: ${e.message}`);
  process.exit(1);
}
