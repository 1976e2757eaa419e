import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, fullChromiumPath } from '../../../scripts/lib/chromium';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

/**
 * Lighthouse on a served page, in its default mobile emulation (a mid-range phone on slow 4G,
 * simulated) or its desktop preset. Lighthouse drives its own Chromium (the one the end-to-end
 * tests use) through the DevTools protocol. The tests gate the categories that do not depend on
 * time; `npm run bench:lighthouse` reports performance.
 */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** What `npm test` holds at 100: scored from the page itself, not from how fast the machine ran it. */
export const gatedCategories = ['accessibility', 'best-practices', 'seo'] as const satisfies readonly Category[];

/** The timed metrics of the performance category, in milliseconds (CLS unitless). */
export const performanceMetrics = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'] as const;

export interface LighthouseReport<Audited extends Category = Category> {
  /** 0 to 100 per category, as Lighthouse shows them. */
  scores: Record<Audited, number>;
  /** `category: audit-id (score) title`, for every scored audit short of full marks. */
  failing: string[];
  /** The performance metrics' numeric values, when performance was audited. */
  metrics: Partial<Record<(typeof performanceMetrics)[number], number>>;
}

export interface AuditOptions<Audited extends Category> {
  formFactor?: 'mobile' | 'desktop';
  categories?: readonly Audited[];
}

function chromePath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? fullChromiumPath();
  return path && existsSync(path) ? path : undefined;
}

/** Audits a page once, in the chosen categories (all four unless told). */
export async function audit<Audited extends Category = Category>(
  url: string,
  { formFactor = 'mobile', categories: audited = categories as unknown as readonly Audited[] }: AuditOptions<Audited> = {},
): Promise<LighthouseReport<Audited>> {
  const path = chromePath();
  const chrome = await launch({
    ...(path ? { chromePath: path } : {}),
    chromeFlags: ['--headless=new', ...chromiumFlags()],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'silent', output: 'json', onlyCategories: [...audited] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(audited.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Audited, number>;
    const failing: string[] = [];
    for (const id of audited) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audited = lhr.audits[ref.id];
        if (!audited || ref.weight === 0 || audited.score === null || audited.score >= 1) continue;
        failing.push(`${id}: ${ref.id} (${audited.score}) ${audited.title}${audited.displayValue ? `: ${audited.displayValue}` : ''}`);
      }
    }
    const metrics: LighthouseReport['metrics'] = {};
    for (const id of performanceMetrics) {
      const value = lhr.audits[id]?.numericValue;
      if (value !== undefined) metrics[id] = value;
    }
    return { scores, failing, metrics };
  } finally {
    chrome.kill();
  }
}
