/**
 * Resolutions and other official documents: nested numbered parts, each citable on its own
 * (`#II.3.b`, `#dieu-5-khoan-2`), cited as the issuing body's; speeches refer to them with `<Ref>`.
 */
import { DocumentStructureSchema, ResolutionSchema } from '../schemas/resolution.ts';
import { fileLanguages, placeholderMarkers, wordsFor } from './scaffold-words.ts';
import { defineKind, fail, type ScaffoldOptions } from './types.ts';
import { collation } from '../lib/languages.ts';

const partyBody = {
  vi: `<Part n="I" title="Tên mục I theo văn bản gốc">

Đoạn mở đầu của mục I, chép nguyên văn. Mỗi phần đánh số là một \`<Part>\`: I. › 1. › a).

<Part n="1">

Nội dung của điểm 1.

<Part n="a">
Nội dung của tiết a).
</Part>

</Part>

</Part>
`,
  en: `<Part n="I" title="The title of section I, translated">

The opening of section I, translated in full. The parts keep the original's numbers.

<Part n="1">

The text of item 1.

<Part n="a">
The text of point a).
</Part>

</Part>

</Part>
`,
};

const stateBody = {
  vi: `<Part level="chuong" n="I" title="Tên chương theo văn bản gốc">

<Part level="dieu" n="1" title="Tên điều">

<Part level="khoan" n="1">

Nội dung khoản 1, chép nguyên văn.

<Part level="diem" n="a">
Nội dung điểm a.
</Part>

</Part>

</Part>

</Part>
`,
  en: `<Part level="chuong" n="I" title="The chapter's title, translated">

<Part level="dieu" n="1" title="The article's title">

<Part level="khoan" n="1">

Clause 1, translated in full.

<Part level="diem" n="a">
Point a, translated.
</Part>

</Part>

</Part>

</Part>
`,
};

/** The placeholder body in `lang`: the engine has Vietnamese and English words; other languages get the English. */
function placeholderBody(bodies: { vi: string; en: string }, lang: string): string {
  return (bodies as Record<string, string>)[lang] ?? bodies.en;
}

function resolutionFiles(id: string, options: ScaffoldOptions) {
  const structure = DocumentStructureSchema.safeParse(options['structure'] ?? 'party');
  if (!structure.success) fail(`--structure is \`party\` (I. › 1. › a)) or \`state\` (Chương › Điều › khoản › điểm), not \`${String(options['structure'])}\``);
  const issuer = typeof options['issuer'] === 'string' ? options['issuer'] : fail('a resolution needs --issuer "<the issuing body, as the document names it>"');
  const optional = (field: string, value: unknown) => (typeof value === 'string' && value !== '' ? `${field}: ${field === 'issued' ? value : JSON.stringify(value)}\n` : '');
  const text = (lang: string) => `---
title: "${wordsFor(lang).documentTitle}"
documentType: "${wordsFor(lang).documentType}"
${optional('number', options['number'])}issuer: ${JSON.stringify(issuer)}
${optional('issued', options.date)}structure: ${structure.data}
summary: "${wordsFor(lang).summary}"
---

${placeholderMarkers(lang).frontMatter('The title, documentType and summary')}

${placeholderMarkers(lang).text("The parts' titles and text below")}
${placeholderBody(structure.data === 'party' ? partyBody : stateBody, lang)}`;
  return fileLanguages.map((lang) => ({ path: `content/resolutions/${lang}/${id}.mdx`, text: text(lang) }));
}

export const resolutions = defineKind({
  collection: 'resolutions',
  schema: ResolutionSchema,
  pageType: 'resolution',
  article: 'ResolutionArticle',
  titleField: 'title',
  // Newest first; undated last.
  order: (a, b) => (b.data.issued?.getTime() ?? -Infinity) - (a.data.issued?.getTime() ?? -Infinity) || a.data.title.localeCompare(b.data.title, collation),
  // What the document states of itself: its type, number and date.
  cardDetail: (data, { formatDate }) => [data.documentType, data.number, data.issued && formatDate(data.issued, 'short')].filter(Boolean).join(' · '),
  citableParts: 'parts',
  referableFrom: ['speeches'],
  relations: [],
  citingPassages: { find: 'refs', heading: 'resolution.passages' },
  // The issuer, type, title and signer are written in each language; these are the same in all.
  sourceFacts: ['number', 'issued', 'structure', 'sourceUrl'],
  home: { layout: 'cards' },
  importable: true,
  scaffold: {
    name: 'resolution',
    usage: '--issuer "<issuing body>" [--structure party|state] [--number <số hiệu>] [--date YYYY-MM-DD]',
    files: resolutionFiles,
    options: { structure: { type: 'string' }, issuer: { type: 'string' }, number: { type: 'string' } },
  },
});
