/** Events the texts name; dated only where a text gives the date. */
import { EventSchema } from '../schemas/supporting.ts';
import { defineKind } from './types.ts';
import { collation } from '../lib/languages.ts';

export const events = defineKind({
  collection: 'events',
  schema: EventSchema,
  pageType: 'event',
  article: 'SupportingArticle',
  titleField: 'title',
  // By date, undated last, then by title.
  order: (a, b) =>
    (a.data.date?.getTime() ?? Infinity) - (b.data.date?.getTime() ?? Infinity) || a.data.title.localeCompare(b.data.title, collation),
  cardDetail: (data, { tr, formatDate }) => (data.date ? formatDate(data.date, 'short') : tr('meta.dateUnknown')),
  referableFrom: 'any',
  relations: [{ field: 'speeches', kind: 'ids', target: 'speeches' }],
});
