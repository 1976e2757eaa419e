/**
 * A text's passages as a section of a Word export (./model.ts), from the entry's
 * data.js (../entry-data.ts): each ¶'s words in their language, labelled as the page labels them
 * (whose words, the editors' translation), with its citation; a whole entry as the editors' summary,
 * labelled so; the reader's note after the passage it is on, labelled as theirs.
 */
import { citationAddress, citationFor, templateForVoice } from '../../lib/citation';
import { pageHref, type EntryData } from '../entry-data';
import type { WordPassage, WordSection, WordText } from './model';

/** The page's words a section needs (UI strings, in the page's language). */
export interface SectionStrings {
  /** "Đoạn {{n}}". */
  paragraph: string;
  /** Labels a ¶ that is the editors' translation. */
  translation: string;
  /** Labels the editors' summary of a whole entry. */
  summary: string;
  /** Labels the reader's own note. */
  note: string;
  /** Said after a library path when the copy was built without the site's address. */
  noSiteUrl: string;
  /** Said of a ¶ the entry's data does not have. */
  missing: string;
}

/** One pick of a text: some of its ¶ (none: the whole entry), and the reader's note on it. */
export interface SectionPick {
  paragraphs: readonly number[];
  note?: string | undefined;
}

/** The passages of one pick, the note after the last. */
function passagesOf(data: EntryData, root: string, pick: SectionPick, lang: string, strings: SectionStrings): WordPassage[] {
  const textLang = data.textLang ?? lang;
  const passages: WordPassage[] =
    pick.paragraphs.length === 0
      ? [{ label: strings.summary, text: data.summary, lang: textLang }]
      : pick.paragraphs.map((n) => {
          const template = templateForVoice(data.citations, data.voices?.[n]);
          const where = citationAddress(n, { canonical: data.url, current: new URL(pageHref(root, data), window.location.href), path: data.path, noSiteNote: strings.noSiteUrl });
          const label = [data.translation ? strings.translation : undefined, data.voiceLabels?.[n]].filter(Boolean).join(' · ');
          const text = data.paragraphs?.[n];
          return {
            paragraph: strings.paragraph.replace('{{n}}', String(n)),
            label: label || undefined,
            text: text ?? strings.missing,
            lang: text === undefined ? lang : textLang,
            citation: template ? citationFor(template, n, where) : undefined,
          };
        });
  const note = pick.note?.trim();
  if (note) passages[passages.length - 1]!.note = { label: strings.note, text: note };
  return passages;
}

/** A section for one text: its title as heading, `details` under it, then each pick's passages. */
export function entrySection(data: EntryData, root: string, picks: readonly SectionPick[], lang: string, strings: SectionStrings, details: readonly WordText[] = []): WordSection {
  return {
    heading: data.textLang && data.textLang !== lang ? [{ text: data.title, lang: data.textLang }] : data.title,
    details: [data.type, ...details],
    passages: picks.flatMap((pick) => passagesOf(data, root, pick, lang, strings)),
  };
}
