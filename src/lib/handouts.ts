import { buildData } from '../build/build-data.ts';
import type { Lang } from './languages';

/**
 * The printable handouts of each speech: one per language it is written in (`vi`), and one per
 * translation with the original beside it (`vi-en`).
 */
export type HandoutVariant = string;

/** A handout: one language alone, or the original with one translation beside it. */
export type Handout = { variant: HandoutVariant; lang: Lang; beside?: Lang };

/**
 * The handouts of a speech written in `written` (the original among them): one per language, then
 * one pairing the original with each translation, e.g. `vi`, `en`, `fr`, `vi-en`, `vi-fr`.
 */
export function handoutsOf(written: readonly Lang[], original: Lang): Handout[] {
  const translations = written.filter((lang) => lang !== original);
  return [
    ...written.map((lang) => ({ variant: lang, lang })),
    ...(written.includes(original) ? translations.map((beside) => ({ variant: `${original}-${beside}`, lang: original, beside })) : []),
  ];
}

/**
 * `SITE_HANDOUTS=off` builds without PDFs (no Chromium needed); the pages then do not link them.
 * Read at build time only, through the build data (src/build/build-data.ts).
 */
export function handoutsEnabled(env?: Readonly<Record<string, string | undefined>>): boolean {
  return buildData(env).handouts;
}

/** Site-relative path of a handout, without the base: `handouts/<id>.vi-en.pdf`. */
export function handoutPath(slug: string, variant: HandoutVariant): string {
  return `handouts/${slug}.${variant}.pdf`;
}

/**
 * The page each handout is printed from (site-relative, without the base): a pair is the
 * original's speech page in its parallel view beside that translation, `?view=both&with=en`.
 */
export function handoutSourcePage(slug: string, handout: Handout): string {
  return `${handout.lang}/speeches/${slug}/${handout.beside ? `?view=both&with=${handout.beside}` : ''}`;
}

/**
 * What shows that a handout's page is ready to print: for a pair, the translation's paragraphs its
 * script has placed beside the original's (src/scripts/parallel-text.ts).
 */
export function handoutReadySelector(handout: Handout): string | undefined {
  return handout.beside ? `.speech-body[data-view="both"] .para-twin[lang="${handout.beside}"]` : undefined;
}
