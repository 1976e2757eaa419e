/**
 * The placeholder words of the files `npm run new` writes, in the languages the engine has words
 * for (any other language gets the English), as the original or as a translation; and beside each
 * placeholder a decision marker, so the check refuses the file until an editor has replaced them
 * (a forgotten placeholder would otherwise be published as the source's words).
 */
import { decisionMarker } from '../lib/decision-marker.ts';
import { originalLang, translationLangs } from '../lib/languages.ts';

interface PlaceholderWords {
  title: string;
  summary: string;
  paragraph1: string;
  paragraph2: string;
  stated: (n: number) => string;
  shortTitle: string;
  documentTitle: string;
  documentType: string;
}

const placeholders: Record<string, Record<'original' | 'translation', PlaceholderWords>> = {
  vi: {
    original: { title: 'Tiêu đề của văn bản gốc', summary: 'Tóm tắt ngắn, trung lập, do ban biên tập viết.', paragraph1: 'Đoạn 1 của văn bản gốc, chép nguyên văn.', paragraph2: 'Đoạn 2 … Mỗi đoạn một `<Para>`, đánh số 1, 2, 3 … theo thứ tự đọc.', stated: (n) => `Chép nguyên văn đoạn ${n} nêu mục này.`, shortTitle: 'Tiêu đề ngắn lấy từ chính lời văn bản', documentTitle: 'Tên văn bản theo bản gốc', documentType: 'Nghị quyết' },
    translation: { title: 'Tiêu đề, bản dịch', summary: 'Tóm tắt ngắn, trung lập, do ban biên tập viết.', paragraph1: 'Đoạn 1, dịch đầy đủ.', paragraph2: 'Đoạn 2 … mỗi đoạn một `<Para>`, đánh số như bản gốc.', stated: (n) => `Bản dịch đoạn ${n}, đoạn nêu mục này.`, shortTitle: 'Tiêu đề ngắn lấy từ chính lời văn bản', documentTitle: 'Tên văn bản, bản dịch', documentType: 'Nghị quyết' },
  },
  en: {
    original: { title: 'The title of the original', summary: 'A short, neutral summary written by the editors.', paragraph1: 'Paragraph 1 of the original, copied verbatim.', paragraph2: 'Paragraph 2 … one `<Para>` per paragraph, numbered 1, 2, 3 … in reading order.', stated: (n) => `Copy paragraph ${n}, which states this item, verbatim.`, shortTitle: 'A short title taken from the text', documentTitle: 'The document’s title as the original gives it', documentType: 'Resolution' },
    translation: { title: 'The title, translated', summary: 'A short, neutral summary written by the editors.', paragraph1: 'Paragraph 1, translated in full.', paragraph2: 'Paragraph 2 … one `<Para>` per paragraph, numbered as in the original.', stated: (n) => `The translation of paragraph ${n}, which states this item.`, shortTitle: 'A short title taken from the text', documentTitle: 'The document’s title, translated', documentType: 'Resolution' },
  },
};

/** The placeholder words for a new file in `lang`. */
export function wordsFor(lang: string): PlaceholderWords {
  return (placeholders[lang] ?? placeholders['en']!)[lang === originalLang ? 'original' : 'translation'];
}

/** The site's languages, the original first: the order of a new entry's files. */
export const fileLanguages: readonly string[] = [originalLang, ...translationLangs];

/**
 * The markers of a new file in `lang` (`{/* decide: … *\/}`, reported by the check as
 * `pending-decision`): one for the placeholder words of its front matter (`fields`), one for each
 * placeholder text of its body (`what`: "paragraph 1", "the parts below").
 */
export function placeholderMarkers(lang: string) {
  const original = lang === originalLang;
  return {
    frontMatter: (fields: string) =>
      decisionMarker(
        original
          ? `${fields} in the front matter are placeholders or guesses of npm run new; check each against the source and write what it gives (where it has no headline, the editors' description with titleIsEditorial: true), and the editors' own neutral summary`
          : `${fields} in the front matter are placeholders or guesses of npm run new; write the editors' translation of the original's words, and its facts about the source as the original gives them`,
      ),
    text: (what: string) =>
      decisionMarker(original ? `${what}: placeholder words of npm run new; replace them with the source's text, copied verbatim` : `${what}: placeholder words of npm run new; replace them with the translation of the original's, in full`),
  };
}
