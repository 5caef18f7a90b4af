// The coverage rows (test/src/coverage-*-rows.ts, compiled to test/out): [lang?, requirement,
// expected, body], each from its own rows file. For scripts/eval-raise.js: a row whose expectation
// for its requirement is not "present" (a look-alike, a never-evidence sentence) must not be read as
// given by the model that would raise it, trained without that row's file (issue 13, session 30).
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'out');

/** Every row of every compiled rows file: { file, lang, requirement, expected, body }. */
export async function lookalikeRows(dir = OUT) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => /^coverage-.*-rows\.js$/.test(f)).sort()) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    const walk = (v) => {
      if (!Array.isArray(v)) {
        if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
        return;
      }
      for (const r of v) {
        if (Array.isArray(r) && r.length === 4 && r.every((x) => typeof x === 'string')) out.push({ file: f, lang: r[0], requirement: r[1], expected: r[2], body: r[3] });
        else if (Array.isArray(r) && r.length === 3 && r.every((x) => typeof x === 'string')) out.push({ file: f, lang: 'en', requirement: r[0], expected: r[1], body: r[2] });
        else if (Array.isArray(r)) walk(r);
      }
    };
    for (const [k, v] of Object.entries(mod)) if (k !== 'KNOWN') walk(v);
  }
  return out;
}

/**
 * The recorded test texts (extract()'s shape) with each text that holds a row's body filed under
 * that row's rows file (`rows:<file>`; the longest body found wins), so training can leave out
 * one rows file; a text that holds none stays under its test file.
 */
export function byRowsFile(extracted, rows) {
  const bodies = [...new Map(rows.map((r) => [r.body, r.file])).entries()].sort((a, b) => b[0].length - a[0].length);
  const out = new Map();
  for (const { file, records } of extracted) {
    for (const r of records) {
      const hit = /rows/.test(file) ? bodies.find(([b]) => r.text.includes(b)) : undefined;
      const f = hit ? `rows:${hit[1]}` : file;
      if (!out.has(f)) out.set(f, []);
      out.get(f).push(r);
    }
  }
  return [...out].map(([file, records]) => ({ file, records }));
}
