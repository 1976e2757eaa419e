import { test as base, expect } from '@playwright/test';

interface ProblemOptions {
  /** The test opens a page that redirects at once, so the requests it started are aborted. */
  allowAbortedRequests: boolean;
  /** The test opens a missing page on purpose: its 404 answer is the point, not a problem. */
  expectNotFound: boolean;
}

/**
 * Every end-to-end test fails if the page logs a console error, throws, has a request fail, or asks
 * any origin other than the site's own: the site must work offline and leak nothing.
 */
export const test = base.extend<ProblemOptions>({
  allowAbortedRequests: [false, { option: true }],
  expectNotFound: [false, { option: true }],
  // The watch wraps the page itself, so a test that reads only built files starts no browser.
  page: async ({ page, baseURL, allowAbortedRequests, expectNotFound }, use) => {
    const problems: string[] = [];
    const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expectNotFound && message.text().includes('status of 404')) return;
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown';
      if (allowAbortedRequests && reason === 'net::ERR_ABORTED') return;
      // Chromium fetches the favicon and the fonts lazily and cancels them when a test navigates
      // on before they arrive (a click on a link as soon as it shows): a missing favicon or font
      // still fails below, as an HTTP error.
      if (reason === 'net::ERR_ABORTED' && (request.resourceType() === 'font' || new URL(request.url()).pathname.endsWith('/favicon.svg'))) return;
      problems.push(`request failed: ${request.url()} (${reason})`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin) {
        problems.push(`request to another origin: ${request.url()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      if (expectNotFound && response.status() === 404 && response.request().isNavigationRequest()) return;
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };
