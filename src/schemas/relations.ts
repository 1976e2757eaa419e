import { kinds, type CollectionName } from '../kinds/index.ts';
import type { RelationField } from '../kinds/types.ts';

export type { RelationField };

/**
 * Which front-matter fields point at other entries, and at which collection, as each kind's
 * descriptor declares them. The checker validates each of them; pages follow them to build links.
 */
export const relationFields = Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, kind.relations])) as Record<CollectionName, readonly RelationField[]>;
