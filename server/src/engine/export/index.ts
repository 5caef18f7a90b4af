// Export: a policy turned into what readers get (a web page, a Word file, a PDF, plain text, or
// Markdown with its placeholders filled). Pure: text in, string or bytes out; the host writes.
import { exportHtml } from './html.js';
import { exportDocx } from './docx.js';
import { exportPdf } from './pdf.js';
import { exportMarkdown, exportText } from './text.js';
import type { ExportOptions } from './prepare.js';

export { exportHtml, renderHtml, type PageMeta } from './html.js';
export { exportDocx } from './docx.js';
export { exportPdf, renderPdf } from './pdf.js';
export { exportMarkdown, exportText } from './text.js';
export { preparePolicy, exportProblems, type ExportOptions, type PreparedPolicy } from './prepare.js';

export const EXPORT_FORMATS = ['html', 'docx', 'pdf', 'txt', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension and whether the result is bytes, by format. */
export const FORMAT_INFO: Record<ExportFormat, { extension: string; binary: boolean; mime: string }> = {
  html: { extension: '.html', binary: false, mime: 'text/html' },
  docx: { extension: '.docx', binary: true, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: '.pdf', binary: true, mime: 'application/pdf' },
  txt: { extension: '.txt', binary: false, mime: 'text/plain' },
  md: { extension: '.md', binary: false, mime: 'text/markdown' },
};

/** One entry point for every format: a string for text formats, bytes for DOCX and PDF. */
export async function exportPolicy(text: string, format: ExportFormat, opts: ExportOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return exportHtml(text, opts);
    case 'txt':
      return exportText(text, opts);
    case 'md':
      return exportMarkdown(text, opts);
    case 'docx':
      return exportDocx(text, opts);
    case 'pdf':
      return exportPdf(text, opts);
  }
}
