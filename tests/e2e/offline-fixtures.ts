import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { fileUrl, unpackOfflineCopy, watchOfflinePage } from '../support/offline';
import { expect, test as served } from './fixtures';

/**
 * Tests of the offline copy: each worker unpacks the built ZIP once into a temporary folder, and
 * `offlinePage` opens its files from disk (file://), failing the test on any problem
 * `watchOfflinePage` reports. `page` stays the served site, for comparisons.
 */
export const test = served.extend<{ offlinePage: Page; open: (file: string) => Promise<void> }, { offlineRoot: string }>({
  offlineRoot: [
    async ({}, use) => {
      const root = unpackOfflineCopy();
      await use(root);
      rmSync(dirname(root), { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  offlinePage: async ({ context, offlineRoot }, use) => {
    const page = await context.newPage();
    const problems = await watchOfflinePage(page, offlineRoot);
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
  open: async ({ offlinePage, offlineRoot }, use) => {
    await use(async (file) => {
      await offlinePage.goto(fileUrl(offlineRoot, file));
    });
  },
});

export { expect };
