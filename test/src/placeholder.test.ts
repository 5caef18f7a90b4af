import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check } from '../../server/out/engine/check.js';
import { parseDocument } from '../../server/out/engine/document.js';
import { fixtureTests } from './helpers/fixtures.js';
import { FIXTURES } from './helpers/paths.js';
import { applyEdits } from './helpers/edits.js';
import { binaryString, runs } from './helpers/properties.js';

const RULE = 'placeholder';
const found = (text: string) => check(text).diagnostics.filter((d) => d.rule === RULE);

fixtureTests(RULE);

const FM = '---\npolicy:\n  controller: Quillfeather Books Ltd\nvariables:\n  dpo_email: dpo@quillfeather.example\n  retention_period: seven years\n---\n';

test('placeholder: an unknown variable is an error with a safe did-you-mean fix', () => {
  const text = `${FM}# Notice\n\nWe keep records for {{ retention_perod }}.\n`;
  const [d] = found(text);
  assert.equal(d.severity, 'error');
  assert.match(d.message, /Did you mean `\{\{retention_period\}\}`\?/);
  const fix = d.fixes!.find((f) => f.kind === 'fix')!;
  assert.equal(fix.title, 'Replace with `{{retention_period}}`');
  const fixed = applyEdits(text, fix.edits);
  assert.match(fixed, /\{\{ retention_period \}\}/);
  assert.equal(found(fixed).length, 0);
});

test('placeholder: case and separators alone make a safe fix; a distant name gets no guess', () => {
  assert.equal(found(`${FM}Write to {{DPO-Email}}.\n`)[0].fixes!.find((f) => f.kind === 'fix')!.edits[0].newText, 'dpo_email');
  const [far] = found(`${FM}Our office is at {{registered_office}}.\n`);
  assert.ok(!far.fixes!.some((f) => f.kind === 'fix'));
  assert.doesNotMatch(far.message, /Did you mean/);
});

test('placeholder: policy fields resolve by name and as policy.<field>', () => {
  assert.equal(found(`${FM}{{controller}} and {{ policy.controller }} sell books.\n`).length, 0);
  const [d] = found(`${FM}{{policy.controler}} sells books.\n`);
  assert.equal(d.fixes!.find((f) => f.kind === 'fix')!.edits[0].newText, 'policy.controller');
});

test('placeholder: "add to the front matter variables" inserts a key into the mapping, or creates it', () => {
  const cases: [string, string][] = [
    [`${FM}At {{office}}.\n`, 'variables:\n  dpo_email: dpo@quillfeather.example\n  retention_period: seven years\n  office: \n---'],
    ['---\npolicy:\n  controller: Acme\n---\nAt {{office}}.\n', '---\npolicy:\n  controller: Acme\nvariables:\n  office: \n---'],
    ['---\nvariables:\n---\nAt {{office}}.\n', '---\nvariables:\n  office: \n---'],
    ['At {{office}}.\n', '---\nvariables:\n  office: \n---\nAt {{office}}.'],
  ];
  for (const [text, expect] of cases) {
    const [d] = found(text);
    const add = d.fixes!.find((f) => f.title.startsWith('Add'))!;
    assert.equal(add.kind, 'suggestion');
    const after = applyEdits(text, add.edits);
    assert.ok(after.includes(expect), after);
    const doc = parseDocument(after);
    assert.deepEqual(doc.problems, [], after);
    assert.ok('office' in doc.frontMatter.variables, after);
    // Declared but still empty: a warning that asks for the value, no longer an error.
    assert.deepEqual(
      found(after).map((x) => [x.severity, /no value yet/.test(x.message)]),
      [['warning', true]],
    );
  }
});

test('placeholder: an unclosed `{{` is left to the input problem, not reported twice', () => {
  const r = check(`${FM}Write to {{dpo_email for anything.\n`);
  assert.equal(r.diagnostics.filter((d) => d.rule === RULE).length, 0);
  assert.equal(r.diagnostics.filter((d) => d.rule === 'input' && /not closed/.test(d.message)).length, 1);
});

