// Bad input gets a clear finding with a position: never a crash, a hang, or lost text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capFindings, check, checkBytes, MAX_CHECK_CHARS, MAX_FINDINGS_PER_RULE, notListedOf } from '../../server/out/engine/check.js';
import type { Diagnostic } from '../../server/out/engine/types.js';
import { binaryString, runs } from './helpers/properties.js';

const enc = (s: string) => new TextEncoder().encode(s);

test('empty file: one finding that says it is empty, not one per missing item', () => {
  for (const text of ['', '\n\n  \n', '---\npolicy:\n  controller: Acme Ltd\n---\n\n']) {
    const r = check(text);
    assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics.map((d) => d.message)));
    assert.equal(r.diagnostics[0].rule, 'input');
    assert.match(r.diagnostics[0].message, /empty|no policy text/);
    assert.deepEqual(r.coverage, []);
  }
  assert.deepEqual(check('').diagnostics[0].range.start, { line: 0, character: 0 });
  // One sentence is text: the rules run.
  assert.ok(check('We keep data.\n').diagnostics.some((d) => d.rule === 'required-info'));
});

test('binary file: one input finding with the byte position', () => {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const r = checkBytes(bytes);
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0].rule, 'input');
  assert.match(r.diagnostics[0].message, /binary/);
  assert.deepEqual(r.diagnostics[0].range.start, { line: 2, character: 0 }, 'the NUL byte after the PNG signature\'s line breaks');
});

test('UTF-16 is named as such', () => {
  const r = checkBytes(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
  assert.match(r.diagnostics[0].message, /UTF-16/);
});

test('invalid UTF-8: reported at the first bad byte, the rest still checked', () => {
  const bytes = new Uint8Array([...enc('# Privacy\n\nWe keep '), 0xff, ...enc(' data.\n')]);
  const r = checkBytes(bytes);
  const d = r.diagnostics.find((x) => x.rule === 'input')!;
  assert.match(d.message, /not valid UTF-8.*line 3, column 9/);
  assert.deepEqual(d.range.start, { line: 2, character: 8 });
  assert.ok(r.coverage.length > 0, 'the document is still checked');
});

test('byte-order mark is dropped, positions are not shifted', () => {
  const r = checkBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('---\npolicy: [\n---\nText\n')]));
  const d = r.diagnostics.find((x) => x.rule === 'input')!;
  assert.equal(d.range.start.line, 1, 'the YAML error is on line 2, as the editor shows it');
});

