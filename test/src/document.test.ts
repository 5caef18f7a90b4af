import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runs, sample } from './helpers/properties.js';
import { parseDocument, parseMarkdown, blockSpan } from '../../server/out/engine/document.js';

test('pasted text: implicit headings, bullets and hard-wrapped lines', () => {
  const text = [
    'Privacy Policy',
    'Who we are',
    'Acme Widgets Ltd makes widgets and',
    'sells them online.',
    'How we use your data',
    '• To deliver',
    'your order',
    '• To answer questions',
    '4. Keeping your data',
    'We keep it for six years.',
  ].join('\n');
  const doc = parseDocument(text);
  const summary = doc.blocks.map((b) => `${b.kind}:${b.text}`);
  assert.deepEqual(summary, [
    'heading:Privacy Policy',
    'heading:Who we are',
    'paragraph:Acme Widgets Ltd makes widgets and sells them online.',
    'heading:How we use your data',
    'list-item:To deliver your order',
    'list-item:To answer questions',
    'heading:4. Keeping your data',
    'paragraph:We keep it for six years.',
  ]);
  assert.equal(doc.sections.length, 5);
  assert.equal(doc.sections[4].title, 'Keeping your data');
  assert.equal(doc.blocks[6].number, '4');
});

test('folded text maps back to exact source ranges across line breaks', () => {
  const text = 'Intro line\n\nWe keep data\r\n   for six years.\n';
  const doc = parseDocument(text);
  const p = doc.blocks.find((b) => b.text.startsWith('We keep'))!;
  assert.equal(p.text, 'We keep data for six years.');
  const i = p.text.indexOf('for six');
  const span = blockSpan(p, i, i + 'for six years'.length);
  assert.equal(text.slice(span.start, span.end), 'for six years');
  const across = blockSpan(p, p.text.indexOf('data'), p.text.indexOf('six') + 3);
  assert.equal(text.slice(across.start, across.end), 'data\r\n   for six');
});

test('front matter: policy fields and variables with positions', () => {
  const text = '---\npolicy:\n  profiles: [eu-gdpr]\n  controller: Acme Ltd\nvariables:\n  dpo_email: dpo@acme.test\n---\n# Privacy\n\nWrite to {{dpo_email}}.\n';
  const doc = parseDocument(text);
  assert.deepEqual(doc.frontMatter.policy.profiles, ['eu-gdpr']);
  assert.equal(doc.frontMatter.policy.controller, 'Acme Ltd');
  assert.equal(doc.frontMatter.variables.dpo_email, 'dpo@acme.test');
  const vs = doc.frontMatter.variableSpans.dpo_email;
  assert.equal(text.slice(vs.start, vs.end), 'dpo_email');
  assert.equal(doc.placeholders.length, 1);
  assert.equal(doc.placeholders[0].name, 'dpo_email');
  assert.ok(doc.blocks.every((b) => !b.text.includes('profiles')), 'front matter is data, not prose');
});

test('broken front matter and unclosed placeholders are problems with positions, not crashes', () => {
  const broken = parseDocument('---\npolicy: [unclosed\n---\nText here.\n');
  assert.equal(broken.problems.length > 0, true);
  assert.match(broken.problems[0].message, /YAML/);
  const unclosed = parseDocument('---\npolicy:\n  controller: X\n\nNo closing fence.\n');
  assert.match(unclosed.problems[0].message, /never closed/);
  const ph = parseDocument('Contact {{dpo_email at once.\n');
  assert.equal(ph.placeholders[0].closed, false);
  assert.match(ph.problems[0].message, /not closed/);
});

test('language is detected from the prose', () => {
  const nl = parseDocument('Wij verwerken uw persoonsgegevens alleen wanneer dat nodig is voor de uitvoering van een overeenkomst met u. U heeft het recht om uw gegevens in te zien en te laten verwijderen.');
  assert.equal(nl.language, 'nl');
  const en = parseDocument('We process your personal data only when we need it to perform a contract with you. You have the right to see your data and to have it deleted.');
  assert.equal(en.language, 'en');
});

// ---- pasted text: short lines that are not headings ------------------------------------------

const kinds = (text: string) => parseDocument(text).blocks.map((b) => `${b.kind}:${b.text}`);
const headings = (text: string) => parseDocument(text).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

