// What the engine remembers per paragraph between checks (memo.ts) must give what a check with
// nothing remembered gives. Each test here checks one document, then another that differs
// elsewhere in a way that changes the remembered paragraph's reading, then the first again:
// a memo that kept a stale answer shows as a difference from the first check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/out/engine/document.js';
import { analyseOrganisations } from '../../server/out/engine/organisation.js';
import { check } from '../../server/out/engine/check.js';

const names = (text: string) => analyseOrganisations(parseDocument(text)).mentions.map((m) => m.name);

test('organisation names: a paragraph read before is read again when a word of it becomes common elsewhere', () => {
  const own = 'Quillmoor Tides collects your e-mail address to send receipts.';
  const alone = `# Privacy\n\n${own}\n\nWe keep receipts for six years.\n`;
  // "quillmoor" written in lower case elsewhere makes it a common word here, so it is no longer
  // read as the start of a name.
  const withWord = `# Privacy\n\n${own}\n\nWe keep receipts for six years at the quillmoor depot.\n`;
  const first = names(alone);
  assert.ok(first.includes('Quillmoor Tides'), first.join(', '));
  const second = names(withWord);
  assert.ok(!second.includes('Quillmoor Tides') && second.includes('Tides'), second.join(', '));
  assert.deepEqual(names(alone), first);
});

test('organisation names: the same paragraph text with its lines broken elsewhere is read with its own line breaks', () => {
  // Folded, both paragraphs read the same; in the second the name starts a line of its own after
  // a line holding only the department (an address), so the department is not part of the name.
  const head = '---\npolicy:\n  profiles: [uk-gdpr]\n---\n\n## Contact\n\nLetters about this notice go to our data team, which sits in the\n';
  const tail = ' and answers every letter within one month of receiving it.\n';
  const oneLine = `${head}Legal Department Brindle Works Ltd${tail}`;
  const broken = `${head}Legal Department\nBrindle Works Ltd${tail}`;
  assert.equal(parseDocument(oneLine).blocks[1].text, parseDocument(broken).blocks[1].text);
  const a = names(oneLine);
  assert.ok(a.includes('Legal Department Brindle Works Ltd'), a.join(', '));
  const b = names(broken);
  assert.ok(b.includes('Brindle Works Ltd') && !b.includes('Legal Department Brindle Works Ltd'), b.join(', '));
  assert.deepEqual(names(oneLine), a);
});

test('organisation names: a paragraph under a placeholder is read afresh, and the same text without it again', () => {
  const plain = '# About\n\nBrindle Works Ltd runs this shop.\n';
  const held = '# About\n\nBrindle Works Ltd runs this shop.{{x\n';
  const a = names(plain);
  names(held);
  assert.deepEqual(names(plain), a);
});

const references = (text: string) =>
  check(text)
    .diagnostics.filter((d) => d.rule === 'broken-reference')
    .map((d) => `${d.range.start.line}: ${d.message}`);

test('broken references: a reference looked up before is looked up again when the headings change, and points at the heading where it is now', () => {
  const body = '## Newsletter letters\n\nWe send them monthly.\n\n## Other\n\nRead the section "Newsletter letter" above to stop them.\n';
  const first = references(`# Notice\n\n${body}`);
  assert.equal(first.length, 1);
  assert.match(first[0], /Newsletter letters.*line 3/);
  // The same headings two lines further down: the nearest heading's line moves with it.
  const moved = references(`# Notice\n\nAn opening paragraph.\n\n${body}`);
  assert.equal(moved.length, 1);
  assert.match(moved[0], /line 5/);
  // A heading that reads as the reference: nothing to report.
  assert.deepEqual(references(`# Notice\n\n## Newsletter letter\n\n${body}`), []);
  assert.deepEqual(references(`# Notice\n\n${body}`), first);
});

test('placeholder: a paragraph found quiet while a link definition labelled its bracket is read again once the definition is gone', () => {
  const blanks = (text: string) => check(text).diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.range.start.line);
  const para = '# Terms\n\nPlease read our [terms of service] before you open an account.\n';
  assert.deepEqual(blanks(`${para}\n[terms of service]: https://shop.example/terms\n`), []);
  assert.deepEqual(blanks(para), [2]);
  assert.deepEqual(blanks(`${para}\n[terms of service]: https://shop.example/terms\n`), []);
});

test('coverage: paragraphs read for one list of requirements are read for the other items when another profile asks', () => {
  // A word of its own in every paragraph, so that nothing an earlier test read is remembered.
  const policy = (tag: string) =>
    [
      '# Privacy notice',
      `Tern Lantern Ltd (${tag}) sells lamps online and keeps order records for six years.`,
      `We do not sell or share your personal information with anyone (${tag}).`,
      `California residents may ask us what we collect about them by writing to privacy@tern.example (${tag}).`,
    ].join('\n\n');
  const statuses = (text: string, profile: string) =>
    check(text, { profiles: [profile] })
      .coverage.map((c) => `${c.requirement}: ${c.status}`)
      .join('\n');
  const ccpaFirst = statuses(policy('ccpa-first'), 'ccpa');
  const gdprFirst = statuses(policy('gdpr-first'), 'uk-gdpr');
  // The same paragraphs now read for the other profile: as if read for it first.
  assert.equal(statuses(policy('gdpr-first'), 'ccpa'), ccpaFirst);
  assert.equal(statuses(policy('ccpa-first'), 'uk-gdpr'), gdprFirst);
});

test('chunk cache: a document read in many pieces around long tables keeps its chunks from one check to the next', async () => {
  const { ChunkedParser } = await import('../../server/out/lsp/incremental-parse.js');
  const { CHEAP_RUN } = await import('../../server/out/engine/line-blocks.js');
  const table = (n: number) => {
    const rows = ['| Record | Kept for |', '|---|---|'];
    while (rows.join('\n').length < CHEAP_RUN + 100) rows.push(`| ledger ${n} entry ${rows.length} | ${rows.length % 9} years after the last order |`);
    return rows.join('\n');
  };
  // Seven pieces of prose between six tables, each read without remark.
  const prose = (n: number, extra = '') => `## Part ${n}\n\nWe keep the records of part ${n} as the table below says.${extra}\n\nAsk us about part ${n} at any time.`;
  const text = (extra: string) => [...Array.from({ length: 6 }, (_, n) => `${prose(n, n === 2 ? extra : '')}\n\n${table(n)}`), prose(6)].join('\n\n') + '\n';
  const parser = new ChunkedParser(2);
  const read = (t: string) => parser.round(() => parseDocument(t, parser.parse));
  const first = read(text(''));
  const before = parser.misses;
  const edited = read(text(' Some of them longer.'));
  // The edit changed one paragraph of one piece: that chunk alone is parsed again.
  assert.equal(parser.misses - before, 1);
  assert.equal(edited.blocks.length, first.blocks.length);
  assert.deepEqual(
    edited.blocks.map((b) => b.text),
    parseDocument(text(' Some of them longer.')).blocks.map((b) => b.text),
  );
});
