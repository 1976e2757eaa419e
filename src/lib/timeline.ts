import { localeOf, originalLang, type Lang } from './languages.ts';
/**
 * The dated moments the texts give, in order: events with a date, and each speech on the date it
 * was delivered or published. Nothing is dated that the texts leave undated.
 */

/** A text on the timeline: what kind of text and which date it is ("Bài tường thuật · Ngày phát biểu"), and its page. */
export interface TimelineText {
  date: Date;
  kind: string;
  /** Its kind alone ("Bài tường thuật"), the link to it under the event it was given at. */
  format: string;
  title: string;
  /** The language the title is written in, when not the page's (an entry not yet translated). */
  titleLang?: string | undefined;
  href: string;
}

/** An event on the timeline, with the pages of the texts it names (front matter `speeches`). */
export interface TimelineEvent {
  date: Date;
  kind: string;
  title: string;
  /** The language the title is written in, when not the page's (an entry not yet translated). */
  titleLang?: string | undefined;
  href: string;
  textHrefs: readonly string[];
}

export interface TimelineItem {
  date: Date;
  /** What the date is of, e.g. "Ngày phát biểu". */
  kind: string;
  title: string;
  /** The language the title is written in, when not the page's (an entry not yet translated). */
  titleLang?: string | undefined;
  href: string;
  collection: 'events' | 'speeches';
  /** On an event: the texts given at it that day, shown under it by their kind instead of a second title. */
  texts?: { format: string; href: string }[];
}

// Titles are ordered as the original language orders them, on every language's timeline alike.
const collation = localeOf(originalLang);

/** Sorts by date, then events before the speeches given at them, then title. */
export function sortTimeline(items: TimelineItem[]): TimelineItem[] {
  return [...items].sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      (a.collection === b.collection ? 0 : a.collection === 'events' ? -1 : 1) ||
      a.title.localeCompare(b.title, collation),
  );
}

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/**
 * The timeline of dated events and texts. A text the event names and dated that same day (a report
 * of the working session, delivered at it) is one moment: it is listed under the event by its kind,
 * so the timeline does not give the same moment twice under two near-identical titles.
 */
export function timelineOf(events: readonly TimelineEvent[], texts: readonly TimelineText[]): TimelineItem[] {
  const folded = new Set<string>();
  const eventItems = events.map((event): TimelineItem => {
    const given = texts.filter((text) => event.textHrefs.includes(text.href) && sameDay(text.date, event.date));
    for (const text of given) folded.add(text.href);
    return {
      date: event.date,
      kind: event.kind,
      title: event.title,
      titleLang: event.titleLang,
      href: event.href,
      collection: 'events',
      ...(given.length > 0 ? { texts: given.map((text) => ({ format: text.format, href: text.href })) } : {}),
    };
  });
  const textItems = texts
    .filter((text) => !folded.has(text.href))
    .map((text): TimelineItem => ({ date: text.date, kind: text.kind, title: text.title, titleLang: text.titleLang, href: text.href, collection: 'speeches' }));
  return sortTimeline([...eventItems, ...textItems]);
}

/** The moments of one year, in order. */
export interface TimelineYear {
  year: number;
  items: TimelineItem[];
}

/**
 * The timeline by year, the years in order: a timeline with more moments than a list page holds
 * (`listPageSize`) is a year index with a page per year, and a year with more than that goes on in
 * pages of its own (src/lib/pagination.ts).
 */
export function timelineYears(items: readonly TimelineItem[]): TimelineYear[] {
  const years = new Map<number, TimelineItem[]>();
  for (const item of sortTimeline([...items])) {
    const year = item.date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, inYear]) => ({ year, items: inYear }));
}

/**
 * Site-relative path of the timeline (`vi/timeline/`), of a year on it (`vi/timeline/2026/`) or of
 * a later page of a long year (`vi/timeline/2026/page/2/`), without the base.
 */
export function timelinePath(lang: Lang, year?: number, page = 1): string {
  if (year === undefined) return `${lang}/timeline/`;
  return page <= 1 ? `${lang}/timeline/${year}/` : `${lang}/timeline/${year}/page/${page}/`;
}
