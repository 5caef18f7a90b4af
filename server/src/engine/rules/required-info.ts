// Finds information a privacy notice must give under the active profiles (GDPR Arts 13 and 14;
// California's Civ. Code §1798.130(a)(5) and 11 CCR §7011) but that the policy leaves out: a reader
// cannot exercise a right nobody told them about. Under `ccpa` it also flags a policy whose
// last-updated date is more than 12 months old.
import type { Rule, RuleContext } from '../rule.js';
import type { Coverage, Evidence, Range, Severity, Span, SpanFix } from '../types.js';
import { clauseFix, defaultLibrary, elementFix, insertionPlace } from '../clauses.js';
import { PROFILES } from '../data.js';
import { citation, computeCoverageDetail } from '../coverage.js';
import { proseBlocks } from '../cues.js';
import { blockSpan } from '../document.js';
import type { PolicyDocument } from '../document.js';
import type { ProfileData, RequirementData } from '../datatypes.js';
import { editFrontMatter, frontMatterWritable } from '../front-matter-edit.js';
import YAML from 'yaml';
import { lazily } from '../text.js';

const rule: Rule = {
  meta: {
    id: 'required-info',
    description: 'Information the law requires in a privacy notice is missing (GDPR Arts 13 and 14; CCPA), or a California policy is more than 12 months old.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: `Articles 13 and 14 of the GDPR (and of the UK GDPR, which keeps the numbering) list what a
privacy notice must tell people: who the controller is, what the data is used for and on what
lawful basis, who receives it, how long it is kept, which rights people have and where they can
complain. A notice that leaves one out is not a lawful notice, and a reader cannot exercise a
right nobody told them about.

**What it catches.** Each item of the active profile (\`uk-gdpr\` unless the front matter or
settings say otherwise) is looked for in the document's language: in headings ("How long we keep
your data"), in phrases of the body ("retention period"), and in short names listed under a
rights heading ("Restriction" under "Your rights"). A statement of absence counts: "we do not
carry out automated decision-making" covers that item. Not so for an item the law asks for only
where its condition holds: "we have not appointed a data protection officer" or "we do not rely on
your consent" gives the reader nothing of that item, so it is reported as missing, on that
sentence, at information level, with a quick fix that declares it not applicable in the front
matter (a blanket "we collect no personal data" still gives what it gives). For every item it reports present, the
coverage report shows the sentence that shows it; for a missing one, what it looked for.

**How serious.**
- *error*: a mandatory item is missing (controller, purposes, lawful basis, recipients,
  retention, each of the rights, complaint, statutory or contractual requirement, automated
  decisions).
- *warning*: a conditional item is missing and the text shows its condition holds: consent is
  relied on but withdrawing it is not explained; legitimate interests are relied on but not
  said what they are.
- *information*: a conditional item whose condition the text does not show, and the recommended
  items (cookies, children, security, changes to the policy, the last-updated date).

**California (\`ccpa\`).** The \`ccpa\` profile checks what Cal. Civ. Code §1798.130(a)(5) and
11 CCR §7011 require of a privacy policy: the categories of personal information collected, sold
or shared (or a statement that none are) and disclosed for a business purpose; their sources; the
business or commercial purposes; the rights to know, delete, correct, opt out of sale or sharing
and (where sensitive personal information is collected) limit its use; non-discrimination; how to
submit and verify requests; authorized agents; opt-out preference signals such as Global Privacy
Control (where personal information is sold or shared); a contact; and the last-updated date.
Because the law requires the policy to be *updated at least once every 12 months*, a last-updated
date (\`policy.last-updated\` in the front matter, else a "Last updated: <date>" line) more than
12 months before today is reported as well (\`ccpa-last-updated\`). Dates are read as ISO
(2026-10-01), "1 October 2026", "October 1, 2026" or US-style 10/01/2026; a month alone counts as
its last day. The command line and the editor use today's date; \`CheckConfig.now\` sets another.

Profiles combine: with \`profiles: [uk-gdpr, ccpa]\` every item of both is checked, and each
finding cites the law that requires it.

**What it leaves alone.** Front matter and code blocks are not read as policy text. An item the
author declares not applicable is not reported:

\`\`\`yaml
policy:
  not-applicable: [dpo-contact, international-transfers]
\`\`\`

**Partly given.** Some items have parts the law names: a retention *period* or the criteria
used to set it, the *safeguard* a transfer outside the UK or the EEA rests on, the right itself
rather than self-service in an account. A policy that addresses the item but leaves such a part
out ("we keep your data as long as necessary") gives it only in part, and that counts as not
given. The finding sits on the sentence that addresses the item, names the part that is absent,
and has the severity a missing item of the same kind would have. Its quick fix inserts just that
part, from the clause library, right after the statement.

**How to fix.** Add the item in your own words, or insert the clause from the clause library.
A missing item's finding sits on the heading of the section where its clause belongs (the
section about it, or the one its clause would follow or precede in the usual order of a policy),
which is where the quick fix inserts it; with no headings to go by, on the last paragraph.`,
    examples: [
      {
        bad: 'A policy that lists access and rectification but says nothing of erasure, restriction or portability.',
        good: 'A "Your rights" section naming every right of Arts 15 to 22, and how to complain to the ICO.',
        note: 'Seed 003 (Westcom) names no rights at all.',
      },
    ],
  },

  check(ctx: RuleContext) {
    const { doc } = ctx;
    const profiles = ctx.profiles.map((p) => PROFILES[p]).filter((p): p is ProfileData => !!p);
    if (!profiles.length) return;
    // check() computes coverage once for every rule; the triggers need the raw findings.
    const { coverage, findings } = computeCoverageDetail(doc, ctx.profiles);
    const library = ctx.clauses ?? defaultLibrary();
    const reported = new Set<string>();
    for (const c of coverage) {
      if ((c.status !== 'missing' && c.status !== 'partial') || reported.has(c.requirement)) continue;
      reported.add(c.requirement);
      // One finding per item, citing every profile that requires it and finds it so.
      const owners = profiles.filter((p) => coverage.some((x) => x.requirement === c.requirement && x.profile === p.id && x.status === c.status));
      const r = owners[0].requirements.find((x) => x.id === c.requirement)!;
      const cites = owners.map((p) => citation(p, r)).join('; ');
      const trigger = r.condition ? findings.triggers.get(r.condition) : undefined;
      const statedSpans = (c.stated ?? []).map((e) => rangeSpan(doc, e.range));
      // A trigger inside the very sentence that denies the condition ("we do not rely on your consent") shows nothing.
      const at = trigger && blockSpan(trigger.block, trigger.from, trigger.to);
      const shown = !!at && !statedSpans.some((s) => at.start >= s.start && at.end <= s.end);
      const data = { requirement: r.id, profile: owners[0].id, profiles: owners.map((p) => p.id) };
      if (c.status === 'partial') {
        // At the statement that addresses the item: that is where the absent element belongs.
        const span = evidenceSpan(doc, c);
        const absent = c.absent ?? [];
        const fixes = absent.map((e) => elementFix(doc, r.id, e, owners[0].id, span.start, library)).filter((f): f is SpanFix => !!f);
        ctx.report({
          span,
          severity: severityOf(r, shown),
          message: `${partialMessage(r, absent, cites)}${c.by === 'model' ? ` ${MODEL_READ}` : ''}`,
          requirement: r.id,
          data: { ...data, absent },
          ...(fixes.length ? { fixes } : {}),
        });
        continue;
      }
      const stated = c.stated?.[0];
      // The text says the condition does not hold, and nothing else shows it does: nothing of the
      // item to give, and nothing to add if so.
      if (stated && !shown) {
        const fix = declareNotApplicable(doc, r.id);
        ctx.report({
          span: rangeSpan(doc, stated.range),
          severity: 'information',
          message: `Not given: ${r.summary} (${cites}). Line ${stated.range.start.line + 1} says it does not apply (it is required if ${r.conditionText}). If that is so, declare \`${r.id}\` under \`policy.not-applicable\` to record it; if not, give it.`,
          requirement: r.id,
          data: { ...data, stated: true },
          ...(fix ? { fixes: [fix] } : {}),
        });
        continue;
      }
      // Where its clause would go: the heading of the section it belongs in, after or before.
      const place = insertionPlace(doc, r.id, owners[0].id, library);
      // A sentence the statistical model reads as the item (coverage-check.ts): "check this line".
      const check = c.check?.[0];
      ctx.report({
        span: place.anchor,
        severity: severityOf(r, shown),
        message: `${message(r, cites, shown)} It belongs ${place.where}.${check ? ` ${checkMessage(check)}` : ''}${stated ? ` Line ${stated.range.start.line + 1} says it does not apply, but the text shows it does.` : ''}`,
        requirement: r.id,
        data,
        fixes: fixesFor(ctx, r.id, owners[0].id),
        ...(check || stated
          ? {
              related: [
                ...(check ? [{ span: rangeSpan(doc, check.range), message: CHECK_RELATED }] : []),
                ...(stated ? [{ span: rangeSpan(doc, stated.range), message: 'This sentence says the item does not apply.' }] : []),
              ],
            }
          : {}),
      });
    }
    const dated = profiles.find((p) => p.requirements.some((r) => r.id === STALE_ITEM));
    if (dated && ctx.now) checkStale(ctx, dated);
    const known = new Set(profiles.flatMap((p) => p.requirements.map((r) => r.id)));
    for (const id of doc.frontMatter.policy.notApplicable ?? []) {
      if (!known.has(id)) {
        ctx.report({
          span: doc.frontMatter.span ?? anchor(doc),
          severity: 'warning',
          message: `\`policy.not-applicable\` names "${id}", which is not a requirement of ${profiles.map((p) => p.id).join(', ')}. Known ids: ${[...known].join(', ')}.`,
        });
      }
    }
  },
};

// ---- the 12-month rule (ccpa) -----------------------------------------------------------------

/** The item whose date must be less than 12 months old (Civ. Code §1798.130(a)(5)). */
const STALE_ITEM = 'ccpa-last-updated';

/** A "last updated" line in the text, and where its date starts. */
const DATE_LEAD = /\b(?:last\s+(?:updated|revised|modified|amended|changed|reviewed)|effective\s+date|effective(?:\s+as\s+of)?|updated(?:\s+on)?)\b\s*:?\s*/giu;

function checkStale(ctx: RuleContext, profile: ProfileData): void {
  const { doc } = ctx;
  const na = doc.frontMatter.policy.notApplicable ?? [];
  if (na.includes(STALE_ITEM)) return;
  const found = declaredDate(doc);
  const now = parseDate((ctx.now ?? '').slice(0, 10));
  if (!found || !now) return;
  const due = Date.UTC(found.date.getUTCFullYear() + 1, found.date.getUTCMonth(), found.date.getUTCDate());
  if (due >= now.getTime()) return;
  const r = profile.requirements.find((x) => x.id === STALE_ITEM)!;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  ctx.report({
    span: found.span,
    severity: 'error',
    message: `The policy was last updated on ${iso(found.date)}, more than 12 months before ${iso(now)} (${citation(profile, r)}: the privacy policy must be updated at least once every 12 months). Review the policy and update its last-updated date.`,
    requirement: STALE_ITEM,
    data: { requirement: STALE_ITEM, profile: profile.id, profiles: [profile.id], lastUpdated: iso(found.date), now: iso(now) },
  });
}

/** The policy's last-updated date: the front matter's, else the first dated "last updated" line. */
function declaredDate(doc: PolicyDocument): { date: Date; span: Span } | undefined {
  const declared = doc.frontMatter.policy.lastUpdated;
  if (declared) {
    const date = parseDate(declared);
    const fm = doc.frontMatter.span;
    if (!date || !fm) return undefined;
    // Point at the `last-updated:` line of the front matter if it can be found, else at all of it.
    const line = /^[ \t]*last-updated[ \t]*:.*$/m.exec(doc.text.slice(fm.start, fm.end));
    return { date, span: line ? { start: fm.start + line.index, end: fm.start + line.index + line[0].length } : fm };
  }
  for (const b of proseBlocks(doc)) {
    for (const lead of b.text.matchAll(DATE_LEAD)) {
      const from = lead.index + lead[0].length;
      const m = DATE_AT().exec(b.text.slice(from, from + 40));
      const date = m ? parseDate(m[0]) : undefined;
      if (date) return { date, span: blockSpan(b, lead.index, from + m![0].length) };
    }
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const DATE_FORMS = [
  '(\\d{4})-(\\d{1,2})-(\\d{1,2})', // 2026-10-01
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, // 1 October 2026
  `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, // October 1, 2026
  '(\\d{1,2})/(\\d{1,2})/(\\d{4})', // 10/01/2026, US order
  `${MONTH},?\\s+(\\d{4})`, // October 2026
];
/** A date at the start of the text (after the "last updated" cue). */
const DATE_AT = lazily(() => new RegExp(`^(?:on\\s+)?(?:${DATE_FORMS.map((f) => `(?:${f})`).join('|')})`, 'iu'));
const FORMS = lazily(() => DATE_FORMS.map((f) => new RegExp(`^(?:on\\s+)?${f}$`, 'iu')));

/** An unambiguous calendar date in one of DATE_FORMS, or undefined. A month alone is its last day. */
export function parseDate(text: string): Date | undefined {
  const t = text.trim();
  const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
  const forms = FORMS();
  for (let k = 0; k < forms.length; k++) {
    const m = forms[k].exec(t);
    if (!m) continue;
    const [y, mo, d] =
      k === 0 ? [+m[1], +m[2], +m[3]] : k === 1 ? [+m[3], month(m[2]), +m[1]] : k === 2 ? [+m[3], month(m[1]), +m[2]] : k === 3 ? [+m[3], +m[1], +m[2]] : [+m[2], month(m[1]), 0];
    const date = d === 0 ? new Date(Date.UTC(y, mo, 0)) : new Date(Date.UTC(y, mo - 1, d));
    // Reject 2026-02-31 and the like: Date.UTC would roll it over.
    if (mo < 1 || mo > 12 || (d !== 0 && date.getUTCDate() !== d)) return undefined;
    return date;
  }
  return undefined;
}

/** Insert the clause template where the item belongs (a suggestion: the author fills the blanks). */
function fixesFor(ctx: RuleContext, requirement: string, profile: string): SpanFix[] | undefined {
  const fix = clauseFix(ctx.doc, requirement, profile, ctx.clauses ?? defaultLibrary());
  return fix ? [fix] : undefined;
}

export function severityOf(r: RequirementData, conditionShown: boolean): Severity {
  if (r.obligation === 'mandatory') return 'error';
  if (r.obligation === 'conditional' && conditionShown) return 'warning';
  return 'information';
}

/** "Partly given: how long personal data is kept — the retention period, …, is absent (UK GDPR Art. 13(2)(a)). <what to add>" */
export function partialMessage(r: RequirementData, absent: string[], cites: string): string {
  const elements = absent.map((id) => r.elements?.find((e) => e.id === id) ?? { id, summary: id, add: '' });
  const what = elements.map((e) => e.summary).join('; and ');
  const adds = elements.map((e) => e.add).filter(Boolean).join(' ');
  // A summary with a comma of its own ("the period, or the criteria used to set it") is set off by one.
  const verb = `${what.includes(',') ? ',' : ''} ${elements.length > 1 ? 'are' : 'is'} absent`;
  const lead = r.obligation === 'recommended' ? 'Recommended but partly given' : 'Partly given';
  return `${lead}: ${r.summary} — ${what}${verb} (${cites}).${adds ? ` ${adds}` : ''}`;
}

/** The first evidence sentence of a coverage entry, as offsets. */
function evidenceSpan(doc: PolicyDocument, c: Coverage): Span {
  const e = c.evidence[0];
  return e ? rangeSpan(doc, e.range) : anchor(doc);
}

const rangeSpan = (doc: PolicyDocument, r: Range): Span => ({ start: doc.lines.offsetAt(r.start), end: doc.lines.offsetAt(r.end) });

/** What a missing item's finding says of the sentence the model reads as the item. */
export function checkMessage(e: Evidence): string {
  const text = e.text.length > 100 ? `${e.text.slice(0, 97)}…` : e.text;
  return `Check line ${e.range.start.line + 1} first: “${text}” may give it in other words (a statistical guess; the checker did not read it so).`;
}
export const CHECK_RELATED = 'This sentence may give the item in other words: check it.';
/** What a finding on an item the model read (`by: "model"`) adds: the checker did not read the sentence so. */
export const MODEL_READ = 'A statistical model read this sentence as the item (the checker did not): check it first.';

function message(r: RequirementData, cites: string, conditionShown: boolean): string {
  const what = `${r.summary} (${cites})`;
  if (r.obligation === 'recommended') return `Recommended but missing: ${what}. ${r.add}`;
  if (r.obligation === 'conditional') {
    const why = conditionShown ? `The text shows that ${r.conditionText}.` : `Required if ${r.conditionText}.`;
    return `Missing: ${what}. ${why} ${r.add}`;
  }
  return `Missing: ${what}. ${r.add}`;
}

/**
 * A fix that adds `id` to the front matter's `policy.not-applicable` (creating the front matter or the
 * key), rewriting the front matter through the YAML library so its comments and keys stay. None when the
 * front matter does not read as a mapping: the author fixes that first.
 */
function declareNotApplicable(doc: PolicyDocument, id: string): SpanFix | undefined {
  const title = `Declare \`${id}\` not applicable in the front matter`;
  const writable = frontMatterWritable(doc);
  if (!writable) return undefined;
  const { nl } = writable;
  if (writable.how === 'new') return { title, kind: 'suggestion', edits: [{ span: { start: 0, end: 0 }, newText: `---${nl}policy:${nl}  not-applicable: [${id}]${nl}---${nl}${nl}` }] };
  const span = doc.frontMatter.span!;
  const edit = editFrontMatter(doc.text.slice(span.start, span.end), (y) => {
    const na = y.getIn(['policy', 'not-applicable'], true);
    if (YAML.isAlias(y.get('policy', true)) || YAML.isAlias(na)) throw new Error('an alias: left to the author');
    if (YAML.isSeq(na)) na.add(id);
    else y.setIn(['policy', 'not-applicable'], y.createNode(na == null ? [id] : [String(YAML.isScalar(na) ? na.value : na), id], { flow: true }));
  });
  return edit === undefined ? undefined : { title, kind: 'suggestion', edits: [{ span, newText: edit }] };
}

/** The policy's title if it has one, else the first block of the body, else the start (for front-matter findings without front matter). */
function anchor(doc: PolicyDocument): Span {
  const prose = doc.blocks.filter((b) => b.kind !== 'html' && b.span.start >= doc.bodyStart);
  const title = prose.find((b) => b.kind === 'heading');
  const b = title ?? prose[0];
  return b ? b.span : { start: 0, end: 0 };
}

export default rule;
