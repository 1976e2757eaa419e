/**
 * The kinds of text, in the order the navigation, the home page and the checks list them. Adding
 * a kind: its descriptor (src/kinds/<collection>.ts), its schema (src/schemas/), its article
 * component (src/components/), one entry here and one line in src/content.config.ts
 * (CONTRIBUTING.md, "Adding a kind of text").
 */
import { breakthroughs } from './breakthroughs.ts';
import { events } from './events.ts';
import { glossary } from './glossary.ts';
import { orientations } from './orientations.ts';
import { people } from './people.ts';
import { resolutions } from './resolutions.ts';
import { speeches } from './speeches.ts';
import { targets } from './targets.ts';
import type { KindDescriptor } from './types.ts';

export const kinds = { speeches, orientations, breakthroughs, resolutions, people, events, targets, glossary } as const;

export type CollectionName = keyof typeof kinds;

/** Every collection, in registry order. */
export const collectionNames = Object.keys(kinds) as CollectionName[];

/** Every descriptor, in registry order. */
export const kindList: readonly KindDescriptor[] = Object.values(kinds);

/** One schema per collection; the collection name is the folder under content/. */
export const collectionSchemas = Object.fromEntries(collectionNames.map((name) => [name, kinds[name].schema])) as {
  [Name in CollectionName]: (typeof kinds)[Name]['schema'];
};

export function isCollectionName(value: string): value is CollectionName {
  return Object.hasOwn(kinds, value);
}

/** The descriptor of a collection; undefined for a name that is none. */
export function kindOf(collection: string): KindDescriptor | undefined {
  return isCollectionName(collection) ? kinds[collection] : undefined;
}

/** The collections whose descriptors satisfy `test`, in registry order. */
export function collectionsWhere(test: (kind: KindDescriptor) => boolean): CollectionName[] {
  return collectionNames.filter((name) => test(kinds[name]));
}