test('pasted text: a postal address written a line at a time is not a run of headings', () => {
  const text = [
    'How to reach us',
    '',
    'Write to our privacy team at the address below.',
    '',
    'Privacy Team',
    '',
    'Larkspur Cycles Ltd.',
    '',
    'Unit 4 Brook Mill',
    '',
    'Tanner Street',
    '',
    'Halifax',
    '',
    'West Yorkshire HX1 2AB',
    '',
    'United Kingdom',
    '',
    'Cookies',
    'We use two cookies, both needed for the basket to work.',
  ].join('\n');
  assert.deepEqual(headings(text), ['How to reach us', 'Privacy Team', 'Cookies']);
  // One paragraph per line, so that contact details keep their own lines.
  assert.ok(kinds(text).includes('paragraph:West Yorkshire HX1 2AB'));
});

test('pasted text: US, Dutch and German addresses are not headings either', () => {
  for (const address of [
    ['Larkspur Cycles Inc', '200 Harbor Drive', 'Springfield, IL 62701'],
    ['Larkspur Fietsen B.V.', 'Stationsweg 12', '3511 AB Utrecht'],
    ['Larkspur Räder GmbH', 'Hauptstraße 5', '10115 Berlin'],
  ]) {
    const text = ['Our details', '', 'You can write to us.', '', ...address.flatMap((l) => [l, '']), 'We reply within a week.'].join('\n');
    assert.deepEqual(headings(text), ['Our details'], address.join(' / '));
  }
});

test('pasted text: three or more short lines in a row are a list, not headings', () => {
  const introduced = ['Who we are', '', 'We repair bicycles in Halifax.', '', 'We use your details to:', '', 'Book your repair', '', 'Order spare parts', '', 'Tell you when your bicycle is ready', '', 'Who sees your details', 'Only our mechanics do.'].join('\n');
  assert.deepEqual(kinds(introduced).filter((k) => k.startsWith('list-item')), ['list-item:Book your repair', 'list-item:Order spare parts', 'list-item:Tell you when your bicycle is ready']);
  assert.deepEqual(headings(introduced), ['Who we are', 'Who sees your details']);

  // No lead-in, and the items written as clauses: the ";" lines and the last one belong to the list.
  const clauses = ['Why we keep records', '', 'We keep a record of each job we do.', '', 'Planning the workshop week', 'Ordering parts from our suppliers', 'Checking your warranty when something fails again', 'Sending you a reminder when a service is due;', 'Answering a complaint about our work.', '', 'How long we keep them', 'We keep job records for six years.'].join('\n');
  const items = kinds(clauses).filter((k) => k.startsWith('list-item'));
  assert.equal(items.length, 5);
  assert.equal(items[4], 'list-item:Answering a complaint about our work.');
  assert.deepEqual(headings(clauses), ['Why we keep records', 'How long we keep them']);
});

test('pasted text: a title, subtitle and section heading stacked over prose stay headings', () => {
  const top = ['Privacy Notice', 'Larkspur Cycles', 'Who we are', 'We are a small bicycle shop in Halifax.'].join('\n');
  assert.deepEqual(headings(top), ['Privacy Notice', 'Larkspur Cycles', 'Who we are']);
  const middle = ['Privacy Notice', '', 'This notice explains what we do with your details.', '', 'Part two', 'Your rights', 'Asking for a copy', 'At any time you can ask us to send you a copy of your details.'].join('\n');
  assert.deepEqual(headings(middle), ['Privacy Notice', 'Part two', 'Your rights', 'Asking for a copy']);
  // A question heads a section even among short lines.
  const question = ['Privacy Notice', '', 'This notice explains what we do with your details.', '', 'What do we collect?', 'Your name', 'Your address', 'Your bicycle’s frame number', '', 'We need them to find your bicycle.'].join('\n');
  assert.deepEqual(headings(question), ['Privacy Notice', 'What do we collect?']);
});

test('pasted text: what a web page leaves behind is never a heading or the title', () => {
  const text = ['Skip to main content', '', 'Home About us Shop Contact', '', 'Privacy Notice', '', 'We are a bicycle shop.', '', 'Contact us', '', 'Call the shop during opening hours.', '', 'Back to top', '', 'Accept all cookies'].join('\n');
  const doc = parseDocument(text);
  assert.deepEqual(headings(text), ['Privacy Notice', 'Contact us']);
  assert.equal(doc.sections[1].title, 'Privacy Notice');
  // The lines are kept, as paragraphs: rules may still read them.
  assert.ok(kinds(text).includes('paragraph:Skip to main content'));
  assert.ok(kinds(text).includes('paragraph:Accept all cookies'));
});

