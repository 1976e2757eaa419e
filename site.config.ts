/**
 * This site's declaration: its name, its languages and the name of its offline copy. The engine
 * (src/, scripts/) reads every list of languages from here; src/schemas/site.ts documents each field.
 * `npm run new -- language <code> --name <label>` adds a language to `languages`.
 */
import { defineSite } from './src/lib/define-site.ts';

export default defineSite({
  // The public address; SITE_URL or `npm run build -- --site=…` override it. Without one, canonical
  // links are left out and citations name the library's path.
  url: undefined,
  name: {
    vi: 'Tủ sách học tập Nghị quyết',
    en: 'Resolution Study Library',
  },
  tagline: {
    vi: 'Bài phát biểu, định hướng và khâu đột phá — song ngữ Việt – Anh',
    en: 'Speeches, orientations and breakthroughs — in Vietnamese and English',
  },
  description: {
    vi: 'Văn bản gốc tiếng Việt và bản dịch tiếng Anh của các bài phát biểu, định hướng phát triển và khâu đột phá, đối chiếu từng đoạn, dễ trích dẫn.',
    en: 'The original Vietnamese and our English translation of speeches, development orientations and breakthroughs, aligned paragraph by paragraph and easy to cite.',
  },
  intro: {
    vi: 'Đọc, đối chiếu và trích dẫn các văn bản về định hướng phát triển của tỉnh sau Đại hội XIV của Đảng: văn bản gốc tiếng Việt, bản dịch tiếng Anh, từng đoạn được đánh số giống nhau ở cả hai ngôn ngữ.',
    en: "Read, compare and cite the texts on the province's development orientations after the 14th National Party Congress: the original Vietnamese and our English translation, with every paragraph numbered the same in both languages.",
  },
  offlineName: 'cao-bang-study-offline',
  languages: [
    {
      code: 'vi',
      locale: 'vi-VN',
      label: 'Tiếng Việt',
      dir: 'ltr',
      original: true,
      // Vietnamese writes unchanging syllables: search matches them whole, never by a shared stem.
      wordsInflect: false,
      // vi-VN's own format is `7 tháng 3, 2026`; Vietnamese publications write the day, month and year out.
      dates: { long: 'ngày {d} tháng {m} năm {yyyy}', short: '{dd}/{mo}/{yyyy}' },
      // In running text a language's name is lowercase: "bản tiếng Anh", "dịch sang tiếng Anh".
      names: { vi: 'tiếng Việt', en: 'tiếng Anh' },
    },
    { code: 'en', locale: 'en-GB', label: 'English', dir: 'ltr' },
  ],
});
