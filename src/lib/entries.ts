import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { walk } from './content-files';
import { collectionNames, kinds, type CollectionName } from '../kinds/index.ts';
import { oncePerBuild } from './build-cache';
import { knownShardCount, knownVersion } from './known-entries';
import { languages, originalLang, type Lang } from './languages';

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
  // Each kind's descriptor says how its lists are ordered.
  const order = kinds[collection].order as (a: CollectionEntry<Name>, b: CollectionEntry<Name>) => number;
  return [...own, ...untranslated].sort(order);
}

/** The entries whose text is written in `lang`, as Astro loaded them. */
async function writtenIn<Name extends CollectionName>(collection: Name, lang: Lang): Promise<CollectionEntry<Name>[]> {
  if (!hasFiles(collection, lang)) return [];
  return getCollection(collection, (entry) => entry.id.startsWith(`${lang}/`));
}

/**
 * Whether content/<collection>/<lang>/ holds any text. Astro warns on every read of a collection it
 * has nothing in, and a kind of text the corpus does not use (yet) is no fault of the build.
 */
function hasFiles(collection: CollectionName, lang: Lang): boolean {
  const dir = join(process.cwd(), 'content', collection, lang);
  return existsSync(dir) && !walk(dir).next().done;
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

/** The display title of any entry: the field its kind names (people have names, everything else has titles). */
export function titleOf(entry: AnyEntry): string {
  return (entry.data as Record<string, string>)[kinds[entry.collection].titleField] ?? '';
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

/**
 * The collections that have entries in `lang`, in registry order: a kind the corpus has no text of
 * yet has no list page, no link in the navigation and no place on the home page.
 */
export async function collectionsIn(lang: Lang): Promise<CollectionName[]> {
  const present = await Promise.all(collectionNames.map(async (name) => ((await entriesOf(name, lang)).length > 0 ? [name] : [])));
  return present.flat();
}

/** A language's entry list as the reading list and the notebook look it up (src/lib/known-entries.ts). */
export interface KnownEntryList {
  /** Every entry of the language as `collection/id`: what an item or a bookmark may name. */
  keys: string[];
  /** The list's version, part of its shards' names. */
  version: string;
  /** How many shards it is split into. */
  shardCount: number;
}

// Keyed by language.
const knownListsByLang = new Map<string, Promise<KnownEntryList>>();

/**
 * A language's entry list, its version and its number of shards, made once per build: the pages
 * name the version and the count their lookups use, and the route writes the shards by the same
 * ones, so the two cannot disagree.
 */
export function knownEntryListOf(lang: Lang): Promise<KnownEntryList> {
  return oncePerBuild(knownListsByLang, lang, async () => {
    const keys = (await Promise.all(collectionNames.map(async (collection) => (await entriesOf(collection, lang)).map((entry) => `${collection}/${entry.slug}`)))).flat();
    return { keys, version: knownVersion(keys), shardCount: knownShardCount(keys.length) };
  });
}