test('pasted text: a table pasted as lines does not turn its header row into headings', () => {
  const text = [
    'Privacy Notice',
    '',
    'We rely on the lawful bases in the table below.',
    '',
    'Purpose Kind of data Lawful basis',
    'REPAIRS',
    'Booking your repair (a) Contact details',
    '(b) Bicycle details',
    '(a) Contract',
    '',
    'Keeping your data',
    'We keep repair records for six years.',
  ].join('\n');
  assert.deepEqual(headings(text), ['Privacy Notice', 'Keeping your data']);
});

test('pasted text: Markdown is left as written', () => {
  const text = ['# Privacy Notice', '', '## Shop', '', 'Halifax', '', 'West Yorkshire HX1 2AB', '', '## Rights', '', 'Access', '', 'Erasure'].join('\n');
  assert.deepEqual(headings(text), ['Privacy Notice', 'Shop', 'Rights']);
  assert.deepEqual(kinds(text).filter((k) => k.startsWith('list-item')), []);
});

test('nesting too deep for remark is read by the cheap path at once, with a warning', async () => {
  const { nestedBeyond, MAX_PARSED_NESTING } = await import('../../server/out/engine/document.js');
  assert.equal(nestedBeyond('# Privacy\n\n- a\n  - b\n    - c\n> quote\n', MAX_PARSED_NESTING), false);
  assert.equal(nestedBeyond('    code\n' + ' '.repeat(150) + 'x\n', MAX_PARSED_NESTING), false);
  assert.equal(nestedBeyond('x\n' + '>'.repeat(101) + ' y', MAX_PARSED_NESTING), true);
  assert.equal(nestedBeyond('- '.repeat(101) + 'x', MAX_PARSED_NESTING), true);
  assert.equal(nestedBeyond('1. '.repeat(60) + '- '.repeat(41), MAX_PARSED_NESTING), true);
  assert.equal(nestedBeyond('\r\n' + '  '.repeat(101) + '- x', MAX_PARSED_NESTING), true);
  let called = false;
  const doc = parseDocument('# Privacy\n\n' + '> '.repeat(500) + 'We keep data.\n', (t) => ((called = true), parseMarkdown(t)));
  assert.equal(called, false, 'remark is not asked');
  assert.ok(doc.problems.some((p) => /nested too deeply/.test(p.message)));
  assert.ok(doc.blocks.some((b) => /We keep data/.test(b.text)));
});

test('thousands of square brackets never closed are read by the cheap path, with a warning', async () => {
  const { unclosedBrackets } = await import('../../server/out/engine/document.js');
  assert.equal(unclosedBrackets('[a](#b) [COMPANY] [x'), 1);
  const doc = parseDocument('# Privacy\n\n' + '[a'.repeat(6000) + '\n');
  assert.ok(doc.problems.some((p) => /never closed/.test(p.message)));
  assert.equal(parseDocument('# Privacy\n\n' + '[a] '.repeat(6000) + '\n').problems.length, 0, 'closed brackets are Markdown as usual');
});

test('a very long run of lines is masked before remark, and reads into the same blocks and sections', async () => {
  const { MASKED_RUN, maskLongRuns } = await import('../../server/out/engine/document.js');
  // Every kind of block, with no blank line between them, so that they form runs longer than
  // MASKED_RUN; the same run also stands between blank lines, and once in a pasted policy.
  const piece = [
    '# 1. Who we are',
    'Acme Widgets Ltd (*"Acme"*, _we_) makes [widgets](https://example.com) and `sells` them.',
    '**Bold start** of a line, with <b>inline HTML</b> and an & sign, ~~struck~~ and \\*escaped\\*.',
    'A line that becomes a heading',
    '===',
    'Another paragraph line, then a rule below it',
    '---',
    '- a list item with *stars*',
    '  and a continuation line',
    '1. a numbered item [COMPANY NAME]',
    '> a quote with {{ placeholder }} and __underscores__',
    '| Data | Kept |',
    '| --- | :---: |',
    '| email \\| phone | `a | b` 2 years |',
    'A line after the table with <COMPANY_NAME>.',
    '```js',
    'const code = `template ${x}` * 2; // [not] _a_ <link>',
    'plain words inside the fence',
    '```',
    '<!-- pw-disable placeholder',
    'still inside the comment -->',
    'Words after the comment on the next line.',
    '<div>',
    'inside the div *x*',
    '</div>',
    '[ref]: https://example.com/ref',
    'A paragraph that uses [ref] and [^1] and ![img](x.png).',
    '```a```b',
    'A closing line.',
  ].join('\n');
  let body = '';
  while (body.length <= MASKED_RUN) body += piece + '\n';
  const texts = [
    body,
    `---\npolicy:\n  controller: Acme Ltd\nvariables:\n  a_b: "x"\n---\n${body}\n\n# Next\n\nShort paragraph.\n\n${body}`,
    body.replace(/\n/g, '\r\n'),
  ];
  for (const text of texts) {
    assert.notEqual(maskLongRuns(text), text, 'the run was masked');
    assert.equal(maskLongRuns(text).length, text.length, 'offsets unchanged');
    const masked = parseDocument(text);
    const whole = parseDocument(text, () => parseMarkdown(text));
    const shape = (d: typeof masked) => ({
      blocks: d.blocks.map((b) => [b.kind, b.span.start, b.span.end, b.text, b.depth, b.marker]),
      sections: d.sections.map((s) => [s.title, s.span.start, s.span.end]),
      comments: d.comments,
      frontMatter: d.frontMatter.data,
    });
    assert.deepEqual(shape(masked), shape(whole));
  }
});

