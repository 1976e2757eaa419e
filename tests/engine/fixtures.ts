/**
 * The engine tests run on the fixture site (tests/support/engine-site.ts), served by a plain static
 * server of their own, one per worker, with the same page-problem checks as every end-to-end test.
 */
import { engineDist } from '../support/engine-site';
import { serveFolder } from '../support/static-server';
import { test as base } from '../e2e/fixtures';

export const test = base.extend<object, { engineOrigin: string }>({
  engineOrigin: [
    async ({}, use) => {
      const server = await serveFolder(engineDist);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ engineOrigin }, use) => use(engineOrigin),
});

export { expect } from '../e2e/fixtures';
