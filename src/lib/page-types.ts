import type { CollectionName } from '../schemas';

/** What a page is, for Pagefind's `type` filter and for styling. */
export type PageType = 'home' | 'list' | 'map' | 'timeline' | 'speech' | 'orientation' | 'breakthrough' | 'person' | 'event' | 'target' | 'term' | 'reading-list' | 'not-found';

/**
 * The type of each collection's entry pages. These are the pages whose main content goes into the
 * search index, and so the values of the search's `type` filter; home and list pages only repeat them.
 */
export const entryPageTypes = {
  speeches: 'speech',
  orientations: 'orientation',
  breakthroughs: 'breakthrough',
  people: 'person',
  events: 'event',
  targets: 'target',
  glossary: 'term',
} as const satisfies Record<CollectionName, PageType>;

export type EntryPageType = (typeof entryPageTypes)[CollectionName];

export function isEntryPageType(type: PageType): type is EntryPageType {
  return (Object.values(entryPageTypes) as PageType[]).includes(type);
}