test('front matter: a flood of YAML problems is reported as twenty and a count; one too large is not read', async () => {
  const { MAX_FRONT_MATTER } = await import('../../server/out/engine/document.js');
  const repeated = parseDocument(`---\nvariables:\n${'  v: a\n'.repeat(500)}---\n# Privacy\n`);
  const yaml = repeated.problems.filter((p) => /front matter/i.test(p.message));
  assert.equal(yaml.length, 21);
  assert.match(yaml[20].message, /479 more problems/);
  const big = parseDocument(`---\npolicy:\n  controller: Acme Ltd\nvariables:\n${'  v: a\n'.repeat(MAX_FRONT_MATTER / 7 + 10)}---\n# Privacy\n\nWe keep data.\n`);
  assert.equal(big.problems.length, 1);
  assert.match(big.problems[0].message, /front matter is \d+ KB.*not read/);
  assert.deepEqual(big.frontMatter.policy, {});
  assert.ok(big.text.slice(big.bodyStart).trim().startsWith('# Privacy'));
});

test('the document model parses with GFM blocks only, and every example and fixture (a fifth of them under npm test) reads into the blocks of a full GFM parse and of the line reader', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name)) files.push(p);
    }
  };
  walk(join(root, 'examples'));
  walk(join(root, 'test', 'fixtures'));
  assert.ok(files.length > 50, `found ${files.length} examples and fixtures`);
  const shape = (d: ReturnType<typeof parseDocument>) => ({
    blocks: d.blocks.map((b) => [b.kind, b.span.start, b.span.end, b.depth, b.marker, b.number]),
    sections: d.sections.map((s) => [s.title, s.span.start, s.span.end]),
    comments: d.comments,
    problems: d.problems,
  });
  const { parseBlocks } = await import('../../server/out/engine/document.js');
  for (const f of sample(files)) {
    const text = readFileSync(f, 'utf8');
    const doc = shape(parseDocument(text));
    assert.deepEqual(doc, shape(parseDocument(text, () => parseMarkdown(text))), f);
    // The cheap reader of heading and table runs (line-blocks.ts), forced on every run, reads the same blocks.
    assert.deepEqual(shape(parseDocument(text, parseBlocks, 0)), doc, `${f}, headings and tables read by the line reader`);
  }
});

test('a line of nothing but `{{`: two hundred unclosed placeholders marked, the rest counted in one problem', () => {
  const doc = parseDocument('We keep data. ' + '{{'.repeat(1000) + 'x\n');
  const unclosed = doc.problems.filter((p) => /not closed/.test(p.message));
  assert.equal(unclosed.length, 201);
  assert.match(unclosed[200].message, /^800 more placeholders/);
  assert.equal(unclosed[200].span.start, doc.text.indexOf('{{') + 400);
  assert.equal(doc.placeholders.length, 1000);
  const closed = parseDocument('Name: {{ company }} and {{ email }} and {{ open\n');
  assert.deepEqual(closed.placeholders.map((p) => [p.name, p.closed]), [['company', true], ['email', true], ['open', false]]);
});

test('a front matter too large to read is handed to remark as one line of spaces: same span, same blocks after it', async () => {
  const { MAX_FRONT_MATTER, maskLongRuns } = await import('../../server/out/engine/document.js');
  for (const nl of ['\n', '\r\n']) {
    const text = `---${nl}variables:${nl}${`  v: a${nl}`.repeat(MAX_FRONT_MATTER / 7 + 10)}---${nl}# Privacy${nl}${nl}We keep data.${nl}`;
    const masked = maskLongRuns(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('\n').length, 7, 'the front matter is one line between its fences');
    const shape = (d: ReturnType<typeof parseDocument>) => ({ fm: d.frontMatter.span, blocks: d.blocks.map((b) => [b.kind, b.span.start, b.span.end]), problems: d.problems });
    assert.deepEqual(shape(parseDocument(text)), shape(parseDocument(text, () => parseMarkdown(text))));
  }
});

