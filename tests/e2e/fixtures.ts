import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails if the page logs a console error, throws, has a request fail, or asks
 * any origin other than the site's own: the site must work offline and leak nothing.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      page.on('requestfailed', (request) => {
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      page.on('response', (response) => {
        // The 404 page is expected to answer 404; every other response must succeed.
        if (response.status() >= 400 && !response.url().includes('/does-not-exist')) {
          problems.push(`HTTP ${response.status()} for ${response.url()}`);
        }
      });
      await use(problems);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
