/**
 * Each entry's `…/<id>/data.js`: its title, summary, address and (for speeches) the plain text and
 * citation of each ¶, as a classic script. Reading lists and the parallel text of speech pages load
 * it with a <script> tag (src/scripts/entry-data.ts) because that also works from disk (file://),
 * where fetch() does not.
 *
 * A build writes these files beside the entry pages rather than as routes of their own: each entry
 * page writes its file as it renders (src/build/entry-data-handover.ts), into the output folder the
 * entry-data integration names, and the integration checks that every page did. Two thousand routes
 * more cost Astro some seconds at a thousand speeches, and the page already has every part in hand.
 * The dev server serves the same files from a route (src/routes/entry-data.js.ts). See
 * docs/adr/0002-entry-data-written-by-its-page.md.
 */
import { useTranslations } from '../i18n';
import { kinds, type CollectionName } from '../kinds/index.ts';
import type { EntryDataFile } from '../build/entry-data-handover';
import { paragraphsOf } from './backlinks';
import { typeLabelOf } from './entry-label';
import { titleOf, type Localized } from './entries';
import { originalLang, type Lang } from './languages';
import { outdatedParagraphsOf } from './outdated-translation';
import { speechCitation } from './speech-citation';
import { voiceLabelKey } from './voice-label';
import { pagePath, withBase } from './urls';

/** What a speech's data.js adds: the citation and each ¶'s text. */
async function speechData(speech: Localized<'speeches'>, lang: Lang) {
  const paragraphs = paragraphsOf(speech);
  const tr = useTranslations(lang);
  return {
    // The language the ¶ texts are written in: the original's on a page not yet translated.
    textLang: speech.lang,
    // The visible label of each ¶ whose words are not the speaker's own, as the page shows it.
    voiceLabels: Object.fromEntries(paragraphs.flatMap((paragraph) => {
      const key = voiceLabelKey(paragraph.kind, paragraph.voice);
      return key ? [[paragraph.n, tr(key)]] : [];
    })),
    // One template per voice, and each ¶'s voice: a citation credits whoever answers for its words.
    citations: (await speechCitation(speech, lang)).paragraph,
    voices: Object.fromEntries(paragraphs.flatMap((paragraph) => (paragraph.voice ? [[paragraph.n, paragraph.voice]] : []))),
    paragraphs: Object.fromEntries(paragraphs.map((paragraph) => [paragraph.n, paragraph.text])),
    // Bold openings (an interview's speaker labels), so the parallel text can set them in bold too.
    labels: Object.fromEntries(paragraphs.flatMap((paragraph) => (paragraph.label ? [[paragraph.n, paragraph.label]] : []))),
    // Translated ¶ whose original has changed since, so the parallel view marks them too.
    ...await outdatedData(speech),
  };
}

/** `{ outdated: [n, …] }` for a translation behind its original; nothing otherwise, so the file stays as it was. */
async function outdatedData(speech: Localized<'speeches'>): Promise<{ outdated?: number[] }> {
  const outdated = await outdatedParagraphsOf(speech);
  return outdated.length === 0 ? {} : { outdated };
}

/** The data.js of an entry in one language. */
export async function entryDataFile(entry: Localized<CollectionName>, lang: Lang): Promise<EntryDataFile> {
  const tr = useTranslations(lang);
  const path = pagePath(lang, entry.collection, entry.slug);
  const payload = {
    title: titleOf(entry),
    type: typeLabelOf(entry, tr),
    summary: entry.data.summary,
    // Relative to the site root; the reading-list page joins it to its own root.
    path,
    // Its text is the editors' translation (not the original standing in for one): a reading list says so.
    ...(entry.lang !== originalLang ? { translation: true } : {}),
    // The canonical address, when the site's URL is configured: what a printed citation must carry.
    ...(import.meta.env.SITE ? { url: new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href } : {}),
    ...(kinds[entry.collection].citableParts === 'paragraphs' ? await speechData(entry as Localized<'speeches'>, lang) : {}),
  };
  const key = `${lang}/${entry.collection}/${entry.slug}`;
  return {
    path: `${path}data.js`,
    script: `(window.readingData = window.readingData || {})[${JSON.stringify(key)}] = ${JSON.stringify(payload)};\n`,
  };
}
