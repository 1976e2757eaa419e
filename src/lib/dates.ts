import { applyDatePattern } from './date-patterns.ts';
import { languageOf, type Lang } from './languages.ts';

/**
 * How long a date is written: `long` in running text and metadata (`ngày 7 tháng 3 năm 2026`,
 * `7 March 2026`), `short` where space is short (`07/3/2026`, `7 Mar 2026`).
 */
export type DateStyle = 'long' | 'short';

/**
 * A calendar date in the page's language, as that language writes it: the pattern its declaration
 * gives (site.config.ts, `languages[].dates`), else its locale's own format. Dates in front matter
 * are calendar days, read as UTC.
 */
export function formatDate(date: Date, lang: Lang, style: DateStyle = 'long'): string {
  const pattern = languageOf(lang).dates?.[style];
  return pattern ? applyDatePattern(date, pattern) : formatterFor(lang, style).format(date);
}

// Making an Intl formatter costs far more than using one, and a build formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(languageOf(lang).locale, { day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
