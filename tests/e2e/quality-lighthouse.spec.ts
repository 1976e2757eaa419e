import { expect, test } from '@playwright/test';
import { audit, type LighthouseReport } from '../support/gates/lighthouse';
import { serveFolder } from '../support/static-server';

/**
 * The Lighthouse gate: performance, accessibility, best practices and SEO all 100, in Lighthouse's
 * default mobile emulation, on the home, a speech and an orientation page in both languages.
 * These tests run in their own Playwright project after all the others, one at a time, so no other
 * test competes for the CPU whose time Lighthouse measures (one file, in order: one worker). Performance is timed, so a page gets up
 * to three runs and keeps its best; a real regression fails all three.
 */
test.describe.configure({ mode: 'default' });

const pages = ['/vi/', '/en/', '/vi/speeches/to-lam-working-session-cao-bang/', '/en/speeches/phan-thang-an-dynamic-cao-bang/', '/vi/orientations/green-economic-restructuring/', '/en/orientations/inclusive-sustainable-growth/'];

async function bestOfThree(url: string): Promise<LighthouseReport> {
  let best = await audit(url);
  for (let run = 2; run <= 3 && best.scores.performance < 100; run++) {
    const next = await audit(url);
    if (next.scores.performance > best.scores.performance) best = next;
  }
  return best;
}

for (const path of pages) {
  test(`${path} scores 100 in all four Lighthouse categories`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const report = await bestOfThree(new URL(path, baseURL).href);
    expect(report.scores, report.failing.join('\n')).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
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

test('Lighthouse fails a deliberately broken page in every category', async () => {
  test.setTimeout(120_000);
  const server = await serveFolder('tests/fixtures/gates/lighthouse');
  try {
    const report = await audit(server.url);
    for (const score of Object.values(report.scores)) expect(score).toBeLessThan(100);
    const audits = report.failing.map((line) => line.replace(/ \(.*$/, ''));
    expect(audits).toEqual(
      expect.arrayContaining([
        'performance: first-contentful-paint',
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
