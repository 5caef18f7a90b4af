// Finds another organisation's name used where the policy speaks of itself: the leftover of a
// policy copied from someone else's. Readers are told the wrong company holds their data, which
// breaks the first thing a notice must say, who the controller is (GDPR Art. 13(1)(a)).
import type { Rule, RuleContext } from '../rule.js';
import type { SpanFix } from '../types.js';
import { PROFILES } from '../data.js';
import {
  analyseOrganisations,
  controllerWords,
  normaliseOrgName,
  sameOrganisation,
  type ControllerInfo,
  type OrgMention,
  type OrgName,
  type SelfUse,
} from '../organisation.js';
import { productMismatches } from '../product.js';

const rule: Rule = {
  meta: {
    id: 'entity-mismatch',
    description: 'The policy names an organisation as itself that is not its controller, or another product as the one it applies to (a leftover from another policy).',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docs: `A privacy policy is often written by copying another company's and replacing the name. When
the replacement misses a place, the policy tells its readers that a different company collects,
uses and is responsible for their data. The identity of the controller is the first thing a
privacy notice must give (UK GDPR and EU GDPR Art. 13(1)(a), 14(1)(a)).

## What it catches

The rule first works out who the policy speaks for:

1. \`policy.controller\` and \`policy.aliases\` in the front matter, when declared;
2. otherwise a defined term that includes "we": \`Acme Ltd (collectively, "Acme", "we")\`,
   \`Acme B.V. (hierna: 'wij')\`, \`Acme GmbH (nachfolgend „wir")\`, \`Acme SAS (ci-après « nous »)\`;
3. otherwise "This is the privacy policy of Acme Ltd" or a title "Acme Privacy Policy";
4. otherwise the name the text uses most as itself, when one clearly leads (it is named first
   and most often in sentences about the policy's own practices).

It then reports every other organisation name that the text uses **as itself**: the subject of
a sentence about the policy's own practices ("Westcon collects ...", "Westcon does not knowingly
..."), a statement of identity ("X Ltd is the data controller", "X is registered in England",
"the controller (X)"), "at X, we", or a possessive of the policy's own things ("X's privacy
team"). Once a name is used as itself, every place it appears is reported, addresses included,
together with its spellings ("Westcon International, Ltd.") and its own defined terms ("WINT").

It also reports another **product** named as the one the policy applies to: "This privacy
policy applies to the OtherApp app" in the policy of a different app. The policy's own product is
\`policy.product\` in the front matter (with \`policy.aliases\`), or else the name in the title
("Harbour Tides Privacy Policy"). A name counts as a product when a kind of product stands next to
it ("the X app", "the application X"); the words are data (\`products\` in entities.yaml).

## What it leaves alone

- Other spellings of the controller's name: legal forms are compared normalised (\`Ltd\` =
  \`Limited\`, \`Inc\` = \`Inc.\`, \`B.V.\` = \`BV\`, \`GmbH\`, \`LLC\`, \`plc\`, \`S.A.\`, \`SAS\`, \`N.V.\` ...),
  and a shorter form of the name ("Acme" for "Acme Widgets Ltd") is the same organisation.
- Recipients, processors and authorities: names after "such as", "provided by", "our processor",
  "partner", "supervisory authority", names of authorities (the Information Commissioner's
  Office, Autoriteit Persoonsgegevens) and well-known services (Google, Microsoft, ...).
- Group members the policy names as such: "our parent company X", "a subsidiary of X",
  "X is a trading name of ...".
- A product that shares a word with the policy's own product, its controller or aliases ("Current
  Affairs" and "Today Current Affairs in Hindi"), or whose sentence goes on to name them ("the
  Lantern Maze app, created by Fernleaf Games" under the title "Fernleaf Games Privacy Policy"); a
  title that names no product ("Privacy Policy") and a name with no kind of product next to it.
- Documents where the controller cannot be determined: without a declaration, a defined term or
  a clear lead, the rule says nothing rather than guess.

The cue words are data, per language, in \`server/data/languages/<lang>/entities.yaml\`.

## Across policies

When several policies are checked together (a folder or several files on the command line, the
policies beside an open one in the editor), names are also compared between them, except within
one family (an original and its translations and older versions):

- the controller of another policy named in this one (unless only as someone else: a processor,
  a recipient) is a finding that names that policy and points at the place where its controller
  is named; a finding this policy's own check made for the name says so too;
- another product named as the one this policy applies to, when it is the product of another
  policy of the set, names that policy and points at where its product is named.

## How it reports

Each place is its own finding, so that every leftover is underlined where it stands and can be
fixed there. All places of one organisation share one message, which names both organisations
and the count, so the Problems view lists them together; the first place lists all the others in
its related information, and every place points at where the controller was found.

## How to fix

Each finding offers "Replace with <controller>" for the place and "Replace all N occurrences
with <controller>" for every place of that name (in a document with more than 50 places, only the
first place carries it, to keep the findings small). Both are suggestions, never applied by
fix-all: only the author knows whether a name is a leftover or a second name. "Replace all" also
drops the leftover name's own defined term, so \`Other Ltd ("OL")\` becomes \`Acme Ltd\`. A name that has a legal form is replaced with
the controller's full name, a bare name with its short name. If the name is really another
name of your organisation (a trading name, a former name), add it to \`policy.aliases\`.`,
    examples: [
      {
        bad: 'Acme Widgets Ltd ("Acme", "we") sells widgets. ... Bolt Supplies collects your name and address.',
        good: 'Acme Widgets Ltd ("Acme", "we") sells widgets. ... Acme collects your name and address.',
        note: 'Seed 000 (Network PCB) calls itself "Westcon" about twenty times and names "Weston International Ltd" as the data controller.',
      },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const analysis = analyseOrganisations(doc);
    const controller = analysis.controller;
    reportProducts(ctx, controller);
    if (!controller) return;
    const ours = controllerWords(doc, controller);
    const isOurs = (words: string[]) => ours.some((w) => sameOrganisation(w, words));

    // Named once as "our parent company X", a name is a group member even where a later sentence
    // has it do things; a stray group cue near a name used as itself a dozen times is not.
    const others = [...analysis.names.values()].filter((n) => !isOurs(n.words) && !n.known && n.group * 3 < n.self.length + 1);
    const usedAsItself = others.filter((n) => {
      const strong = n.self.filter((s) => s.strong).length;
      const weak = n.self.length - strong;
      if (!strong && (weak < 2 || n.mentions[0].acronym)) return false;
      return n.thirdParty < n.self.length;
    });
    if (!usedAsItself.length) return;

    // Spellings of one organisation go together: "Westcon", "Westcon International, Ltd.", and a
    // defined term of its own ("WINT").
    const families: OrgName[][] = [];
    const related = (a: OrgName, b: OrgName) => sameOrganisation(a.words, b.words) || a.aliasOf === b.key || b.aliasOf === a.key;
    for (const n of usedAsItself) {
      const joined = families.filter((f) => f.some((m) => related(m, n)));
      const merged = [n, ...joined.flat()];
      for (const f of joined) families.splice(families.indexOf(f), 1);
      families.push(merged);
    }
    for (const f of families) {
      // Other spellings join, unless the text names them only as someone else's.
      for (const n of others) if (!f.includes(n) && n.thirdParty <= n.self.length && f.some((m) => related(m, n))) f.push(n);
    }
    for (const family of families) reportFamily(ctx, controller, family);
  },
};

const MAX_REPLACE_ALL_COPIES = 50;

/** Another product named as the one the policy applies to ("This privacy policy applies to the OtherApp app"). */
function reportProducts(ctx: RuleContext, controller: ControllerInfo | undefined): void {
  const names = controller ? [controller.name, ...controller.aliases] : [];
  const law = ctx.profiles.map((p) => PROFILES[p]?.law).find(Boolean) ?? 'GDPR';
  for (const p of productMismatches(ctx.doc, names)) {
    const ours = p.ours.map((o) => `“${o}”`).join(' / ');
    ctx.report({
      span: p.span,
      message:
        `“${p.name}” is named as the product this policy applies to, but the policy is for ${ours} (${p.how}). ` +
        `A policy copied from another product's tells readers it covers something else (${law} Art. 13(1)(a), 12(1)): ` +
        `replace it with the product's own name, or add it to policy.product if it is another name for the same product.`,
      fixes: [{ title: `Replace with ${p.ours[0]}`, kind: 'suggestion', isPreferred: true, edits: [{ span: p.span, newText: p.ours[0] }] }],
      data: { product: p.name, ours: p.ours },
    });
  }
}

function reportFamily(ctx: RuleContext, controller: ControllerInfo, family: OrgName[]): void {
  const { doc } = ctx;
  const places: OrgMention[] = family
    .flatMap((n) => n.mentions)
    .sort((a, b) => a.span.start - b.span.start)
    .filter((m, i, all) => i === 0 || m.span.start >= all[i - 1].span.end);
  if (!places.length) return;
  const uses: SelfUse[] = family.flatMap((n) => n.self).sort((a, b) => a.mention.span.start - b.mention.span.start);
  // The family is named by its own name, not by a defined term for it ("WINT").
  const main = [...family].sort(
    (a, b) => +!!a.aliasOf - +!!b.aliasOf || b.self.length + b.mentions.length - (a.self.length + a.mentions.length),
  )[0];
  const name = main.display;
  const example = uses[0] ? quoteAround(uses[0]) : '';
  const law = ctx.profiles.map((p) => PROFILES[p]?.law).find(Boolean) ?? 'GDPR';
  const count = places.length;
  const message =
    `“${name}” is used as the name of the organisation this policy speaks for` +
    `${count > 1 ? ` (${count} places` : ' ('}${example ? `${count > 1 ? ', e.g. ' : ''}${example}` : ''})` +
    `, but the policy is ${controller.name}'s (${controller.how}). ` +
    `Readers must be told who is responsible for their data (${law} Art. 13(1)(a)): replace it with ${controller.name}, ` +
    `or add it to policy.aliases if it is another name for ${controller.name}.`;

  const full = controller.name;
  const short = shortName(doc.language, controller);
  const replacement = (m: OrgMention) => (m.legalForm ? full : short);
  const all: SpanFix = {
    title: `Replace all ${count} occurrences of “${name}” with ${[...new Set(places.map(replacement))].join(' / ')}`,
    kind: 'suggestion',
    edits: places.map((m, i) => {
      // `Other Ltd ("OL")` becomes `Acme Ltd`, not `Acme Ltd ("Acme Ltd")`: the definition goes too.
      const prev = places[i - 1];
      if (prev) {
        const open = /^\s*\(\s*[“"'‘„«‹‚]\s*$/u.test(doc.text.slice(prev.span.end, m.span.start));
        const close = /^\s*[”"'’“»›‘]\s*\)/u.exec(doc.text.slice(m.span.end, m.span.end + 8));
        if (open && close) return { span: { start: prev.span.end, end: m.span.end + close[0].length }, newText: '' };
      }
      return { span: m.span, newText: replacement(m) };
    }),
  };
  const where = controller.span && controller.source !== 'front-matter' ? [{ span: controller.span, message: `${controller.name}: ${controller.how}` }] : [];
  places.forEach((m, i) => {
    const rel =
      i === 0
        ? places.slice(1).map((o) => ({ span: o.span, message: `“${o.name}” here too` }))
        : [{ span: places[0].span, message: `first of the ${count} places naming “${name}”` }];
    const firstUse = uses.find((u) => u.mention !== m);
    if (i > 0 && firstUse && firstUse.mention !== places[0] && !uses.some((u) => u.mention === m)) rel.push({ span: firstUse.mention.span, message: `“${firstUse.mention.name}” used as the policy's own name` });
    ctx.report({
      span: m.span,
      message,
      related: [...where, ...rel],
      fixes: [
        { title: `Replace with ${replacement(m)}`, kind: 'suggestion', isPreferred: true, edits: [{ span: m.span, newText: replacement(m) }] },
        // Every place offers "replace all"; past a few dozen places only the first does, since
        // each copy carries an edit per place (a pasted document repeated 1000 times).
        ...(count > 1 && (count <= MAX_REPLACE_ALL_COPIES || i === 0) ? [all] : []),
      ],
      data: { organisation: name, written: m.name, controller: controller.name, controllerSource: controller.source, occurrences: count },
    });
  });
}

/** The controller's short name, for bare mentions: its shortest alias that is a name, else its name without legal form. */
function shortName(language: string, controller: ControllerInfo): string {
  const ownWords = normaliseOrgName(controller.name, language).words;
  const candidates = controller.aliases.filter((a) => a.length >= 2 && sameOrganisation(normaliseOrgName(a, language).words, ownWords));
  const alias = candidates.sort((a, b) => a.length - b.length)[0];
  if (alias) return alias;
  const norm = normaliseOrgName(controller.name, language);
  if (!norm.legalForm) return controller.name;
  // Cut the legal form off as written: "Acme Widgets Limited" → "Acme Widgets".
  const words = controller.name.split(/\s+/);
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(0, k).join(' ').replace(/[,\s]+$/, '');
    if (normaliseOrgName(head, language).key === norm.key) return head;
  }
  return controller.name;
}

/** A few words of the sentence that shows the name used as the policy's own. */
function quoteAround(u: SelfUse): string {
  const t = u.mention.block.text;
  const { from, to } = u.mention;
  // Up to five words after the name, within its sentence; for "the controller (X)", the words before.
  const after = /^[^.;:!?]*/.exec(t.slice(to))![0];
  const tail = /^(?:\s*\S+){0,5}/u.exec(after)![0];
  const lead = u.kind === 'controller' || u.kind === 'policy-of' || u.kind === 'at-we' ? /(?:\S+\s*){0,4}$/u.exec(t.slice(Math.max(0, from - 40), from))![0] : '';
  const more = tail.length < after.trimEnd().length ? ' …' : '';
  return `“${lead}${t.slice(from, to)}${tail}${more}”`;
}

export default rule;
