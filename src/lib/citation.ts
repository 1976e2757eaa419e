/**
 * Citations of one paragraph, in the page's language: speaker, title, date, publication, ¶ and
 * where to find it. Built at build time as a template; the page fills in ¶ and the address.
 */

export interface CitationParts {
  speakers: readonly string[];
  title: string;
  /** The date as the page shows it, already in the page's language. */
  date: string;
  publication?: string | undefined;
  /** The ¶ label with `{{n}}` left in, e.g. "đoạn {{n}}" or "¶{{n}}"; left out to cite the whole text. */
  paragraphLabel?: string | undefined;
}

/** `Phan Thăng An, “Title”, Tạp chí …, 7 tháng 3, 2026, đoạn {{n}}.` */
export function citationTemplate({ speakers, title, date, publication, paragraphLabel }: CitationParts): string {
  return [speakers.join(', '), `“${title}”`, publication, date, paragraphLabel].filter(Boolean).join(', ') + '.';
}

/** Fills a template for paragraph `n` and appends where the paragraph is. */
export function citationFor(template: string, n: number | string, location: string): string {
  return `${template.replaceAll('{{n}}', String(n))} ${location}`;
}