test('foldText folds each run of white space to one space and maps every text offset back to its source', async () => {
  const { foldText, toSource } = await import('../../server/out/engine/document.js');
  const fc = (await import('fast-check')).default;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', '.', ' ', ' ', '\n', '\t', '\r', '\u00a0'), { maxLength: 40 }), fc.nat(), fc.nat(), (chars, x, y) => {
      const src = chars.join('');
      const start = x % (src.length + 1);
      const end = start + (y % (src.length - start + 1));
      // The reference: each character kept where it stands, each run of white space one space at the run's last character.
      let text = '';
      const at: number[] = [];
      for (let i = start; i < end; i++) {
        if (!isSpace(src[i])) {
          text += src[i];
          at.push(i);
        } else if (text && i + 1 < end && !isSpace(src[i + 1])) {
          text += ' ';
          at.push(i);
        }
      }
      const folded = foldText(src, { start, end });
      assert.equal(folded.text, text);
      const block = { span: { start, end }, ...folded } as Parameters<typeof toSource>[0];
      for (let t = 0; t < text.length; t++) assert.equal(toSource(block, t), at[t], `${JSON.stringify(src)} at ${t}`);
    }),
    { numRuns: runs(2000) },
  );
});

test('LineIndex: line starts and positions as a reading a character at a time finds them, with and without carriage returns', async () => {
  const fc = (await import('fast-check')).default;
  const { LineIndex } = await import('../../server/out/engine/text.js');
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b ', '\n', '\r', '\r\n', '\n\n', 'é'), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const starts = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
      }
      const lines = new LineIndex(text);
      assert.deepEqual([...lines.starts], starts);
      for (let o = 0; o <= text.length; o++) assert.equal(lines.offsetAt(lines.positionAt(o)), Math.min(o, lines.lineEnd(lines.positionAt(o).line)));
    }),
    { numRuns: runs(2000) },
  );
});

test('LineIndex: each index owns an array of exactly its line starts, whatever was indexed before (no list kept at the longest text ever seen)', async () => {
  const { LineIndex } = await import('../../server/out/engine/text.js');
  for (const nl of ['\n', '\r\n']) {
    const long = new LineIndex(Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join(nl));
    assert.equal(long.lineCount, 200_000);
    assert.equal(long.starts.buffer.byteLength, 4 * 200_000);
    const short = new LineIndex(`one${nl}two${nl}`);
    assert.deepEqual([...short.starts], [0, 3 + nl.length, 6 + 2 * nl.length]);
    assert.equal(short.starts.buffer.byteLength, 4 * 3);
    assert.notEqual(short.starts.buffer, long.starts.buffer);
  }
});

test('LineIndex: nothing of a long text\'s index stays alive once the index is dropped (a list of the longest text\'s line starts had been kept for the next check)', async () => {
  const { execFileSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const text = fileURLToPath(new URL('../../server/out/engine/text.js', import.meta.url));
  // In a process of its own, with the collector at hand: three million lines, indexed, dropped.
  const script = `const { LineIndex } = await import(${JSON.stringify(text)});
    new LineIndex('a\\nb'); gc(); const before = process.memoryUsage().heapUsed;
    for (const nl of ['\\n', '\\r\\n']) { let s = nl.repeat(3e6); if (new LineIndex(s).lineCount !== 3e6 + 1) throw new Error('lines'); s = null; }
    gc(); console.log(process.memoryUsage().heapUsed - before);`;
  const grown = Number(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' }));
  assert.ok(grown < 4 * 1024 * 1024, `${(grown / 1048576).toFixed(1)} MB kept`);
});

test('a one-line paragraph whose sentence closes inside emphasis is prose, not a recovered heading', () => {
  for (const line of ['In short, **you may ask us to erase what we hold.**', 'Note: _we never sell your details._', 'Briefly, *we keep nothing after a year.*']) {
    const doc = parseDocument(`# Privacy notice\n\n${line}\n`);
    assert.deepEqual(doc.blocks.map((b) => b.kind), ['heading', 'paragraph'], line);
  }
  // A short bold line with no closing stop still stands as a title of its own text.
  const doc = parseDocument('# Notice\n\nSome text.\nWhat we collect\nWe collect names.\n');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['heading', 'paragraph', 'heading', 'paragraph']);
});
