#!/usr/bin/env node
// Whether two built checkouts' language servers publish the same diagnostics for the same edits
// (not a test: a change meant only to make an edit faster must change no diagnostic). Each server
// (compiled, with its flags) opens a real policy of the given size (../shared, as lib/corpus.js
// reads it) and gets the same edits, each waited for (no debounce): `--edits` characters at the
// start of each line from the middle on (as bench-lsp.js edits: a line after a list item or a
// blank line joins the block before), then as many typed one after another inside one line of
// prose (as time-edit.js --typing). Every published list is compared as JSON (the rules' documentation
// links with the checkout's path left out); the first
// difference is printed, and the exit code is 1 when there is one.
// Usage: npm run build && node scripts/diff-edits-lsp.js <checkout A> <checkout B> [--kb=100] [--edits=30]
import { resolve, join } from 'node:path';
import { arg, checkouts } from './lib/ab.js';

const { TestClient } = await import('../test/out/helpers/lsp-client.js');
const { SERVER_FLAGS } = await import('../server/out/lsp/flags.js');
const { policyText, proseLine, sourceNote } = await import('./lib/corpus.js');

const [a, b] = checkouts("node scripts/diff-edits-lsp.js <checkout A> <checkout B> [--kb=100] [--edits=30]");
const kb = Number(arg('kb', '100'));
const edits = Number(arg('edits', '30'));
const text = policyText(kb * 1024).text;
console.log(sourceNote());
const lines = text.split('\n');
const middle = Math.floor(lines.length / 2);
const prose = proseLine(lines);
const steps = [
  ...Array.from({ length: edits }, (_, i) => ({ line: middle + i, character: 0 })),
  ...Array.from({ length: edits }, (_, i) => ({ line: prose, character: 40 + i })),
];

async function published(checkout) {
  const client = new TestClient({ initializationOptions: { debounceMs: 0 }, command: [...SERVER_FLAGS, join(resolve(checkout), 'server', 'out', 'lsp', 'main.js'), '--stdio'] });
  await client.initialize();
  const uri = `file:///diff/edits-${kb}.policy.md`;
  client.open(uri, text);
  // The rules' documentation is named by its place in the checkout.
  const json = (p) => JSON.stringify(p.diagnostics).replaceAll(`file://${resolve(checkout)}/`, 'file://<checkout>/');
  const lists = [json(await client.diagnostics(uri, 1))];
  for (const { line, character } of steps) {
    const v = client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
    lists.push(json(await client.diagnostics(uri, v)));
  }
  client.close(uri);
  await client.stop();
  return lists;
}

const [la, lb] = [await published(a), await published(b)];
let differ = 0;
for (let i = 0; i < la.length; i++) {
  if (la[i] === lb[i]) continue;
  if (!differ++) {
    const [x, y] = [JSON.parse(la[i]), JSON.parse(lb[i])];
    const j = x.findIndex((d, k) => JSON.stringify(d) !== JSON.stringify(y[k]));
    console.log(`first difference after ${i ? `edit ${i} (${JSON.stringify(steps[i - 1])})` : 'opening'}: ${x.length} against ${y.length} diagnostics; at ${j}:\n  A ${JSON.stringify(x[j])}\n  B ${JSON.stringify(y[j])}`);
  }
}
console.log(`${kb} KB, ${la.length} lists published (opening and ${steps.length} edits): ${differ ? `${differ} differ` : 'all identical'} (diagnostics per list: ${JSON.parse(la.at(-1)).length})`);
process.exit(differ ? 1 : 0);
