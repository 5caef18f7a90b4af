#!/usr/bin/env node
// Counts the wrong rows of the held-out statement batches on any built checkout (not a test): for
// a before/after comparison of the statement reader. English (test/src/coverage-frames-en-rows.ts,
// built into test/out): each row's body under a neutral section heading of a notice of our own, as
// the test does. Dutch, German and French (`--rows=intl`, coverage-frames-intl-rows.ts): each body
// in a policy of its language under that language's neutral heading (helpers/coverage-lang.ts),
// counted per language and requirement.
// `--rows=en2`: English, the second round's rows (coverage-frames-en2-rows.ts, session 10).
// `--rows=intl2`: Dutch, German and French, session 12's rows (coverage-frames-intl2-rows.ts, batches 4 and 5).
// `--rows=en3`: English, the third round's rows: the rights, withdrawal, complaint and automated
// decisions (coverage-frames-en3-rows.ts, session 12).
// `--rows=en4`: English, the fact items' rows (coverage-frames-en4-rows.ts, session 12).
// `--rows=en5`: English, session 13's rows: questions answered yes/no or by who, absence in other
// words, periods in number words, interests as subjects (coverage-frames-en5-rows.ts).
// `--rows=en6`: English, session 14's rows: first-person controllers, a verb far from its recipient,
// a third party's "their", named SDKs collecting, the fact items (coverage-frames-en6-rows.ts).
// `--rows=en8`: English, session 15's rows: no other source, a one-person controller, withdrawal with and
// without "at any time", a blanket "we collect nothing" in other words (coverage-frames-en8-rows.ts).
// `--rows=en9`: English, session 16's rows (batches a and b): interests listed after the basis, no solely
// automated decisions, a parent's dashboard, no tracking cookies, a one-person controller's rights
// (coverage-frames-en9-rows.ts).
// `--rows=en10`: English, session 17's rows (batches a and b): automated decisions, recipients, erasure,
// children, sources, purposes, rectification and the other items in the shapes whole policies take
// (coverage-frames-en10-rows.ts).
// `--rows=en11`: English, session 18's rows (batches a and b): the right to object read by what is objected to,
// and items given in words the cues did not know (coverage-frames-en11-rows.ts).
// `--rows=en12`: English, session 19's rows (batches a and b): false alarms, items given in words no cue or
// frame read (coverage-frames-en12-rows.ts).
// `--rows=en13`: English, session 19's rows (batches a and b): items not fully given read as given
// (coverage-frames-en13-rows.ts).
// `--rows=en14`: English, session 20's rows (batches a and b): the kinds unseen writers' policies still got wrong —
// data received from a party named by its kind, a cookie choice with no means, purposes under a heading about use,
// legitimate interests as a subject or after a label, access and correction offered as "ask and we'll send"
// (coverage-frames-en14-rows.ts).
// `--rows=en15`: English, session 21's rows (batches a and b): open classes — a third party named by its own name
// as the agent or goal of a handling verb, purposes as "to <any verb>", automated refusals and closures, a blanket
// "collects nothing" by the app or "it", a trading name on an address line (coverage-frames-en15-rows.ts).
// `--rows=intl3`: Dutch, German and French, session 13's rows (coverage-frames-intl3-rows.ts, batches 6 and 7).
// `--rows=intl4`: Dutch, German and French, session 14's rows (coverage-frames-intl4-rows.ts, batches 8 and 9).
// `--rows=intl6`: Dutch, German and French, session 15's rows (coverage-frames-intl6-rows.ts, batches 10 and 11).
// `--rows=intl7`: Dutch, German and French, session 16's rows (coverage-frames-intl7-rows.ts, batches a and b).
// `--rows=intl8`: Dutch, German and French, session 17's rows (coverage-frames-intl8-rows.ts, batches a and b).
// `--rows=intl9`: Dutch, German and French, session 18's rows (coverage-frames-intl9-rows.ts, batches a and b).
// `--rows=intl10`: Dutch, German and French, session 19's rows (coverage-frames-intl10-rows.ts, batches a and b).
// `--rows=intl11`: Dutch, German and French, session 20's rows (coverage-frames-intl11-rows.ts, batches a and b).
// `--rows=intl12`: Dutch, German, French and English, session 21's rows (coverage-frames-intl12-rows.ts, batches a and b):
// a sole trader's first person singular, verb-second order, no transfer said as storage inside the EU.
// `--rows=en17`: English, session 21's rows (batches a and b, helper cov-src): data received from a party named by its
// own name or from the account the reader signs in with, what happens without data, consent as the condition of a use
// (coverage-frames-en17-rows.ts).
// `--rows=intl14`: Dutch, German and French, session 21's rows (batches a and b, helper cov-src): data-source,
// statutory-contractual and lawful-basis (coverage-frames-intl14-rows.ts).
// `--rows=en19`: English, session 22's rows (batch a, helper cov-half): a change of the policy reserved with no word of how
// the reader learns of it (coverage-frames-en19-rows.ts).
// `--rows=intl16`: Dutch, German and French, session 22's rows (batch a, helper cov-half): the same kind
// (coverage-frames-intl16-rows.ts).
// `--rows=en16`: English with Dutch, German and French, session 21's rows (batches a and b): a limit in an example or in
// a list of means, a self-service step before the verb, compound headings, changes under a "Changes" heading, the
// document's own name, cookie rows and pointers, a version mark before the date (coverage-frames-en16-rows.ts).
// `--rows=cross`: all four languages, session 15's rows for cookies, policy changes, transfers,
// retention and statements of absence (coverage-frames-cross-rows.ts, batches a and b).
// `--rows=en18`: English, session 22's rows (batch a, helper cov-given): data-source given by a party named by one word
// before a finite verb or after a modal, or by its trade; the reader's data past words no class knows (coverage-frames-en18-rows.ts).
// `--rows=intl15`: Dutch, German and French, session 22's rows (batch a, helper cov-given): data-source (coverage-frames-intl15-rows.ts).
// `--rows=intl17`: Dutch, German and French, session 22's rows (batch a, helper cov-intl): « pour »/om/um before any
// verb as a purpose, named third parties as recipients, embedded questions, split pronominal adverbs (coverage-frames-intl17-rows.ts).
// `--rows=en20`: English with Dutch, German and French, session 22's rows (batch a, helper cov-left): names as acronyms
// or with known words, a question with an abbreviation, a provider's location beside a "kept" statement, staff and
// departments named by name, a source at a sentence's start, word-bounded lookaheads, sign-ins named by kind.
// `--rows=en24a`: all four languages, session 24's rows (batches a and b, helper consent): withdrawal of the one consent relied
// on, statutory-contractual said of a class of readers or with a pronoun, data-source of a one-person business (coverage-frames-en24a-rows.ts).
// `--rows=en25a`: all four languages, session 25's rows (batches a and b, helper consent): a bold question paragraph answered in
// the next one, a consent withdrawn by a pronoun in the next sentence, the channel a consent is about, a form to complete and
// "if you'd rather not", the refusal put first, what cannot be confirmed without a certificate, a store or outside system reporting
// the reader's status, other people's details from the reader (coverage-frames-en25a-rows.ts).
// Any other rows file (a new round's en18, intl15 …): `--rows=<name>` reads coverage-frames-<name>-rows.ts
// (BATCH_A or BATCH1 as batch a or 1, BATCH_B or BATCH2 as b or 2), its rows by their shape: three fields
// English, four led by the language (nl, de, fr or en) as the cross rows.
// Usage: node scripts/score-rows.js [checkout, default .] [--rows=en|en2|en3|en4|en5|en6|en7|en8|en9|en10|en11|en12|en13|en14|en15|en16|en17|intl|intl2|intl3|intl4|intl6|intl7|intl8|intl9|intl10|intl11|intl12|intl14|intl15|intl16|intl17|en18|en19|en20|cross] [--batch=1|2|3|4|5|6|7|8|9|10|11|a|b|all] (3: intl only; 4, 5: intl2; 6, 7: intl3; 8, 9: intl4; 10, 11: intl6; a, b: cross, intl7, intl8, intl9, intl10, intl11, intl12, intl14, intl15, intl16, intl17, en9, en10, en11, en12, en13, en14, en15, en16, en17, en18, en19, en20) [--lang=nl|de|fr] [--list]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const option = (name, fallback) => (args.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${fallback}`).slice(name.length + 3);
const batch = option('batch', '1');
const set = option('rows', 'en');
const only = option('lang', '');
const list = args.includes('--list');
const here = resolve(new URL('..', import.meta.url).pathname);
const out = (file) => import(pathToFileURL(resolve(here, 'test/out', file)).href);
const { check } = await import(pathToFileURL(resolve(root, 'server/out/engine/check.js')).href);
const { RULE_METAS } = await import(pathToFileURL(resolve(root, 'server/out/engine/rules/index.js')).href);
const rules = Object.fromEntries(RULE_METAS.map((m) => [m.id, 'off']));

