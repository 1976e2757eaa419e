/**
 * Reads a Word file with mammoth, which turns its paragraphs into HTML by their styles (Word's
 * Title style becomes the title, Caption a caption) and keeps bold and italic; the blocks are
 * then read from that HTML as from a page's article.
 */
import mammoth from 'mammoth';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ImportError, type SourceDocument } from '../source.ts';
import { domBlocks } from './dom-blocks.ts';

const styleMap = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

/** The first bytes of an OLE compound file: a Word 97–2003 .doc, or a .docx encrypted with a password. */
const compoundFileSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zipSignature = Buffer.from([0x50, 0x4b]);

/** Reads a .docx into blocks; throws an ImportError when it is not a readable Word file. */
export async function readDocx(bytes: Buffer): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ImportError('the file is empty; is it the right file?');
  if (bytes.subarray(0, 8).equals(compoundFileSignature)) {
    throw new ImportError('the file is encrypted with a password or is an old Word 97–2003 document (.doc): open it in Word, remove the password (File › Info › Protect Document) and save it as a Word Document (.docx)');
  }
  if (!bytes.subarray(0, 2).equals(zipSignature)) {
    throw new ImportError('the file is not a Word document (.docx) although its name says so: it may be damaged; open it in Word and save it again as .docx');
  }
  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml({ buffer: bytes }, { styleMap });
  } catch (error) {
    throw new ImportError(`the Word file cannot be read (${(error as Error).message.split('\n')[0]}): it may be damaged; open it in Word and save it again as .docx`);
  }
  const dom = new JSDOM(`<body>${converted.value}</body>`, { virtualConsole: new VirtualConsole() });
  const blocks = domBlocks(dom.window.document.body, (_element, index) => `paragraph ${index + 1}`).map(({ block }) => block);
  if (blocks.length === 0) throw new ImportError('the Word file holds no text; is it the right file?');
  return {
    format: 'docx',
    blocks,
    metadata: { dates: [] },
    dropped: [],
    notes: ['Word’s page headers, footers and comments are not read', ...converted.messages.map((message) => `Word file: ${message.message}`)],
  };
}
