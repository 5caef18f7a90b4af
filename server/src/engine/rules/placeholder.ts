// Finds placeholders that will never be filled: `{{name}}` with no such variable, and template
// text left in, recognised by its shape: a slot or instruction in brackets, undecided options, a
// generator's raw variable, a dummy value, a template's banner (template-text.ts). Published, they
// show readers that nobody finished the policy, and where they stand for a name, a date or an
// address, the notice lacks information the law requires it to give.
import { closest, distance } from 'fastest-levenshtein';
import type { Block, PolicyDocument } from '../document.js';
import { compileCues, fromLanguageData } from '../cues.js';
import { removalSpan } from '../edits.js';
import { flat, recall, store, type TextMemo } from '../memo.js';
import type { Rule } from '../rule.js';
import type { Report, Span, SpanFix } from '../types.js';
import { resolveVariable, variableNames } from '../variables.js';
import { blockSpan } from '../document.js';
import { sentenceAt } from '../cues.js';
import { shouting, toMachineCode } from '../text.js';
import { frontMatterWritable } from '../front-matter-edit.js';
import { compileShapes, scanAlternatives, scanBanner, scanShapes, type ShapeKind, type TemplateShapeData, type TemplateShapes } from '../template-text.js';

/** The shape of `server/data/languages/<lang>/placeholders.yaml`. */
interface PlaceholderData extends TemplateShapeData {
  brackets?: { instructions?: string[]; fields?: string[]; fillers?: string[]; controller?: string[] };
  phrases?: string[];
  markers?: { always?: string[]; words?: string[] };
  defaults?: string[];
}

interface Compiled {
  instructions: string[];
  fields: Set<string>;
  fillers: string[];
  controller: Set<string>;
  phrases: RegExp | null;
  always: RegExp | null;
  words: RegExp | null;
  defaults: Set<string>;
  shapes: TemplateShapes;
}

