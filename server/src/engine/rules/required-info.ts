// Finds information a privacy notice must give under the active profile (GDPR Arts 13 and 14) but
// that the policy leaves out: a reader cannot exercise a right nobody told them about.
import type { Rule, RuleContext, Severity, Span, SpanFix } from '../types.js';
import { clauseFix, defaultLibrary } from '../clauses.js';
import { PROFILES } from '../data.js';
import { citation, computeCoverageDetail } from '../coverage.js';
import type { PolicyDocument } from '../document.js';
import type { ProfileData, RequirementData } from '../datatypes.js';

const rule: Rule = {
  meta: {
    id: 'required-info',
    description: 'Information the law requires in a privacy notice is missing (GDPR Arts 13 and 14).',
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
carry out automated decision-making" covers that item. For every item it reports present, the
coverage report shows the sentence that shows it; for a missing one, what it looked for.

**How serious.**
- *error*: a mandatory item is missing (controller, purposes, lawful basis, recipients,
  retention, each of the rights, complaint, statutory or contractual requirement, automated
  decisions).
- *warning*: a conditional item is missing and the text shows its condition holds: consent is
  relied on but withdrawing it is not explained; legitimate interests are relied on but not
  said what they are.
- *information*: a conditional item whose condition the text does not show, and the recommended
  items (cookies, children, security, policy changes, last-updated date).

**What it leaves alone.** Front matter and code blocks are not read as policy text. An item the
author declares not applicable is not reported:

\`\`\`yaml
policy:
  not-applicable: [dpo-contact, international-transfers]
\`\`\`

**How to fix.** Add the item in your own words, or insert the clause from the clause library.
The finding sits on the policy's title, since the item is missing from the whole document.`,
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
    const span = anchor(doc);
    const reported = new Set<string>();
    for (const c of coverage) {
      if (c.status !== 'missing' || reported.has(c.requirement)) continue;
      reported.add(c.requirement);
      // One finding per item, citing every profile that requires it.
      const owners = profiles.filter((p) => coverage.some((x) => x.requirement === c.requirement && x.profile === p.id && x.status === 'missing'));
      const r = owners[0].requirements.find((x) => x.id === c.requirement)!;
      const cites = owners.map((p) => citation(p, r)).join('; ');
      const shown = r.condition ? findings.triggers.get(r.condition) : undefined;
      ctx.report({
        span,
        severity: severityOf(r, !!shown),
        message: message(r, cites, !!shown),
        requirement: r.id,
        data: { requirement: r.id, profile: owners[0].id, profiles: owners.map((p) => p.id) },
        fixes: fixesFor(ctx, r.id, owners[0].id),
      });
    }
    const known = new Set(profiles.flatMap((p) => p.requirements.map((r) => r.id)));
    for (const id of doc.frontMatter.policy.notApplicable ?? []) {
      if (!known.has(id)) {
        ctx.report({
          span: doc.frontMatter.span ?? span,
          severity: 'warning',
          message: `\`policy.not-applicable\` names "${id}", which is not a requirement of ${profiles.map((p) => p.id).join(', ')}. Known ids: ${[...known].join(', ')}.`,
        });
      }
    }
  },
};

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

function message(r: RequirementData, cites: string, conditionShown: boolean): string {
  const what = `${r.summary} (${cites})`;
  if (r.obligation === 'recommended') return `Recommended but missing: ${what}. ${r.add}`;
  if (r.obligation === 'conditional') {
    const why = conditionShown ? `The text shows that ${r.conditionText}.` : `Required if ${r.conditionText}.`;
    return `Missing: ${what}. ${why} ${r.add}`;
  }
  return `Missing: ${what}. ${r.add}`;
}

/** The policy's title if it has one, else the first block of the body, else the start. */
function anchor(doc: PolicyDocument): Span {
  const prose = doc.blocks.filter((b) => b.kind !== 'html' && b.span.start >= doc.bodyStart);
  const title = prose.find((b) => b.kind === 'heading');
  const b = title ?? prose[0];
  return b ? b.span : { start: 0, end: 0 };
}

export default rule;
