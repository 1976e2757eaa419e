/**
 * The timeline of one language's pages, from its entries (src/lib/timeline.ts orders and groups
 * it): the timeline page, its year pages and their routes read it here, once per language and build.
 */
import { useTranslations } from '../i18n';
import { oncePerBuild } from './build-cache';
import { entriesOf, textLangAttribute, type Localized } from './entries';
import { languages, type Lang } from './languages';
import { pageCount } from './pagination';
import { site } from './site';
import { timelineOf, timelineYears, type TimelineItem } from './timeline';
import { pagePath, withBase } from './urls';

/** The dated moments in `lang`, and the events the texts leave undated. */
export interface LanguageTimeline {
  items: TimelineItem[];
  undated: Localized<'events'>[];
}

const built = new Map<string, Promise<LanguageTimeline>>();

/** The timeline in `lang`: dated events (each with the texts given at it) and speeches. */
export function timelineIn(lang: Lang): Promise<LanguageTimeline> {
  return oncePerBuild(built, lang, () => readTimeline(lang));
}

async function readTimeline(lang: Lang): Promise<LanguageTimeline> {
  const tr = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const [events, speeches] = await Promise.all([entriesOf('events', lang), entriesOf('speeches', lang)]);
  const href = (collection: string, slug: string) => withBase(base, pagePath(lang, collection, slug));
  const items = timelineOf(
    events.flatMap((event) =>
      event.data.date
        ? [{ date: event.data.date, kind: tr('collection.events.singular'), title: event.data.title, titleLang: textLangAttribute(event, lang), href: href('events', event.slug), textHrefs: event.data.speeches.map((slug) => href('speeches', slug)) }]
        : [],
    ),
    speeches.map((speech) => ({
      date: speech.data.date,
      kind: `${tr(`format.${speech.data.format}`)} · ${tr(`meta.date.${speech.data.dateKind}`)}`,
      format: tr(`format.${speech.data.format}`),
      title: speech.data.title,
      titleLang: textLangAttribute(speech, lang),
      href: href('speeches', speech.slug),
    })),
  );
  return { items, undated: events.filter((event) => !event.data.date) };
}

/**
 * The routes of a long timeline's year pages in every language: each year's first page, or (`later`)
 * the second and later pages of a year with more moments than a list page holds. None for a timeline
 * that fits one page.
 */
export async function timelineYearPaths(later: boolean): Promise<{ params: Record<string, string> }[]> {
  const paths: { params: Record<string, string> }[] = [];
  for (const lang of languages) {
    const { items } = await timelineIn(lang);
    if (items.length <= site.listPageSize) continue;
    for (const { year, items: inYear } of timelineYears(items)) {
      if (!later) paths.push({ params: { lang, year: String(year) } });
      else for (let page = 2; page <= pageCount(inYear.length, site.listPageSize); page++) paths.push({ params: { lang, year: String(year), page: String(page) } });
    }
  }
  return paths;
}
