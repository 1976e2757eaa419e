import { collectionNames, kinds, type CollectionName } from '../kinds/index.ts';

/** The type of each collection's entry pages (its descriptor's `pageType`). */
export type EntryPageType = (typeof kinds)[CollectionName]['pageType'];

/** What a page is, for Pagefind's `type` filter and for styling. */
export type PageType = 'home' | 'list' | 'passages' | 'map' | 'timeline' | 'reading-list' | 'notebook' | 'self-check' | 'not-found' | EntryPageType;

/**
 * The type of each collection's entry pages. These are the pages whose main content goes into the
 * search index, and so the values of the search's `type` filter; home and list pages only repeat them.
 */
export const entryPageTypes = Object.fromEntries(collectionNames.map((name) => [name, kinds[name].pageType])) as {
  [Name in CollectionName]: (typeof kinds)[Name]['pageType'];
};

export function isEntryPageType(type: PageType): type is EntryPageType {
  return (Object.values(entryPageTypes) as PageType[]).includes(type);
}
