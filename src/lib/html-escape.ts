/**
 * Escaping for markup written as one string (speech bodies, long lists), byte for byte as Astro
 * writes the same values in a template, so the pages do not change with how they are made.
 */
import { escape } from 'html-escaper';

/** Text, as Astro writes a `{…}` expression (with the same escaper: `&`, `<`, `>`, `'`, `"`). */
export const escapeText: (text: string) => string = escape;

/** An attribute value inside double quotes, as Astro writes it: only `&` and `"` are escaped. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
