// text.ts `toMachineCode`: the checker's expressions compiled straight to machine code by a first
// run over a long text, as `--no-regexp-tier-up` compiled them (the command line no longer starts a
// second Node for that flag). The run changes nothing a later run finds; and V8's trace shows the
// rule it relies on (a run over a text of 1,000 characters or more skips the bytecode) still holds
// in this Node: if a V8 drops it, the checker only gets slower, and this test says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toMachineCode, testCompiled } from '../../server/out/engine/text.js';
import { ROOT } from './helpers/paths.js';

/** Every match and lastIndex of a run of `re` over `text` from `from`, as exec gives them. */
function runs(re: RegExp, text: string, from: number): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = from;
  for (let i = 0; i < 5; i++) {
    const m = re.exec(text);
    out.push(m ? [m.index, [...m], m.groups ? { ...m.groups } : null] : null, re.lastIndex);
    if (!m || !(re.global || re.sticky)) break;
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

test('toMachineCode leaves an expression finding what it found, and its lastIndex as it was', () => {
  const texts = ['', 'We keep it.', 'Wir löschen Ihre Daten’ nach 2 Jahren', 'x'.repeat(1500) + ' we keep your data', 'nous conservons vos données (“ici”)'];
  const sources: [string, string][] = [
    ['(?<![\\p{L}])(?:we|wir|nous)\\s+(?<verb>\\p{L}+)', 'giu'],
    ['(?:keep|löschen|conservons)', 'y'],
    ['^\\s*(\\p{Lu}\\p{Ll}+)', 'u'],
    ['d(a|o)', 'g'],
    ['$', 'g'],
  ];
  for (const [source, flags] of sources) {
    for (const text of texts) {
      for (const from of [0, 3]) {
        const fresh = new RegExp(source, flags);
        const compiled = new RegExp(source, flags);
        compiled.lastIndex = from;
        toMachineCode(compiled, text);
        assert.equal(compiled.lastIndex, from, `${source} /${flags}: lastIndex kept`);
        assert.deepEqual(runs(compiled, text, from), runs(fresh, text, from), `${source} /${flags} over ${JSON.stringify(text.slice(0, 40))}`);
      }
      const re = new RegExp(source, flags);
      assert.equal(testCompiled(re, text), new RegExp(source, flags).test(text));
    }
  }
  assert.equal(testCompiled(null, 'anything'), false);
  assert.equal(testCompiled(undefined, 'anything'), false);
});

const TRACE = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout.includes('--trace-regexp-tier-up');
test('in this Node, toMachineCode compiles an expression to machine code with no bytecode first', { skip: TRACE ? false : 'no --trace-regexp-tier-up in this V8' }, () => {
  const text = pathToFileURL(join(ROOT, 'server', 'out', 'engine', 'text.js')).href;
  // Markers on stdout, where V8's trace writes too, in order: what lies between two was compiled there.
  const script = `
    const { toMachineCode } = await import(${JSON.stringify(text)});
    const re = new RegExp('(?<![\\\\p{L}])(?:alpha|beta|gamma\\\\w*)(?![\\\\p{L}])', 'giu');
    console.log('@@ one byte');
    toMachineCode(re, 'xx beta yy');
    for (const t of ['xx beta yy', 'gammas and alpha']) { re.lastIndex = 0; re.exec(t); }
    console.log('@@ two bytes');
    const other = new RegExp('(?<![\\\\p{L}])(?:delta|epsilon)(?![\\\\p{L}])', 'giu');
    toMachineCode(other, 'xx delta yy’');
    for (const t of ['xx delta yy’', 'epsilon’ and delta']) { other.lastIndex = 0; other.exec(t); }
    console.log('@@ end');
  `;
  const out = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const parts = out.stdout.split('@@ ').slice(1);
  assert.equal(parts.length, 3, out.stdout);
  for (const part of parts.slice(0, 2)) {
    assert.match(part, /native code/, part);
    assert.doesNotMatch(part, /bytecode|tier-up compilation/, part);
  }
});
