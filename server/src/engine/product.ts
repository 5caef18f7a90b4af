// Which product (app, site, service) a policy is about, and where the text names another one as
// the product it applies to: the leftover of a policy copied from another product's ("This privacy
// policy applies to the OtherApp app" in the policy of a different app). The words are language
// data (entities.yaml, `products`).
import type { Block, PolicyDocument } from './document.js';
import { blockSpan } from './document.js';
import { cueAlternation, fromLanguageData, proseBlocks } from './cues.js';
import type { EntityData } from './datatypes.js';
import type { Span } from './types.js';
import { lazily, toMachineCode } from './text.js';

interface Compiled {
  kinds: Set<string>;
  scope: RegExp | null;
  /** After the scope words: "[your use of] [the|our] [kind]" (sticky). */
  lead: RegExp | null;
  /** A kind of product right after the name (sticky). */
  kindAfter: RegExp | null;
  titleWords: Set<string>;
}

export interface ProductMismatch {
  /** The other product's name, as written. */
  name: string;
  span: Span;
  /** The policy's own product names, and where they come from. */
  ours: string[];
  how: string;
}

/** A product's name: one to six words that start with a capital or a digit (matched case-sensitively). */
const NAME = lazily(() => /(?:\p{Lu}[\p{L}\p{N}'’&+-]{0,30}|\p{N}[\p{L}\p{N}]{0,20})(?:\s(?:\p{Lu}[\p{L}\p{N}'’&+-]{0,30}|\p{N}[\p{L}\p{N}]{0,20}|[-–&]|of|in|for|and|de|du|van|für)){0,5}/uy);

function compile(all: EntityData[]): Compiled {
  const kinds = all.flatMap((d) => d.products?.kinds ?? []).filter((k) => typeof k === 'string');
  const kindAlt = cueAlternation(kinds, { bounded: false });
  const scope = cueAlternation(all.flatMap((d) => d.products?.scope ?? []));
  const article = "(?:(?:your\\s+use\\s+of\\s+)?(?:the|our|this|de|het|onze|die|der|das|unsere|la|le|l['’]|notre)\\s*)?";
  return {
    kinds: new Set(kinds.map((k) => k.toLowerCase())),
    scope: scope ? new RegExp(scope, 'giu') : null,
    lead: kindAlt ? new RegExp(`\\s+${article}(?:(${kindAlt})\\s+)?`, 'iuy') : null,
    kindAfter: kindAlt ? new RegExp(`\\s+(?:${kindAlt})(?![\\p{L}\\p{N}])`, 'iuy') : null,
    titleWords: new Set(all.flatMap((d) => d.products?.titleWords ?? []).map((w) => String(w).toLowerCase())),
  };
}

const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'in', '-', '–', '&', 'de', 'du', 'van', 'für', 'het', 'la', 'le']);

/** What a word begins or ends with that is no letter or digit. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function words(name: string, c: Compiled): string[] {
  return name
    .toLowerCase()
    .split(/[\s:|,()"“”]+/)
    .map((w) => {
      toMachineCode(EDGE_PUNCTUATION, w);
      return w.replace(EDGE_PUNCTUATION, '');
    })
    .filter((w) => w && !STOP.has(w) && !c.kinds.has(w) && !c.titleWords.has(w));
}

/** The product named in the document's title ("Harbour Tides Privacy Policy"), if the title names one. */
function titleProduct(doc: PolicyDocument, c: Compiled): string | undefined {
  const h = doc.blocks.find((b) => b.kind === 'heading');
  if (!h || h.index > 3) return undefined;
  const t = h.text.replace(/[*_#`]/g, '').trim();
  const w = words(t, c);
  // A title that is only "Privacy Policy" names no product; one that holds privacy words and a
  // name does.
  const all = t.toLowerCase().split(/\s+/);
  if (!w.length || w.length > 6 || !all.some((x) => c.titleWords.has(x))) return undefined;
  // As written: the title's words that are the name.
  return t
    .split(/\s+/)
    .filter((x) => words(x, c).length)
    .join(' ');
}

/** The policy's own product names: declared in the front matter (with its aliases), else named in the title. */
export function ownProducts(doc: PolicyDocument): { names: string[]; how: string; title?: string } {
  const c = fromLanguageData(doc.language, 'entities', compile);
  const declared = [...(doc.frontMatter.policy.product ?? []), ...(doc.frontMatter.policy.product ? (doc.frontMatter.policy.aliases ?? []) : [])];
  const title = titleProduct(doc, c);
  return declared.length ? { names: declared, how: 'declared in the front matter', title } : { names: title ? [title] : [], how: 'named in the title', title };
}

/** A product name's words that tell it from others, for comparing names across policies. */
export function productKey(name: string, language: string): string {
  return words(name, fromLanguageData(language, 'entities', compile)).join(' ');
}

/** Other products named as the one the policy applies to. */
export function productMismatches(doc: PolicyDocument, controllerNames: string[]): ProductMismatch[] {
  const c = fromLanguageData(doc.language, 'entities', compile);
  if (!c.scope) return [];
  const { names: ours, how, title } = ownProducts(doc);
  if (!ours.length) return [];
  const known = new Set([...ours, ...controllerNames, ...(doc.frontMatter.policy.aliases ?? [])].flatMap((n) => words(n, c)));
  const out: ProductMismatch[] = [];
  for (const b of proseBlocks(doc)) {
    if (b.kind === 'heading' && title) continue;
    toMachineCode(c.scope, b.text);
    c.scope.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.scope.exec(b.text))) {
      const lead = sticky(c.lead!, b.text, m.index + m[0].length);
      if (!lead) continue;
      const at = m.index + m[0].length + lead[0].length;
      const nm = sticky(NAME(), b.text, at);
      if (!nm) continue;
      const name = nm[0].replace(/(?:\s+(?:of|in|for|and|de|du|van|für|[-–&]))+$/, '').replace(/[\s-]+$/, '');
      const w = words(name, c);
      // A product only: a kind of product stands next to the name ("the app X", "the X app").
      const kindNext = !!lead[1] || !!sticky(c.kindAfter!, b.text, at + name.length) || name.split(/\s+/).some((x) => c.kinds.has(x.toLowerCase()));
      if (!kindNext || !w.length || w.some((x) => known.has(x))) continue;
      if (namesOursNearby(b, at + name.length, known, c)) continue;
      out.push({ name, span: blockSpan(b, at, at + name.length), ours, how });
    }
  }
  return out;
}

/** "… the Dropper app, created by Wintersoft": the sentence goes on to name the policy's own. */
function namesOursNearby(b: Block, from: number, known: Set<string>, c: Compiled): boolean {
  const rest = b.text.slice(from, from + 200);
  const end = rest.search(/[.!?](?:\s|$)/);
  return words(end < 0 ? rest : rest.slice(0, end), c).some((w) => known.has(w));
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  toMachineCode(re, text);
  re.lastIndex = at;
  return re.exec(text);
}
