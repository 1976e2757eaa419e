/**
 * The thread that rewrites the postings of common words (src/lib/search/common-word-postings.ts):
 * see common-words-thread.ts.
 */
import { reshapeCommonWordPostings, type CommonWordReport } from '../lib/search/common-word-postings.ts';
import type { CommonWordsQuestion } from './common-words-thread.ts';
import { serveThread } from './thread.ts';

serveThread<never, CommonWordsQuestion, CommonWordReport[]>({
  answer: ({ bundleDir, rule }) => reshapeCommonWordPostings(bundleDir, rule),
});
