/**
 * The UI strings of a language, for code that loads on first use (the speech page's notebook
 * tools): one language's file, fetched with that code rather than carried by every page. A value
 * still marked untranslated shows the original's words it was copied from, as pages show them.
 */
import { isUntranslated, untranslatedMark } from '../../i18n/untranslated';

export async function uiStrings(lang: string): Promise<Record<string, string>> {
  const file = ((await import(`../../i18n/${lang}.json`)) as { default: Record<string, string> }).default;
  return Object.fromEntries(Object.entries(file).map(([key, value]) => [key, isUntranslated(value) ? value.slice(untranslatedMark.length) : value]));
}
