import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each. */
export async function violationsOn(page: Page): Promise<string[]> {
  // Only violations are read: axe then skips the node details of every rule that passed. Legacy
  // mode runs axe in the page itself; the default opens a second, blank page for every audit to
  // gather cross-origin frames' results, which our pages do not have, and that cost half the time
  // of every audit in the suite.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
