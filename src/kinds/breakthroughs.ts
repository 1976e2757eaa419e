/** Strategic breakthroughs (khâu đột phá): numbered items a speech states, serving orientations. */
import { BreakthroughSchema } from '../schemas/directive.ts';
import { directiveScaffold } from './directive-scaffold.ts';
import { defineKind } from './types.ts';

export const breakthroughs = defineKind({
  collection: 'breakthroughs',
  schema: BreakthroughSchema,
  pageType: 'breakthrough',
  article: 'DirectiveArticle',
  titleField: 'title',
  order: (a, b) => a.data.order - b.data.order,
  referableFrom: 'any',
  relations: [
    { field: 'statedIn', kind: 'passage', target: 'speeches' },
    { field: 'orientations', kind: 'ids', target: 'orientations' },
    { field: 'orientationsStatedIn', kind: 'passage', target: 'speeches' },
  ],
  citingPassages: { find: 'refs', heading: 'directive.passages', editorial: true },
  statedByRef: true,
  serves: { field: 'orientations', target: 'orientations', statedIn: 'orientationsStatedIn' },
  home: { layout: 'grid' },
  map: { column: 2 },
  scaffold: directiveScaffold('breakthrough', 'breakthroughs'),
});