/** Rows as [language, requirement, expected, body, text checked]. */
let rows;
if (set === 'cross' || set === 'en16' || set === 'intl7' || set === 'intl8' || set === 'intl9' || set === 'intl10' || set === 'intl11' || set === 'intl12' || set === 'intl14') {
  const { BATCH_A, BATCH_B } = await out(`coverage-frames-${set}-rows.js`);
  const { englishText, rowText } = await out('helpers/coverage-lang.js');
  rows = (batch === 'b' ? BATCH_B : batch === 'all' ? [...BATCH_A, ...BATCH_B] : BATCH_A)
    .filter(([lang]) => !only || lang === only)
    .map(([lang, requirement, expected, body]) => [
      lang,
      requirement,
      expected,
      body,
      lang === 'en'
        ? body.startsWith('# ') ? `${body}\n` : body.startsWith('## ') ? `# Privacy notice of Quillfeather Ltd\n\n${body}\n` : englishText(body)
        : rowText(lang, body),
    ]);
} else if (set === 'intl' || set === 'intl2' || set === 'intl3' || set === 'intl4' || set === 'intl6') {
  const { BATCH1, BATCH2, BATCH3 } = set === 'intl' ? await out('coverage-frames-intl-rows.js') : {};
  const { BATCH4, BATCH5 } = set === 'intl2' ? await out('coverage-frames-intl2-rows.js') : {};
  const { BATCH6, BATCH7 } = set === 'intl3' ? await out('coverage-frames-intl3-rows.js') : {};
  const { BATCH8, BATCH9 } = set === 'intl4' ? await out('coverage-frames-intl4-rows.js') : {};
  const { BATCH10, BATCH11 } = set === 'intl6' ? await out('coverage-frames-intl6-rows.js') : {};
  const { rowText } = await out('helpers/coverage-lang.js');
  const batches = { 1: BATCH1, 2: BATCH2, 3: BATCH3, 4: BATCH4, 5: BATCH5, 6: BATCH6, 7: BATCH7, 8: BATCH8, 9: BATCH9, 10: BATCH10, 11: BATCH11 };
  rows = (batch === 'all' ? Object.values(batches).flatMap((b) => b ?? []) : batches[batch] ?? { intl: BATCH1, intl2: BATCH4, intl3: BATCH6, intl4: BATCH8, intl6: BATCH10 }[set])
    .filter(([lang]) => !only || lang === only)
    .map(([lang, requirement, expected, body]) => [lang, requirement, expected, body, rowText(lang, body)]);
} else {
  // Any other rows file (en4 … en17, a new round's en18 or intl15): English rows of three fields, or
  // rows of four led by their language, read as the cross rows are.
  const { englishText, rowText } = await out('helpers/coverage-lang.js');
  const mod = await out(set === 'en' ? 'coverage-frames-en-rows.js' : `coverage-frames-${set}-rows.js`);
  const [BATCH1, BATCH2] = [mod.BATCH1 ?? mod.BATCH_A, mod.BATCH2 ?? mod.BATCH_B ?? []];
  rows = (batch === '2' || batch === 'b' ? BATCH2 : batch === 'all' ? [...BATCH1, ...BATCH2] : BATCH1).map((row) => {
    if (row.length === 3) return ['en', ...row, englishText(row[2])];
    const [lang, requirement, expected, body] = row;
    return [lang, requirement, expected, body, lang === 'en' ? (body.startsWith('# ') ? `${body}\n` : body.startsWith('## ') ? `# Privacy notice of Quillfeather Ltd\n\n${body}\n` : englishText(body)) : rowText(lang, body)];
  }).filter(([lang]) => !only || lang === only);
}

