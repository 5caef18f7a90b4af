#!/usr/bin/env node
// Bundles the VS Code client and the language server with esbuild into dist/extension.cjs and
// dist/server.cjs: CommonJS, because the VS Code 1.100 extension host loads `main` with require()
// while remark and unified are ESM-only; one file each, so the VSIX carries no node_modules.
// Run after gen-data (the server embeds server/src/generated/data.ts). `--minify` for packaging.
// `--cli` builds only the command line's bundle (bundleCli below), as `npm run build` does.
import { build, transformSync } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptable, scriptChunk, writeCodeCaches } from './lib/code-cache.js';
import { LAZY_OBJECT, LINE_TABLE, asciiOnly } from './lib/lazy-object.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = process.argv.includes('--minify');
/**
 * Node 20 reads `\p{…}` in an expression literal; esbuild's table for node targets says it may
 * not, and wrote each such literal as `new RegExp("\\p{M}", "gu")`: a new expression at every
 * call (normWords ran 206 on a 3-line check), each looked up in V8's cache by its source, parsed
 * again (ICU builds each property's set) once a full collection has emptied that cache, and new
 * to toMachineCode. Literals as written: made once where they stand. Every Node bundle.
 */
const supported = { 'regexp-unicode-property-escapes': true };
/** The desktop language server's check worker, beside dist/server.cjs (lsp/worker-main.ts bundled alone). */
const WORKER_FILE = 'server-worker.cjs';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported,
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

/**
 * fdir (tinyglobby's folder walker) loads picomatch at start-up with a require() of its own, for
 * its `glob()` option, which tinyglobby never uses (it passes its own matchers, from the bundled
 * picomatch): in the bundle that require loaded a second picomatch from node_modules on every run,
 * a twentieth of a small check's start-up. Here it loads none; a `glob()` without a glob function
 * would say so (fdir's own message), never match with another copy.
 */
const fdirWithoutPicomatch = {
  name: 'fdir-without-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/, '');
      if (contents === text) throw new Error('fdir-without-picomatch: fdir no longer loads picomatch as this plugin expects; look again');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * `import process from 'node:process'` (vfile's and @inquirer's modules) is Node's process object,
 * the global. Imported by an ES module, Node makes a module of the builtin first, and that reads
 * every property of `process`: `allowedNodeEnvironmentFlags` among them, a Set of every option
 * Node has, built when first read (about 1% of a small check's instructions, valgrind). Here such an
 * import is the global itself; a named import (`import { env } from 'node:process'`) fails the build.
 */
const processFromGlobal = {
  name: 'process-from-global',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) => ({ path: args.path, namespace: 'process-from-global' }));
    b.onLoad({ filter: /.*/, namespace: 'process-from-global' }, () => ({ contents: 'export default globalThis.process;', loader: 'js' }));
  },
};

/**
 * Packages a check seldom or never asks for, which the command line's bundle loads from files of
 * their own (dist/cli/lib/<name>.cjs, each the package bundled alone) when first used: franc-min
 * builds its trigram tables for some eighty languages when it is loaded, and the checker asks it
 * only when a text's function words do not decide its language (most policies never); ajv checks a
 * configuration file; yaml reads front matter and clause files; regexpp reads a cue expression that
 * the bundle's tables lack. In the bundle they were some 600 KB of the check's chunk, which V8
 * read and scanned at every start, and esbuild evaluated ajv's and yaml's dozens of modules when
 * that chunk started. Our sources' imports of them are modules that require the file when first
 * called: franc's function, ajv's class as a constructor that makes the real one, yaml's default
 * export as an object whose every property is yaml's own, and regexpp's parser and visitor.
 * (cliLibs writes the files.)
 */
