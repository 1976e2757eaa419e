import { expect, test } from '@playwright/test';
import { audit, gatedCategories } from '../support/gates/lighthouse';
import { serveFolder } from '../support/static-server';

/**
 * The Lighthouse gate: accessibility, best practices and SEO all 100, in Lighthouse's default mobile
 * emulation, on the home page, a speech and an orientation, the languages taken in turn: the
 * languages share their templates, axe audits every page of each in pages.spec.ts, and one
 * Lighthouse run costs some ten seconds of the suite. Its performance score is timed, so it moved
 * with the machine's load and failed correct pages: it is a benchmark (`npm run bench:lighthouse`),
 * and the causes of speed it rewards are held by the load budgets (quality-load.spec.ts) instead.
 */
const pages = ['/vi/', '/en/speeches/phan-thang-an-dynamic-cao-bang/', '/vi/orientations/green-economic-restructuring/'];

for (const path of pages) {
  test(`${path} scores 100 in accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const report = await audit(new URL(path, baseURL).href, { categories: gatedCategories });
    expect(report.scores, report.failing.join('\n')).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  });
}

test('every page has a favicon', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const href = html.match(/<link rel="icon" href="([^"]+)"/)?.[1];
    expect(href, `${path} links no icon`).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  }
});

test('Lighthouse fails a deliberately broken page in every gated category', async () => {
  test.setTimeout(120_000);
  const server = await serveFolder('tests/fixtures/gates/lighthouse');
  try {
    const report = await audit(server.url, { categories: gatedCategories });
    for (const score of Object.values(report.scores)) expect(score).toBeLessThan(100);
    const audits = report.failing.map((line) => line.replace(/ \(.*$/, ''));
    expect(audits).toEqual(
      expect.arrayContaining([
        'accessibility: html-has-lang',
        'accessibility: color-contrast',
        'accessibility: image-alt',
        'best-practices: errors-in-console',
        'seo: meta-description',
        'seo: link-text',
      ]),
    );
  } finally {
    await server.close();
  }
});
