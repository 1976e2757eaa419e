/**
 * The other languages each page's search may look in (src/lib/search/cross-language.ts), with their
 * labels in the page's language, as a virtual module, `virtual:search-languages`, that the search
 * code imports: so they travel in the search's own lazily loaded script, bundled into the offline
 * copy's with it, and cost the pages nothing (every page is held to its load budget).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUntranslated } from '../i18n/untranslated.ts';
import { otherLanguagesTable, type CrossLanguageStrings } from '../lib/search/cross-language.ts';
import { originalOf, site } from '../lib/site.ts';

const moduleId = 'virtual:search-languages';
const resolvedId = `\0${moduleId}`;

/** One key of a language's UI strings, the original's where it is still marked untranslated (as src/i18n/index.ts shows it). */
function uiString(root: URL, lang: string, key: string): string {
  const read = (code: string) => (JSON.parse(readFileSync(fileURLToPath(new URL(`src/i18n/${code}.json`, root)), 'utf8')) as Record<string, string>)[key];
  const own = read(lang);
  const value = own === undefined || isUntranslated(own) ? read(originalOf(site).code) : own;
  if (value === undefined) throw new Error(`src/i18n/${lang}.json: missing key "${key}"; add it with the ${lang} text.`);
  return value;
}

export function searchLanguages(): AstroIntegration {
  return {
    name: 'search-languages',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const stringsOf = (lang: string): CrossLanguageStrings => ({
          inOriginal: uiString(config.root, lang, 'search.inOriginal'),
          inTranslation: uiString(config.root, lang, 'search.inTranslation'),
        });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-languages',
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? `export default ${JSON.stringify(otherLanguagesTable(site.languages, stringsOf))};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