const CLI_LIBS = { 'franc-min': 'franc-min', ajv: 'ajv', yaml: 'yaml', '@eslint-community/regexpp': 'regexpp' };
const loadedWhenUsed = {
  name: 'loaded-when-used',
  setup(b) {
    const ours = (importer) => !/[\\/]node_modules[\\/]/.test(importer) && /[\\/](?:server|client)[\\/]src[\\/]/.test(importer);
    b.onResolve({ filter: /^(?:franc-min|ajv|yaml|@eslint-community\/regexpp)$/ }, (args) => (ours(args.importer) ? { path: args.path, namespace: 'loaded-when-used' } : undefined));
    b.onResolve({ filter: /^\.\/lib\/[\w-]+\.cjs$/, namespace: 'loaded-when-used' }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'loaded-when-used' }, (args) => {
      const lib = `require('./lib/${CLI_LIBS[args.path]}.cjs')`;
      const contents = {
        'franc-min': `export function franc(value, options) { return ${lib}.franc(value, options); }`,
        ajv: `export default function Ajv(...args) { const m = ${lib}; return new (m.default ?? m)(...args); }`,
        yaml: `export default new Proxy({}, { get: (_, key) => ${lib}[key], has: (_, key) => key in ${lib} });`,
        '@eslint-community/regexpp': `export class RegExpParser { constructor(options) { return new (${lib}.RegExpParser)(options); } }\nexport function visitRegExpAST(ast, handlers) { return ${lib}.visitRegExpAST(ast, handlers); }`,
      }[args.path];
      return { contents, resolveDir: root, loader: 'js' };
    });
  },
};

/** dist/cli/lib/<name>.cjs: each of CLI_LIBS bundled alone (CommonJS, ASCII only), for loadedWhenUsed. */
async function cliLibs(outdir) {
  mkdirSync(join(outdir, 'lib'), { recursive: true });
  for (const [pkg, name] of Object.entries(CLI_LIBS)) {
    const outfile = join(outdir, 'lib', `${name}.cjs`);
    await build({
      stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      supported,
      format: 'cjs',
      minifyWhitespace: true,
      logLevel: 'warning',
      outfile,
    });
    writeFileSync(outfile, asciiOnly(readFileSync(outfile, 'utf8')));
  }
}

/**
 * The command line's bundle, dist/cli/main.mjs (bin/policywright.js loads it when it is not older
 * than the last `tsc -b`; POLICYWRIGHT_BUNDLE=0 forces server/out). One file read and compiled
 * instead of some 300 modules resolved one by one: most of a small check's start-up. ESM with
 * code splitting, so `export`, `import`, `report` and `new` stay in chunks of their own and
 * `check` never loads the Word, PDF and HTML libraries (test/src/integration/cli-startup.test.ts). The
 * worker threads of pool.ts start the chunk that holds pool.ts, through its import.meta.url.
 */
async function bundleCli() {
  const outdir = join(root, 'dist', 'cli');
  rmSync(outdir, { recursive: true, force: true });
  await anchorsTable();
  const result = await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    supported,
    // Without comments and indentation: a fifth less source for V8 to read and scan at each start.
    minify: false,
    minifyWhitespace: true,
    sourcemap: false,
    logLevel: 'warning',
    metafile: true,
    entryPoints: [join(root, 'server', 'src', 'cli', 'main.ts')],
    outdir,
    plugins: [pdfkitFonts, cliData.plugin, fdirWithoutPicomatch, processFromGlobal, loadedWhenUsed],
    // CommonJS dependencies (ajv, docx, mammoth, pdfkit) require() Node's own modules and use
    // __dirname, which an ES module does not have.
    banner: {
      js: "import { createRequire as __pwCreateRequire } from 'node:module'; import { fileURLToPath as __pwFileURLToPath } from 'node:url'; import { dirname as __pwDirname } from 'node:path'; const require = __pwCreateRequire(import.meta.url); const __filename = __pwFileURLToPath(import.meta.url); const __dirname = __pwDirname(__filename);",
    },
  });
  for (const file of Object.keys(result.metafile.outputs)) {
    const path = join(root, file);
    writeFileSync(path, asciiOnly(readFileSync(path, 'utf8')));
  }
  await cliLibs(outdir);
  writeData(join(outdir, 'data'), cliData.files);
  // The chunks a check loads (main.mjs imports them) that import only Node's modules run from a
  // script with V8's code cache (scripts/lib/code-cache.js).
  const scripted = result.metafile.outputs['dist/cli/main.mjs'].imports
    .filter((i) => i.kind === 'import-statement' && result.metafile.outputs[i.path])
    .map((i) => join(root, i.path))
    .filter((path) => scriptable(readFileSync(path, 'latin1')));
  for (const path of scripted) scriptChunk(path);
  writeCodeCaches(join(outdir, 'main.mjs'), scripted);
  // What each output file holds and imports: test/src/integration/cli-startup.test.ts reads it.
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  console.log(`dist/cli/main.mjs: ${(statSync(join(outdir, 'main.mjs')).size / 1024).toFixed(0)} KB`);
}

