// The value rows of test/src/coverage-values-rows.ts (issue 13: last-updated, controller-identity,
// dpo-contact, children, security, cookies, policy-changes, data-categories in en/nl/de/fr),
// scored against a checkout's engine: right rows per batch, item and language. The rows are read
// from this checkout's test/out, so a base checkout is scored on the same rows.
// Usage: node scripts/score-values.js <checkout> [batch] [--wrong]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const wrongToo = args.includes('--wrong');
const [checkout = '.', batch] = args.filter((a) => !a.startsWith('--'));
const here = new URL('..', import.meta.url);
const { VALUE_ROWS, documentOf } = await import(new URL('test/out/coverage-values-rows.js', here).href);
const engine = (p) => pathToFileURL(resolve(checkout, p)).href;
const { check } = await import(engine('server/out/engine/check.js'));
const { RULE_METAS } = await import(engine('server/out/engine/rules/index.js'));
const off = Object.fromEntries(RULE_METAS.map((m) => [m.id, 'off']));
const tally = new Map();
const wrong = [];
for (const row of VALUE_ROWS) {
  if (batch && String(row.batch) !== batch) continue;
  const c = check(documentOf(row), { profiles: ['eu-gdpr'], rules: off }).coverage.find((x) => x.requirement === row.requirement);
  const ok = c?.status === row.expected;
  const key = `batch ${row.batch} ${row.requirement} ${row.lang}`;
  const t = tally.get(key) ?? [0, 0];
  t[0] += ok ? 1 : 0;
  t[1]++;
  tally.set(key, t);
  if (!ok) wrong.push(`${key}: want ${row.expected}, got ${c?.status ?? 'nothing'}: ${row.body.replace(/\n/g, ' ')}`);
}
let right = 0;
let all = 0;
for (const [k, [ok, n]] of [...tally].sort()) {
  console.log(`${k.padEnd(40)} ${ok}/${n}`);
  right += ok;
  all += n;
}
console.log(`total ${right}/${all}`);
if (wrongToo) console.log(wrong.join('\n'));
