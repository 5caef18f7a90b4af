// Hostile inputs, each a function of a size in bytes (and a seed that changes the words, so that
// two texts of one shape share no paragraph and a second check cannot lean on the first's memos): the shapes that once took seconds to tens
// of seconds, and the bad-input set's shapes grown large. Shared by scripts/hostile.js (whole
// process, time and memory against the targets) and the doubling test (test/src/hostile.test.ts).

const grow = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const letter = (seed) => String.fromCharCode(97 + (seed % 26));

/** Lines line(0), line(1), ... until there are `bytes` of them. */
function lines(bytes, line) {
  const parts = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const l = `${line(i)}\n`;
    parts.push(l);
    size += l.length;
  }
  return parts.join('');
}

export const SHAPES = {
  /** `[a` again and again: brackets that never close. */
  'open-brackets': (n, seed = 0) => grow(`[${letter(seed)}`, n),
  /** A template of nothing but placeholders and bracketed blanks. */
  placeholders: (n, seed = 0) => grow(`We keep {{retention_period_${seed}}} of [COMPANY NAME ${seed}] data at [ADDRESS] for ____ (insert period) and <COMPANY_NAME> %%DPO%% {{ site.email }}.\n`, n),
  /** One line of prose, no line break at all. */
  'one-line': (n, seed = 0) => grow(`We keep your email address for ${seed + 2} years so that we can answer you, and then delete it. `, n),
  /** One sentence with no full stop, of actions, objects, conditions and pronouns: each reading of the statement reader (frames.ts) copied the sentence's marks and looked back to its start (quadratic). */
  'one-sentence': (n, seed = 0) => grow(`members may get us to erase your details at your request or fix them ${letter(seed)}, `, n),
  /** One long word of letters and full stops, as an e-mail address's first part may be, and no @: each place in it once started a match that ran to its end (quadratic). */
  'dotted-word': (n, seed = 0) => `We keep ${grow(`a.b.${letter(seed)}.`, n)}\n`,
  /** Headings and nothing else. */
  headings: (n, seed = 0) => lines(n, (i) => `## ${i}. Section ${i} ${letter(seed)}`),
  /** A list nested deeper and deeper, each item one level further in. */
  'nested-lists': (n, seed = 0) => lines(n, (d) => `${'  '.repeat(d % 1500)}- item ${d} ${letter(seed)}`),
  /** Block quotes nested on one line after another. */
  'nested-quotes': (n, seed = 0) => lines(n, (d) => `${'> '.repeat((d % 1000) + 1)}quoted ${d} ${letter(seed)}`),
  /** Unclosed emphasis and code spans. */
  'open-emphasis': (n, seed = 0) => grow(`*a _b \`${letter(seed)} `, n),
  /** Control characters and lone surrogates in prose. */
  'odd-characters': (n, seed = 0) => grow(`We keep\u0001 data\ud800 of \u0000you\u200b ${letter(seed)}. `, n),
  /** Front matter only, very long. */
  'front-matter': (n, seed = 0) => '---\npolicy:\n  controller: Acme Ltd\nvariables:\n' + grow(`  v: ${letter(seed)}\n`, n) + '---\n',
  // The bad-input test's odd texts (test/src/bad-input.test.ts), grown.
  'one-word': (n, seed = 0) => letter(seed).repeat(n),
  'quote-markers': (n, seed = 0) => '>'.repeat(n) + ` ${letter(seed)}`,
  'list-markers': (n, seed = 0) => grow('- ', n) + letter(seed),
  'open-placeholders': (n, seed = 0) => grow('{{', n) + letter(seed),
  'open-parens': (n, seed = 0) => '[[[[' + '('.repeat(n) + letter(seed),
  /** Capitalised one-letter words, one paragraph (the entity-mismatch bad-input case, grown): a cue with an unbounded run of capitalised words was quadratic. */
  capitals: (n, seed = 0) => grow(`${letter(seed).toUpperCase()} `, n),
  /** One list of many short items under one lead-in: each item was read back to the list's start for its lead-in (quadratic). */
  'long-list': (n, seed = 0) => 'We keep:\n\n' + lines(n, (i) => `- record ${i} ${letter(seed)}`),
  /** One word of letters and hyphens ("a-a-a-…"), no space: an expression with an unbounded run of letters and hyphens before a suffix ("…straat 12") was tried from each letter after a hyphen and scanned to the run's end (quadratic; engine/text.ts searchable). */
  'hyphen-run': (n, seed = 0) => `We keep ${grow('a-', n)}${letter(seed)}\n`,
  /** Dotted capitals ("A.B.C.D.…") as one word: a run of capitalised names was tried from each capital (quadratic). */
  'dotted-capitals': (n, seed = 0) => `We keep ${grow(`A.B.${letter(seed).toUpperCase()}.D.`, n)}\n`,
  /** A Dutch policy with a run of letters and hyphens in a sentence. */
  'dutch-hyphens': (n, seed = 0) => `---\npolicy:\n  language: nl\n---\n# Privacyverklaring\n\nWij bewaren uw e-mailadres ${grow(`e-${letter(seed)}-`, n)} en verder niets.\n`,
  /** Legal forms one after another, with spaces and with hyphens ("Ltd Ltd …", "BV-BV-…"): a run of names before a legal form was tried from each of them (quadratic). */
  'legal-forms': (n, seed = 0) => `---\npolicy:\n  language: nl\n---\nWij zijn ${grow('Ltd ', n / 2)}${letter(seed).toUpperCase()} en ${grow('BV-', n / 2)}${letter(seed)}.\n`,
  /** A table of many rows. */
  table: (n, seed = 0) => '| a | b |\n| --- | --- |\n' + grow(`| We keep data | ${seed + 2} years |\n`, n),
  /** One table row of as many columns as the size allows, under a header row as wide. */
  'wide-row': (n, seed = 0) => {
    const cols = Math.max(1, Math.floor(n / 40));
    const row = (f) => `|${Array.from({ length: cols }, (_, i) => ` ${f(i)} `).join('|')}|\n`;
    return row((i) => `Purpose ${i}`) + row(() => '---') + row((i) => `We keep ${letter(seed + i)} data ${seed + 2} years`);
  },
};

/** The size each shape was reported at (bytes), as in the issue. */
export const REPORTED = {
  'open-brackets': 160 * 1024,
  placeholders: 850 * 1024,
  'one-line': 2 * 1024 * 1024,
  'one-sentence': 1024 * 1024,
  'dotted-word': 1024 * 1024,
  headings: 870 * 1024,
  'nested-lists': 2200 * 1024,
  'nested-quotes': 1024 * 1024,
  'open-emphasis': 1024 * 1024,
  'odd-characters': 1024 * 1024,
  'front-matter': 1024 * 1024,
  'long-list': 512 * 1024,
  table: 1024 * 1024,
  'wide-row': 256 * 1024,
  'one-word': 1024 * 1024,
  'quote-markers': 1024 * 1024,
  'list-markers': 1024 * 1024,
  'open-placeholders': 1024 * 1024,
  'open-parens': 1024 * 1024,
  capitals: 1024 * 1024,
  'hyphen-run': 1024 * 1024,
  'dotted-capitals': 1024 * 1024,
  'dutch-hyphens': 1024 * 1024,
  'legal-forms': 1024 * 1024,
};
