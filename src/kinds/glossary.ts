/** Key terms, linked wherever a paragraph uses them, with the editors' explanation. */
import { GlossarySchema } from '../schemas/glossary.ts';
import { defineKind } from './types.ts';
import { collation } from '../lib/languages.ts';

export const glossary = defineKind({
  collection: 'glossary',
  schema: GlossarySchema,
  pageType: 'term',
  article: 'GlossaryArticle',
  titleField: 'title',
  order: (a, b) => a.data.title.localeCompare(b.data.title, collation),
  referableFrom: 'any',
  relations: [],
  citingPassages: { find: 'term-uses', heading: 'glossary.uses' },
});
