import type { Lang } from '../lib/languages';
import en from './en.json';
import vi from './vi.json';
import { fillPlaceholders, translatorOf, type TranslationParams } from './translator';

export type UiKey = keyof typeof vi;
export type UiStrings = Record<UiKey, string>;

/**
 * Every language file must carry exactly the same keys. Checked when this module loads, so a
 * missing or stray key fails the build instead of showing a blank on one language's pages.
 */
export function assertSameKeys(dictionaries: Record<string, Record<string, string>>): void {
  const allKeys = new Set(Object.values(dictionaries).flatMap((strings) => Object.keys(strings)));
  const problems: string[] = [];
  for (const [lang, strings] of Object.entries(dictionaries)) {
    for (const key of allKeys) {
      if (typeof strings[key] !== 'string' || strings[key].trim() === '') {
        problems.push(`src/i18n/${lang}.json: missing key "${key}"; add it with the ${lang} text.`);
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

assertSameKeys({ vi, en });

const dictionaries: Record<Lang, UiStrings> = { vi, en: en as UiStrings };

/** Looks up a UI string and fills its `{{name}}` placeholders. */
export function t(lang: Lang, key: UiKey, params?: TranslationParams): string {
  return fillPlaceholders(dictionaries[lang][key], params);
}

/** A language's UI strings, to hand to code that cannot load the language files. */
export function uiStrings(lang: Lang): Readonly<UiStrings> {
  return dictionaries[lang];
}

/** A translator bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return translatorOf(dictionaries[lang]);
}
