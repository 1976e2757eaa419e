/** Speeches, interviews and reports of speeches: numbered paragraphs (¶), cited per paragraph. */
import { SpeechSchema } from '../schemas/speech.ts';
import { fileLanguages, placeholderMarkers, wordsFor } from './scaffold-words.ts';
import { defineKind, fail, type ScaffoldOptions } from './types.ts';

function speechFiles(id: string, options: ScaffoldOptions) {
  const speaker = options.speaker ?? fail('a speech needs --speaker <person-id> (a file name in content/people/<language>/)');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const text = (lang: string) => `---
title: "${wordsFor(lang).title}"
format: speech
speakers: [${speaker}]
date: ${date}
dateKind: delivered
summary: "${wordsFor(lang).summary}"
---

${placeholderMarkers(lang).frontMatter('The title, summary, date and dateKind')}

${placeholderMarkers(lang).text('¶1')}
<Para n={1}>
${wordsFor(lang).paragraph1}
</Para>

${placeholderMarkers(lang).text('¶2')}
<Para n={2}>
${wordsFor(lang).paragraph2}
</Para>
`;
  return fileLanguages.map((lang) => ({ path: `content/speeches/${lang}/${id}.mdx`, text: text(lang) }));
}

export const speeches = defineKind({
  collection: 'speeches',
  schema: SpeechSchema,
  pageType: 'speech',
  article: 'SpeechArticle',
  titleField: 'title',
  // An interview or a report is named as what it is, not as a speech.
  entryLabel: (data) => `format.${data.format}`,
  // Newest first.
  order: (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  cardDetail: (data, { tr, formatDate }) => `${tr(`format.${data.format}`)} · ${formatDate(data.date, 'short')}`,
  citableParts: 'paragraphs',
  referableFrom: 'any',
  relations: [
    { field: 'speakers', kind: 'ids', target: 'people' },
    { field: 'events', kind: 'ids', target: 'events' },
    { field: 'targets', kind: 'ids', target: 'targets' },
  ],
  sourceFacts: ['format', 'speakers', 'date', 'dateKind', 'source'],
  home: { layout: 'cards' },
  map: { column: 0 },
  handouts: true,
  importable: true,
  scaffold: { name: 'speech', usage: '--speaker <person-id> [--date YYYY-MM-DD]', files: speechFiles },
});