/** Template tags of site generators: Liquid/Jekyll objects and filters, Hugo's `.Title`, Handlebars blocks. */
const TEMPLATE_TAG = /^(?:site|page|layout|include|jekyll|paginator|theme|post|content)(?:\.|$)|\||^[.#/>!&^]/;
const HTML_TAGS = new Set(
  'a abbr address article aside b blockquote body br button caption cite code col data dd del details dfn div dl dt em footer form h1 h2 h3 h4 h5 h6 head header hr html i img input ins kbd label legend li link main mark meta nav ol option p pre q s samp section select small span strong sub summary sup table tbody td template textarea tfoot th thead time title tr u ul var video wbr'.split(' '),
);

const rule: Rule = {
  meta: {
    id: 'placeholder',
    description: 'A `{{placeholder}}` with no such variable, or template text that was never filled in.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docs: `A policy built from a template keeps the template's blanks until someone fills them. Left in,
they tell every reader the policy was never finished, and when a blank stands for the
controller's name, a contact address or a retention period, the notice is missing information
that UK and EU GDPR Art. 13 and 14 require it to give.

**What it catches.**
- \`{{name}}\` where \`name\` is neither a front matter \`variables\` entry nor a \`policy\` field
  (\`{{controller}}\` or \`{{policy.controller}}\`). This is an **error**: export cannot fill it and
  readers would see the braces. When a defined name is close (\`{{contoller}}\`), the safe fix
  corrects it; a suggestion adds the name to \`variables:\` instead. A variable that is declared
  but left empty is a **warning**: export would leave a blank.
- A site generator's template variable left unrendered: \`{{ site.name }}\`, \`{{ page.title }}\`
  (unless the front matter defines \`title\`), \`{{ .Title }}\`. A **warning**.
- Template text, a **warning**, recognised by its shape rather than by a list of names:
  - a **slot in brackets**: a short bracketed phrase whose first or last word names a kind of value
    (\`[Company Name]\`, \`[Name of the organisation]\`, \`[purpose of processing]\`), however it
    is written: with markup inside (\`[ _company_ ]\`, \`[ **date** ]\`), with the escaped brackets
    of a Markdown converter (\`\\[Name\\]\`), in angle brackets (\`<insert email address>\`), or
    as a blank to write on (\`[____]\`, \`____\`);
  - a **drafting instruction** in brackets (\`[insert date]\`, \`[delete as appropriate]\`,
    \`[list the recipients]\`) or, where prose uses parentheses, in its clearest shapes: one that
    starts with an instruction (\`(insert address)\`), a Dutch or German one with the verb last
    (\`(adres invullen)\`), a condition followed by an instruction to the drafter ("(if you rely
    on consent, also say …)"), and a possessive standing where the value belongs ("write to us at
    (your address)");
  - **options never decided**: \`[weekly / monthly]\`, \`[I/We]\`, \`[daily or weekly]\`,
    bracketed alternatives side by side (\`[…]/[…]\`), alternatives headed by a bracketed
    condition ("[If you are based in the EU:] … [If you are based in the US:] …"), or by a
    condition standing alone as a line when two such lines in one section speak of where the
    business is established ("If you are based in the EU:" … "If you are based in the US:"), a
    separator between alternative clauses (a line of nothing but "OR", "- OR -", "ODER"; \`[OR]\`,
    \`[OU]\`; "EITHER" or "OR" in capitals opening a clause), labels of alternative wordings
    ("Option A:" … "Option B:", "[Option 1]"), and a line that asks the drafter to pick ("Choose
    one of the following:", "Kies een van de volgende opties:");
  - a **generator's raw variable**: \`[{Host_Name, Host_Country}]\`, \`[COMPANY_NAME]\`, \`%%DATE%%\`,
    \`<ORG_NAME>\`, \`{ORG}\`, \`{% … %}\`, \`\${org}\`, \`__ORG__\`;
  - a **dummy value**: an e-mail address whose domain is a stand-in (\`test@test.com\`,
    \`info@yourdomain.com\`), a phone number of one repeated digit or counting up (\`0123 456 789\`),
    a stand-in name where a name stands ("ABC Ltd", "Company: XYZ", "Company Name Ltd"), a
    conventional made-up name anywhere ("Max Mustermann", "Musterstraße", "John Doe"), a date
    format never filled in (\`DD/MM/YYYY\`, \`TT.MM.JJJJ\`), a bracketed \`[X]\` inside a sentence
    ("for [X] years"), or "N/A" or "test" after a label that asks for a name or a contact
    ("Telephone: N/A");
  - a **template's banner or notes**: "This text is a sample", "Adapt this document before you
    publish it", a block that starts "Note to drafter", "Drafting note", "Instructions for use",
    "Hinweise zur Verwendung"; a cover sheet's title as a heading or short line ("Sample Privacy
    Policy", "Model privacyverklaring", "Muster-Datenschutzerklärung", "Modèle de politique de
    confidentialité", "Version for …"); a sentence that instructs the drafter about the drafter's
    business or this part of the template, plain, in italics or in a blockquote ("Describe here how
    your business uses cookies", "Guidance: list the processors your organisation uses",
    "Beschreiben Sie hier, wie Ihr Unternehmen …"); an instruction to delete what does not apply,
    in any form ("(delete if not applicable)", "Remove this paragraph where it is not
    applicable", "(nicht Zutreffendes streichen)", "(supprimer si non applicable)");
  - a **generator's credit** left in ("This policy was made with the … Privacy Policy
    Generator", "… mit dem Datenschutz-Generator erstellt"), as **information**, only when the
    option \`credits\` is \`true\` (many published policies keep a credit on purpose, and some
    generators' licences require it);
  - **remains of a template's markup**: text highlighted for the drafter (\`==…==\`), \`***\` standing
    where a value belongs, an ERB/EJS tag (\`<%= company %>\`), a name filled in with its brackets
    kept (\`[Acme] Ltd\`, \`[Acme Ltd]\`), "Your Company", "Uw Bedrijf", "Votre Société" written as
    a name inside a sentence (or "Ihr Unternehmen" after a label such as "Verantwortlich:"), and
    "…", "???" after a label that asks for a value ("Last updated: …", "Phone: ???");
  - the markers \`XXX\`, \`TBD\`, \`TBC\`, \`TODO\`, \`FIXME\`, \`INSERT\`, "Lorem ipsum", "your company name
    here", and a heading left at a content-management default such as "Default title".

The words that fill these shapes (what names a value, which verbs instruct a drafter, what a
banner says) come from \`server/data/languages/<lang>/placeholders.yaml\`: the English lists apply
to every document, and the document's own language (Dutch, German, French) adds its words.

**What it leaves alone.** Footnote marks and citations (\`[1]\`, \`[1-3]\`, \`[^1]\`), Markdown links,
images and reference links (\`[text](url)\`, \`[Art. 4 GDPR](…)\`, \`[terms][t]\`, \`[terms]\` with a
definition), editorial marks such as \`[sic]\`, task-list boxes, HTML tags, list labels such as
"(a)", defined terms ("(the "Company")", "(hereinafter: "we")"), legal abbreviations and section
references in parentheses ("(GDPR)", "(see section 4)"), a parenthesis that explains ("your
address (your postal address)"), a bracketed name with capitals before its value word ("[Harbour
Tides App]", a name kept in brackets), a blank given as an example of a format ("e.g. [user
name] deleted [time/date]"), an e-mail address at a reserved documentation domain
(\`.example\`, \`.test\`), words that merely contain a marker ("XXL", "outbid"), a marker in a
paragraph written all in capitals, code, and an unclosed \`{{\`, which is reported as a problem
with the input itself. Also left alone: real regional sections (a heading "EU users" and a heading
"California residents", or "If you live in California, …" written as a sentence to the reader), a
reader's own choice ("You may choose one of the following ways …", "Option 1: change your browser
settings"), "OR" in a postal address ("Portland, OR 97201"), a deletion the policy promises ("we
delete your data when it is no longer needed"), a sentence that sends the reader to their own
organisation ("Please refer to your organisation's policies"), "templates" the service uses ("e-mails
are created using templates"), "N/A" in a table where it is true ("Data protection officer: N/A"),
"a == b", the omission mark \`[…]\` of a quotation, \`***\` as a thematic break or around bold
italics, and "Ihr Unternehmen" in German prose, where "Ihr" is always capitalised.

**How to fix it.** Replace the blank with the real text, or define the variable in the front
matter:

\`\`\`yaml
---
variables:
  retention_period: six years
---
\`\`\``,
    options: {
      type: 'object',
      properties: {
        credits: { type: 'boolean', default: false, description: 'Also report a generator\'s or template\'s credit left in the policy (as information).' },
      },
      additionalProperties: false,
    },
    examples: [
      { bad: 'North West IT (seed 004): a section headed "Default title" above the last-updated note.', note: 'A heading that a content-management system puts in by default, still in the published page.' },
      { bad: 'We keep your data for {{retention_perod}}.', good: 'We keep your data for {{retention_period}}.', note: 'The safe fix corrects the name to the defined variable.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const found: Report[] = [];
    // A later finding that overlaps one already reported is dropped.
    const taken = new DisjointSpans();
    const add = (r: Report) => {
      if (taken.add(r.span)) found.push(r);
    };
    const codeSpans = inlineCode(doc);
    checkVariables(doc, codeSpans, add);
    const data = fromLanguageData(doc.language, 'placeholders', compile);
    const links = linkLabels(doc.text);
    const quiet = quietBlocks(doc.language, links);
    for (const b of doc.blocks) {
      if (b.kind === 'code' || b.span.end <= b.span.start) continue;
      // Most blocks hold no blank: remembered by what checkBlock reads (language, link labels,
      // kind, text, source), so that the check after an edit reads again only the blocks it changed.
      const src = doc.text.slice(b.span.start, b.span.end);
      const source = src === b.text ? null : src;
      if (recall(quiet, b.text, b.kind) === source) continue;
      let any = false;
      checkBlock(doc, b, data, links, (r) => {
        any = true;
        // A generator's credit is not a blank: reported only when asked for.
        if ((r.data as { shape?: string } | undefined)?.shape === 'credit' && ctx.options.credits !== true) return;
        add(r);
      });
      if (any) continue;
      store(quiet, b.text, b.kind, source && flat(source));
    }
    // Alternatives headed "Option A:" / "Option B:", or by conditions about where the business is
    // established, side by side in one section: read across blocks, so not remembered per block.
    for (const h of scanAlternatives(doc.blocks, data.shapes)) {
      const b = doc.blocks[h.index];
      add({ span: b.span, severity: 'warning', message: shapeMessage('options', quote(shorten(b.text)), undefined) });
    }
    found.sort((a, b) => a.span.start - b.span.start);
    for (const r of found) ctx.report(r);
  },
};
export default rule;

/**
 * Spans kept sorted and disjoint, in chunks: a span is added unless it overlaps one already there.
 * One sorted array took a copy of everything after the insertion point per span, quadratic in a
 * template of tens of thousands of blanks (the blanks in brackets land between the `{{…}}` ones).
 */
export class DisjointSpans {
  private chunks: Span[][] = [];
  private static readonly CHUNK = 512;

  /** Adds the span unless it overlaps one already there; whether it was added. */
  add(span: Span): boolean {
    const { chunks } = this;
    // The first chunk whose last span ends after this one starts (ends are sorted, as starts are).
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = chunks[mid];
      if (c[c.length - 1].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === chunks.length) {
      const last = chunks[chunks.length - 1];
      if (last && last.length < DisjointSpans.CHUNK) last.push(span);
      else chunks.push([span]);
      return true;
    }
    const c = chunks[lo];
    let a = 0;
    let b = c.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (c[mid].end <= span.start) a = mid + 1;
      else b = mid;
    }
    if (c[a].start < span.end) return false;
    c.splice(a, 0, span);
    if (c.length > 2 * DisjointSpans.CHUNK) chunks.splice(lo, 1, c.slice(0, DisjointSpans.CHUNK), c.slice(DisjointSpans.CHUNK));
    return true;
  }
}

/**
 * Blocks in which checkBlock found nothing: by text, then kind, the block's source (null when it
 * is the text). A bracket that a link definition labels is no blank, so the memo holds for one
 * language and one set of link labels (bounded like every memo, see memo.ts).
 */
let quiet: { language: string; links: string; blocks: TextMemo<string, string | null> } | undefined;
function quietBlocks(language: string, links: Set<string>): TextMemo<string, string | null> {
  const labels = [...links].sort().join('\n');
  if (quiet?.language !== language || quiet.links !== labels) quiet = { language, links: labels, blocks: new Map() };
  return quiet.blocks;
}

// ---- `{{name}}` -----------------------------------------------------------------------------

function checkVariables(doc: PolicyDocument, codeSpans: Span[], add: (r: Report) => void): void {
  const fm = doc.frontMatter;
  const names = variableNames(fm);
  const declare = variableInserter(doc);
  for (const p of doc.placeholders) {
    if (!p.closed) continue; // the document model reports an unclosed `{{`
    if (insideAny(codeSpans, p.span.start)) continue;
    const name = p.name;
    const shown = doc.text.slice(p.span.start, p.span.end);
    if (!name) {
      add({ span: p.span, severity: 'error', message: `Empty placeholder \`${shown}\`: put a variable name between the braces, or remove them.` });
      continue;
    }
    const value = resolveVariable(fm, name);
    if (value !== undefined) {
      if (!value.trim()) {
        add({ span: p.span, severity: 'warning', message: `\`${shown}\` has no value yet: \`${name}\` is declared in the front matter but empty, so export would leave a blank here. Give it a value.` });
      }
      continue;
    }
    if (TEMPLATE_TAG.test(name)) {
      const pageKey = /^page\.([\w-]+)$/.exec(name)?.[1];
      if (pageKey && fm.data[pageKey] !== undefined) continue; // the site generator fills it from this front matter
      add({
        span: p.span,
        severity: 'warning',
        message: `\`${shown}\` is a site generator's template variable that nothing here fills: readers would see it as written. Replace it with the text it stands for, or define a variable under \`variables:\` and use \`{{name}}\`.`,
      });
      continue;
    }
    const fixes: SpanFix[] = [];
    const near = nearest(name, names);
    let hint = '';
    if (near) {
      hint = ` Did you mean \`{{${near.name}}}\`?`;
      fixes.push({ title: `Replace with \`{{${near.name}}}\``, kind: near.safe ? 'fix' : 'suggestion', isPreferred: near.safe, edits: [{ span: p.nameSpan, newText: near.name }] });
    } else if (names.length) {
      hint = ` Defined: ${names
        .slice(0, 8)
        .map((n) => `\`${n}\``)
        .join(', ')}${names.length > 8 ? ', …' : ''}.`;
    } else {
      hint = ' This document defines no variables.';
    }
    const addVar = declare(name);
    if (addVar) fixes.push({ title: `Add \`${name}\` to the front matter variables`, kind: 'suggestion', edits: [addVar] });
    add({
      span: p.span,
      severity: 'error',
      message: `Unknown placeholder \`${shown}\`: no variable \`${name}\` in the front matter, so export cannot fill it and readers would see the braces.${hint}`,
      fixes,
      data: { name, ...(near ? { didYouMean: near.name } : {}) },
    });
  }
}

