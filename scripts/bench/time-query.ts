import type { Page } from '@playwright/test';

/** Sets the query as if its last key had just been typed; resolves with the ms until its results show. */
export function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('dialog[data-search-dialog] input[type="search"]')!;
        const results = document.querySelector<HTMLElement>('[data-search-results]')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (results.dataset['query'] !== text.trim()) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}