test('CRLF line endings give the same findings on the same lines as LF', () => {
  const lf = '# Privacy\n\nContact {{dpo_emial}} for help.\n\n[Company Name] collects data.\n';
  const a = check(lf).diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`);
  const b = check(lf.replace(/\n/g, '\r\n')).diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(b, a);
});

test('broken YAML front matter: an input error at the bad line', () => {
  const r = check('---\npolicy:\n  profiles: [uk-gdpr\n  controller: Acme\n---\n# Privacy\n');
  const d = r.diagnostics.filter((x) => x.rule === 'input');
  assert.ok(d.length >= 1);
  assert.match(d[0].message, /not valid YAML/);
  assert.ok(d[0].range.start.line >= 1 && d[0].range.start.line <= 4);
});

test('front matter of the wrong shape is named', () => {
  const r = check('---\npolicy:\n  profiles: 7\n---\n# Privacy\n');
  assert.ok(r.diagnostics.some((d) => d.rule === 'input' && /policy.profiles/.test(d.message)));
  const list = check('---\n- a\n- b\n---\n# Privacy\n');
  assert.ok(list.diagnostics.some((d) => d.rule === 'input' && /mapping/.test(d.message)));
});

test('unclosed front matter and unclosed placeholder are findings with positions', () => {
  const r = check('---\npolicy:\n  controller: Acme\n\n# Privacy\n\nWrite to {{contact_email now.\n');
  const msgs = r.diagnostics.filter((d) => d.rule === 'input');
  assert.ok(msgs.some((d) => /never closed/.test(d.message) && d.range.start.line === 0));
  assert.ok(msgs.some((d) => /not closed/.test(d.message) && d.range.start.line === 6 && d.range.start.character === 9));
});

test('unknown profile is an input error', () => {
  const r = check('---\npolicy:\n  profiles: [gdpr-mars]\n---\n# Privacy\n');
  assert.ok(r.diagnostics.some((d) => d.rule === 'input' && /Unknown profile "gdpr-mars"/.test(d.message)));
});

test('a file over the size limit is refused with its size, not parsed', () => {
  const big = 'x'.repeat(MAX_CHECK_CHARS + 10);
  const r = check(big);
  // Not parsed: a parsed file would have findings about the policy (every missing item), not one.
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0].message, /million characters/);
});

test('a 20 MB file of bytes is refused with its size', () => {
  const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  const r = checkBytes(bytes);
  assert.match(r.diagnostics[0].message, /20\.0 million characters/);
});

test('odd text does not crash: lone surrogates, control characters, one huge line, deep nesting', () => {
  for (const t of ['\ud800abc', '\u0007\u0008\u001b[31m', 'a'.repeat(300000), '>'.repeat(5000) + ' x', '- '.repeat(3000) + 'x', '{{'.repeat(2000), '[[[[' + '('.repeat(2000)]) {
    const r = check(t);
    assert.ok(Array.isArray(r.diagnostics));
  }
});

test('no mix of front matter, fences, NULs and astral characters breaks the reader (property)', () => {
  // The incremental-editing property test found one: micromark left a heading child without a position.
  const piece = fc.oneof(
    fc.constantFrom('---\npolicy:\n  controller: Larkspur Bakery Ltd\nvariables:\n  dpo_email: a@b.example\n---\n', '---\n', '# Title\n', 'Text {{x}}.\n', '\n', '• item\n', '| a | b |\n|---|---|\n| c | d |\n'),
    binaryString(6),
    fc.string({ maxLength: 8 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const r = check(parts.join(''));
      const internal = r.diagnostics.filter((d) => /Internal error/.test(d.message));
      assert.deepEqual(internal.map((d) => d.message), []);
    }),
    { numRuns: runs(1500) },
  );
});

test('rule settings that are null or not a severity are ignored, not trusted', () => {
  const r = check('# Privacy\n\nWrite to {{x}}.\n', { rules: { placeholder: null, 'duplicate-block': 'bogus', structure: { severity: 'nope' } } as never });
  assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.severity), ['error']);
  assert.ok(!r.diagnostics.some((d) => /Internal error/.test(d.message)));
});

test('old-Mac line endings (lone CR): front matter is read, and a bad byte is placed by the same lines', () => {
  const lf = '---\npolicy:\n  controller: Larkspur Cycles Ltd\nvariables:\n  contact_email: a@b.example\n---\n# Privacy\n\nWrite to {{contact_email}} or {{contact_emial}}.\n';
  const a = check(lf).diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`);
  const b = check(lf.replace(/\n/g, '\r')).diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(b, a);
  const r = checkBytes(new Uint8Array([...enc('a\rb\rc '), 0xff, ...enc(' x\r')]));
  assert.deepEqual(r.diagnostics.find((d) => d.rule === 'input')!.range.start, { line: 2, character: 2 });
});

test('findings of one rule past the limit are counted in one finding of that rule, where the first one not listed stands', () => {
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
  const d = (rule: string, line: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ rule, severity, message: `${rule} ${line}`, range: at(line) });
  const list = [d('a', 0), d('b', 1), d('a', 2), d('a', 3, 'information'), d('b', 4), d('a', 5, 'error'), d('a', 6)];
  assert.equal(capFindings(list, 5), list, 'under the limit: the same list');
  const capped = capFindings(list, 2);
  assert.deepEqual(
    capped.map((x) => `${x.rule} ${x.range.start.line} ${x.severity}`),
    ['a 0 warning', 'b 1 warning', 'a 2 warning', 'a 3 error', 'b 4 warning'],
    'two of a kept, the third place says how many more, as severe as the worst of them; b untouched',
  );
  assert.match(capped[3].message, /^3 more a findings .*at most 2 of one rule/);
  assert.deepEqual(capped[3].data, { notListed: 3, limit: 2, severities: { information: 1, error: 1, warning: 1 } });
});

