import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas';

/**
 * Every collection lives in content/<collection>/<lang>/<id>.mdx; the entry id keeps the
 * `<lang>/` prefix so both language versions of one entry can sit in the same collection.
 */
function bilingualCollection<Name extends CollectionName>(name: Name) {
  return defineCollection({
    loader: glob({
      pattern: '*/*.mdx',
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  speeches: bilingualCollection('speeches'),
  orientations: bilingualCollection('orientations'),
  breakthroughs: bilingualCollection('breakthroughs'),
  people: bilingualCollection('people'),
  events: bilingualCollection('events'),
  targets: bilingualCollection('targets'),
};
