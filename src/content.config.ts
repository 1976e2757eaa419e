import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentTextProblems, fileTextProblems } from './lib/content-text';
import { frontMatterAsChecked } from './lib/content-files';
import { collectionSchemas, type CollectionName } from './kinds/index.ts';

/**
 * Refuses what `npm run check` refuses in a file's text (bytes that are not UTF-8, control and
 * bidirectional characters, decomposed Unicode) in Astro itself, so `astro dev` and `astro build`
 * run on their own do not render such a file: loading stops, naming file:line:column; in the dev
 * server a file saved with a problem afterwards is reported in the terminal at once.
 */
function strictText(loader: Loader, base: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      const dir = fileURLToPath(new URL(base, context.config.root));
      // A kind of text the corpus has no entries of yet (no folder under content/) is an empty collection.
      if (!existsSync(dir)) {
        context.store.clear();
        return;
      }
      const problems = contentTextProblems(dir);
      if (problems.length > 0) throw new Error(`content that npm run check refuses (see docs/authoring.md):\n${problems.join('\n')}`);
      context.watcher?.on('change', (path) => {
        if (!path.endsWith('.mdx')) return;
        try {
          for (const problem of fileTextProblems(readFileSync(path))) context.logger.error(`${path}:${problem.line}:${problem.column}  ${problem.message}`);
        } catch {
          // Gone again already: the glob loader reports a missing file itself.
        }
      });
      // Each entry's data is its front matter read as the check reads it (frontMatterAsChecked), so
      // the dev server refuses a date such as 2026-02-30 as the check and the build do.
      return loader.load({
        ...context,
        parseData: (props) =>
          context.parseData({ ...props, data: (props.filePath ? frontMatterAsChecked(fileURLToPath(new URL(props.filePath, context.config.root))) : props.data) as typeof props.data }),
      });
    },
  };
}

/**
 * Every collection lives in content/<collection>/<lang>/<id>.mdx; the entry id keeps the
 * `<lang>/` prefix so every language's version of one entry can sit in the same collection.
 */
function contentLoader(name: CollectionName) {
  const base = `./content/${name}`;
  return strictText(glob({
    pattern: '*/*.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    // No page shows an entry's MDX source, and kept in the content store every body went into the
    // build's bundle as well, which grows the bundle and the peak of `astro build` with the corpus
    // (docs/performance.md). The paragraph lists read a body from its file (src/lib/backlinks.ts).
    retainBody: false,
  }), base);
}

// One line per kind of text (src/kinds/index.ts): Astro infers each entry's data type from this
// object's own keys and schemas, which a loop over the registry would lose. `satisfies` makes a kind
// without its line a type error (`npm run check:types`).
export const collections = {
  speeches: defineCollection({ loader: contentLoader('speeches'), schema: collectionSchemas.speeches }),
  orientations: defineCollection({ loader: contentLoader('orientations'), schema: collectionSchemas.orientations }),
  breakthroughs: defineCollection({ loader: contentLoader('breakthroughs'), schema: collectionSchemas.breakthroughs }),
  resolutions: defineCollection({ loader: contentLoader('resolutions'), schema: collectionSchemas.resolutions }),
  people: defineCollection({ loader: contentLoader('people'), schema: collectionSchemas.people }),
  events: defineCollection({ loader: contentLoader('events'), schema: collectionSchemas.events }),
  targets: defineCollection({ loader: contentLoader('targets'), schema: collectionSchemas.targets }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: collectionSchemas.glossary }),
} satisfies Record<CollectionName, unknown>;
