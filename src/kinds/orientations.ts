/** Development orientations (định hướng): numbered items a speech states, referred to from its paragraphs. */
import { OrientationSchema } from '../schemas/directive.ts';
import { directiveScaffold } from './directive-scaffold.ts';
import { defineKind } from './types.ts';

export const orientations = defineKind({
  collection: 'orientations',
  schema: OrientationSchema,
  pageType: 'orientation',
  article: 'DirectiveArticle',
  titleField: 'title',
  order: (a, b) => a.data.order - b.data.order,
  referableFrom: 'any',
  relations: [{ field: 'statedIn', kind: 'passage', target: 'speeches' }],
  citingPassages: { find: 'refs', heading: 'directive.passages', editorial: true },
  statedByRef: true,
  home: { layout: 'grid' },
  map: { column: 1 },
  scaffold: directiveScaffold('orientation', 'orientations'),
});
