import type { useTranslations } from '../i18n';
import { citationTemplate } from './citation';
import { formatDate } from './dates';
import { entriesBySlug, titleOf, type Localized } from './entries';
import type { Lang } from './languages';

/**
 * The citation template of a speech in `lang` (¶ left as `{{n}}`), and the same without ¶ for
 * the whole text. One place, so the speech page and reading lists agree.
 */
export async function speechCitation(
  speech: Localized<'speeches'>,
  lang: Lang,
  tr: ReturnType<typeof useTranslations>,
): Promise<{ paragraph: string; whole: string }> {
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
}
