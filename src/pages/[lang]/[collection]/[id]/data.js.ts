/**
 * `…/<id>/data.js`: an entry's title, summary, address and (for speeches) the plain text and
 * citation of each ¶, as a classic script. Reading lists and the parallel text of speech pages load
 * it with a <script> tag (src/scripts/entry-data.ts) because that also works from disk (file://),
 * where fetch() does not.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n';
import { paragraphsOf } from '../../../../lib/backlinks';
import { allEntryPaths, titleOf, type Localized } from '../../../../lib/entries';
import type { Lang } from '../../../../lib/languages';
import { speechCitation } from '../../../../lib/speech-citation';
import { pagePath } from '../../../../lib/urls';
import type { CollectionName } from '../../../../schemas';

export const getStaticPaths = allEntryPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const tr = useTranslations(lang);
  const entry = (props as { entry: Localized<CollectionName> }).entry;
  const isSpeech = entry.collection === 'speeches';
  const speech = entry as Localized<'speeches'>;
  const payload = {
    title: titleOf(entry),
    type: tr(`collection.${entry.collection}.singular`),
    summary: entry.data.summary,
    // Relative to the site root; the reading-list page joins it to its own root.
    path: pagePath(lang, entry.collection, entry.slug),
    ...(isSpeech
      ? {
          citation: (await speechCitation(speech, lang, tr)).paragraph,
          paragraphs: Object.fromEntries(paragraphsOf(speech).map((paragraph) => [paragraph.n, paragraph.text])),
        }
      : {}),
  };
  const key = `${lang}/${entry.collection}/${entry.slug}`;
  const body = `(window.readingData = window.readingData || {})[${JSON.stringify(key)}] = ${JSON.stringify(payload)};\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
