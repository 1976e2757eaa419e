import { localeOf, type Lang } from './languages.ts';

/** A calendar date in the page's language. Dates in front matter are calendar days, read as UTC. */
export function formatDate(date: Date, lang: Lang): string {
  return formatterFor(lang).format(date);
}

// Making an Intl formatter costs far more than using one, and a build formats thousands of dates.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

function formatterFor(lang: Lang): Intl.DateTimeFormat {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
