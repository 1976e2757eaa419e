/**
 * The declared site (site.config.ts), for the engine: pages, checks and scripts read the site's
 * identity and languages here, never from a list of their own. Plain Node imports this module too
 * (the check, `npm run translations`, `npm run new`), hence the `.ts` specifiers.
 */
import declared from '../../site.config.ts';
import type { Language, SiteDeclaration } from '../schemas/site.ts';

export type { Language, SiteDeclaration };

/** The validated declaration. */
export const site: SiteDeclaration = declared;

/** A per-language text of the declaration (`name`, `tagline`, …) in `lang`, else in the original language. */
export function siteText(field: 'name' | 'tagline' | 'description' | 'intro', lang: string): string {
  const texts = site[field];
  return texts[lang] ?? texts[originalOf(site).code]!;
}

/** Whether `siteText(field, lang)` is written in `lang` (else it is the original's, and marked so). */
export function hasSiteText(field: 'name' | 'tagline' | 'description' | 'intro', lang: string): boolean {
  return lang in site[field];
}

/** The language the texts are written in: the one marked `original: true` (the schema holds exactly one). */
export function originalOf(declaration: Pick<SiteDeclaration, 'languages'>): Language {
  return declaration.languages.find((language) => language.original) ?? declaration.languages[0]!;
}

/** The `lang` attribute a per-language text needs on a page in `lang`: the original's code when it stands in, else none. */
export function siteTextLang(field: 'name' | 'tagline' | 'description' | 'intro', lang: string): string | undefined {
  return hasSiteText(field, lang) ? undefined : originalOf(site).code;
}
