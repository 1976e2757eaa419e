import type { Page } from '@playwright/test';

/**
 * The page's text that still holds a `{{name}}` placeholder: a UI string shown without the value
 * its call should have filled in (scripts, styles and templates, which may carry placeholders for
 * the browser to fill, are left out).
 */
export function unfilledPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent ?? '';
      if (text.includes('{{') && !walker.currentNode.parentElement?.closest('script, style, template')) found.push(text.trim());
    }
    return found;
  });
}
