// Finds a translation that says less, more or something else than its original: an item the
// original gives that the translation does not (or the reverse), and a different value for the
// same item (a retention period, an e-mail address, a phone number, a date). A set-level rule
// (set-rule.ts): it compares the summaries of a family's policies, by requirement and by values
// that read the same in every language, never by translating prose.
import type { SetContext, SetPolicy, SetRule } from '../set-rule.js';
import type { Fix, Range } from '../types.js';
import { PROFILES } from '../data.js';
import { languageName, valueChanges, type RequirementSummary, type ValueKind } from '../workspace.js';
import { sameController } from './entity-mismatch-set.js';

const rule: SetRule = {
  meta: {
    id: 'translation-drift',
    description: 'A translation that does not give an item its original gives (or the reverse), or gives a different value for it: a retention period, e-mail address, phone number, postcode or date.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docs: `Organisations publish one policy in several languages. Each translation is a notice in its
own right (GDPR Art. 12(1): the information must be given in clear and plain language to the
people it is for), so a Dutch reader is owed what the English reader is told, and told the same.
Translations drift: a paragraph is left out, a period is updated in one language only, a new DPO
address reaches the original but not the copies.

## Which policies are compared

Policies are read as a set when the command line checks a folder or several files, and in the
editor across the workspace. A **family** is an original with its translations and older versions:

- declared in the front matter: \`policy.translationOf: ./privacy.md\` (this file translates that
  one), \`policy.family: acme\` (these files belong together), \`policy.supersedes: ./privacy-2023.md\`
  (this file replaces that one);
- or inferred from file names: one stem with a language part (\`privacy.md\`, \`privacy.nl.md\`,
  \`privacy-de.md\`, \`privacy_fr.md\`) or a version part (\`privacy-2023.md\`, \`privacy-v2.md\`).

A policy alone is in no family, and this rule says nothing about it. Older versions are not
checked against the current one (they are meant to differ); \`policywright report --compare OLD NEW\`
lists what changed.

## What it catches

Findings are on the translation, never on the original:

- an item the original gives (its requirement is present) that the translation does not give,
  or only partly: the finding points at the sentence of the original that gives it, and offers
  the clause for the item in the translation's language where the clause library has one;
- an item the translation gives that the original does not (the original may be the one behind);
- a different value for an item both give: the values in the sentences that give it are compared
  by kind: retention periods as a number and unit ("6 months", "6 maanden", "6 Monate" and
  "6 mois" are the same; "one year" is "12 months"), e-mail addresses, web addresses, phone numbers
  (by their digits), postcodes and dates ("1 March 2024", "1 maart 2024", "2024-03-01");
- an address that changed: a postcode the original gives anywhere in its text replaced by another
  in the translation, even where no item's sentence holds it ("Letters reach us at …");
- another controller: the translation names a different organisation as the controller than the
  original (legal forms compared normalised, so "Acme B.V." and "Acme BV" are the same).

The unit, number and month words are data per language (\`server/data/languages/<lang>/values.yaml\`).

## What it leaves alone

- Wording: two translations are never compared word by word.
- A value of a kind only one of the two gives for an item (the original names a period, the
  translation gives criteria): that is the required-info rule's to judge.
- Items neither gives.

## How to fix

Bring the translation in line with the original (or the original with the translation, when the
translation is the newer text), and state the same periods and contacts in every language.`,
    examples: [
      {
        bad: '# privacy.md\nWe keep your account data for 12 months after you close your account.\n\n# privacy.nl.md\nWij bewaren uw accountgegevens 6 maanden nadat u uw account hebt opgeheven.',
        good: '# privacy.nl.md\nWij bewaren uw accountgegevens 12 maanden nadat u uw account hebt opgeheven.',
      },
    ],
  },
  check(ctx) {
    const byPath = new Map(ctx.policies.map((p) => [p.path, p]));
    for (const family of ctx.families) {
      const original = byPath.get(family.original);
      if (!original) continue;
      for (const m of family.members) {
        if (m.role !== 'translation') continue;
        const translation = byPath.get(m.path);
        if (translation) compare(ctx, original, translation);
      }
    }
  },
};

const given = (r: RequirementSummary | undefined) => r?.status === 'present';
const addressed = (r: RequirementSummary | undefined) => r?.status === 'present' || r?.status === 'partial';

export const KIND_WORDS: Record<ValueKind, string> = {
  period: 'period',
  email: 'e-mail address',
  phone: 'phone number',
  postcode: 'postcode',
  date: 'date',
  web: 'web address',
};

