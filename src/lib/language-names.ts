/**
 * How a page names languages in its own language: `tiếng Anh` on a Vietnamese page, `English` on
 * an English one, never each language's name in itself (that is for the language switch). Pure,
 * over a list of declared languages, so the engine tests can ask it about their fixture site.
 */
import type { Language } from '../schemas/site.ts';

function declared(languages: readonly Language[], code: string): Language {
  const found = languages.find((language) => language.code === code);
  if (!found) throw new Error(`"${code}" is not one of the site's languages (${languages.map((language) => language.code).join(', ')}); see site.config.ts`);
  return found;
}

/**
 * The name of language `code` as a page in `lang` writes it in running text. The page's language
 * declares the names it writes its own way (site.config.ts, `names`); any other comes from
 * `Intl.DisplayNames`, else the language's name in itself.
 */
export function languageNameAmong(languages: readonly Language[], code: string, lang: string): string {
  // Every page names its languages, and making an Intl.DisplayNames is the slow part.
  let known = namesFound.get(languages);
  if (!known) namesFound.set(languages, (known = new Map<string, string>()));
  let name = known.get(`${lang} ${code}`);
  if (name === undefined) known.set(`${lang} ${code}`, (name = findLanguageName(languages, code, lang)));
  return name;
}

const namesFound = new WeakMap<readonly Language[], Map<string, string>>();

function findLanguageName(languages: readonly Language[], code: string, lang: string): string {
  const page = declared(languages, lang);
  const own = page.names?.[code];
  if (own) return own;
  try {
    return new Intl.DisplayNames([page.locale], { type: 'language', fallback: 'none' }).of(code) ?? declared(languages, code).label;
  } catch {
    return declared(languages, code).label;
  }
}

/** `languageNameAmong` as a label on its own (a radio button, the head of a line): first letter capitalised, `Tiếng Anh`. */
export function languageLabelAmong(languages: readonly Language[], code: string, lang: string): string {
  const name = languageNameAmong(languages, code, lang);
  return name.charAt(0).toLocaleUpperCase(declared(languages, lang).locale) + name.slice(1);
}
