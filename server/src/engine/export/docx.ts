// DOCX: a real Word document built with the `docx` package from the same Markdown tree as the
// other formats: Heading 1-6 styles (so Word's navigation pane and table of contents work),
// numbered and bulleted lists, tables, links, and the last-updated line that prepare adds.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Nodes, PhrasingContent, RootContent, List } from 'mdast';
import { preparePolicy, type ExportOptions } from './prepare.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

function runs(nodes: PhrasingContent[] | Nodes[], marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const text = (t: string, m: Marks, style?: string) =>
    new TextRun({ text: t, bold: m.bold, italics: m.italics, strike: m.strike, ...(m.code ? { font: 'Consolas' } : {}), ...(style ? { style } : {}) });
  for (const n of nodes as Nodes[]) {
    switch (n.type) {
      case 'text':
        out.push(text(n.value.replace(/\n/g, ' '), marks));
        break;
      case 'inlineCode':
        out.push(text(n.value, { ...marks, code: true }));
        break;
      case 'strong':
        out.push(...runs(n.children, { ...marks, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(n.children, { ...marks, italics: true }));
        break;
      case 'delete':
        out.push(...runs(n.children, { ...marks, strike: true }));
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link': {
        const inner = (n.children as Nodes[]).map((c) => ('value' in c ? String(c.value) : '')).join('') || n.url;
        if (/^(https?:|mailto:)/.test(n.url)) out.push(new ExternalHyperlink({ link: n.url, children: [text(inner, marks, 'Hyperlink')] }));
        else out.push(...runs(n.children, marks));
        break;
      }
      case 'image':
        if (n.alt) out.push(text(n.alt, marks));
        break;
      case 'html':
        break;
      default:
        if ('children' in n) out.push(...runs(n.children as Nodes[], marks));
    }
  }
  return out;
}

class Builder {
  children: (Paragraph | Table)[] = [];
  private lists = 0;

  block(node: RootContent, level = 0): void {
    switch (node.type) {
      case 'heading':
        this.children.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children) }));
        return;
      case 'paragraph':
        this.children.push(new Paragraph({ children: runs(node.children) }));
        return;
      case 'list':
        this.list(node, level);
        return;
      case 'table':
        this.children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.children.map(
              (row, r) =>
                new TableRow({
                  tableHeader: r === 0,
                  children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, r === 0 ? { bold: true } : {}) })] })),
                }),
            ),
          }),
        );
        return;
      case 'code':
        for (const line of node.value.split('\n')) this.children.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
        return;
      case 'blockquote':
        for (const c of node.children) this.block(c, level);
        return;
      case 'thematicBreak':
        this.children.push(new Paragraph({ thematicBreak: true, children: [] }));
        return;
      default:
        return;
    }
  }

  private list(list: List, level: number): void {
    const instance = ++this.lists;
    for (const item of list.children) {
      item.children.forEach((c, i) => {
        if (c.type === 'paragraph' && i === 0) {
          const p = list.ordered
            ? new Paragraph({ numbering: { reference: 'numbered', level: Math.min(level, 8), instance }, children: runs(c.children) })
            : new Paragraph({ bullet: { level: Math.min(level, 8) }, children: runs(c.children) });
          this.children.push(p);
        } else if (c.type === 'list') this.list(c, level + 1);
        else if (c.type === 'paragraph') this.children.push(new Paragraph({ indent: { left: 720 * (level + 1) }, children: runs(c.children) }));
        else this.block(c, level + 1);
      });
      if (!item.children.length) this.children.push(new Paragraph({ bullet: { level: Math.min(level, 8) }, children: [] }));
    }
  }
}

export async function exportDocx(text: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  const p = preparePolicy(text, opts);
  const b = new Builder();
  for (const c of p.tree.children) b.block(c);
  const doc = new Document({
    title: p.title,
    creator: p.doc.frontMatter.policy.controller ?? 'Policywright',
    description: `Exported by Policywright${p.doc.frontMatter.policy.lastUpdated ? `; last updated ${p.doc.frontMatter.policy.lastUpdated}` : ''}`,
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: b.children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
