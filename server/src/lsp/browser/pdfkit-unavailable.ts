// Stands in for pdfkit in the browser bundle (scripts/bundle.js aliases `pdfkit` here): pdfkit
// reads its fonts and writes through Node streams. The browser host refuses PDF before the engine
// gets here (browser-host.ts BROWSER_UNAVAILABLE); should anything still reach it, this says why.
export default class PDFDocument {
  constructor() {
    throw new Error('PDF cannot be made in the browser; HTML, Word (.docx), plain text and Markdown can.');
  }
}