export function summaryOf(requirement: string): string {
  for (const p of Object.values(PROFILES)) {
    const r = p.requirements.find((x) => x.id === requirement);
    if (r) return r.summary;
  }
  return requirement;
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function compare(ctx: SetContext, original: SetPolicy, translation: SetPolicy): void {
  const o = original.summary;
  const t = translation.summary;
  const mine = new Map(t.requirements.map((r) => [r.requirement, r]));
  const theirs = new Map(o.requirements.map((r) => [r.requirement, r]));
  const lang = languageName(t.language);
  const origLang = languageName(o.language);
  const quote = (s: string) => `“${s.length > 90 ? s.slice(0, 87).trimEnd() + ' …' : s}”`;
  /** Keys of the values already reported as changed. */
  const reported: string[] = [];
  for (const [id, or] of theirs) {
    const tr = mine.get(id);
    if (!tr || tr.status === 'not-applicable' || or.status === 'not-applicable') continue;
    const what = summaryOf(id);
    if (given(or) && !given(tr)) {
      // The translation's own finding for the item (required-info) has the place and the clause to insert.
      const own = translation.diagnostics.find((d) => d.rule === 'required-info' && d.requirement === id);
      const fixes: Fix[] | undefined = own?.fixes?.map((f) => ({ ...f, title: `${f.title} (as the original gives it)` }));
      ctx.report({
        path: translation.path,
        range: own?.range ?? TOP,
        requirement: id,
        message:
          `The original (${original.path}, ${origLang}) gives ${what}${or.evidence ? `: ${quote(or.evidence.text)}` : ''}; ` +
          `this ${lang} version ${tr.status === 'partial' ? 'gives it only in part' : 'does not give it'}. A translation must tell its readers what the original tells them.`,
        related: or.evidence ? [{ path: original.path, range: or.evidence.range, message: `The original gives ${what} here.` }] : [],
        ...(fixes?.length ? { fixes } : {}),
        data: { original: original.path, requirement: id, drift: 'missing' },
      });
      continue;
    }
    if (!given(or) && given(tr)) {
      const theirsFinding = original.diagnostics.find((d) => d.rule === 'required-info' && d.requirement === id);
      ctx.report({
        path: translation.path,
        range: tr.evidence?.range ?? TOP,
        requirement: id,
        severity: 'information',
        message: `This ${lang} version gives ${what}, but the original (${original.path}, ${origLang}) does ${or.status === 'partial' ? 'so only in part' : 'not'}: one of the two is out of date.`,
        related: [{ path: original.path, range: theirsFinding?.range ?? TOP, message: `The original ${or.status === 'partial' ? 'gives it only in part' : 'does not give it'}.` }],
        data: { original: original.path, requirement: id, drift: 'extra' },
      });
      continue;
    }
    if (addressed(or) && addressed(tr)) reported.push(...compareValues(ctx, original, translation, or, tr, what));
  }
  compareAddresses(ctx, original, translation, reported);
  compareControllers(ctx, original, translation);
}

/** Another controller named in the translation than in the original: one of them speaks for the wrong company. */
function compareControllers(ctx: SetContext, original: SetPolicy, translation: SetPolicy): void {
  const o = original.summary.controller;
  const t = translation.summary.controller;
  if (!o || !t || sameController(original, translation)) return;
  ctx.report({
    path: translation.path,
    range: t.range ?? TOP,
    requirement: 'controller-identity',
    message:
      `This ${languageName(translation.summary.language)} version names “${t.name}” as the controller, but the original (${original.path}) names “${o.name}”. ` +
      `A translation speaks for the same company as its original: correct the name in the one that is wrong.`,
    related: [{ path: original.path, range: o.range ?? TOP, message: `The original's controller.` }],
    data: { original: original.path, requirement: 'controller-identity', drift: 'value', kind: 'controller', values: [t.name, o.name] },
  });
}

/**
 * Postcodes anywhere in the two policies: one the original gives replaced by another in the
 * translation is an address that changed in one language only. One a requirement's comparison
 * reported already is not reported again.
 */
function compareAddresses(ctx: SetContext, original: SetPolicy, translation: SetPolicy, reported: string[]): void {
  const postcodes = (p: SetPolicy) => p.summary.contacts.filter((c) => c.kind === 'postcode');
  for (const { after, before, all } of valueChanges(postcodes(original), postcodes(translation))) {
    const first = after.find((v) => !reported.includes(v.key));
    if (!first) continue;
    ctx.report({
      path: translation.path,
      range: first.range,
      message:
        `This ${languageName(translation.summary.language)} version gives the postcode “${first.text}”, but the original (${original.path}) gives ${before.map((v) => `“${v.text}”`).join(', ')} and not this one. ` +
        `State the same address in every language, or update the one that is out of date.`,
      related: before.slice(0, 3).map((v) => ({ path: original.path, range: v.range, message: `The original's postcode.` })),
      data: { original: original.path, drift: 'value', kind: 'postcode', values: [first.text, ...all.map((v) => v.text)] },
    });
  }
}

/** Reports the values of an item that differ; returns the keys of the values reported. */
function compareValues(ctx: SetContext, original: SetPolicy, translation: SetPolicy, or: RequirementSummary, tr: RequirementSummary, what: string): string[] {
  const keys: string[] = [];
  for (const { kind, before, after, all } of valueChanges(or.values, tr.values)) {
    const first = after[0];
    keys.push(...after.map((v) => v.key));
    const words = KIND_WORDS[kind];
    ctx.report({
      path: translation.path,
      range: first.range,
      requirement: tr.requirement,
      message:
        `This ${languageName(translation.summary.language)} version gives ${what} with the ${words} “${first.text}”, ` +
        `but the original (${original.path}) gives ${all.map((v) => `“${v.text}”`).join(', ')}. State the same ${words} in every language, or update the one that is out of date.`,
      related: [
        ...(before.length ? before : all).slice(0, 3).map((v) => ({ path: original.path, range: v.range, message: `The original's ${words}.` })),
        ...(or.evidence ? [{ path: original.path, range: or.evidence.range, message: `The original gives ${what} here.` }] : []),
      ],
      data: { original: original.path, requirement: tr.requirement, drift: 'value', kind, values: [first.text, ...all.map((v) => v.text)] },
    });
  }
  return keys;
}

export default rule;
