import { useTranslations, type UiKey } from '../i18n';
import { collectionNames, kinds, type CollectionName } from '../kinds/index.ts';
import { entriesOf, textLangAttribute, titleOf, type AnyEntry } from './entries';
import type { RefTarget } from './entry-body';
import { typeLabelOf } from './entry-label';
import type { Lang } from './languages';
import { entryAddressOf } from './references';
import { pagePath, withBase } from './urls';

type Translate = ReturnType<typeof useTranslations>;

/** The ¶s that state an entry (its `statedIn`), as `speeches/<id>#p<n>`, for entries that have one. */
function statedAtOf(entry: AnyEntry): { statedAt?: string[] } {
  if (!('statedIn' in entry.data)) return {};
  const { speech, paragraphs } = entry.data.statedIn;
  return { statedAt: paragraphs.map((n) => `speeches/${speech}#p${n}`) };
}

/** An entry of `collection` as a `<Ref>` to it shows it in `lang`. */
function refTargetOf(entry: AnyEntry & { slug: string }, collection: CollectionName, lang: Lang, tr: Translate, base: string): RefTarget {
  const typeLabel = typeLabelOf(entry, tr);
  return {
    href: withBase(base, pagePath(lang, collection, entry.slug)),
    typeLabel,
    // Inline, a short tag such as "ĐH2" keeps the quoted sentence readable; the full type is in the accessible name.
    shortLabel: 'order' in entry.data ? `${tr(kinds[collection].labels.abbr as UiKey)}${entry.data.order}` : typeLabel,
    title: titleOf(entry),
    titleLang: textLangAttribute(entry, lang),
    ...statedAtOf(entry),
  };
}

/**
 * Every entry a `<Ref>` may point at in `lang`, by its `collection/id` address: made once per
 * language and handed to whatever writes the bodies out (src/lib/body-writer.ts). `npm run check`
 * guarantees that every `<Ref>` finds its entry here.
 */
export async function refTargetsIn(lang: Lang, base: string): Promise<Record<string, RefTarget>> {
  const tr = useTranslations(lang);
  const targets: Record<string, RefTarget> = {};
  for (const collection of collectionNames) {
    for (const entry of await entriesOf(collection, lang)) {
      targets[entryAddressOf({ collection, id: entry.slug })] = refTargetOf(entry, collection, lang, tr, base);
    }
  }
  return targets;
}
