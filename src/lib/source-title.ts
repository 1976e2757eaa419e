/**
 * The title a text has in its source, as opposed to the title a page shows. The source's own
 * headline is in the original language's file (`title`); a translation's `title` is the editors'
 * translation of it, and never the source's words. A source without a headline has none in any
 * language: every file's `title` is then the editors' description (`titleIsEditorial`, which the
 * check holds to the same value in every language).
 */

/** What the title fields of a speech's front matter say. */
export interface TitleFields {
  title: string;
  titleIsEditorial: boolean;
}

export interface SourceTitle {
  /** The source's own headline, as it gives it; or, when `editorial`, the editors' description in the shown text's language. */
  text: string;
  /** The language `text` is in: the original's for a headline, the shown text's for a description. */
  lang: string;
  /** True when the source has no headline and `text` is the editors' description. */
  editorial: boolean;
  /** When a translation is shown, the editors' translation of the headline (never for a description). */
  translation?: string | undefined;
}

/**
 * The source title of a text: `original` is the entry in `originalLang` (the source's words),
 * `shown` the entry whose text a page shows and `shownLang` the language that entry is written in.
 * `shownLang` is the file's language, not the page's: a page in a language the text is not yet
 * translated into shows the original, whose title is the source's headline and no translation.
 */
export function sourceTitle(original: TitleFields, originalLang: string, shown: TitleFields, shownLang: string): SourceTitle {
  if (original.titleIsEditorial) return { text: shown.title, lang: shownLang, editorial: true };
  return { text: original.title, lang: originalLang, editorial: false, ...(shownLang === originalLang ? {} : { translation: shown.title }) };
}
