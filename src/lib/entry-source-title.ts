/**
 * The title an entry has in its source, read from its files: the original language's `title` is the
 * source's words, a translation's is the editors' (src/lib/source-title.ts decides which to show).
 */
import { entryAt, type Localized } from './entries';
import { originalLang } from './languages';
import { sourceTitle, type SourceTitle } from './source-title';

/** The kinds of text whose title a page quotes as the source's. */
type TitledCollection = 'speeches' | 'resolutions';

/**
 * The source title of `entry` as a page shows it: the original-language entry's title (the source's
 * words), or the editors' description when the source has none. Never a translation passed off as
 * the source's, and never the source's headline called a translation: what counts is the language
 * of the text shown (`entry.lang`), which on a page not yet translated is the original's.
 */
export async function entrySourceTitle(entry: Localized<TitledCollection>): Promise<SourceTitle> {
  const original = entry.lang === originalLang ? entry : await entryAt(entry.collection, originalLang, entry.slug);
  if (!original) {
    throw new Error(`content/${entry.collection}/${entry.lang}/${entry.slug}.mdx: there is no ${originalLang} original (content/${entry.collection}/${originalLang}/${entry.slug}.mdx) to take the source's title from; add it (npm run check lists every missing file)`);
  }
  return sourceTitle(titleFields(original), originalLang, titleFields(entry), entry.lang);
}

/** A title and whether the editors wrote it; a kind without `titleIsEditorial` always quotes its source's. */
function titleFields(entry: Localized<TitledCollection>) {
  return { title: entry.data.title, titleIsEditorial: 'titleIsEditorial' in entry.data && entry.data.titleIsEditorial === true };
}
