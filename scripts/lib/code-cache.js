// V8's code cache for the command line's check chunk (scripts/bundle.js --cli). Node 20 has no
// code cache for ES modules (`module.enableCompileCache` came in Node 22), so every start-up parsed
// the chunk's 650 KB and compiled, one by one as they were first called, the functions a check
// runs: some 15% of a 3-line check's instructions on the main thread (valgrind). A classic script
// (`vm.Script`) takes a cache: here the chunk becomes a script of one function (its imports of
// Node's modules its parameters, its exports what it returns) and its module a stub that runs it
// with the cache, whose exports are the same values (read once, when the chunk is evaluated: every
// export is a function, a class or a constant the chunk has made by then; `scriptChunk` refuses a
// chunk that exports a binding it assigns again, declares without a value or changes by ++/--;
// destructuring assignments are not looked for). The cache is made by the build, after a check of a
// small policy (so it holds the functions that check compiled), by the Node that builds; V8
// refuses a cache of another V8 or other flags (the chunk is then compiled as before), and checks
// its source's length; the build writes the two together (the chunk's name is its content's hash).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether a chunk can be made a script: it imports only Node's own modules and has no `import()`. */
export function scriptable(text) {
  const froms = [...text.matchAll(/(?:^|[;\n])import(?:\{[^}]*\}| [^;]*? )from ?["']([^"']+)["'];/g)].map((m) => m[1]);
  return froms.every((f) => f.startsWith('node:')) && !/\bimport\(/.test(text);
}

/**
 * Makes the chunk at `file` (esbuild's ESM output, with the bundle's banner on its first line) a
 * script `<name>.script.js`, and the chunk a stub that runs it with `<name>.script.cache` when there
 * is one. Returns the names the chunk exports.
 */
export function scriptChunk(file) {
  const text = readFileSync(file, 'latin1');
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`${file}: not ASCII (asciiOnly first)`);
  const nl = text.indexOf('\n');
  const banner = text.slice(0, nl);
  let body = text.slice(nl + 1);
  const modules = new Map();
  const bindings = [];
  body = body.replace(/import\{([^}]*)\}from"(node:[a-z_/]+)";/g, (_, list, mod) => {
    if (!modules.has(mod)) modules.set(mod, `__pwNode${modules.size}`);
    for (const item of list.split(',')) {
      const [name, as] = item.split(' as ').map((x) => x.trim());
      bindings.push(`${as ?? name}=${modules.get(mod)}.${name}`);
    }
    return '';
  });
  if (/(?:^|[;\n}])import[\s{*]/.test(body.replace(/"(?:[^"\\\n]|\\.)*"/g, '""')) || /\bimport\(/.test(body)) throw new Error(`${file}: an import scriptChunk does not read`);
  const at = body.lastIndexOf('export{');
  const close = body.indexOf('}', at);
  if (at < 0 || body.slice(close + 1).trim() !== ';') throw new Error(`${file}: no export list at its end`);
  const exported = body
    .slice(at + 7, close)
    .split(',')
    .map((x) => x.split(' as ').map((y) => y.trim()));
  body = body.slice(0, at);
  // An export read once must not change later: no assignment to an exported name after its declaration.
  for (const [local] of exported) {
    const assigned = body.match(new RegExp(`(?:^|[^.\\w$])${local.replace(/\$/g, '\\$')}\\s*(?:[-+*/|&]|\\?\\?|\\|\\||&&)?=(?!=)`, 'g')) ?? [];
    if (assigned.length > 1) throw new Error(`${file}: ${local} is exported and assigned ${assigned.length} times`);
    // Nor declared with no value and given one later (esbuild's lazily made modules: `var X;` … `X = …`), nor
    // changed by ++/-- (review, session 33).
    const name = local.replace(/\$/g, '\\$');
    if (new RegExp(`(?:^|[^.\\w$])(?:var|let)\\s+${name}\\s*[;,]`).test(body)) throw new Error(`${file}: ${local} is exported and declared without a value`);
    if (new RegExp(`(?:\\+\\+|--)\\s*${name}(?![\\w$])|(?:^|[^.\\w$])${name}\\s*(?:\\+\\+|--)`).test(body)) throw new Error(`${file}: ${local} is exported and changed by ++ or --`);
  }
  body = body.replaceAll('import.meta.url', '__pwMetaUrl');
  const params = [...modules.values(), 'require', '__filename', '__dirname', '__pwMetaUrl'];
  const script = `(function(${params.join(',')}){"use strict";${bindings.length ? `const ${bindings.join(',')};` : ''}\n${body}\nreturn{${exported.map(([local, as]) => (as ? `${as}:${local}` : local)).join(',')}}})`;
  const name = basename(file).replace(/\.mjs$/, '.script');
  writeFileSync(file.replace(/\.mjs$/, '.script.js'), script);
  const stub = `${banner}
${[...modules].map(([mod, id]) => `import * as ${id} from ${JSON.stringify(mod)};`).join('')}import{Script as __pwScriptOf}from"node:vm";import{readFileSync as __pwRead}from"node:fs";
const __pwAt=(x)=>new URL("./${name}."+x,import.meta.url);
let __pwCache;try{__pwCache=__pwRead(__pwAt("cache"))}catch{}
const __pwScript=new __pwScriptOf(__pwRead(__pwAt("js"),"latin1"),{filename:__pwFileURLToPath(__pwAt("js")),cachedData:__pwCache});
export const __pwCodeCache=()=>__pwScript.createCachedData();
export const __pwCacheRejected=__pwCache?__pwScript.cachedDataRejected:null;
export const{${exported.map(([local, as]) => as ?? local).join(',')}}=__pwScript.runInThisContext()(${[...modules.values()].join(',')}${modules.size ? ',' : ''}require,__filename,__dirname,import.meta.url);
`;
  writeFileSync(file, stub);
  return exported.map(([local, as]) => as ?? local);
}

/**
 * Writes the cache of each scripted chunk (`chunks`, paths of their stubs) after a check of a small
 * policy by the bundle (`main`, its dist/cli/main.mjs), in a process of its own started as the
 * command line is (no flags).
 */
export function writeCodeCaches(main, chunks) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-code-cache-'));
  try {
    writeFileSync(join(dir, 'small.md'), '# Privacy\n\nWe use your email address to reply to your messages.\n');
    const code = `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)});
const none = () => {};
await run(['check', 'small.md', '--no-exit-code'], { stdout: none, stderr: none, stdoutBytes: none, cwd: process.cwd(), isTTY: false, env: process.env });
const { writeFileSync } = await import('node:fs');
for (const [href, cache] of ${JSON.stringify(chunks.map((c) => [pathToFileURL(c).href, c.replace(/\.mjs$/, '.script.cache')]))}) {
  writeFileSync(cache, (await import(href)).__pwCodeCache());
}`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the code cache was not made: ${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
