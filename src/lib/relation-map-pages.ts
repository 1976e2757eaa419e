/**
 * The relation map's pages on a large corpus: with more texts than `mapPageSize` (site.config.ts)
 * the map page is an overview by counts, and each orientation or breakthrough a text refers to has
 * a map of its own at `<lang>/map/<collection>/<id>/`, going on at `…/page/2/` … in pages of
 * `mapPageSize` texts. A corpus that fits keeps its one map, a box per text.
 */
import type { Lang } from './languages.ts';
import { site } from './site.ts';

/** Whether a map of `texts` texts is drawn as an overview by counts, with a map per item. */
export function mapIsOverview(texts: number, size = site.mapPageSize): boolean {
  return texts > size;
}

/**
 * Site-relative path of the map (`vi/map/`), of an item's own map (`vi/map/orientations/x/`) or of
 * a later page of it (`vi/map/orientations/x/page/2/`), without the base.
 */
export function mapPagePath(lang: Lang, focus?: { collection: string; slug: string }, page = 1): string {
  if (!focus) return `${lang}/map/`;
  const path = `${lang}/map/${focus.collection}/${focus.slug}/`;
  return page <= 1 ? path : `${path}page/${page}/`;
}
