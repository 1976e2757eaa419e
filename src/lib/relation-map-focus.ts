/**
 * The routes of the items' own maps on a corpus too large for one map (src/lib/relation-map-pages.ts):
 * every orientation or breakthrough a text refers to, in every language, in pages of `mapPageSize`
 * texts. None on a corpus that fits one map.
 */
import { passagesReferring } from './backlinks';
import { entriesOf, type Localized } from './entries';
import { languages } from './languages';
import { pageCount } from './pagination';
import { mapIsOverview } from './relation-map-pages';
import { site } from './site';
import { collectionNames, kinds } from '../kinds/index.ts';

interface FocusPath {
  params: { lang: string; collection: string; id: string; page?: string };
  props: { entry: Localized<'orientations' | 'breakthroughs'>; count: number };
}

/** Each item's first map page, or (`later`) the second and later pages of those with more texts than a page holds. */
export async function mapFocusPaths(later: boolean): Promise<FocusPath[]> {
  const paths: FocusPath[] = [];
  const sources = collectionNames.filter((name) => kinds[name].map?.column === 0);
  const targets = collectionNames.filter((name) => kinds[name].map && kinds[name].map.column > 0) as ('orientations' | 'breakthroughs')[];
  for (const lang of languages) {
    const texts = (await Promise.all(sources.map((name) => entriesOf(name, lang)))).flat();
    if (!mapIsOverview(texts.length)) continue;
    for (const collection of targets) {
      for (const entry of await entriesOf(collection, lang)) {
        // Every text that refers to it, the one that states it included.
        const citing = (await passagesReferring(lang, collection, entry.slug)).length;
        if (citing === 0) continue;
        const count = pageCount(citing, site.mapPageSize);
        const params = { lang, collection, id: entry.slug };
        if (!later) paths.push({ params, props: { entry, count } });
        else for (let page = 2; page <= count; page++) paths.push({ params: { ...params, page: String(page) }, props: { entry, count } });
      }
    }
  }
  return paths;
}
