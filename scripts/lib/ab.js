// What the same-run A/B scripts share (bench-ab.js: the engine in process; bench-lsp-ab.js: the
// language server over the protocol): their arguments, and the loop that runs a child process per
// measurement, alternating checkout A and B, and prints medians with B/A.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The value of `--name=value`, or `dflt`. */
export const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

export const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

/** The two checkouts named on the command line, or the usage and exit 2. */
export function checkouts(usage) {
  const [A, B] = process.argv.slice(2, 4).map((p) => resolve(p));
  if (!A || !B || A.startsWith('--') || B.startsWith('--')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return [A, B];
}

/**
 * For each size (KB): `runs` rounds of `node ...nodeArgs <script> --child <root> ...childArgs(kb)` for A then B;
 * each child prints a JSON object of figures; prints the medians of `keys`, A → B (×B/A).
 */
export function compare({ A, B, script, sizes, runs, childArgs, keys, nodeArgs = [] }) {
  for (const kb of sizes) {
    const got = { A: [], B: [] };
    for (let r = 0; r < runs; r++) {
      for (const [name, root] of [
        ['A', A],
        ['B', B],
      ]) {
        const out = spawnSync(process.execPath, [...nodeArgs, script, '--child', root, ...childArgs(kb)], { encoding: 'utf8', maxBuffer: 1 << 24 });
        if (out.status !== 0) {
          console.error(`${name} failed at ${kb} KB: ${out.stderr.slice(0, 2000)}`);
          process.exit(1);
        }
        got[name].push(JSON.parse(out.stdout));
      }
    }
    const row = (k) => {
      const a = median(got.A.map((x) => x[k]));
      const b = median(got.B.map((x) => x[k]));
      // Figures under 100 (a ratio, a small time) with two decimals.
      const f = (x) => x.toFixed(Math.abs(x) < 100 ? 2 : 0);
      return `${k} ${f(a)} → ${f(b)} (×${(b / a).toFixed(2)})`;
    };
    console.log(`${kb} KB: ${keys.map(row).join('; ')}`);
  }
}
