import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-pages';
import { checkLinks } from '../support/gates/links';
import { builtSiteUrl } from '../support/gates/site-url';
import { serveFolder } from '../support/static-server';

/**
 * The link gate, on the served site: every internal link, resource and #fragment resolves, every
 * page is reachable by links, and nothing refers to another origin (but the one it was built for).
 */
test('every link, resource and #fragment of the served site resolves, and none is on another origin', async ({ baseURL }) => {
  test.setTimeout(180_000);
  // Canonical and hreflang links name the origin the site was built for; they are checked here too.
  const report = await checkLinks(['/', '/vi/', '/en/', '/404.html'].map((path) => new URL(path, baseURL).href), builtSiteUrl());
  expect(report.broken).toEqual([]);
  expect(report.otherOrigins).toEqual([]);
  const unreached = builtPages().filter((path) => !report.pages.includes(path));
  expect(unreached, 'built pages no link leads to').toEqual([]);
});

test('the link gate fails a deliberately broken page', async () => {
  const server = await serveFolder('tests/fixtures/gates/links');
  try {
    const report = await checkLinks([server.url]);
    expect(report.broken).toEqual([
      '/ → #top (no such fragment)',
      '/ → /missing/ (HTTP 404)',
      '/ → /other.html#p40 (no such fragment)',
      '/style.css → /fonts/missing.woff2 (HTTP 404)',
    ]);
    expect(report.otherOrigins).toEqual(['https://cdn.example.org/tracker.js']);
  } finally {
    await server.close();
  }
});
