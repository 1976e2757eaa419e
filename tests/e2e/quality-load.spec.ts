/**
 * The load budgets' gate (tests/support/page-load.ts): measured on every page type in every language
 * by pages.spec.ts, in the visit that also audits it; here, on a deliberately heavy page, the
 * measurement must see what such a page would cost. The timed Lighthouse performance score is a
 * benchmark (`npm run bench:lighthouse`), not a test: a busy machine lowered it on correct pages.
 */
import { budget, kb, load, overBudget } from '../support/page-load';
import { expect, test } from './fixtures';

test('the load budgets see what a heavy page would cost', async ({ page, baseURL }) => {
  // A page with a blocking stylesheet and script, an unsized image and a busy script at load.
  const url = new URL('/__gates__/heavy.html', baseURL).href;
  const filler = 'x'.repeat(40_000);
  const routes: Record<string, { type: string; body: string }> = {
    '/__gates__/heavy.html': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Heavy</title><link rel="stylesheet" href="/__gates__/heavy.css"><script src="/__gates__/heavy.js"></script></head><body><img src="/favicon.svg" alt="icon"><p>${filler}</p></body></html>`,
    },
    '/__gates__/heavy.css': { type: 'text/css', body: 'p { color: black }' },
    '/__gates__/heavy.js': { type: 'text/javascript', body: `function busy() { let total = 0; for (let i = 0; i < 1000; i++) total += i; return total; }\n${Array.from({ length: 300 }, (_, n) => `function step${n}() { return busy() + ${n}; } step${n}();`).join('\n')}` },
  };
  for (const [route, { type, body }] of Object.entries(routes)) {
    await page.route(new URL(route, baseURL).href, (request) => request.fulfill({ contentType: type, body }));
  }
  const loaded = await load(page, url);
  expect(loaded.renderBlocking).toEqual(['stylesheet /__gates__/heavy.css', 'script /__gates__/heavy.js']);
  expect(loaded.unsizedImages).toEqual(['/favicon.svg']);
  expect(kb(loaded.executedJs.reduce((sum, script) => sum + script.bytes, 0))).toBeGreaterThan(budget.executedJsKb);
  // And the check every page is held to names each of them.
  const problems = overBudget(loaded);
  for (const expected of ['render-blocking: stylesheet /__gates__/heavy.css', 'render-blocking: script /__gates__/heavy.js', 'unsized image: /favicon.svg']) expect(problems).toContain(expected);
  expect(problems.some((problem) => problem.startsWith('our scripts run at load'))).toBe(true);
});
