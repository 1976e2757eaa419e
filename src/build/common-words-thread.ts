/**
 * Rewrites the postings of common words in a written Pagefind bundle on a thread of its own, which
 * ends when it is done: the rewrite reads every place of every word (some 700 MB at 3,000 texts),
 * and a thread's memory goes with it, where the build's own process would keep it through the
 * offline copy, the build's highest point (docs/performance.md).
 */
import type { CommonWordReport } from '../lib/search/common-word-postings.ts';
import { commonShare, type CommonWordRule } from '../lib/search/common-words.ts';
import { site } from '../lib/site.ts';
import { startThread } from './thread.ts';

export interface CommonWordsQuestion {
  bundleDir: string;
  rule: CommonWordRule;
}

/** Rewrites the bundle in `bundleDir` by the site's rule (`commonWordMinPages`, site.config.ts). */
export async function reshapeCommonWordsOnThread(bundleDir: string): Promise<CommonWordReport[]> {
  const thread = startThread<never, CommonWordsQuestion, CommonWordReport[]>(new URL('./common-words-thread-worker.ts', import.meta.url), { name: 'common words' });
  try {
    return await thread.request({ bundleDir, rule: { share: commonShare, minPages: site.commonWordMinPages } });
  } finally {
    await thread.stop();
  }
}
