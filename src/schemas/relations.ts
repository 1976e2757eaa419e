import type { CollectionName } from './index.ts';

/**
 * Which front-matter fields point at other entries, and at which collection. The checker
 * validates each of them; pages follow them to build links.
 */
export type RelationField =
  /** A list of entry ids, e.g. `speakers: [to-lam]`. */
  | { field: string; kind: 'ids'; target: CollectionName }
  /** One passage, `{ speech: <id>, paragraphs: [n, …] }`. */
  | { field: string; kind: 'passage'; target: 'speeches' };

export const relationFields: Record<CollectionName, RelationField[]> = {
  speeches: [
    { field: 'speakers', kind: 'ids', target: 'people' },
    { field: 'events', kind: 'ids', target: 'events' },
    { field: 'targets', kind: 'ids', target: 'targets' },
  ],
  orientations: [{ field: 'statedIn', kind: 'passage', target: 'speeches' }],
  breakthroughs: [
    { field: 'statedIn', kind: 'passage', target: 'speeches' },
    { field: 'orientations', kind: 'ids', target: 'orientations' },
    { field: 'orientationsStatedIn', kind: 'passage', target: 'speeches' },
  ],
  people: [],
  events: [{ field: 'speeches', kind: 'ids', target: 'speeches' }],
  targets: [{ field: 'statedIn', kind: 'passage', target: 'speeches' }],
  glossary: [],
};
