import { localeOf, originalLang } from './languages.ts';
/**
 * The dated moments the texts give, in order: events with a date, and each speech on the date it
 * was delivered or published. Nothing is dated that the texts leave undated.
 */

export interface TimelineItem {
  date: Date;
  /** What the date is of, e.g. "Ngày phát biểu". */
  kind: string;
  title: string;
  href: string;
  collection: 'events' | 'speeches';
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
