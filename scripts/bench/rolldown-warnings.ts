import type { Rolldown } from 'vite';

/**
 * For the benchmark's floor (scripts/bench/floor.ts: Astro with MDX; the site itself makes no module
 * of an entry, docs/adr/0005). Rolldown warns, once for every MDX file, that it may not keep the `"use astro:head-inject"`
 * directive Astro puts in each (withastro/astro#18087, open): a screenful for the two documents,
 * 2,000 warnings at a thousand speeches, and a real warning would drown in them. Each page's head
 * (styles, scripts, the CSP) is checked by the end-to-end tests; every other warning is shown.
 */
export function withoutHeadInjectWarnings(warning: Rolldown.RolldownLog, warn: (warning: Rolldown.RolldownLog) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}
