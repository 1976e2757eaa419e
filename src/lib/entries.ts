import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas';
import { oncePerBuild } from './build-cache';
import { languages, localeOf, originalLang, type Lang } from './languages';

export type AnyEntry = CollectionEntry<CollectionName>;

/**
 * An entry together with the parts of its id: `<lang>/<slug>`. `lang` is the language its text is
 * written in: on a page in a language the entry is not yet translated into, the original's.
 */
export type Localized<Name extends CollectionName> = CollectionEntry<Name> & {
  lang: Lang;
  slug: string;
};

function localize<Name extends CollectionName>(entry: CollectionEntry<Name>): Localized<Name> {
  const [lang, ...rest] = entry.id.split('/');
  return Object.assign(entry, { lang: lang as Lang, slug: rest.join('/') });
}

// Names are ordered as the original language orders them, on every language's pages alike.
const collation = localeOf(originalLang);

/** How each collection is ordered on list pages and the home page. */
const orderings: { [Name in CollectionName]: (a: CollectionEntry<Name>, b: CollectionEntry<Name>) => number } = {
  speeches: (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  orientations: (a, b) => a.data.order - b.data.order,
  breakthroughs: (a, b) => a.data.order - b.data.order,
  people: (a, b) => a.data.name.localeCompare(b.data.name, collation),
  events: (a, b) =>
    (a.data.date?.getTime() ?? Infinity) - (b.data.date?.getTime() ?? Infinity) ||
    a.data.title.localeCompare(b.data.title, collation),
  targets: (a, b) => a.data.title.localeCompare(b.data.title, collation),
  glossary: (a, b) => a.data.title.localeCompare(b.data.title, collation),
};

// Keyed by `collection/lang`; each value holds that collection's entries (typed at the lookup).
const built = new Map<string, Promise<unknown[]>>();

/**
 * All entries of a collection as published in one language, in reading order: its translations,
 * and the original of every entry not yet translated into it (its `lang` says so).
 */
export async function entriesOf<Name extends CollectionName>(
  collection: Name,
  lang: Lang,
): Promise<Localized<Name>[]> {
  const entries = oncePerBuild(built, `${collection}/${lang}`, () => readEntries(collection, lang)) as Promise<Localized<Name>[]>;
  return [...(await entries)];
}

async function readEntries<Name extends CollectionName>(collection: Name, lang: Lang): Promise<Localized<Name>[]> {
  const own = (await writtenIn(collection, lang)).map(localize);
  const translated = new Set(own.map((entry) => entry.slug));
  const untranslated = lang === originalLang ? [] : (await writtenIn(collection, originalLang)).map(localize).filter((entry) => !translated.has(entry.slug));
  const order = orderings[collection] as (a: CollectionEntry<Name>, b: CollectionEntry<Name>) => number;
  return [...own, ...untranslated].sort(order);
}

/** The entries whose text is written in `lang`, as Astro loaded them. */
function writtenIn<Name extends CollectionName>(collection: Name, lang: Lang): Promise<CollectionEntry<Name>[]> {
  return getCollection(collection, (entry) => entry.id.startsWith(`${lang}/`));
}

/** The language an entry's text is written in (the first part of its id). */
export function textLangOf(entry: AnyEntry): Lang {
  return entry.id.slice(0, entry.id.indexOf('/'));
}

/**
 * The `lang` attribute an entry's text needs on a page in `pageLang`: the original's code when the
 * entry is not yet translated into the page's language (its original text is shown), else none.
 */
export function textLangAttribute(entry: AnyEntry, pageLang: Lang): Lang | undefined {
  const written = textLangOf(entry);
  return written === pageLang ? undefined : written;
}

/** The languages an entry is written in (the original and each translation), in declared order. */
export async function languagesOf(collection: CollectionName, slug: string): Promise<Lang[]> {
  const found: Lang[] = [];
  for (const lang of languages) {
    if ((await entryAt(collection, lang, slug))?.lang === lang) found.push(lang);
  }
  return found;
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
