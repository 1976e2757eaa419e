import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentTextProblems, fileTextProblems } from './lib/content-text';
import { frontMatterOfText, walk } from './lib/content-files';
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
          // Gone again already: the entry leaves the collection (entryFiles).
        }
      });
      return loader.load(context);
    },
  };
}

/**
 * The entries of content/<collection>/: each `<lang>/<id>.mdx` is the entry `<lang>/<id>`, its data
 * the file's front matter read as the check reads it (frontMatterOfText), so the dev server
 * refuses a date such as 2026-02-30 as the check and the build do. Only data and the file's path are
 * kept: each page renders its entry's body from the file (src/lib/mdx-body.ts), so Astro makes no
 * module of an entry (which at 3,000 speeches was half the bare floor's time and memory:
 * docs/adr/0005-entry-bodies-rendered-from-their-files.md). The dev server follows the files as
 * they change, appear and go.
 */
function entryFiles(base: string): Loader {
  return {
    name: 'entry-files',
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      // `<lang>/<id>.mdx` inside the collection's folder; not a hidden file, nor one outside it.
      const idOf = (path: string) => {
        const inside = relative(dir, path).split(sep);
        if (inside.length !== 2 || inside.some((part) => part.startsWith('.')) || !inside[1]!.endsWith('.mdx')) return undefined;
        return `${inside[0]}/${inside[1]!.slice(0, -'.mdx'.length)}`;
      };
      const load = async (path: string, id: string) => {
        const filePath = relative(root, path).split(sep).join('/');
        const text = readFileSync(path, 'utf8');
        let frontMatter: unknown;
        try {
          frontMatter = frontMatterOfText(text);
        } catch (error) {
          throw new Error(`${filePath}: its front matter does not parse (npm run check says where and how to fix it): ${error instanceof Error ? error.message : String(error)}`);
        }
        const data = await parseData({ id, data: frontMatter as Record<string, unknown>, filePath });
        store.set({ id, data, filePath, digest: generateDigest(text) });
      };
      const found = new Set<string>();
      // In one order on every machine (a folder's listing is in the file system's order).
      for (const path of [...walk(dir)].sort()) {
        const id = idOf(path);
        if (!id) continue;
        found.add(id);
        await load(path, id);
      }
      for (const id of store.keys()) if (!found.has(id)) store.delete(id);
      // In the dev server a file saved with a problem is reported, and the page shows the error.
      const changed = async (path: string) => {
        const id = idOf(path);
        if (!id || !existsSync(path)) return;
        try {
          await load(path, id);
        } catch (error) {
          logger.error(`Could not reload ${relative(root, path)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher?.on('add', changed);
      watcher?.on('change', changed);
      watcher?.on('unlink', (path) => {
        const id = idOf(path);
        if (id) store.delete(id);
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
  return strictText(entryFiles(base), base);
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
