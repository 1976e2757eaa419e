import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags } from '../../../scripts/lib/chromium';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

/**
 * The Lighthouse gate: performance, accessibility, best practices and SEO of a served page, in
 * Lighthouse's default mobile emulation (a mid-range phone on slow 4G, simulated) or its desktop
 * preset. Lighthouse drives its own Chromium (the one the end-to-end tests use) through the
 * DevTools protocol.
 */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseReport {
  /** 0 to 100 per category, as Lighthouse shows them. */
  scores: Record<Category, number>;
  /** `category: audit-id (score) title`, for every scored audit short of full marks. */
  failing: string[];
}

function chromePath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** Audits a page once; `formFactor` picks Lighthouse's mobile default or its desktop preset. */
export async function audit(url: string, formFactor: 'mobile' | 'desktop' = 'mobile'): Promise<LighthouseReport> {
  const path = chromePath();
  const chrome = await launch({
    ...(path ? { chromePath: path } : {}),
    chromeFlags: ['--headless=new', ...chromiumFlags()],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'silent', output: 'json', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failing: string[] = [];
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audited = lhr.audits[ref.id];
        if (!audited || ref.weight === 0 || audited.score === null || audited.score >= 1) continue;
        failing.push(`${id}: ${ref.id} (${audited.score}) ${audited.title}${audited.displayValue ? `: ${audited.displayValue}` : ''}`);
      }
    }
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}
