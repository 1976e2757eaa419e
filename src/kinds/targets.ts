/** Quantified goals a text states. */
import { TargetSchema } from '../schemas/supporting.ts';
import { defineKind } from './types.ts';
import { collation } from '../lib/languages.ts';

export const targets = defineKind({
  collection: 'targets',
  schema: TargetSchema,
  pageType: 'target',
  article: 'SupportingArticle',
  titleField: 'title',
  order: (a, b) => a.data.title.localeCompare(b.data.title, collation),
  cardDetail: (data) => data.value,
  referableFrom: 'any',
  relations: [{ field: 'statedIn', kind: 'passage', target: 'speeches' }],
  // Its page says "Stated in" its `statedIn` ¶, so that ¶ must hold a <Ref> to it.
  statedByRef: true,
});
