// Inline Markdown (emphasis, code, links) as flat runs, shared by the Word and PDF writers.
import type { Nodes, PhrasingContent } from 'mdast';

/** A run of inline text with its marks: what Word runs and PDF text calls are made of. */
export interface Piece {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
}

/** Inline Markdown flattened into marked runs; links keep their web or mail address only. */
export function pieces(nodes: PhrasingContent[] | Nodes[], marks: Omit<Piece, 'text'> = {}): Piece[] {
  const out: Piece[] = [];
  for (const n of nodes as Nodes[]) {
    switch (n.type) {
      case 'text':
        out.push({ ...marks, text: n.value.replace(/\n/g, ' ') });
        break;
      case 'inlineCode':
        out.push({ ...marks, code: true, text: n.value });
        break;
      case 'strong':
        out.push(...pieces(n.children, { ...marks, bold: true }));
        break;
      case 'emphasis':
        out.push(...pieces(n.children, { ...marks, italic: true }));
        break;
      case 'delete':
        out.push(...pieces(n.children, { ...marks, strike: true }));
        break;
      case 'break':
        out.push({ ...marks, text: '\n' });
        break;
      case 'link':
        out.push(...pieces(n.children, { ...marks, ...(/^(https?:|mailto:)/.test(n.url) ? { link: n.url } : {}) }));
        break;
      case 'image':
        if (n.alt) out.push({ ...marks, text: n.alt });
        break;
      case 'html':
        break;
      default:
        if ('children' in n) out.push(...pieces(n.children as Nodes[], marks));
        else if ('value' in n) out.push({ ...marks, text: String(n.value) });
    }
  }
  return out;
}
