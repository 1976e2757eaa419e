import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas';
import { oncePerBuild } from './build-cache';
import { languages, type Lang } from './languages';

export type AnyEntry = CollectionEntry<CollectionName>;

/** An entry together with the parts of its id: `<lang>/<slug>`. */
export type Localized<Name extends CollectionName> = CollectionEntry<Name> & {
  lang: Lang;
  slug: string;
};

function localize<Name extends CollectionName>(entry: CollectionEntry<Name>): Localized<Name> {
  const [lang, ...rest] = entry.id.split('/');
  return Object.assign(entry, { lang: lang as Lang, slug: rest.join('/') });
}

/** How each collection is ordered on list pages and the home page. */
const orderings: { [Name in CollectionName]: (a: CollectionEntry<Name>, b: CollectionEntry<Name>) => number } = {
  speeches: (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  orientations: (a, b) => a.data.order - b.data.order,
  breakthroughs: (a, b) => a.data.order - b.data.order,
  people: (a, b) => a.data.name.localeCompare(b.data.name, 'vi'),
  events: (a, b) =>
    (a.data.date?.getTime() ?? Infinity) - (b.data.date?.getTime() ?? Infinity) ||
    a.data.title.localeCompare(b.data.title, 'vi'),
  targets: (a, b) => a.data.title.localeCompare(b.data.title, 'vi'),
  glossary: (a, b) => a.data.title.localeCompare(b.data.title, 'vi'),
};

// Keyed by `collection/lang`; each value holds that collection's entries (typed at the lookup).
const built = new Map<string, Promise<unknown[]>>();

/** All entries of a collection in one language, in reading order. */
export async function entriesOf<Name extends CollectionName>(
  collection: Name,
  lang: Lang,
): Promise<Localized<Name>[]> {
  const entries = oncePerBuild(built, `${collection}/${lang}`, () => readEntries(collection, lang)) as Promise<Localized<Name>[]>;
  return [...(await entries)];
}

async function readEntries<Name extends CollectionName>(collection: Name, lang: Lang): Promise<Localized<Name>[]> {
  const all = await getCollection(collection, (entry) => entry.id.startsWith(`${lang}/`));
  const order = orderings[collection] as (a: CollectionEntry<Name>, b: CollectionEntry<Name>) => number;
  return all.sort(order).map(localize);
}

// Keyed like `built`: each collection's entries by slug, for the lookups of every <Ref> and ¶.
const indexed = new Map<string, Promise<Map<string, unknown>>>();

/** A collection's entries in one language, by slug. */
function entryIndex<Name extends CollectionName>(collection: Name, lang: Lang): Promise<Map<string, Localized<Name>>> {
  return oncePerBuild(indexed, `${collection}/${lang}`, () =>
    entriesOf(collection, lang).then((entries) => new Map(entries.map((entry) => [entry.slug, entry]))),
  ) as Promise<Map<string, Localized<Name>>>;
}

/** Looks up entries by slug in one language; missing slugs are skipped (the checker reports them). */
export async function entriesBySlug<Name extends CollectionName>(
  collection: Name,
  lang: Lang,
  slugs: readonly string[],
): Promise<Localized<Name>[]> {
  const index = await entryIndex(collection, lang);
  return slugs.flatMap((slug) => index.get(slug) ?? []);
}

/** One entry by slug, or undefined. */
export async function entryAt<Name extends CollectionName>(
  collection: Name,
  lang: Lang,
  slug: string,
): Promise<Localized<Name> | undefined> {
  return (await entryIndex(collection, lang)).get(slug);
}

/** The display title of any entry: people have names, everything else has titles. */
export function titleOf(entry: AnyEntry): string {
  return 'name' in entry.data ? entry.data.name : entry.data.title;
}

/** Every entry in every language, as static paths `{ lang, collection, id }` with the entry as a prop. */
export async function allEntryPaths() {
  const paths = [];
  for (const lang of languages) {
    for (const collection of collectionNames) {
      for (const entry of await entriesOf(collection, lang)) {
        paths.push({ params: { lang, collection, id: entry.slug }, props: { entry } });
      }
    }
  }
  return paths;
}
