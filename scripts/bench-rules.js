#!/usr/bin/env node
// Sanity benchmark (not a test): times single rules on generated policies of growing size, to
// show that their cost grows about linearly. Run after `npm run build`:
//   node --expose-gc scripts/bench-rules.js [rule-id ...]      (default: duplicate-block placeholder)
import { parseDocument } from '../server/out/engine/document.js';
import { ruleById } from '../server/out/engine/rules/index.js';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : ['duplicate-block', 'placeholder'];
const WORDS = ('we you your data personal process keep share right request contact service website account order ' +
  'payment supplier cookie marketing email address law contract consent interest legitimate purpose period year ' +
  'month delete correct copy object restrict transfer country safeguard security access officer complaint ' +
  'authority information provide collect use store retain necessary legal obligation third party partner').split(' ');

/** A deterministic pseudo-random policy of about `bytes` characters, with some pasted copies. */
function generate(bytes) {
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const sentence = () => {
    const n = 8 + Math.floor(rnd() * 18);
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return w.join(' ') + '.';
  };
  const paras = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    let p;
    if (paras.length % 12 === 0) p = `## Section ${++section}`;
    else if (paras.length > 50 && rnd() < 0.01) p = paras[Math.floor(rnd() * paras.length)]; // a pasted copy
    else if (rnd() < 0.1) p = `- ${sentence()}`;
    else p = Array.from({ length: 1 + Math.floor(rnd() * 4) }, sentence).join(' ');
    if (rnd() < 0.002) p += ' Contact [insert email address] or TBD.';
    paras.push(p);
    size += p.length + 2;
  }
  return '# Privacy notice\n\n' + paras.join('\n\n') + '\n';
}

const time = (f) => {
  globalThis.gc?.();
  const t = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
};

console.log(['size', 'parse ms', ...ids.map((id) => `${id} ms`), ...ids.map((id) => `${id} findings`), 'ms per MB (rules)'].join('\t'));
for (const mb of [0.5, 1, 2, 5]) {
  const text = generate(mb * 1024 * 1024);
  const [parseMs, doc] = time(() => parseDocument(text));
  const ms = [];
  const counts = [];
  for (const id of ids) {
    const rule = ruleById(id);
    // The best of three runs: the machine is shared, and the slowest run measures the neighbours.
    let best = Infinity;
    let n = 0;
    for (let k = 0; k < 3; k++) {
      const reports = [];
      const [t] = time(() => rule.check({ doc, options: {}, profiles: [], coverage: [], report: (r) => reports.push(r) }));
      best = Math.min(best, t);
      n = reports.length;
    }
    ms.push(best);
    counts.push(n);
  }
  const total = ms.reduce((a, b) => a + b, 0);
  console.log([`${mb} MB`, parseMs.toFixed(0), ...ms.map((x) => x.toFixed(0)), ...counts, (total / mb).toFixed(0)].join('\t'));
}
