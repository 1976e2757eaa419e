/** People the texts name, with the role the texts give. */
import { PersonSchema } from '../schemas/supporting.ts';
import { defineKind } from './types.ts';
import { collation } from '../lib/languages.ts';

export const people = defineKind({
  collection: 'people',
  schema: PersonSchema,
  pageType: 'person',
  article: 'SupportingArticle',
  titleField: 'name',
  order: (a, b) => a.data.name.localeCompare(b.data.name, collation),
  cardDetail: (data) => data.role,
  referableFrom: 'any',
  relations: [],
});
