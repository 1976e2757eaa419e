/**
 * The benchmark's floor: the least a site needs to publish the same MDX corpus with search. A bare
 * Astro project (MDX, one content collection over every file, one page per entry, a minimal layout,
 * <Para>, <Ref> and <Quote> as plain elements) and Pagefind's CLI with its defaults. Our build is
 * reported as a multiple of this one.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../lib/project-copy';

const files: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ smartypants: false })],
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { all: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content' }) }) };
`,
  'src/components/Para.astro': '<div id={`p${Astro.props.n}`}><slot /></div>\n',
  'src/components/Ref.astro': '<a href={`/${Astro.props.to}/`}><slot /></a>\n',
  'src/components/Quote.astro': '<q><slot /></q>\n',
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Para from '../components/Para.astro';
import Quote from '../components/Quote.astro';
import Ref from '../components/Ref.astro';

export async function getStaticPaths() {
  return (await getCollection('all')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.id);
---

<html lang={entry.id.split('/')[1]}>
  <head>
    <meta charset="utf-8" />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <Content components={{ Para, Quote, Ref }} />
    </main>
  </body>
</html>
`,
};

/** Writes the floor project into `dir`, with a copy of the corpus in `contentDir`. */
export function writeFloorProject(dir: string, contentDir: string, root = process.cwd()): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  linkNodeModules(dir, root);
}