test('a list capped once and given more findings (the set pass adds its own) is capped again, each finding counted once', () => {
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
  const d = (rule: string, line: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ rule, severity, message: `${rule} ${line}`, range: at(line) });
  const capped = capFindings([d('a', 0), d('a', 2), d('a', 4, 'information'), d('a', 6, 'error'), d('b', 7)], 2);
  assert.equal(capFindings(capped, 2), capped, 'nothing new: the same list');
  const counting = (list: Diagnostic[]) => list.filter((x) => notListedOf(x));
  // One added before the cut pushes the second listed one out; one added after it is counted.
  const again = capFindings([d('a', 0), d('a', 1, 'hint'), ...capped.slice(1, 3), d('a', 5), ...capped.slice(3)], 2);
  assert.deepEqual(
    again.map((x) => `${x.rule} ${x.range.start.line} ${x.severity}`),
    ['a 0 warning', 'a 1 hint', 'a 2 error', 'b 7 warning'],
    'two listed, then one finding counting the rest where the first one not listed stands',
  );
  assert.equal(counting(again).length, 1);
  assert.deepEqual(notListedOf(again[2]), { notListed: 4, limit: 2, severities: { warning: 2, information: 1, error: 1 } });
  assert.match(again[2].message, /^4 more a findings/);
  // Capped twice in one go or once: the same.
  const all = [d('a', 0), d('a', 1, 'hint'), d('a', 2), d('a', 4, 'information'), d('a', 5), d('a', 6, 'error'), d('b', 7)];
  assert.deepEqual(capFindings(all, 2), again);
});

test('a template of thousands of blanks: the first thousand listed, then how many more', () => {
  const blanks = Array.from({ length: 1200 }, (_, i) => `Keep it for {{period_${i}}}.`).join('\n');
  const r = check(`# Privacy\n\n${blanks}\n`);
  const own = r.diagnostics.filter((x) => x.rule === 'placeholder');
  assert.equal(own.length, MAX_FINDINGS_PER_RULE + 1);
  const last = own[own.length - 1];
  assert.match(last.message, /^200 more placeholder findings from here on are not listed/);
  assert.equal(last.severity, 'error', 'unknown placeholders are errors: the exit code stays the same');
  assert.deepEqual(last.range.start, { line: 2 + MAX_FINDINGS_PER_RULE, character: 12 }, 'at the first blank not listed');
});

test('a declared language variant is read as its base language; a code with no data warns at its value', () => {
  const body = '# Privacyverklaring\n\nWij bewaren uw e-mailadres zo lang als nodig is om u te antwoorden, en daarna wissen wij het. U kunt ons altijd vragen wat wij van u bewaren.\n';
  const doc = (code: string) => `---\npolicy:\n  language: ${code}\n---\n${body}`;
  for (const code of ['nl-NL', 'nl_BE', 'NL-nl']) {
    const r = check(doc(code));
    assert.equal(r.language, 'nl', code);
    assert.ok(!r.diagnostics.some((d) => d.rule === 'input'), `${code}: ${JSON.stringify(r.diagnostics.filter((d) => d.rule === 'input'))}`);
    const said = (x: { diagnostics: Diagnostic[] }) => x.diagnostics.map((d) => `${d.rule} ${d.message}`);
    assert.deepEqual(said(r), said(check(doc('nl'))), `${code} reads as nl does`);
  }
  for (const code of ['xx', 'zz-ZZ']) {
    const r = check(doc(code));
    const warned = r.diagnostics.filter((d) => d.rule === 'input');
    assert.equal(warned.length, 1, code);
    assert.equal(warned[0].severity, 'warning');
    assert.match(warned[0].message, /policy\.language/);
    assert.deepEqual(warned[0].range.start, { line: 2, character: 12 }, 'at the value');
    assert.equal(r.language, 'nl', `${code}: detected from the text`);
  }
});

