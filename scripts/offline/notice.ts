import type { Element } from 'hast';
import { t } from '../../src/i18n';
import { formatDate } from '../../src/lib/dates';
import { isLang, originalLang, type Lang } from '../../src/lib/languages';
import { formatSize } from '../../src/lib/offline/format';

/** The words of the offline copy: its notice on every page and, on the served site, the ZIP's size. */

const languageOf = (lang: string): Lang => (isLang(lang) ? lang : originalLang);

/** Made once for each language and size: every served page asks for the same one. */
const sizeTexts = new Map<string, string>();

/** The text after the download link: `(ZIP, 1,4 MB)`. */
export function sizeText(bytes: number, lang: string): string {
  const key = `${lang} ${bytes}`;
  let text = sizeTexts.get(key);
  if (text === undefined) sizeTexts.set(key, (text = t(languageOf(lang), 'footer.offlineSize', { size: formatSize(bytes, lang) })));
  return text;
}

/** The notice every page of the copy carries: an offline copy, built at `date` (UTC), the date a `<time>`. */
export function offlineNotice(date: Date, lang: string): Element {
  const language = languageOf(lang);
  const marker = '\u0000';
  const [before = '', after = ''] = t(language, 'footer.offlineNotice', { date: marker, time: date.toISOString().slice(11, 16) }).split(marker);
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['offline-notice'], dataOfflineNotice: '' },
    children: [
      { type: 'text', value: before },
      { type: 'element', tagName: 'time', properties: { dateTime: date.toISOString() }, children: [{ type: 'text', value: formatDate(date, language) }] },
      { type: 'text', value: after },
    ],
  };
}
