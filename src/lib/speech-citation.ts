import { useTranslations } from '../i18n';
import { oncePerBuild } from './build-cache';
import { citationTemplate } from './citation';
import { formatDate } from './dates';
import { entriesBySlug, titleOf, type Localized } from './entries';
import type { Lang } from './languages';

// The speech page and its data.js both cite it: by language and entry.
const built = new Map<string, Promise<{ paragraph: string; whole: string }>>();

/**
 * The citation template of a speech in `lang` (¶ left as `{{n}}`), and the same without ¶ for
 * the whole text. One place, so the speech page and reading lists agree.
 */
export function speechCitation(speech: Localized<'speeches'>, lang: Lang): Promise<{ paragraph: string; whole: string }> {
  return oncePerBuild(built, `${lang}/${speech.id}`, async () => {
    const tr = useTranslations(lang);
    const speakers = await entriesBySlug('people', lang, speech.data.speakers);
    const parts = {
      speakers: speakers.map(titleOf),
      title: speech.data.title,
      publication: speech.data.source.publication,
      date: formatDate(speech.data.date, lang),
    };
    return {
      paragraph: citationTemplate({ ...parts, paragraphLabel: tr('para.label', { n: '{{n}}' }) }),
      whole: citationTemplate(parts),
    };
  });
}
