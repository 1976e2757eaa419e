/** The indexer thread (indexer-thread.ts): takes pages and, at the end, writes the index. */
import { parentPort } from 'node:worker_threads';
import type { FromIndexer, ToIndexer } from './indexer-thread.ts';
import { startSiteIndexer } from './site-indexer.ts';

const port = parentPort!;
const indexer = startSiteIndexer();
const decoder = new TextDecoder();
const answer = (message: FromIndexer) => port.postMessage(message);

port.on('message', (message: ToIndexer) => {
  if (message.kind === 'add') {
    for (const page of message.pages) indexer.add(page.path, decoder.decode(page.bytes));
    return;
  }
  indexer.write(message.siteDir).then(
    ({ pages }) => answer({ kind: 'written', pages }),
    (error: unknown) => answer({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
