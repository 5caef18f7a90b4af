// Hostile inputs, each a function of a size in bytes: the shapes that once took seconds to tens
// of seconds, and the bad-input set's shapes grown large. Shared by scripts/hostile.js (whole
// process, time and memory against the targets) and the doubling test (test/src/hostile.test.ts).

const grow = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

export const SHAPES = {
  /** `[a` again and again: brackets that never close. */
  'open-brackets': (n) => grow('[a', n),
  /** A template of nothing but placeholders and bracketed blanks. */
  placeholders: (n) => grow('We keep {{retention_period}} of [COMPANY NAME] data at [ADDRESS] for ____ (insert period) and <COMPANY_NAME> %%DPO%% {{ site.email }}.\n', n),
  /** One line of prose, no line break at all. */
  'one-line': (n) => grow('We keep your email address for two years so that we can answer you, and then delete it. ', n),
  /** Headings and nothing else. */
  headings: (n) => {
    const parts = [];
    let size = 0;
    for (let i = 0; size < n; i++) {
      const h = `## ${i}. Section ${i}\n`;
      parts.push(h);
      size += h.length;
    }
    return parts.join('');
  },
  /** A list nested deeper and deeper, each item one level further in. */
  'nested-lists': (n) => {
    const parts = [];
    let size = 0;
    for (let d = 0; size < n; d++) {
      const line = `${'  '.repeat(d % 1500)}- item ${d}\n`;
      parts.push(line);
      size += line.length;
    }
    return parts.join('');
  },
  /** Block quotes nested on one line after another. */
  'nested-quotes': (n) => {
    const parts = [];
    let size = 0;
    for (let d = 1; size < n; d++) {
      const line = `${'> '.repeat(d % 1000)}quoted ${d}\n`;
      parts.push(line);
      size += line.length;
    }
    return parts.join('');
  },
  /** Unclosed emphasis and code spans. */
  'open-emphasis': (n) => grow('*a _b `c ', n),
  /** Control characters and lone surrogates in prose. */
  'odd-characters': (n) => grow('We keep\u0001 data\ud800 of \u0000you\u200b. ', n),
  /** Front matter only, very long. */
  'front-matter': (n) => '---\npolicy:\n  controller: Acme Ltd\nvariables:\n' + grow('  v: x\n', n) + '---\n',
  // The bad-input test's odd texts (test/src/bad-input.test.ts), grown.
  'one-word': (n) => 'a'.repeat(n),
  'quote-markers': (n) => '>'.repeat(n) + ' x',
  'list-markers': (n) => grow('- ', n) + 'x',
  'open-placeholders': (n) => grow('{{', n),
  'open-parens': (n) => '[[[[' + '('.repeat(n),
  /** A table of many rows. */
  table: (n) => '| a | b |\n| --- | --- |\n' + grow('| We keep data | two years |\n', n),
};

/** The size each shape was reported at (bytes), as in the issue. */
export const REPORTED = {
  'open-brackets': 160 * 1024,
  placeholders: 850 * 1024,
  'one-line': 2 * 1024 * 1024,
  headings: 870 * 1024,
  'nested-lists': 2200 * 1024,
  'nested-quotes': 1024 * 1024,
  'open-emphasis': 1024 * 1024,
  'odd-characters': 1024 * 1024,
  'front-matter': 1024 * 1024,
  table: 1024 * 1024,
  'one-word': 1024 * 1024,
  'quote-markers': 1024 * 1024,
  'list-markers': 1024 * 1024,
  'open-placeholders': 1024 * 1024,
  'open-parens': 1024 * 1024,
};