/**
 * The word gate's anchors of every language's cue expressions, and the edge each cue of a list
 * needs (cues.ts), put in the place of
 * engine/anchors-table.ts in the command line's and the language server's bundles: reading each
 * expression with regexpp at start-up was a third of a small check. The table is computed by the
 * engine's own sources (bundled to a temporary module here, so that `npm run bundle`, which runs
 * no tsc, does not read a stale server/out). An expression missing from the table (data changed
 * since) is still read at run time.
 */
let anchorsPlugin;
/** The command line's data files and the modules that read them (cliDataFiles), made with the table. */
let cliData;
/** The engine's module, the table and the edge needs anchorsTable made (serverData writes them out again). */
let anchorsModule, anchorsTableMap, anchorsNeeds, anchorsLists;
async function anchorsTable() {
  if (anchorsPlugin) return anchorsPlugin;
  const engine = (f) => JSON.stringify(join(root, 'server', 'src', 'engine', f));
  const tmp = join(root, 'dist', `.anchors-table-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: [
        `export { LANGUAGES } from ${engine('data.ts')};`,
        `export { compiledCueLists, isMatcherKey } from ${engine('coverage.ts')};`,
        `export { readGate, gatesRead } from ${engine('anchors.ts')};`,
        `export { check } from ${engine('check.ts')};`,
        `export { anchorKey } from ${engine('anchor-key.ts')};`,
        `export { cueAlternation, alternationsRead, compiledListsRead, edgeNeeds, hasCue, recordCompiledLists } from ${engine('cues.ts')};`,
        `export { COMMON } from ${engine('data.ts')};`,
        `export { languages, profiles, common, builtinClauses } from ${JSON.stringify(join(root, 'server', 'src', 'generated', 'data.ts'))};`,
        `export { coverageModel } from ${JSON.stringify(join(root, 'server', 'src', 'generated', 'coverage-model.ts'))};`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    supported,
    format: 'esm',
    packages: 'external',
    outfile: tmp,
    logLevel: 'warning',
  });
  let m;
  try {
    m = await import(pathToFileURL(tmp).href);
  } finally {
    rmSync(tmp, { force: true });
  }
  const { LANGUAGES, compiledCueLists, readGate, anchorKey } = m;
  // The requirements' lists of every chain of languages, with their sources (precompiledLists). Not
  // the rules' lists: a table of those was larger than the time it saved a small check.
  m.recordCompiledLists();
  const table = new Map();
  for (const lang of Object.keys(LANGUAGES)) {
    if (!LANGUAGES[lang].requirements) continue;
    for (const list of compiledCueLists(lang)) {
      for (const re of list) {
        const key = anchorKey(re.source);
        if (!table.has(key)) table.set(key, readGate(re.source));
      }
    }
  }
  // The edge before each cue of a list (cues.ts edgeNeeds), for the lists above and every other
  // list of strings in the data (the rules' cue lists; a list that is no cue list costs an entry).
  // hasCue reads the list's gate, and when it has none, each cue's, to split it (cues.ts gatedParts).
  const walk = (x) => {
    if (Array.isArray(x) && x.length && x.every((v) => typeof v === 'string')) {
      m.cueAlternation(x);
      try {
        m.hasCue('', x);
      } catch {
        // not a list hasCue reads (requirement cues whose names repeat): the compile above read those
      }
    } else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
  };
  walk([LANGUAGES, m.COMMON]);
  const ofData = new Set(m.gatesRead().map(([source]) => source));
  // What a check asks besides (a list's part with words, the rules' own expressions): the sources
  // the engine read itself while checking the examples, in every language they are written in.
  for (const file of readdirSync(join(root, 'examples'), { recursive: true })) {
    if (String(file).endsWith('.md') && !String(file).endsWith('README.md')) m.check(readFileSync(join(root, 'examples', String(file)), 'utf8'));
  }
  for (const [source, gate] of m.gatesRead()) {
    const key = anchorKey(source);
    if (!table.has(key)) table.set(key, gate);
  }
  // The rules' own expressions (not the data's lists): a regular expression literal's source as
  // the ASCII-only command line bundle writes it (asciiOnly).
  for (const [source, gate] of m.gatesRead()) {
    if (ofData.has(source)) continue;
    const key = anchorKey(asciiOnly(source));
    if (!table.has(key)) table.set(key, gate);
  }
  const needs = new Map(m.alternationsRead().map(({ key, sources }) => [key, m.edgeNeeds(sources)]));
  // A chain's lists as a check reads them: each requirement list's matcher, made ahead of time
  // (coverage.ts `matcherFrom`, keyed by its cues as written). The expanded lists, their parts'
  // and their cues' gates, recorded beside them while the matchers were made, are what a matcher
  // is made from when its own is missing, which a table made here never lacks: they are left out.
  const lists = new Map(m.compiledListsRead().map(([chain, l]) => [chain, l.filter(([key]) => m.isMatcherKey(key))]));
  cliData = cliDataFiles(m, table, needs, 'data', lists);
  [anchorsModule, anchorsTableMap, anchorsNeeds, anchorsLists] = [m, table, needs, lists];
  const contents = [
    `export const PRECOMPUTED_ANCHORS = new Map(JSON.parse(${JSON.stringify(JSON.stringify([...table]))}));`,
    `export const PRECOMPUTED_EDGE_NEEDS = new Map(JSON.parse(${JSON.stringify(JSON.stringify([...needs]))}));`,
    // No precompiled lists in a bundle that keeps its data as literals (the web's): they would be
    // megabytes of source text for every user, to save a small check some tens of milliseconds.
    'const NO_LISTS = new Map();',
    'export function precompiledLists() { return NO_LISTS; }',
    '',
  ].join('\n');
  anchorsPlugin = {
    name: 'precomputed-anchors',
    setup(b) {
      b.onLoad({ filter: /[\\/]engine[\\/]anchors-table\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
  return anchorsPlugin;
}

/**
 * The command line's bundle reads its data from files beside it (dist/cli/data/), each when first
 * asked for, instead of carrying it as string literals in its code: V8 scans every literal of a
 * module before it runs it, and the classifier's weights, the language data and the anchors table
 * were two thirds of the bundle's source, for a check that reads English's and the table.
 * Modules that read them take the place of generated/data.ts, generated/coverage-model.ts and
 * engine/anchors-table.ts (the same exports, the same values: a language's data per key, parsed
 * when first read, as generated/data.ts does). The files are the values the engine's own sources hold (`m`, the
 * module anchorsTable bundles). The language server's desktop bundle reads the same files from
 * dist/server-data/ (`serverData`); its web bundle, which has no file system, keeps the literals.
 */
function cliDataFiles(m, table, needs, dir = 'data', lists = new Map()) {
  const files = new Map();
  const json = (v) => JSON.stringify(v);
  const languages = Object.keys(m.languages);
  // One file per language and concern (language-en/requirements.json), read when the check first
  // reads that key: a concern read for every language (the pasted-text debris lines, the function
  // words) no longer reads and parses each other language's whole data (some 150 KB a language).
  const languageKeys = Object.fromEntries(languages.map((l) => [l, Object.keys(m.languages[l])]));
  for (const l of languages) for (const k of languageKeys[l]) files.set(`language-${l}/${k}.json`, json(m.languages[l][k]));
  files.set('profiles.json', json(m.profiles));
  files.set('common.json', json(Object.fromEntries(Object.keys(m.common).map((k) => [k, json(m.common[k])]))));
  files.set('clauses.json', json(m.builtinClauses()));
  const { models, ...header } = m.coverageModel;
  const modelLanguages = Object.keys(models);
  for (const l of modelLanguages) files.set(`model-${l}.json`, json(models[l]));
  // The table, the edge needs and a chain's lists are lines of `key<TAB>text` sorted by key, in
  // the form they are used: the file is read as bytes, a key found by binary search over its line
  // starts, and only that line's text decoded (a gate's is its JSON, parsed when first asked for:
  // the module below). A check asks for a few hundred of the table's thousands of keys; as JSON
  // (a list of pairs of strings), parsing the whole file with its escaped quotes and backslashes,
  // and a Map of every pair, were most of what the data cost a small check.
  files.set('anchors.txt', lines([...table].map(([key, gate]) => [key, json(gate)])));
  files.set('edge-needs.txt', lines([...needs]));
  // A chain's lists ("nl,en": lists-nl-en.txt), read when the chain is first compiled (anchors-table.ts precompiledLists).
  for (const [chain, l] of lists) files.set(`lists-${chain.replace(/,/g, '-')}.txt`, lines(l));
  const read = `import { readFileSync } from 'node:fs';\nconst bytes = (name: string) => readFileSync(new URL('./${dir}/' + name, import.meta.url));\nconst read = (name: string): any => JSON.parse(bytes(name).toString('utf8'));\n${LAZY_OBJECT}\n${LINE_TABLE}`;
  const js = (ts) => transformSync(ts, { loader: 'ts', format: 'esm' }).code;
  const modules = {
    data: js(`${read}
const languageKeys: Record<string, string[]> = ${json(languageKeys)};
export const languages = lazy(${json(languages)}, (l) => lazy(languageKeys[l], (k) => read('language-' + l + '/' + k + '.json')));
export const profiles = read('profiles.json');
export const common = lazyJson(read('common.json'));
let clauses: unknown;
export const builtinClauses = () => (clauses ??= read('clauses.json'));
`),
    model: js(`${read}
export const coverageModel = { ...${json(header)}, models: lazy(${json(modelLanguages)}, (l) => read('model-' + l + '.json')) };
`),
    anchors: js(`${read}
// Each read when first asked for (a command that checks nothing reads none).
let gateTexts: LineTable | undefined;
let needs: LineTable | undefined;
const gates = new Map<string, unknown>();
export const PRECOMPUTED_ANCHORS = {
  get size(): number {
    return (gateTexts ??= lineTable(bytes('anchors.txt'))).size;
  },
  get(key: string): unknown {
    let gate = gates.get(key);
    if (gate === undefined) {
      const text = (gateTexts ??= lineTable(bytes('anchors.txt'))).get(key);
      if (text == null) return undefined;
      gates.set(key, (gate = JSON.parse(text)));
    }
    return gate;
  },
};
export const PRECOMPUTED_EDGE_NEEDS = {
  get size(): number {
    return (needs ??= lineTable(bytes('edge-needs.txt'))).size;
  },
  get: (key: string) => (needs ??= lineTable(bytes('edge-needs.txt'))).get(key) ?? undefined,
};
const chains = new Set(${json([...lists.keys()])});
const listsRead = new Map<string, LineTable>();
export function precompiledLists(chain: string) {
  let l = listsRead.get(chain);
  if (!l) listsRead.set(chain, (l = lineTable(chains.has(chain) ? bytes('lists-' + chain.replace(/,/g, '-') + '.txt') : new Uint8Array(0))));
  return l;
}
`),
  };
  const plugin = {
    name: `data-files-${dir}`,
    setup(b) {
      b.onLoad({ filter: /[\\/]generated[\\/]data\.ts$/ }, () => ({ contents: modules.data, loader: 'js' }));
      b.onLoad({ filter: /[\\/]generated[\\/]coverage-model\.ts$/ }, () => ({ contents: modules.model, loader: 'js' }));
      b.onLoad({ filter: /[\\/]engine[\\/]anchors-table\.ts$/ }, () => ({ contents: modules.anchors, loader: 'js' }));
    },
  };
  return { files, plugin };
}

mkdirSync(join(root, 'dist'), { recursive: true });
// dist/ holds CommonJS whatever the root package.json's "type" says (dist/cli/ holds .mjs files).
writeFileSync(join(root, 'dist', 'package.json'), '{ "type": "commonjs" }\n');
if (process.argv.includes('--cli')) await bundleCli();
else {
  await anchorsTable();
  const server = serverData();
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'client', 'src', 'extension.ts')], outfile: join(root, 'dist', 'extension.cjs'), external: ['vscode'] }),
    build({
      ...common,
      entryPoints: [join(root, 'server', 'src', 'lsp', 'main.ts')],
      outfile: join(root, 'dist', 'server.cjs'),
      plugins: [pdfkitFonts, server.plugin],
      define: { ...common.define, __POLICYWRIGHT_WORKER_FILE__: JSON.stringify(WORKER_FILE) },
    }),
    // The check worker's own file (lsp/worker-main.ts: the checker alone), which main.ts starts:
    // loading dist/server.cjs, the worker thread held the source of the whole server besides its
    // own (the protocol, the export and import libraries: some 5 MB) and the functions V8 made of it.
    build({ ...common, entryPoints: [join(root, 'server', 'src', 'lsp', 'worker-main.ts')], outfile: join(root, 'dist', WORKER_FILE), plugins: [server.plugin] }),
  ]);
  // ASCII only, as the command line's bundle: one character beyond it made each thread of the
  // server hold its file's whole source at two bytes per character. (The source maps' columns on
  // the few lines that had one are off by the escapes.)
  for (const f of ['server.cjs', WORKER_FILE]) {
    const path = join(root, 'dist', f);
    writeFileSync(path, asciiOnly(readFileSync(path, 'utf8')));
  }
  for (const f of ['extension.cjs', 'server.cjs', WORKER_FILE]) console.log(`dist/${f}: ${(statSync(join(root, 'dist', f)).size / 1024).toFixed(0)} KB`);
  await bundleBrowser();
}

/**
 * The desktop language server's data files, dist/server-data/ (the command line's, cliDataFiles):
 * the classifier's weights, the language data, clauses and the anchors table read when first
 * needed instead of some 5 MB of string literals in dist/server.cjs, which V8 kept as source in
 * the server's thread and again in its check worker's.
 */
function serverData() {
  const data = cliDataFiles(anchorsModule, anchorsTableMap, anchorsNeeds, 'server-data', anchorsLists);
  const dir = join(root, 'dist', 'server-data');
  rmSync(dir, { recursive: true, force: true });
  writeData(dir, data.files);
  return data;
}

/**
 * Pairs of strings as lines of `key<TAB>value` (the key alone for a null value), sorted by key, for
 * LINE_TABLE's `lineTable` (lib/lazy-object.js), which finds a key by comparing its characters with
 * bytes: keys are ASCII. Throws if a key is not, or a key or value holds a tab or a line end (none
 * does: a key is anchor-key.ts's, a regular expression's source writes its line terminators as
 * escapes, a gate is JSON).
 */
function lines(pairs) {
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => {
      if (!/^[\x21-\x7e]+$/.test(key)) throw new Error(`bundle: a data key is not printable ASCII: ${key.slice(0, 120)}`);
      if (/[\t\n\r]/.test(value ?? '')) throw new Error(`bundle: a data line holds a tab or line end: ${String(value).slice(0, 120)}`);
      return value === null ? key : `${key}\t${value}`;
    })
    .join('\n');
}

/** Writes each of `files` (name → text; a name may hold a folder, `language-en/requirements.json`) under `dir`. */
function writeData(dir, files) {
  for (const [name, text] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

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
