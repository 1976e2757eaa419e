import type { Lang } from './languages';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A calendar date in the page's language. Dates in front matter are calendar days, read as UTC. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
