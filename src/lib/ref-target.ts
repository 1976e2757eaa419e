import { useTranslations } from '../i18n';
import type { CollectionName } from '../schemas';
import { entryAt, titleOf } from './entries';
import type { RefTarget } from './entry-body';
import { typeLabelOf } from './entry-label';
import type { Lang } from './languages';
import { parseReference } from './references';
import { pagePath, withBase } from './urls';

/**
 * The entry at a `collection/id` address, as a `<Ref>` to it shows it in `lang`. `npm run check`
 * guarantees every target exists, so a miss here is a bug, not an authoring error.
 */
export async function refTargetAt(address: string, lang: Lang, base: string): Promise<RefTarget> {
  const reference = parseReference(address);
  const entry = reference && (await entryAt(reference.collection as CollectionName, lang, reference.id));
  if (!reference || !entry) throw new Error(`<Ref to="${address}"> points at nothing in ${lang}; run \`npm run check\` for the file and line.`);
  const tr = useTranslations(lang);
  const typeLabel = typeLabelOf(entry, tr);
  return {
    href: withBase(base, pagePath(lang, reference.collection, reference.id)),
    typeLabel,
    // Inline, a short tag such as "ĐH2" keeps the quoted sentence readable; the full type is in the accessible name.
    shortLabel: 'order' in entry.data ? `${tr(`collection.${reference.collection as CollectionName}.abbr`)}${entry.data.order}` : typeLabel,
    title: titleOf(entry),
  };
}
