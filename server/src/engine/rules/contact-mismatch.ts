// Finds one role (the DPO, the legal department, the privacy team, the controller) given
// different email addresses, phone numbers or postal addresses in the same policy. A reader who
// writes to the wrong one may never be answered, and the policy then fails to say how to reach
// the people it names (GDPR Art. 13(1)(a)-(b)).
import type { Rule, RuleContext } from '../rule.js';
import type { Span } from '../types.js';
import type { Block, PolicyDocument } from '../document.js';
import type { ContactsData, Cue } from '../datatypes.js';
import { blockSpan } from '../document.js';
import { rememberFor, type TextMemo } from '../memo.js';
import { POSTCODES } from '../address.js';
import { LANGUAGES } from '../data.js';
import { cueAlternation, cuesRegExp, escapeRegExp, fromLanguageData, hasCue, matchAll, NEVER, proseBlocks, sentenceAt } from '../cues.js';

const rule: Rule = {
  meta: {
    id: 'contact-mismatch',
    description: 'One role (DPO, legal department, privacy team, controller) given different emails, phone numbers or postal addresses.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docs: `A policy must tell readers how to reach the controller and, where there is one, the data
protection officer (GDPR Art. 13(1)(a) and (b)). When the same role is given two different email
addresses, phone numbers or postal addresses, readers cannot tell which is right, and one of them
is often left over from an older policy or from the template the policy was copied from.

## What it catches

For each role (the data protection officer, the privacy team, the legal department, the
compliance officer, the controller), the contact details written next to its name: in the same
sentence, or in the lines that follow a role used as a label ("Legal Department" above an
address). Emails are compared in lower case, phone numbers by their digits (+44 1234 and 01234 are
the same), postal addresses by street and number, or by postcode (UK, Dutch, US ZIP, German and
French) when no street is given. A role whose details in one place share nothing with its details
elsewhere is reported where the second set appears, with related information pointing at the first.

The role words are data per language (\`server/data/languages/<lang>/contacts.yaml\`): "data
protection officer", "functionaris gegevensbescherming", "Datenschutzbeauftragter", "délégué à la
protection des données". Labels written in English are recognised in every policy.

## What it leaves alone

- Different roles with different details (the DPO at one address, the legal team at another).
- Offices told apart by a label: "our UK office … our US office", "registered office … trading
  address".
- A sentence that names two roles at once: the details cannot be attributed.

## Across policies

When several policies of different controllers are checked together (a folder or several files
on the command line, the policies beside an open one in the editor), an e-mail or web address
whose domain carries another policy's controller name, or a phone number or postcode that stands
beside another controller's name or domain in its own policy (a postcode with the same house
number before it: two clients may have addresses in one postcode), is a finding in the policy that
uses it, pointing at the place in the policy it belongs to. A number or postcode that stands
beside the names of two controllers or more (a supervisory authority's helpline, a building two
clients share) is no one client's. Policies of one family (an original, its translations and
older versions) and of one controller are not compared.

## How to fix

Decide which contact detail is current and use it everywhere the role is named, or say which is
for what ("for data protection requests, write to …").`,
    examples: [
      {
        bad: 'Write to our Legal Department, 12 Mill Lane, Leeds.\n…\nLegal Department\n14 Mill Lane, Leeds',
        good: 'Write to our Legal Department, 12 Mill Lane, Leeds.\n…\nLegal Department\n12 Mill Lane, Leeds',
      },
    ],
  },
  check(ctx) {
    const data = contactsData(ctx.doc);
    const contexts = roleContexts(ctx.doc, data);
    const byRole = new Map<string, RoleContext[]>();
    for (const c of contexts) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);
    for (const [role, list] of byRole) compare(ctx, role, list, data);
  },
};

// ---- data ------------------------------------------------------------------------------------

interface Compiled {
  roles: { role: string; re: RegExp }[];
  roleNames: Record<string, string>;
  qualifiers: Cue[];
  notPhone: Cue[];
  streets: RegExp[];
}

