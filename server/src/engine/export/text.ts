// Markdown with the placeholders resolved, and plain text for forms and e-mail.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { preparePolicy, type ExportOptions } from './prepare.js';

export function exportMarkdown(text: string, opts: ExportOptions = {}): string {
  const p = preparePolicy(text, opts);
  const fm = p.doc.frontMatter.span;
  if (opts.keepFrontMatter && fm) return p.doc.text.slice(0, fm.end).replace(/\s*$/, '\n\n') + p.markdown;
  return p.markdown;
}

/** Inline content as plain text; a link keeps its address when the text does not show it. */
export function inlineText(nodes: PhrasingContent[] | Nodes[]): string {
  let out = '';
  for (const n of nodes as Nodes[]) {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out += n.value;
        break;
      case 'html':
        out += n.value.replace(/<[^>]*>/g, '');
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += n.alt ?? '';
        break;
      case 'link': {
        const t = inlineText(n.children);
        const url = n.url.replace(/^mailto:/, '');
        out += t.includes(url) || url.startsWith('#') ? t : `${t} (${url})`;
        break;
      }
      default:
        if ('children' in n) out += inlineText(n.children as Nodes[]);
        else if ('value' in n) out += String(n.value);
    }
  }
  return out;
}

function blockText(node: RootContent, indent: string): string[] {
  switch (node.type) {
    case 'heading': {
      const t = inlineText(node.children).trim();
      const rule = node.depth === 1 ? '=' : node.depth === 2 ? '-' : '';
      return [rule ? `${t}\n${rule.repeat(Math.min(t.length, 80))}` : t];
    }
    case 'paragraph':
      return [indent + inlineText(node.children).trim().replace(/\n/g, '\n' + indent)];
    case 'list':
      return [
        node.children
          .map((item, i) => {
            const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '• ';
            const inner = item.children.flatMap((c) => blockText(c, indent + ' '.repeat(marker.length))).filter((l) => l.trim());
            const first = (inner[0] ?? '').slice(indent.length + marker.length);
            return [indent + marker + first, ...inner.slice(1)].join('\n');
          })
          .join('\n'),
      ];
    case 'table':
      return [node.children.map((row) => indent + row.children.map((c) => inlineText(c.children).trim()).join(' | ')).join('\n')];
    case 'code':
      return [node.value];
    case 'blockquote':
      return node.children.flatMap((c) => blockText(c, indent + '  '));
    case 'html':
      return [node.value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').trim()].filter(Boolean);
    case 'thematicBreak':
      return ['* * *'];
    default:
      return [];
  }
}

export function exportText(text: string, opts: ExportOptions = {}): string {
  const p = preparePolicy(text, opts);
  return p.tree.children.flatMap((c) => blockText(c, '')).filter((b) => b.trim()).join('\n\n') + '\n';
}
