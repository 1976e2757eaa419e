import { buildData } from '../build/build-data.ts';
import type { Lang } from './languages';

/** The printable handouts of each speech: one per language and one with both side by side. */
export const handoutVariants = ['vi', 'en', 'vi-en'] as const;
export type HandoutVariant = (typeof handoutVariants)[number];

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
 * The page each handout is printed from (site-relative, without the base): the bilingual one is the
 * Vietnamese speech page in its parallel view, `?view=both`.
 */
export function handoutSourcePage(slug: string, variant: HandoutVariant): string {
  const lang: Lang = variant === 'en' ? 'en' : 'vi';
  return `${lang}/speeches/${slug}/${variant === 'vi-en' ? '?view=both' : ''}`;
}

/**
 * What shows that a handout's page is ready to print: for the bilingual one, the English paragraphs
 * its script has placed beside the Vietnamese (src/scripts/parallel-text.ts).
 */
export function handoutReadySelector(variant: HandoutVariant): string | undefined {
  return variant === 'vi-en' ? '.speech-body[data-view="both"] .para-twin' : undefined;
}
