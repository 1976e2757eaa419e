import { isLang, localeOf, originalLang } from '../languages.ts';

/** A size in megabytes in the page's language (its declared locale): `1,4 MB` (vi-VN), `1.4 MB` (en-GB). */
export function formatSize(bytes: number, lang: string): string {
  const locale = localeOf(isLang(lang) ? lang : originalLang);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}