/** The closest defined name, and whether it is close and unambiguous enough to fix unasked. */
function nearest(name: string, names: string[]): { name: string; safe: boolean } | undefined {
  if (!names.length) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '_');
  const n = norm(name);
  const same = names.filter((x) => norm(x) === n);
  if (same.length === 1) return { name: same[0], safe: true };
  const best = closest(n, names.map(norm));
  const d = distance(n, best);
  const ties = names.filter((x) => distance(n, norm(x)) === d);
  const target = ties[0];
  const safeLimit = n.length <= 3 ? 0 : n.length <= 6 ? 1 : 2;
  if (d > Math.max(2, Math.floor(n.length / 3))) return undefined;
  return { name: target, safe: ties.length === 1 && d <= safeLimit };
}

/**
 * Edits that declare a name in the front matter's `variables:` mapping, creating it if need be:
 * where and how is worked out once per document (a template may hold thousands of unknown names).
 */
function variableInserter(doc: PolicyDocument): (name: string) => { span: Span; newText: string } | undefined {
  const fm = doc.frontMatter;
  const text = doc.text;
  const writable = frontMatterWritable(doc);
  const nl = writable?.nl ?? '\n';
  const place = ((): { at: number; before: string; after: string } | undefined => {
    if (!writable) return undefined; // an unclosed front matter or broken YAML: an input problem, left to the author
    if (writable.how === 'new') return { at: 0, before: `---${nl}variables:${nl}  `, after: `: ${nl}---${nl}` };
    const span = fm.span!; // `fenced`: the front matter has its span
    const firstKey = Object.values(fm.variableSpans)[0];
    const indent = firstKey ? text.slice(doc.lines.starts[doc.lines.positionAt(firstKey.start).line], firstKey.start) : '  ';
    if (fm.variablesInsertAt !== undefined) {
      if (/[}\]]\s*$/.test(text.slice(fm.variablesInsertAt - 1, fm.variablesInsertAt))) return undefined; // flow style: `{a: 1}`
      if (!firstKey) return undefined;
      return { at: fm.variablesInsertAt, before: `${nl}${indent}`, after: ': ' };
    }
    const fmText = text.slice(span.start, span.end);
    const empty = /^variables:[ \t]*(?:#.*)?$/m.exec(fmText);
    if (empty) return { at: span.start + empty.index + empty[0].length, before: `${nl}  `, after: ': ' };
    if (fm.data.variables !== undefined) return undefined;
    return { at: span.start + fmText.lastIndexOf('\n') + 1, before: `variables:${nl}  `, after: `: ${nl}` };
  })();
  return (name) => {
    if (!place || name.startsWith('policy.')) return undefined;
    const key = /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
    return { span: { start: place.at, end: place.at }, newText: `${place.before}${key}${place.after}` };
  };
}

