// Rules on large and hostile text grow linearly: each case is run at a size and at twice that size,
// and the time may grow at most 3.5x (helpers/doubling.ts: CPU time, a ratio within one run, never
// against a clock). These were timed assertions in the
// unit tests (`Date.now() - t < N`); the unit tests keep what the result must be at a smaller size.
// Slow: run by .ci/run and `npm run test:slow`, not by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../server/out/engine/check.js';
import { parseDocument } from '../../../server/out/engine/document.js';
import { ruleById } from '../../../server/out/engine/rules/index.js';
import { FIXTURES } from '../helpers/paths.js';
import { BOUND, FRAME_SENTENCES, assertLinear } from '../helpers/doubling.js';
import { frameLanguage, readFrames } from '../../../server/out/engine/frames.js';
import { countOf } from '../helpers/findings.js';
import { summarisePolicy } from '../../../server/out/engine/workspace.js';
import { checkSet } from '../../../server/out/engine/set-check.js';

/** `make(n, variant)` builds the input of size n; `run` does the work whose time is compared. */
function linear(name: string, size: number, make: (n: number, variant: number) => string, run: (text: string) => void): void {
  test(`${name}: twice the text takes at most ${BOUND}x the time`, (t) => assertLinear(t, name, size, make, run));
}

const words = ['safe', 'kept', 'held', 'stored', 'used', 'secure', 'locked', 'filed', 'saved', 'guarded', 'placed', 'retained', 'housed'];

linear(
  'repeated-word, one long line',
  3000,
  (n, v) => `# Notice\n\n${`we keep your data ${words[v]} and the the `.repeat(n)}\n`,
  (text) => assert.equal(countOf(check(text).diagnostics, 'repeated-word'), (text.match(/the the/g) ?? []).length),
);

linear(
  'entity-mismatch, many paragraphs naming another organisation',
  2000,
  // Each paragraph differs (its number), so that the engine's memo of paragraphs does not decide.
  (n, v) => Array.from({ length: n }, (_, i) => `Quarry Bank Ltd ("we") mends clocks. Quarry Bank collects your address. Hollin Press collects your phone number ${words[v]} ${i}. Hollin Press keeps it. \n\n`).join(''),
  (text) => assert.equal(countOf(check(text).diagnostics, 'entity-mismatch'), 2 * (text.match(/Quarry Bank Ltd/g) ?? []).length),
);

// The frames reader on one sentence of many actions (each reading once copied its sentence's marks,
// and 50,000 actions ran out of memory): 25,000 units and 50,000, the readings counted.
const englishFrames = frameLanguage('en');
for (const [unit, each] of FRAME_SENTENCES) {
  linear(
    `frames, one sentence of "${unit.trim()}" repeated`,
    25_000,
    (n) => unit.repeat(n),
    (text) => assert.equal(readFrames(englishFrames, text).length, (text.length / unit.length) * each),
  );
}

// A writer who speaks as "I" (frames.yaml `singular`): every first-person subject once looked for
// its clause's and its sentence's end by a scan of its own, so one long sentence of them grew with
// the square of its length (a 248 KB question took 4.9 s of CPU).
const germanFrames = frameLanguage('de');
linear(
  'frames, one question of "Kann ich" repeated (a first-person writer)',
  16_000,
  (n, v) => `${'Kann ich '.repeat(n)}${words[v]}?`,
  (text) => assert.equal(readFrames(germanFrames, text).length, 0),
);

const complete = readFileSync(join(FIXTURES, 'required-info', 'complete.md'), 'utf8').replace(/^# .*$/m, '');
linear(
  'required-info, a complete policy repeated to 1 MB',
  Math.ceil(500_000 / complete.length),
  (n, v) => `# Big\n\n` + Array.from({ length: n }, (_, i) => complete.replace(/\.\n/g, ` (${words[v]} ${i}).\n`)).join(''),
  (text) => assert.equal(check(text).coverage.length, 25),
);

// The placeholder rule alone on hostile template shapes (what parseDocument costs is in
// hostile-doubling.test.ts, where the placeholders shape is still a todo: parsing the larger
// bracketed blanks here would take a minute, so they stay at a size that parses in seconds).
const parts = ['[Company Name] ', '[ _company_ ] ', '\\[Name of the organisation\\] ', '(your address) ', '[____] ', '[weekly / monthly] ', '%%DATE%% ', '<ORG_NAME> ', '{ORG} ', '${org} ', '__ORG__ ', 'test@test.com ', '[', '(', '<', '{{', '%'];
const blanks = (n: number, v: number) => Array.from({ length: n }, (_, i) => parts[(i * 7 + v) % parts.length]).join('');
const placeholderRule = ruleById('placeholder')!;
const shapes: Record<string, [number, (n: number, v: number) => string]> = {
  'open brackets': [160000, (n, v) => `[${'abcdefghijklm'[v]}`.repeat(n)],
  'bracketed blanks': [8000, blanks],
  'bracketed blanks in paragraphs': [2500, (n, v) => `${blanks(n, v)}\n\n`.repeat(3)],
  'unclosed brackets in prose': [32000, (n, v) => `we keep your data ( ${words[v]} [ and { here % `.repeat(n)],
};
for (const [name, [size, make]] of Object.entries(shapes)) {
  const parsed = new Map<string, ReturnType<typeof parseDocument>>();
  linear(
    `placeholder rule, ${name}`,
    size,
    (n, v) => {
      const text = make(n, v);
      parsed.set(text, parseDocument(text)); // parsed outside the timed part
      return text;
    },
    (text) => placeholderRule.check({ doc: parsed.get(text) ?? parseDocument(text), options: {}, profiles: ['uk-gdpr'], coverage: [], now: '2026-01-01', clauses: undefined as never, report: () => {} }),
  );
}

// The set pass (set-check.ts) over many policies of one controller in families of four: each
// family's policies name the controller's own domain, so every policy is an owner of it (the
// look-up of another policy's owner scanned them all for each policy: 16,000 policies took 24 s).
const translations = join(FIXTURES, 'sets', 'translations');
const members = ['privacy.md', 'privacy.nl.md', 'privacy-de.md'].map((name) => {
  const r = check(readFileSync(join(translations, name), 'utf8'), { now: '2026-12-01' });
  return { name, summary: summarisePolicy(r.document!, r.coverage), diagnostics: r.diagnostics };
});
linear(
  'the set pass, many families of one controller',
  8000,
  (n) => String(n),
  (size) => {
    const inputs = [];
    for (let i = 0; inputs.length < Number(size); i++) for (const m of members) inputs.push({ path: `f${i}/${m.name}`, summary: m.summary, diagnostics: [...m.diagnostics] });
    assert.equal(checkSet(inputs).families.length, Math.ceil(Number(size) / members.length));
  },
);
