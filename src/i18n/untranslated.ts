/**
 * How a UI string not yet translated is marked in its language file: `npm run new -- language`
 * copies the original language's file with every value prefixed by this mark. The site shows the
 * original language's string in its place (src/i18n/index.ts) and `npm run translations` counts it.
 * A translator replaces the whole value, mark included.
 */
export const untranslatedMark = '[untranslated] ';

/** Whether a language file's value is still marked untranslated. */
export function isUntranslated(value: string): boolean {
  return value.startsWith(untranslatedMark);
}

/** A language file with every value marked untranslated: the start of a new language's file. */
export function markedUntranslated(strings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, isUntranslated(value) ? value : `${untranslatedMark}${value}`]));
}

/** The keys of a language file still marked untranslated, in the file's order. */
export function untranslatedKeys(strings: Readonly<Record<string, string>>): string[] {
  return Object.entries(strings).filter(([, value]) => isUntranslated(value)).map(([key]) => key);
}