const per = new Map();
const wrongOf = new Map();
for (const [lang, requirement, expected, body, text] of rows) {
  const c = check(text, { profiles: ['eu-gdpr'], rules }).coverage.find((x) => x.requirement === requirement);
  const ok = expected === 'notpresent' ? c.status !== 'present' : c.status === expected;
  const key = `${lang} ${requirement}`;
  const p = per.get(key) ?? { rows: 0, wrong: 0, gives: 0, givesWrong: 0, looks: 0, looksWrong: 0 };
  p.rows++;
  if (expected === 'notpresent') p.looks++;
  else p.gives++;
  const l = wrongOf.get(lang) ?? { rows: 0, wrong: 0 };
  l.rows++;
  if (!ok) {
    l.wrong++;
    p.wrong++;
    if (expected === 'notpresent') p.looksWrong++;
    else p.givesWrong++;
    if (list) console.log(`WRONG ${key} want ${expected}, got ${c.status}${c.absent ? ` (${c.absent})` : ''}: ${body}\n      evidence: ${c.evidence.map((e) => e.text).join(' | ')}`);
  }
  wrongOf.set(lang, l);
  per.set(key, p);
}
const wrong = [...wrongOf.values()].reduce((n, l) => n + l.wrong, 0);
console.log(`checkout ${root}, ${set} batch ${batch}: ${wrong} of ${rows.length} rows wrong`);
for (const [lang, l] of wrongOf) console.log(`  ${lang}: ${l.wrong} of ${l.rows} wrong`);
for (const [key, p] of per) console.log(`  ${key.padEnd(31)} ${p.wrong}/${p.rows} wrong (statements ${p.givesWrong}/${p.gives}, look-alikes ${p.looksWrong}/${p.looks})`);