test('placeholder: [Company Name] offers the declared controller', () => {
  const text = `${FM}[Company Name] sells books.\n`;
  const [d] = found(text);
  assert.equal(d.severity, 'warning');
  assert.equal(applyEdits(text, d.fixes![0].edits), `${FM}Quillfeather Books Ltd sells books.\n`);
});

test('placeholder: "Remove this line" on a CMS default heading leaves a clean document', () => {
  const text = '# Notice\n\nWe sell books.\n\n## Default title\n\nLast updated in May.\n';
  const [d] = found(text);
  assert.equal(applyEdits(text, d.fixes![0].edits), '# Notice\n\nWe sell books.\n\nLast updated in May.\n');
});

test('placeholder: fixture fixes apply cleanly and the finding is gone', () => {
  const dir = join(FIXTURES, RULE);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const d of found(text)) {
      const fix = d.fixes?.find((x) => x.kind === 'fix');
      if (!fix) continue;
      const after = found(applyEdits(text, fix.edits));
      assert.ok(!after.some((x) => x.range.start.line === d.range.start.line && x.message === d.message), `${f}: fixed`);
    }
  }
});

test('placeholder: never throws on arbitrary text', () => {
  const piece = fc.oneof(fc.string({ maxLength: 30 }), binaryString(10), fc.constantFrom('{{', '}}', '[', ']', '<', '>', 'XXX', 'TBD', '---\n', '\n\n', '`', '{{ site.x }}', '[insert'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      found(parts.join(''));
    }),
    { numRuns: runs(300) },
  );
});

// Over the seeds: corpus/acceptance.test.ts (each seed is checked once for the whole suite).

test('adding a variable keeps the front matter valid when `variables:` is not the last key', () => {
  const text = readFileSync(join(FIXTURES, 'placeholder', 'variables-first.md'), 'utf8');
  const d = check(text).diagnostics.find((x) => x.rule === 'placeholder')!;
  const add = d.fixes!.find((f) => /Add/.test(f.title))!;
  const fixed = applyEdits(text, add.edits.map((e) => ({ ...e, newText: e.newText + 'help desk' })));
  assert.match(fixed, /contact_email: help@larkspur\.example\n {2}other_thing: help desk\npolicy:/);
  assert.deepEqual(check(fixed).diagnostics.filter((x) => x.rule === 'input' || x.rule === 'placeholder').map((x) => x.message), []);
});

// That the template shapes read hostile input in linear time: test/src/slow/linear-rules.test.ts.

test('placeholder: a generator credit is reported, as information, only with the option `credits`', () => {
  const text = 'Larkspur Ltd runs the Larkspur app.\n\nThis policy was made with the Quickdraft Privacy Policy Generator.\n';
  assert.deepEqual(found(text), []);
  const on = check(text, { rules: { placeholder: { options: { credits: true } } } }).diagnostics.filter((d) => d.rule === RULE);
  assert.equal(on.length, 1, on.map((d) => d.message).join('\n'));
  assert.equal(on[0].severity, 'information');
  assert.match(on[0].message, /credits the generator/);
});

test('letterCounts counts letters and capitals as /\\p{L}/gu and /\\p{Lu}/gu do, without the match arrays', async () => {
  const { letterCounts, shouting } = await import('../../server/out/engine/text.js');
  const samples = [
    '',
    'Plain words, 12 digits and _ marks.',
    'ÉCOLE Straße ÇA ĳ Ǆ ǅ ǆ',
    'Greek ΑΒΓ δεζ, Cyrillic ЖЗИ жзи',
    'astral 𝐀𝐁𝐂 𝒶𝒷 and a lone \ud835 high and \udc00 low surrogate',
    'WE KEEP YOUR DATA FOR SIX YEARS AFTER THE CONTRACT ENDS',
  ];
  for (const s of samples) {
    const letters = s.match(/\p{L}/gu)?.length ?? 0;
    const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
    assert.deepEqual(letterCounts(s), { letters, upper }, JSON.stringify(s));
    assert.equal(shouting(s), letters >= 20 && upper > letters * 0.6);
  }
  assert.equal(shouting(samples[5]), true);
});
