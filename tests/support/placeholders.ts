import type { Page } from '@playwright/test';

/**
 * The text under `body` that still holds a `{{name}}` placeholder: a UI string shown without the
 * value its call should have filled in (scripts, styles and templates, which may carry placeholders
 * for the browser to fill, are left out). Runs in the page as well as on a parsed built page.
 */
export function unfilledPlaceholdersIn(document: Document): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent ?? '';
    if (text.includes('{{') && !walker.currentNode.parentElement?.closest('script, style, template')) found.push(text.trim());
  }
  return found;
}

/** The same, on the page as it is now in the browser (after its scripts have written their text). */
export function unfilledPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(`(${unfilledPlaceholdersIn.toString()})(document)`);
}