/** Role words from the document's language and English, merged. */
function contactsData(doc: PolicyDocument): Compiled {
  return fromLanguageData<ContactsData, Compiled>(doc.language, 'contacts', compile);
}

function compile(list: ContactsData[]): Compiled {
  const roleCues = new Map<string, Cue[]>();
  const roleNames: Record<string, string> = {};
  const qualifiers: Cue[] = [];
  const notPhone: Cue[] = [];
  for (const d of list) {
    for (const [r, cues] of Object.entries(d.roles ?? {})) roleCues.set(r, [...(roleCues.get(r) ?? []), ...cues]);
    for (const [r, n] of Object.entries(d.roleNames ?? {})) roleNames[r] ??= n;
    qualifiers.push(...(d.qualifiers ?? []));
    notPhone.push(...(d.notPhone ?? []));
  }
  // Street formats follow the country, not the policy's language: use every language's.
  const types: Cue[] = [];
  const before: Cue[] = [];
  const suffixes: string[] = [];
  for (const d of Object.values(LANGUAGES)) {
    const c = (d.contacts ?? {}) as ContactsData;
    types.push(...(c.streetTypes ?? []));
    before.push(...(c.streetTypesBefore ?? []));
    suffixes.push(...(c.streetSuffixes ?? []));
  }
  const streets = [
    // 520 White Plains Road; 26 North Orbital Commercial Park
    new RegExp(`(?<![\\p{L}\\p{N}–-])\\d{1,5}(?:[-–]\\d{1,5})?[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}?(?:${cueAlternation(types) ?? NEVER})\\.?(?![\\p{L}])`, 'gu'),
    // 12 rue de la Paix
    new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,5}(?:\\s?(?:bis|ter))?,?\\s+(?:${cueAlternation(before) ?? NEVER})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?\\p{Lu}[\\p{L}'’-]+`, 'giu'),
    // Stationsweg 12; Hauptstraße 5a
    new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*(?:${suffixes.map(escapeRegExp).join('|') || '(?!)'})\\s+\\d{1,4}[a-zA-Z]?(?![\\p{L}\\p{N}])`, 'gu'),
  ];
  return {
    roles: [...roleCues].map(([role, cues]) => ({ role, re: cuesRegExp(cues) })),
    roleNames,
    qualifiers,
    notPhone,
    streets,
  };
}

// ---- where each role's details are -----------------------------------------------------------

/** A stretch of text that belongs to one mention of a role. */
interface Piece {
  block: Block;
  from: number;
  to: number;
}

interface RoleContext {
  role: string;
  mention: Span;
  pieces: Piece[];
}

type RoleMention = { role: string; index: number; length: number };

/** Each block's role mentions, remembered by its text and language (they read nothing else): an edit reads again only the blocks it changed. */
const blockRoles: TextMemo<string, readonly RoleMention[]> = new Map();

function roleMentions(b: Block, data: Compiled, language: string): readonly RoleMention[] {
  return rememberFor(blockRoles, b.text, language, () => readRoleMentions(b, data));
}

function readRoleMentions(b: Block, data: Compiled): RoleMention[] {
  const out: { role: string; index: number; length: number }[] = [];
  for (const { role, re } of data.roles) {
    for (const m of matchAll(b.text, re)) {
      // "dpo@example.com" is an address, not a mention of the role.
      const next = b.text[m.index + m[0].length];
      const prev = b.text[m.index - 1];
      if (next === '@' || prev === '@' || prev === '.' || (next === '.' && /\w/.test(b.text[m.index + m[0].length + 1] ?? ''))) continue;
      out.push({ role, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function roleContexts(doc: PolicyDocument, data: Compiled): RoleContext[] {
  const blocks = proseBlocks(doc);
  const mentions = blocks.map((b) => roleMentions(b, data, doc.language));
  const out: RoleContext[] = [];
  blocks.forEach((b, i) => {
    if (!mentions[i].length) return;
    const covered = new Map<string, number>();
    const label = b.kind === 'heading' || words(b.text) <= 8;
    mentions[i].forEach((m, k) => {
      // One context per role and sentence (or label), however often it names the role.
      if ((covered.get(m.role) ?? -1) > m.index) return;
      const s = label ? { start: 0, end: b.text.length } : sentenceAt(b, m.index);
      covered.set(m.role, s.end);
      // Details are only attributed when the sentence names one role.
      if (namesAnotherRole(mentions[i], k, s)) return;
      const pieces: Piece[] = [{ block: b, from: s.start, to: s.end }];
      // A label or a sentence ending in ":" runs on into the address lines below it.
      const continues = label || (s.end >= b.text.length && /:\s*$/.test(b.text.slice(s.start, s.end)));
      for (let j = i + 1; continues && j < blocks.length && j <= i + 8; j++) {
        const n = blocks[j];
        if (mentions[j].length || (n.kind === 'heading' && n.number)) break;
        const short = words(n.text) <= 12;
        if (!short && !(words(n.text) <= 40 && hasDetail(n.text))) break;
        pieces.push({ block: n, from: 0, to: n.text.length });
      }
      out.push({ role: m.role, mention: blockSpan(b, m.index, m.index + m.length), pieces });
    });
  });
  return out;
}

/** Does the sentence around mention k (mentions sorted by position) also name another role? */
function namesAnotherRole(list: readonly { role: string; index: number }[], k: number, s: { start: number; end: number }): boolean {
  for (let j = k - 1; j >= 0 && list[j].index >= s.start; j--) if (list[j].role !== list[k].role) return true;
  for (let j = k + 1; j < list.length && list[j].index < s.end; j++) if (list[j].role !== list[k].role) return true;
  return false;
}

// ---- contact details -------------------------------------------------------------------------

type Kind = 'email' | 'phone' | 'address';

interface Detail {
  kind: Kind;
  /** Normalised value, prefixed with what it is ("street:", "postcode:", "email:", "phone:"). */
  key: string;
  text: string;
  span: Span;
  qualifier?: string;
}

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
export const PHONE = /(?<![\w@.+/-])(?:\+|00)?\d[\d\s().-]{7,20}\d(?![\w@])/g;
const ANY_DETAIL = [EMAIL, ...POSTCODES, /\d{3}[\s-]?\d{3,}/].map((re) => new RegExp(re.source, re.flags.replace('g', '')));

function hasDetail(text: string): boolean {
  // ANY_DETAIL[0] is EMAIL, which needs an "@" (and would otherwise try every position).
  return ANY_DETAIL.some((re, i) => (i > 0 || text.includes('@')) && re.test(text));
}

function details(doc: PolicyDocument, piece: Piece, data: Compiled): Detail[] {
  const text = piece.block.text.slice(piece.from, piece.to);
  const out: Detail[] = [];
  // Offices are often told apart by their section's heading ("EU Representative").
  const heading = doc.sections[piece.block.section]?.heading;
  const sectionLabel = heading ? matchAll(heading.text, data.qualifiers).pop()?.[0].toLowerCase() : undefined;
  const add = (kind: Kind, key: string, index: number, length: number) => {
    const from = piece.from + index;
    const before = text.slice(Math.max(0, index - 80), index);
    const q = matchAll(before, data.qualifiers).pop()?.[0].toLowerCase() ?? sectionLabel;
    out.push({ kind, key, text: text.slice(index, index + length), span: blockSpan(piece.block, from, from + length), qualifier: q });
  };
  const taken: [number, number][] = [];
  for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
    add('email', 'email:' + m[0].toLowerCase(), m.index!, m[0].length);
    taken.push([m.index!, m.index! + m[0].length]);
  }
  const streets: { index: number; text: string }[] = [];
  for (const re of data.streets) for (const m of text.matchAll(re)) streets.push({ index: m.index!, text: m[0] });
  for (const s of streets) {
    add('address', 'street:' + normStreet(s.text), s.index, s.text.length);
    taken.push([s.index, s.index + s.text.length]);
  }
  if (!streets.length) {
    for (const re of POSTCODES)
      for (const m of text.matchAll(re)) {
        if (taken.some(([a, b]) => m.index! < b && m.index! + m[0].length > a)) continue;
        add('address', 'postcode:' + m[0].replace(/\s+/g, '').toUpperCase(), m.index!, m[0].length);
        taken.push([m.index!, m.index! + m[0].length]);
      }
  }
  for (const m of text.matchAll(PHONE)) {
    const [a, b] = [m.index!, m.index! + m[0].length];
    if (taken.some(([x, y]) => a < y && b > x)) continue;
    if (hasCue(text.slice(Math.max(0, a - 30), a), data.notPhone)) continue;
    const key = phoneKey(m[0]);
    if (key) add('phone', 'phone:' + key, a, m[0].length);
  }
  return out;
}

function normStreet(s: string): string {
  const abbrev: Record<string, string> = { rd: 'road', st: 'street', ave: 'avenue', ln: 'lane', dr: 'drive', blvd: 'boulevard', pl: 'place', ct: 'court', sq: 'square', pkwy: 'parkway', hwy: 'highway', bd: 'boulevard' };
  return s
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => abbrev[w] ?? w.replace(/str$/, 'straße').replace(/strasse$/, 'straße'))
    .join(' ');
}

/** Digits of a phone number as dialled at home: +44 (0)1727 … and 01727 … are the same. */
export function phoneKey(raw: string): string | undefined {
  let s = raw.trim().replace(/^00/, '+');
  const intl = s.startsWith('+');
  s = s.replace(/\(0\)/g, '');
  let digits = s.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return undefined;
  // A date or a range of years is not a phone number.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw.trim()) || /^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(raw.trim())) return undefined;
  if (intl) {
    const cc = ['44', '31', '49', '33', '32', '353', '41', '43', '34', '39'].find((c) => digits.startsWith(c));
    if (cc) digits = '0' + digits.slice(cc.length).replace(/^0/, '');
    else if (digits.startsWith('1') && digits.length === 11) digits = digits.slice(1);
  } else if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits;
}

// ---- comparing -------------------------------------------------------------------------------

const KIND_NAMES: Record<Kind, [string, string]> = {
  email: ['email address', 'email addresses'],
  phone: ['phone number', 'phone numbers'],
  address: ['postal address', 'postal addresses'],
};

function compare(ctx: RuleContext, role: string, list: RoleContext[], data: Compiled): void {
  const seen: Record<Kind, Detail[]> = { email: [], phone: [], address: [] };
  const reported = new Set<string>();
  for (const c of list) {
    const all = c.pieces.flatMap((p) => details(ctx.doc, p, data));
    for (const kind of ['address', 'email', 'phone'] as Kind[]) {
      const mine = all.filter((d) => d.kind === kind);
      if (!mine.length) continue;
      const before = seen[kind];
      // Streets compare with streets, postcodes with postcodes.
      const comparable = (d: Detail, e: Detail) => d.key.split(':')[0] === e.key.split(':')[0];
      const against = before.filter((e) => mine.some((d) => comparable(d, e)));
      const shared = mine.some((d) => before.some((e) => e.key === d.key));
      const first = mine.find((d) => against.some((e) => comparable(d, e)));
      if (first && against.length && !shared && !reported.has(first.key)) {
        const other = against.find((e) => comparable(first, e))!;
        // Labelled offices ("our UK office", "registered address") are not a conflict.
        const labelled = (first.qualifier || other.qualifier) && first.qualifier !== other.qualifier;
        if (!labelled) {
          reported.add(first.key);
          const name = data.roleNames[role] ?? `the ${role}`;
          const [one, many] = KIND_NAMES[kind];
          const line = ctx.doc.lines.positionAt(other.span.start).line + 1;
          ctx.report({
            span: first.span,
            message: `${capitalise(name)} is given two different ${many}: "${first.text}" here and "${other.text}" at line ${line}. Use one ${one} for ${name} throughout, or say which one is for what.`,
            related: [
              { span: other.span, message: `The other ${one} given for ${name}.` },
              { span: c.mention, message: `${capitalise(name)} is named here.` },
            ],
            data: { role, kind, values: [other.text, first.text] },
          });
        }
      }
      seen[kind].push(...mine);
    }
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default rule;
