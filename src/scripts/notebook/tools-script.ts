/**
 * The notebook and Word dialog of an entry's page as one classic script, `_tools/notebook-tools.js`
 * (src/integrations/on-demand-scripts.ts), loaded when the reader presses its button (./open-tools.ts).
 */
import { openSpeechTools } from './speech-tools';

window.notebookTools = { open: openSpeechTools };
