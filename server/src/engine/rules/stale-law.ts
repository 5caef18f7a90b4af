// Finds legal references that are out of date or wrong: a framework the courts struck down, a
// repealed act, a wrong GDPR date, an old helpline. A reader relying on them is misinformed, and
// a regulator reads them as a sign that the policy is not maintained.
import type { Rule } from '../rule.js';
import type { SpanFix } from '../types.js';
import type { Block } from '../document.js';
import type { StaleLawData, StaleLawEntry, ScopedCue, Cue } from '../datatypes.js';
import { blockSpan } from '../document.js';
import { COMMON } from '../data.js';
import { anyBlockHas, hasCue, matchAll, proseBlocks, sentenceAt } from '../cues.js';
import { rememberFor, type TextMemo } from '../memo.js';

const DATA: StaleLawData = COMMON['stale-law'] ?? { historical: [], entries: [] };

const rule: Rule = {
  meta: {
    id: 'stale-law',
    description: 'Outdated or wrong legal references: Privacy Shield, Safe Harbor, the Data Protection Act 1998, Directive 95/46/EC, a wrong GDPR date, old clauses and phone numbers.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docs: `A privacy policy must describe the law as it stands. A policy that still relies on the EU-US
Privacy Shield (invalidated in July 2020), cites the Data Protection Act 1998, or gives the wrong
date for the GDPR tells readers something false about their rights, and tells a regulator that
nobody has reviewed it in years.

## What it catches

Each reference comes from a catalogue kept as data (\`server/data/stale-law.yaml\`), with the fact,
its date, what to write instead and where the fact comes from:

- the Privacy Shield, EU-US and Swiss-US (now the Data Privacy Framework), Safe Harbor;
- the Data Protection Act 1998, Directive 95/46/EC ("the Data Protection Directive");
- a GDPR date other than 25 May 2018, and "in force from 25 May 2018" (it entered into force in 2016);
- in a UK policy (profile \`uk-gdpr\`): transfer and complaint wording that names only the EEA, the
  EU GDPR or an EU supervisory authority, with no word of the UK GDPR, "outside the UK" or the ICO
  (reported once, as information);
- standard contractual clauses from before 2021 (2010/87/EU, 2001/497/EC);
- old ICO helpline numbers (0845 630 6060, 01625 545745) and its old web address (ico.gov.uk, now ico.org.uk);
- the £10 subject access fee of the Data Protection Act 1998 (access has been free since 25 May 2018,
  save for manifestly unfounded or excessive requests), when the sentence is about access or a copy
  of one's data;
- in a UK policy whose controller is plainly in the UK (registered in England, Companies House, a
  \`.co.uk\` address): complaints sent to "the data protection authority" or to EU bodies with no word
  of the ICO, and transfers limited to countries whose laws are "equivalent" to the EEA's, the
  1998 Act's yardstick;
- California: a link still named only "Do Not Sell My …" (now "… or Share …"), 11 CCR §999.3xx (now §7000 and following);
- Dutch: the Wbp and the College bescherming persoonsgegevens (now AVG/UAVG and the Autoriteit Persoonsgegevens).

## What it leaves alone

A global policy that sends each reader to the authority where they live (the UK signs above are
about the controller, not its readers); "£10" in a sentence that is not about access ("a £10
voucher"). A mention that is plainly history: "the Privacy Shield, which was invalidated in 2020, has been
replaced by …". Words such as *invalidated*, *struck down*, *no longer*, *replaced* in the same
sentence mark it so. A wrong date is reported in any tense.

## How to fix

Where there is a direct replacement (the right date, the current ICO number, the new name of a
framework), the finding offers it as a suggestion; read the sentence afterwards, because the
surrounding wording may need to change too (a framework you relied on may not be the one you rely
on now).`,
    examples: [
      { bad: 'Our US host is certified under the EU-US Privacy Shield.', good: 'Our US host is certified under the EU-US Data Privacy Framework.' },
      { bad: 'The GDPR applies from 28 May 2018.', good: 'The GDPR applies from 25 May 2018.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const blocks = proseBlocks(doc);
    // Characters of each block already reported by an earlier (narrower) entry.
    const claimed = new Map<Block, Uint8Array>();
    const claim = (b: Block, from: number, to: number): boolean => {
      let used = claimed.get(b);
      if (!used) claimed.set(b, (used = new Uint8Array(b.text.length)));
      if (used.subarray(from, to).some((x) => x === 1)) return false;
      used.fill(1, from, to);
      return true;
    };
    // Most paragraphs mention no outdated law: one pass with every pattern at once finds the few
    // that do (remembered by text, so an edit re-reads only the paragraphs it changed).
    const every = everyPattern(doc.language);
    const candidates = blocks.filter((b) => mentionsAny(doc.language, b.text, every));
    // Nothing to read: the document-wide conditions below need not be asked (each reads every block).
    if (!candidates.length) return;

    for (const entry of DATA.entries) {
      if (entry.profiles && !entry.profiles.some((p) => ctx.profiles.includes(p))) continue;
      if (entry.unlessDocumentHas && anyBlockHas(blocks, entry.unlessDocumentHas)) continue;
      if (entry.whenDocumentHas && !anyBlockHas(blocks, entry.whenDocumentHas)) continue;
      const patterns = activePatterns(entry.patterns, doc.language);
      if (!patterns.length) continue;
      for (const b of candidates) {
        // One finding per entry and block: the first mention carries the message, the
        // suggestion replaces every mention in the block.
        const hits: { from: number; to: number; text: string }[] = [];
        for (const m of matchAll(b.text, patterns)) {
          const from = m.index;
          const to = m.index + m[0].length;
          if (entry.except && hasCue(m[0], [entry.except])) continue;
          const sentence = sentenceAt(b, from);
          const around = b.text.slice(sentence.start, sentence.end);
          if (entry.context && !hasCue(around, entry.context)) continue;
          if (!entry.evenInHistory && hasCue(around, DATA.historical)) continue;
          if (claim(b, from, to)) hits.push({ from, to, text: m[0] });
        }
        if (!hits.length) continue;
        const first = hits[0];
        const more = hits.length > 1 ? ` (${hits.length} mentions in this paragraph.)` : '';
        ctx.report({
          span: blockSpan(b, first.from, first.to),
          message: message(entry, first.text, ctx.profiles) + more,
          severity: entry.severity,
          fixes: fixes(entry, b, hits, doc.language),
          data: { entry: entry.id, date: entry.date, source: entry.source, jurisdictions: entry.jurisdictions },
        });
        // A document-level entry is said once.
        if (entry.unlessDocumentHas) break;
      }
    }
  },
};

const mentions: TextMemo<string, boolean> = new Map();
function mentionsAny(language: string, text: string, every: Cue[]): boolean {
  return rememberFor(mentions, text, language, () => hasCue(text, every));
}

/** Every entry's patterns for a language, one list (the same array each time: its expression is kept by it). */
const everyByLanguage = new Map<string, Cue[]>();
function everyPattern(language: string): Cue[] {
  let every = everyByLanguage.get(language);
  if (!every) everyByLanguage.set(language, (every = DATA.entries.flatMap((e) => activePatterns(e.patterns, language))));
  return every;
}

function activePatterns(patterns: ScopedCue[], language: string): Cue[] {
  const out: Cue[] = [];
  for (const p of patterns) {
    if (typeof p === 'string') out.push(p);
    else if (p.languages.includes(language)) out.push(p.cue);
  }
  return out;
}

function message(entry: StaleLawEntry, found: string, profiles: string[]): string {
  const notes = Object.entries(entry.profileNotes ?? {})
    .filter(([p]) => profiles.includes(p))
    .map(([, n]) => ` ${n}`)
    .join('');
  const what = (entry.lead ?? '"{found}" refers to {title}, which is out of date.').replace('{found}', found).replace('{title}', entry.title);
  return `${what} ${entry.fact} Instead, ${entry.instead}.${notes}`;
}

function fixes(entry: StaleLawEntry, b: Block, hits: { from: number; to: number; text: string }[], language: string): SpanFix[] | undefined {
  const replacement = entry.replace?.[language] ?? entry.replace?.['*'];
  // A web address is not replaced by a name.
  const isAddress = (t: string) => /\.(?:gov|com|org|net|eu)\b/i.test(t);
  const replaceable = hits.filter((h) => h.text !== replacement && (!isAddress(h.text) || (!!replacement && isAddress(replacement))));
  if (!replacement || !replaceable.length) return undefined;
  const title = replaceable.length > 1 ? `Replace all ${replaceable.length} with "${replacement}"` : `Replace with "${replacement}"`;
  return [{ title, kind: 'suggestion', edits: replaceable.map((h) => ({ span: blockSpan(b, h.from, h.to), newText: replacement })) }];
}

export default rule;
