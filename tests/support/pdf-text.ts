/**
 * The text of a PDF as a reader's copy-paste would give it, read with Mozilla's PDF.js (the
 * `legacy` build is the one PDF.js documents for Node).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF: its text (as `pdfText` gives it) and its size in points, width by height. */
export interface PdfPage {
  text: string;
  width: number;
  height: number;
}

/** Every page in order: its text, a line break where PDF.js sees the end of a line (NFC), and its size. */
export async function pdfPages(file: string): Promise<PdfPage[]> {
  const loading = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false });
  try {
    const document = await loading.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      pages.push({ text: `${text}\n`.normalize('NFC'), width: right - left, height: top - bottom });
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

/** Every page's text in order, a line break where PDF.js sees the end of a line; NFC. */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).map((page) => page.text).join('');
}

/**
 * The text without any white space: a line of the PDF may break anywhere (inside a title, an
 * address), so a phrase is looked for without it.
 */
export const withoutSpace = (text: string) => text.normalize('NFC').replace(/\s+/g, '');
