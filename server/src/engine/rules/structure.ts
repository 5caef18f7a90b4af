// Finds breaks in the policy's skeleton: section numbers skipped or used twice, empty bullets,
// and Markdown headings that jump a level. Readers navigate a policy by its numbers and
// headings, and references such as "see section 4" only work when the numbering is sound.
import type { Rule, RuleContext } from '../rule.js';
import type { SpanFix, Span } from '../types.js';
import type { Block, PolicyDocument } from '../document.js';
import { toSource } from '../document.js';

const rule: Rule = {
  meta: {
    id: 'structure',
    description: 'Section numbers skipped or repeated, empty list items, and heading levels that jump (## then ####).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docs: `Readers find their way through a policy by its section numbers and headings, and other
parts of the text (and other documents) point at them: "see section 4". A policy that goes from
section 2 to section 4, has two sections numbered 3, or shows an empty bullet looks unfinished and
makes those references unreliable.

## What it catches

- **Numbering**: among numbered headings at the same level and under the same parent (1, 2, 3 or
  4.1, 4.2, 4.3), a number that skips ahead (1, 2, 4) or repeats or goes back (3, 3). Headings
  recovered from pasted text count as well as Markdown headings.
- **Empty list items**: a bullet (\`-\`, \`*\`, \`•\`) with nothing after it.
- **Heading levels** (information): a Markdown heading more than one level deeper than the one
  before it (\`##\` followed by \`####\`), which breaks the outline and screen readers' navigation.

## What it leaves alone

- Where the numbering starts: a policy may begin at 0 or keep its introduction unnumbered; a
  sequence that starts again at 1 (an annex, a numbered list in pasted text) is a new sequence.
- Levels of headings recovered from pasted text, whose depth is only a guess.
- Numbered paragraphs and list items (clauses such as "1.1 We may …" inside a section).

## How to fix

An empty list item has a safe fix that removes its line. A numbering finding has a suggestion
that renumbers the heading and the ones after it at that level (sub-sections follow their
parent). In a document with thousands of numbering breaks only the first findings carry that
suggestion (each would rewrite every later heading); fixing those and checking again brings the
rest. A heading level jump has a suggestion to raise the heading by the missing levels.`,
    examples: [
      { bad: '## 1. Who we are\n## 2. What we collect\n## 4. Your rights', good: '## 1. Who we are\n## 2. What we collect\n## 3. Your rights' },
      { bad: '- Name\n-\n- Email address', good: '- Name\n- Email address' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    checkNumbering(doc, ctx.report);
    checkEmptyItems(doc, ctx.report);
    checkLevels(doc, ctx.report);
  },
};

type Report = RuleContext['report'];

interface Numbered {
  block: Block;
  parts: number[];
}

/**
 * How many heading edits the renumbering suggestions of one document may hold in all. Each
 * suggestion rewrites the headings after its own, so suggesting it for every break of a long
 * badly numbered file was quadratic in the headings; past this budget the
 * findings come without it.
 */
const RENUMBER_BUDGET = 20_000;

function checkNumbering(doc: PolicyDocument, report: Report): void {
  const numbered: Numbered[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'heading' || !b.number) continue;
    const parts = b.number.split('.').map(Number);
    if (parts.some((n) => !Number.isFinite(n))) continue;
    numbered.push({ block: b, parts });
  }
  // The last sibling seen under each parent ("" for top level, "4" for 4.x), and where each number
  // was last used as a heading: a sibling seen before its parent (or an ancestor) appeared again
  // belongs to an earlier sequence, since a new parent starts its children afresh. Looking up
  // the parent's own prefixes keeps this linear in the headings.
  const last = new Map<string, { h: Numbered; at: number }>();
  const seenAt = new Map<string, number>();
  let budget = RENUMBER_BUDGET;
  numbered.forEach((h, i) => {
    const parent = h.parts.slice(0, -1).join('.');
    const n = h.parts[h.parts.length - 1];
    const entry = last.get(parent);
    last.set(parent, { h, at: i });
    seenAt.set(h.block.number!, i);
    if (!entry) return;
    for (let d = 1; d < h.parts.length; d++) if ((seenAt.get(h.parts.slice(0, d).join('.')) ?? -1) > entry.at) return;
    const prev = entry.h;
    const p = prev.parts[prev.parts.length - 1];
    // Starting again at 1 begins a new sequence (an annex, or a numbered list read as headings).
    if (n === p + 1 || (n <= 1 && p > 1)) return;
    const label = (x: number) => (parent ? `${parent}.${x}` : String(x));
    let message: string;
    if (n > p + 1) {
      const missing = n - p === 2 ? `section ${label(p + 1)} is missing` : `sections ${label(p + 1)} to ${label(n - 1)} are missing`;
      message = `Section ${label(n)} follows section ${label(p)}: ${missing}. Renumber the sections, or add the missing one.`;
    } else if (n === p) {
      message = `Section number ${label(n)} is used twice. Renumber the sections so that each number is used once.`;
    } else {
      message = `Section ${label(n)} comes after section ${label(p)}: the numbers go backwards. Renumber the sections in order.`;
    }
    const fix = budget > 0 ? renumber(numbered, i, parent, p + 1) : undefined;
    if (fix) budget -= Math.max(1, fix.edits.length);
    report({
      span: numberSpan(h.block),
      message,
      related: [{ span: numberSpan(prev.block), message: `Section ${label(p)} is here.` }],
      ...(fix ? { fixes: [fix] } : {}),
      data: { kind: 'numbering' },
    });
  });
}

/** Renumber the heading at index `from` and its later siblings (and their children) from `start`. */
function renumber(numbered: Numbered[], from: number, parent: string, start: number): SpanFix {
  const edits: { span: Span; newText: string }[] = [];
  const depth = numbered[from].parts.length;
  let next = start;
  const mapping = new Map<string, string>();
  for (let i = from; i < numbered.length; i++) {
    const h = numbered[i];
    const number = h.block.number!;
    if (h.parts.length < depth || h.parts.slice(0, depth - 1).join('.') !== parent) break;
    if (h.parts.length === depth) {
      const renamed = parent ? `${parent}.${next}` : String(next);
      mapping.set(number, renamed);
      next++;
      if (renamed !== number) edits.push({ span: numberSpan(h.block), newText: renamed });
    } else {
      // A sub-section follows its parent's new number.
      const own = h.parts.slice(0, depth).join('.');
      const renamed = mapping.get(own);
      if (renamed && renamed !== own) edits.push({ span: numberSpan(h.block), newText: renamed + number.slice(own.length) });
    }
  }
  return { title: 'Renumber this section and the ones after it', kind: 'suggestion', edits };
}

function numberSpan(b: Block): Span {
  const at = b.text.indexOf(b.number!);
  const from = at < 0 ? 0 : at;
  return { start: toSource(b, from), end: toSource(b, from + b.number!.length - 1) + 1 };
}

function checkEmptyItems(doc: PolicyDocument, report: Report): void {
  for (const b of doc.blocks) {
    if (b.kind !== 'list-item' || b.text !== '') continue;
    const line = doc.lines.positionAt(b.span.start).line;
    const lineStart = doc.lines.starts[line];
    const lineEnd = doc.lines.lineEnd(line);
    const lineText = doc.text.slice(lineStart, lineEnd);
    const marker = b.marker ?? '';
    const at = marker ? lineText.indexOf(marker) : -1;
    const span = at >= 0 ? { start: lineStart + at, end: lineStart + at + marker.length } : { start: lineStart, end: lineEnd };
    // Only a line that holds nothing but the marker can go without looking.
    const alone = marker !== '' && lineText.trim() === marker;
    const next = line + 1 < doc.lines.lineCount ? doc.lines.starts[line + 1] : doc.text.length;
    report({
      span,
      message: 'This list item is empty: a bullet with no text. Remove it, or write what it was meant to say.',
      fixes: alone ? [{ title: 'Remove the empty list item', kind: 'fix', isPreferred: true, edits: [{ span: { start: lineStart, end: next }, newText: '' }] }] : undefined,
      data: { kind: 'empty-item' },
    });
  }
}

function checkLevels(doc: PolicyDocument, report: Report): void {
  let prev: Block | undefined;
  for (const b of doc.blocks) {
    if (b.kind !== 'heading' || b.implicit) continue;
    const depth = b.depth ?? 1;
    if (prev && depth > (prev.depth ?? 1) + 1) {
      const want = (prev.depth ?? 1) + 1;
      const line = doc.lines.positionAt(b.span.start).line;
      const lineStart = doc.lines.starts[line];
      const hashes = /^ {0,3}(#{1,6})(?=\s|$)/.exec(doc.text.slice(lineStart, doc.lines.lineEnd(line)));
      report({
        span: b.span.end > b.span.start ? b.span : { start: lineStart, end: doc.lines.lineEnd(line) },
        message: `This heading is level ${depth} right after a level ${prev.depth} heading: level ${want} is skipped. Make it a level ${want} heading, so the outline reads in order.`,
        severity: 'information',
        related: [{ span: prev.span, message: `The level ${prev.depth} heading before it.` }],
        fixes: hashes
          ? [{ title: `Make it a level ${want} heading`, kind: 'suggestion', edits: [{ span: { start: lineStart + hashes[0].length - hashes[1].length, end: lineStart + hashes[0].length }, newText: '#'.repeat(want) }] }]
          : undefined,
        data: { kind: 'level' },
      });
    }
    prev = b;
  }
}

export default rule;
