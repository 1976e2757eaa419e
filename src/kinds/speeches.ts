/** Speeches, interviews and reports of speeches: numbered paragraphs (¶), cited per paragraph. */
import { SpeechSchema } from '../schemas/speech.ts';
import { defineKind, fail, type ScaffoldOptions } from './types.ts';

function speechFiles(id: string, options: ScaffoldOptions) {
  const speaker = options.speaker ?? fail('a speech needs --speaker <person-id> (a file name in content/people/vi/)');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const text = (lang: 'vi' | 'en') => `---
title: "${lang === 'vi' ? 'Tiêu đề của văn bản gốc' : 'The title, translated'}"
format: speech
speakers: [${speaker}]
date: ${date}
dateKind: delivered
summary: "${lang === 'vi' ? 'Tóm tắt ngắn, trung lập, do ban biên tập viết.' : 'A short, neutral summary written by the editors.'}"
---

<Para n={1}>
${lang === 'vi' ? 'Đoạn 1 của văn bản gốc, chép nguyên văn.' : 'Paragraph 1, translated in full.'}
</Para>

<Para n={2}>
${lang === 'vi' ? 'Đoạn 2 … Mỗi đoạn một `<Para>`, đánh số 1, 2, 3 … theo thứ tự đọc.' : 'Paragraph 2 … one `<Para>` per paragraph, numbered as in the Vietnamese.'}
</Para>
`;
  return (['vi', 'en'] as const).map((lang) => ({ path: `content/speeches/${lang}/${id}.mdx`, text: text(lang) }));
}

export const speeches = defineKind({
  collection: 'speeches',
  schema: SpeechSchema,
  pageType: 'speech',
  article: 'SpeechArticle',
  titleField: 'title',
  labels: { title: 'collection.speeches.title', intro: 'collection.speeches.intro', singular: 'collection.speeches.singular', abbr: 'collection.speeches.abbr' },
  // Newest first.
  order: (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  cardDetail: (data, { tr, formatDate }) => `${tr(`format.${data.format}`)} · ${formatDate(data.date)}`,
  citableParts: 'paragraphs',
  referableFrom: 'any',
  relations: [
    { field: 'speakers', kind: 'ids', target: 'people' },
    { field: 'events', kind: 'ids', target: 'events' },
    { field: 'targets', kind: 'ids', target: 'targets' },
  ],
  home: { layout: 'cards' },
  map: { column: 0 },
  handouts: true,
  scaffold: { name: 'speech', usage: '--speaker <person-id> [--date YYYY-MM-DD]', files: speechFiles },
});
