#!/usr/bin/env node
// Bundles the VS Code client and the language server with esbuild into dist/extension.cjs and
// dist/server.cjs: CommonJS, because the VS Code 1.100 extension host loads `main` with require()
// while remark and unified are ESM-only; one file each, so the VSIX carries no node_modules.
// Run after gen-data (the server embeds server/src/generated/data.ts). `--minify` for packaging.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = process.argv.includes('--minify');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
  // The server's main.ts finds its own file (for its worker thread) through import.meta.url.
  define: { 'import.meta.url': '__policywright_import_meta_url' },
  banner: { js: 'const __policywright_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};
/**
 * pdfkit loads its standard fonts (JavaScript modules) through a createRequire() of its own
 * file, which a bundle cannot follow: turn those calls into plain requires of the package's
 * exported font modules, so the fonts travel inside server.cjs.
 */
const pdfkitFonts = {
  name: 'pdfkit-standard-fonts',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit(\.node)?\.m?js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, "require('pdfkit/standard-fonts/$1')"),
      loader: 'js',
    }));
  },
};
mkdirSync(join(root, 'dist'), { recursive: true });
// dist/ holds CommonJS whatever the root package.json's "type" says.
writeFileSync(join(root, 'dist', 'package.json'), '{ "type": "commonjs" }\n');
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client', 'src', 'extension.ts')], outfile: join(root, 'dist', 'extension.cjs'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server', 'src', 'lsp', 'main.ts')], outfile: join(root, 'dist', 'server.cjs'), plugins: [pdfkitFonts] }),
]);
for (const f of ['extension.cjs', 'server.cjs']) console.log(`dist/${f}: ${(statSync(join(root, 'dist', f)).size / 1024).toFixed(0)} KB`);
await bundleBrowser();

/**
 * The web extension (package.json `browser`; vscode.dev, github.dev): dist/browser/extension.js,
 * the client in the web extension host (CommonJS, `vscode` external), and dist/browser/server.js,
 * the language server the client starts in a web worker (one script, no imports). Everything the
 * engine needs is inside; nothing Node-only: pdfkit and node:worker_threads are replaced by
 * stand-ins that say why (server/src/lsp/browser/), Buffer is not used on this path, and packages
 * with a browser build (mammoth, docx) are bundled as that build.
 */
async function bundleBrowser() {
  const web = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: !minify, minify, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } };
  const stand = (f) => join(root, 'server', 'src', 'lsp', 'browser', f);
  mkdirSync(join(root, 'dist', 'browser'), { recursive: true });
  await Promise.all([
    build({ ...web, format: 'cjs', entryPoints: [join(root, 'client', 'src', 'browser.ts')], outfile: join(root, 'dist', 'browser', 'extension.js'), external: ['vscode'] }),
    build({
      ...web,
      format: 'iife',
      entryPoints: [join(root, 'server', 'src', 'lsp', 'browser-main.ts')],
      outfile: join(root, 'dist', 'browser', 'server.js'),
      // A web worker has no DOM: packages that use one under `browser` (decode-named-character-reference) have a `worker` build.
      conditions: ['worker'],
      alias: { pdfkit: stand('pdfkit-unavailable.ts'), 'node:worker_threads': stand('no-worker-threads.ts') },
    }),
  ]);
  for (const f of ['extension.js', 'server.js']) console.log(`dist/browser/${f}: ${(statSync(join(root, 'dist', 'browser', f)).size / 1024).toFixed(0)} KB`);
}
