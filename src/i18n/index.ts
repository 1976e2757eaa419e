/**
 * The UI strings: `src/i18n/<code>.json` for every language site.config.ts declares, each with
 * exactly the keys of the others (checked when this module loads, so a missing or stray key fails
 * the build instead of showing a blank). A value still marked untranslated (src/i18n/untranslated.ts)
 * shows the original language's string.
 */
import { languages, originalLang, type Lang } from '../lib/languages.ts';
import { fillPlaceholders, translatorOf, type TranslationParams } from './translator.ts';
import { isUntranslated } from './untranslated.ts';

/** The keys every language file holds; the engine's English file is the reference for their type. */
export type UiKey = keyof typeof import('./en.json');
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

/** One language's file as written, or a clear error when the language has none. */
async function readLanguageFile(code: Lang): Promise<Record<string, string>> {
  try {
    // A variable import: Vite bundles every src/i18n/*.json and picks the one named here.
    return ((await import(`../i18n/${code}.json`)) as { default: Record<string, string> }).default;
  } catch (error) {
    throw new Error(
      `src/i18n/${code}.json: missing or unreadable (${(error as Error).message}); every language in site.config.ts needs its UI strings: \`npm run new -- language ${code} --name <label>\` creates the file`,
    );
  }
}

/** Each language's strings as written in its file, marks included. */
export const languageFiles: Readonly<Record<Lang, Readonly<Record<string, string>>>> = Object.fromEntries(
  await Promise.all(languages.map(async (code) => [code, await readLanguageFile(code)] as const)),
);

assertSameKeys(languageFiles as Record<string, Record<string, string>>);

/** A language's strings as the site shows them: a value marked untranslated becomes the original's. */
export function shownStrings(own: Readonly<Record<string, string>>, original: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(own).map(([key, value]) => [key, isUntranslated(value) ? (original[key] ?? value) : value]));
}

const dictionaries: Record<Lang, UiStrings> = Object.fromEntries(
  languages.map((code) => [code, shownStrings(languageFiles[code]!, languageFiles[originalLang]!) as UiStrings]),
);

function stringsOf(lang: Lang): UiStrings {
  const strings = dictionaries[lang];
  if (!strings) throw new Error(`no UI strings for "${lang}": it is not one of the languages in site.config.ts (${languages.join(', ')})`);
  return strings;
}

/** Looks up a UI string and fills its `{{name}}` placeholders. */
export function t(lang: Lang, key: UiKey, params?: TranslationParams): string {
  return fillPlaceholders(stringsOf(lang)[key], params);
}

/** A language's UI strings, to hand to code that cannot load the language files. */
export function uiStrings(lang: Lang): Readonly<UiStrings> {
  return stringsOf(lang);
}

/** A translator bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return translatorOf(stringsOf(lang));
}
