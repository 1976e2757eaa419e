/**
 * The text of a PDF as a reader's copy-paste would give it, read with Mozilla's PDF.js (the
 * `legacy` build is the one PDF.js documents for Node).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text in order, a line break where PDF.js sees the end of a line; NFC. */
export async function pdfText(file: string): Promise<string> {
  const loading = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false });
  try {
    const document = await loading.promise;
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      text += '\n';
    }
    return text.normalize('NFC');
  } finally {
    await loading.destroy();
  }
}

/**
 * The text without any white space: a line of the PDF may break anywhere (inside a title, an
 * address), so a phrase is looked for without it.
 */
export const withoutSpace = (text: string) => text.normalize('NFC').replace(/\s+/g, '');