test('a run of thousands of characters without a space: one warning at it, with how many more; the text after it still read', () => {
  const run = 'e-a-'.repeat(2000);
  const text = `# Privacy\n\nReference ${run} here. We keep your e-mail address for two years.\n\nAnd ${'x.'.repeat(200)} here.\n`;
  const r = check(text);
  const warned = r.diagnostics.filter((d) => d.rule === 'input');
  assert.equal(warned.length, 1, JSON.stringify(warned));
  assert.equal(warned[0].severity, 'warning');
  assert.match(warned[0].message, /run of 8,000 characters without a space.*first 256.*1 more such run/);
  assert.deepEqual(warned[0].range.start, { line: 2, character: text.split('\n')[2].indexOf('e-a-') });
  assert.deepEqual(warned[0].range.end, { line: 2, character: text.split('\n')[2].indexOf('e-a-') + run.length });
  // The sentence after the run is read: the period is given.
  assert.equal(r.coverage.find((c) => c.requirement === 'retention')?.status, 'present');
  // A run of 256 characters is read whole and not reported.
  assert.ok(!check(`# Privacy\n\nWe keep ${'a'.repeat(256)} data.\n`).diagnostics.some((d) => d.rule === 'input'));
});

test('a run broken by a form feed or a vertical tab is read alike by the checks\' view and by the long-run warning', async () => {
  const { longRun, searchable } = await import('../../server/out/engine/text.js');
  const a = (n: number) => 'a'.repeat(n);
  // [text of a paragraph, whether it holds a run of more than 256 characters without white space]
  const cases: [string, boolean][] = [
    [`${a(200)}\f${a(200)}`, false],
    [`${a(200)}\v${a(200)}`, false],
    [`${a(200)}\f${a(300)}`, true],
    [`${a(300)}\v${a(10)}`, true],
    [`${a(257)}`, true],
    [`${a(256)}\v${a(256)}`, false],
  ];
  for (const [run, long] of cases) {
    const text = `We keep ${run} data.`;
    const shown = JSON.stringify(run.replace(/a+/g, (m) => `a×${m.length}`));
    assert.equal(longRun(text) !== null, long, `longRun ${shown}`);
    // The view searched (searchable) changes the text exactly where there is such a run.
    assert.equal(searchable(text) !== text, long, `searchable ${shown}`);
    const warned = check(`# Privacy\n\n${text}\n`).diagnostics.filter((d) => d.rule === 'input' && /without a space/.test(d.message));
    assert.equal(warned.length, long ? 1 : 0, `warning ${shown}: ${JSON.stringify(warned)}`);
  }
});

test('a paragraph of more than 128 KB: its statements are read up to a sentence end before that, and a warning says where reading stopped', async () => {
  const { MAX_READ_BLOCK } = await import('../../server/out/engine/document.js');
  const filler = 'We answer questions about our shop. '.repeat(Math.ceil(MAX_READ_BLOCK / 36) + 10);
  const text = `# Privacy\n\nWe keep your e-mail address for two years. ${filler}You may complain to the ICO.\n`;
  const r = check(text);
  const warned = r.diagnostics.filter((d) => d.rule === 'input');
  assert.equal(warned.length, 1, JSON.stringify(warned));
  assert.match(warned[0].message, /This paragraph has [\d,]+ characters, more than the 128 KB.*read only up to here/);
  // It stands where reading stopped, after a sentence's end, and reaches to the paragraph's end.
  const line = text.split('\n')[2];
  assert.equal(warned[0].range.start.line, 2);
  assert.ok(warned[0].range.start.character <= MAX_READ_BLOCK && line[warned[0].range.start.character - 1] === '.', String(warned[0].range.start.character));
  assert.deepEqual(warned[0].range.end, { line: 2, character: line.length });
  // Before the cut: read (and its evidence placed in the source); after it: not read.
  const retention = r.coverage.find((c) => c.requirement === 'retention');
  assert.equal(retention?.status, 'present');
  assert.equal(retention?.evidence[0].range.start.line, 2);
  assert.notEqual(r.coverage.find((c) => c.requirement === 'complaint-authority')?.status, 'present');
  // The same text in paragraphs of their own is read whole, without a warning.
  const split = check(text.replace(/\. /g, '.\n\n'));
  assert.ok(!split.diagnostics.some((d) => d.rule === 'input'));
  assert.equal(split.coverage.find((c) => c.requirement === 'complaint-authority')?.status, 'present');
});

test('a web address longer than 256 characters (a link with a long query) gets no long-run warning', () => {
  const url = `https://example.com/unsubscribe?${'token=abc123&'.repeat(40)}end=1`;
  const r = check(`# Privacy notice\n\nTo stop our e-mails, open ${url} in your browser.\n`);
  assert.equal(r.diagnostics.filter((d) => /without a space/.test(d.message)).length, 0);
});