// ---- template text --------------------------------------------------------------------------

function compile(all: PlaceholderData[]): Compiled {
  const list = (pick: (d: PlaceholderData) => string[] | undefined) => all.flatMap((d) => (pick(d) ?? []).filter((x) => typeof x === 'string' && x.trim()));
  return {
    instructions: list((d) => d.brackets?.instructions).map(normal),
    fields: new Set(list((d) => d.brackets?.fields).map(normal)),
    fillers: list((d) => d.brackets?.fillers).map(normal),
    controller: new Set(list((d) => d.brackets?.controller).map(normal)),
    phrases: compileCues(list((d) => d.phrases), 'giu'),
    always: compileCues(list((d) => d.markers?.always), 'gu'),
    words: compileCues(list((d) => d.markers?.words), 'gu'),
    defaults: new Set(list((d) => d.defaults).map(normal)),
    shapes: compileShapes(all),
  };
}

function normal(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

function checkBlock(doc: PolicyDocument, b: Block, c: Compiled, links: Set<string>, add: (r: Report) => void): void {
  if (b.kind === 'code' || b.span.end <= b.span.start) return;
  const { text } = doc;
  const base = b.span.start;
  // Scan a copy with inline code, HTML comments and `{{…}}` blanked out, so offsets still match.
  const src = text.slice(base, b.span.end).replace(b.kind === 'html' ? /<!--[\s\S]*?(?:-->|$)/g : /(`+)[^`]{0,2000}?\1|\{\{[^\n{}]{0,300}\}\}/g, (m) => ' '.repeat(m.length));
  const at = (i: number, len: number): Span => ({ start: base + i, end: base + i + len });

  // A heading or short line that is a CMS default.
  if (b.kind !== 'html' && b.text.split(' ').length <= 5) {
    const t = normal(b.text.replace(/[*_#]+/g, '').replace(/[.:!]+$/, ''));
    if (c.defaults.has(t)) {
      const span = b.span;
      add({
        span,
        severity: 'warning',
        message: `${quote(b.text)} is a default ${b.kind === 'heading' ? 'heading' : 'text'} left by a template or content-management system. Give the section its real title, or remove the line.`,
        fixes: [{ title: 'Remove this line', kind: 'suggestion', edits: [{ span: removalSpan(text, doc.lines, span), newText: '' }] }],
      });
      return;
    }
  }

  // Blanks, drafting notes, dummy values, undecided options and raw generator variables, by their shape.
  const controller = doc.frontMatter.policy.controller;
  for (const h of scanShapes(src, c.shapes, (inner) => classify(inner, c), (name) => HTML_TAGS.has(name), links)) {
    const span = at(h.index, h.length);
    const shown = quote(src.slice(h.index, h.index + h.length));
    const fixes: SpanFix[] = [];
    if (h.field && c.controller.has(h.field) && controller && h.kind !== 'dummy') fixes.push({ title: `Replace with “${controller}”`, kind: 'suggestion', edits: [{ span, newText: controller }] });
    add({ span, severity: 'warning', message: shapeMessage(h.kind, shown, h.field), ...(fixes.length ? { fixes } : {}) });
  }
  const short = b.kind === 'heading' || b.text.split(' ').length <= 8;
  for (const h of scanBanner(b.text, c.shapes, (i) => sentenceAt(b, i), short)) {
    const span = blockSpan(b, h.index, h.index + h.length);
    add({
      span,
      severity: h.kind === 'credit' ? 'information' : 'warning',
      ...(h.kind === 'credit' ? { data: { shape: 'credit' } } : {}),
      message: shapeMessage(h.kind, quote(shorten(b.text.slice(h.index, h.index + h.length))), undefined),
      fixes: [
        {
          title: h.kind === 'notes' ? 'Remove this note' : h.kind === 'options' && h.length === b.text.length ? 'Remove this line' : 'Remove this sentence',
          kind: 'suggestion',
          edits: [{ span: h.length === b.text.length ? removalSpan(text, doc.lines, b.span) : span, newText: '' }],
        },
      ],
    });
  }

  // Markers ("TBD", "XXX"), and words that are markers only outside text written in capitals.
  const capitals = shouting(src);
  let m: RegExpExecArray | null;
  for (const re of [c.always, capitals ? null : c.words]) {
    if (!re) continue;
    re.lastIndex = 0;
    while ((m = re.exec(src))) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      add({
        span: at(m.index, m[0].length),
        severity: 'warning',
        message: `${quote(m[0])} marks text still to be written or decided. A published policy must state it; replace the marker with the real text.`,
      });
    }
  }

  // Phrases that only a template contains.
  if (c.phrases) {
    toMachineCode(c.phrases, src);
    c.phrases.lastIndex = 0;
    while ((m = c.phrases.exec(src))) {
      if (!m[0]) {
        c.phrases.lastIndex++;
        continue;
      }
      const lorem = /^lorem/i.test(m[0]);
      add({
        span: at(m.index, m[0].length),
        severity: 'warning',
        message: lorem
          ? `${quote(m[0])} is dummy text from a template. Replace it with the policy's own text.`
          : `${quote(m[0])} is template text that was never filled in. Replace it with the real text.`,
      });
    }
  }
}

const DUMMY: Record<string, string> = { email: 'e-mail address', phone: 'phone number', name: 'name', date: 'date', number: 'number' };

function shapeMessage(kind: ShapeKind, shown: string, field: string | undefined): string {
  switch (kind) {
    case 'instruction':
      return `${shown} is a drafting note from a template, never acted on. Do what it says and replace it with the real text.`;
    case 'options':
      return `${shown} offers a template's choices that were never decided. Keep the one that is true and remove the brackets.`;
    case 'variable':
      return `${shown} is a template variable that was never filled in: readers would see it as written. Replace it with the real text.`;
    case 'dummy':
      return `${shown} is a dummy ${DUMMY[field ?? ''] ?? 'value'} from a template, not a real one. Give the real ${field === 'email' ? 'address' : field === 'phone' ? 'number' : field ?? 'value'}.`;
    case 'banner':
      return `${shown} is a template's own note about itself, published with the policy. Remove it once the policy is adapted.`;
    case 'notes':
      return `${shown} is a drafting note or cover sheet of a template, published with the policy. Remove it.`;
    case 'highlight':
      return `${shown} is text a template highlights for the drafter to fill in or check; Markdown shows the equals signs as written. Replace it with the real text.`;
    case 'credit':
      return `${shown} credits the generator or template the policy was made from. Readers need the policy, not its origin: remove the credit unless the generator's licence requires it.`;
    default:
      return `${shown} is a template blank that was never filled in. Replace it with the real ${field ?? 'value'}.`;
  }
}

function quote(s: string): string {
  return `“${s.replace(/\s+/g, ' ')}”`;
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}

/** Labels of Markdown link reference definitions (`[label]: url`): `[label]` is then a link. */
function linkLabels(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes(']:')) return out;
  for (const m of text.matchAll(/^ {0,3}\[([^[\]\n]{1,100})\]:/gm)) out.add(normal(m[1]));
  return out;
}

/** Is bracketed text a drafting instruction or a blank field (by the word lists)? */
function classify(inner: string, c: Compiled): { kind: ShapeKind; field?: string } | undefined {
  let n = normal(inner).replace(/[.:…]+$/, '');
  for (const i of c.instructions) {
    if (n === i || (n.startsWith(i) && /^[\s:,]/.test(n.slice(i.length)))) return { kind: 'instruction' };
    // German and Dutch put the verb last: "[E-Mail-Adresse einfügen]", "[datum invoegen]".
    if (n.endsWith(' ' + i) && n.split(' ').length <= 5) return { kind: 'instruction' };
  }
  // "[your company name here]": drop small words in front and "here" behind.
  n = n.replace(/\s+(?:here|hier|ici)$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of c.fillers) {
      const glued = f.endsWith("'");
      if (n.startsWith(glued ? f : f + ' ') && n.length > f.length + 1) {
        n = n.slice(f.length).trim();
        changed = true;
      }
    }
  }
  return c.fields.has(n) ? { kind: 'slot', field: n } : undefined;
}

// ---- helpers --------------------------------------------------------------------------------

/** Source spans of inline code in the prose blocks, sorted. */
function inlineCode(doc: PolicyDocument): Span[] {
  const out: Span[] = [];
  if (!doc.text.includes('`')) return out;
  for (const b of doc.blocks) {
    if (b.kind === 'code' || b.kind === 'html') continue;
    const src = doc.text.slice(b.span.start, b.span.end);
    const re = /(`+)[^`]{0,2000}?\1/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) out.push({ start: b.span.start + m.index, end: b.span.start + m.index + m[0].length });
  }
  return out;
}

function insideAny(spans: Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}
