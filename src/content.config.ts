import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas';

/**
 * Every collection lives in content/<collection>/<lang>/<id>.mdx; the entry id keeps the
 * `<lang>/` prefix so both language versions of one entry can sit in the same collection.
 */
function bilingualLoader(name: CollectionName) {
  return glob({
    pattern: '*/*.mdx',
    base: `./content/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    // No page shows an entry's MDX source, and kept in the content store every body went into the
    // build's bundle as well (some 20 MB at a thousand speeches, 400 MB more memory at the peak of
    // `astro build`). The paragraph lists read a body from its file (src/lib/backlinks.ts).
    retainBody: false,
  });
}

// Spelled out per collection (not built in a loop) so Astro can infer each entry's data type.
export const collections = {
  speeches: defineCollection({ loader: bilingualLoader('speeches'), schema: collectionSchemas.speeches }),
  orientations: defineCollection({ loader: bilingualLoader('orientations'), schema: collectionSchemas.orientations }),
  breakthroughs: defineCollection({ loader: bilingualLoader('breakthroughs'), schema: collectionSchemas.breakthroughs }),
  people: defineCollection({ loader: bilingualLoader('people'), schema: collectionSchemas.people }),
  events: defineCollection({ loader: bilingualLoader('events'), schema: collectionSchemas.events }),
  targets: defineCollection({ loader: bilingualLoader('targets'), schema: collectionSchemas.targets }),
  glossary: defineCollection({ loader: bilingualLoader('glossary'), schema: collectionSchemas.glossary }),
};
