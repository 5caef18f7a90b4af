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
import type { PhrasingContent, RootContent, List } from 'mdast';
import { preparePolicy, type ExportOptions } from './prepare.js';
import { pieces, type Piece } from './inline.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function runs(nodes: PhrasingContent[], marks: Omit<Piece, 'text'> = {}): ParagraphChild[] {
  return pieces(nodes, marks).map((p) => {
    if (p.text === '\n') return new TextRun({ text: '', break: 1 });
    const run = new TextRun({ text: p.text, bold: p.bold, italics: p.italic, strike: p.strike, ...(p.code ? { font: 'Consolas' } : {}), ...(p.link ? { style: 'Hyperlink' } : {}) });
    return p.link ? new ExternalHyperlink({ link: p.link, children: [run] }) : run;
  });
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
  // An ArrayBuffer, not a Node Buffer: the same bytes, and the browser build has no Buffer.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
