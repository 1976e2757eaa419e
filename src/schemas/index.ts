/** The schema of each collection, from the kinds registry (src/kinds/index.ts). */
export { collectionNames, collectionSchemas, type CollectionName } from '../kinds/index.ts';
