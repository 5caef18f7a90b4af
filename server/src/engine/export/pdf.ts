// PDF with pdfkit from the same Markdown tree as the other formats: real (selectable) text in
// the standard fonts, a bookmark (outline entry) per heading nested by level, the document's
// language and title in its metadata.
import PDFDocument from 'pdfkit';
import type { RootContent, List, Root } from 'mdast';
import { preparePolicy, type ExportOptions } from './prepare.js';
import { pieces, type Piece } from './inline.js';

type Pdf = PDFKit.PDFDocument;
type Outline = PDFKit.PDFOutline;

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique', code: 'Courier' };
const SIZES = [20, 15, 12.5, 11.5, 11, 11];
const BODY = 10.5;

/** The standard PDF fonts know Windows-1252; spell out the few characters they lack. */
function encodable(t: string): string {
  return t
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(/\u00a0|\u202f|\u2009/g, ' ')
    .replace(/[→➢►]/g, '-')
    .replace(/[●▪◦‣∙○■□]/g, '•')
    .replace(/[✓✔]/g, 'v');
}

class Writer {
  private outlines: { depth: number; item: Outline }[] = [];
  readonly left: number;
  readonly width: number;

  constructor(private pdf: Pdf) {
    this.left = pdf.page.margins.left;
    this.width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  }

  private runs(ps: Piece[], x: number, width: number, size: number, opts: { bold?: boolean; gap?: number } = {}): void {
    const pdf = this.pdf;
    const list = ps.filter((p) => p.text);
    if (!list.length) list.push({ text: ' ' });
    const y = pdf.y;
    list.forEach((p, i) => {
      const bold = p.bold || opts.bold;
      const font = p.code ? FONT.code : bold && p.italic ? FONT.boldItalic : bold ? FONT.bold : p.italic ? FONT.italic : FONT.regular;
      pdf.font(font).fontSize(size).fillColor(p.link ? '#0b57d0' : 'black');
      const o: PDFKit.Mixins.TextOptions = { continued: i < list.length - 1, width, link: p.link ?? null, underline: !!p.link, lineGap: 2 };
      if (i === 0) pdf.text(encodable(p.text), x, y, o);
      else pdf.text(encodable(p.text), o);
    });
    pdf.fillColor('black');
    pdf.x = this.left;
    pdf.moveDown(opts.gap ?? 0.5);
  }

  private bookmark(title: string, depth: number): void {
    while (this.outlines.length && this.outlines[this.outlines.length - 1].depth >= depth) this.outlines.pop();
    const parent = this.outlines.length ? this.outlines[this.outlines.length - 1].item : this.pdf.outline;
    this.outlines.push({ depth, item: parent.addItem(title) });
  }

  block(node: RootContent, level = 0): void {
    const pdf = this.pdf;
    switch (node.type) {
      case 'heading': {
        const size = SIZES[node.depth - 1];
        // Keep a heading with the start of its section.
        if (pdf.y + size * 4 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
        if (node.depth > 1) pdf.moveDown(0.4);
        const ps = pieces(node.children);
        this.bookmark(encodable(ps.map((p) => p.text).join('').trim()), node.depth);
        this.runs(ps, this.left, this.width, size, { bold: true, gap: 0.4 });
        return;
      }
      case 'paragraph':
        this.runs(pieces(node.children), this.left + level * 18, this.width - level * 18, BODY);
        return;
      case 'list':
        this.list(node, level);
        return;
      case 'table':
        for (const [r, row] of node.children.entries())
          this.runs(
            row.children.flatMap((c, i) => [...(i ? [{ text: '  |  ' }] : []), ...pieces(c.children, r === 0 ? { bold: true } : {})]),
            this.left + level * 18,
            this.width - level * 18,
            BODY - 1,
            { gap: 0.25 },
          );
        pdf.moveDown(0.3);
        return;
      case 'code':
        this.runs([{ text: node.value, code: true }], this.left + level * 18, this.width - level * 18, BODY - 1);
        return;
      case 'blockquote':
        for (const c of node.children) this.block(c, level + 1);
        return;
      case 'thematicBreak':
        pdf.moveTo(this.left, pdf.y).lineTo(this.left + this.width, pdf.y).stroke();
        pdf.moveDown(0.5);
        return;
      default:
        return;
    }
  }

  private list(list: List, level: number): void {
    const pdf = this.pdf;
    const x = this.left + level * 18;
    list.children.forEach((item, n) => {
      const marker = list.ordered ? `${(list.start ?? 1) + n}.` : '•';
      if (pdf.y + BODY * 2 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
      const y = pdf.y;
      pdf.font(FONT.regular).fontSize(BODY).text(marker, x, y, { width: 18, lineBreak: false });
      pdf.y = y;
      const [first, ...rest] = item.children;
      if (first?.type === 'paragraph') this.runs(pieces(first.children), x + 18, this.width - level * 18 - 18, BODY, { gap: 0.25 });
      else {
        pdf.moveDown(0.25);
        if (first) this.block(first, level + 1);
      }
      for (const c of rest) this.block(c, level + 1);
    });
    pdf.moveDown(0.3);
  }
}

/** Render a Markdown tree into a PDF: the policy export and the coverage report share this. */
export function renderPdf(tree: Root, meta: { title: string; language: string; author?: string; subject?: string }): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    lang: meta.language,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author ?? '', Subject: meta.subject ?? '', Creator: 'Policywright' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const w = new Writer(pdf);
  for (const c of tree.children) w.block(c);
  pdf.end();
  return done;
}

export function exportPdf(text: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  const p = preparePolicy(text, opts);
  return renderPdf(p.tree, { title: p.title, language: p.language, author: p.doc.frontMatter.policy.controller, subject: 'Privacy policy' });
}
