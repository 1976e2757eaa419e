/**
 * The Word export as one classic script (`_tools/word-export.js`, built by
 * src/integrations/word-export.ts): a page loads it with a <script> tag when a reader asks for an
 * export (./load.ts), served, in the installed app and from disk alike, where no module can load.
 */
import { wordDocumentBlob } from './docx-document';
import { offerDownload } from './download';
import { entrySection } from './entry-sections';
import type { WordExport } from './model';

window.wordExport = { wordDocumentBlob, offerDownload, entrySection } satisfies WordExport;
