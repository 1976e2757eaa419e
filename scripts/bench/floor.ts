/**
 * The benchmark's floor: the least a site needs to publish the same MDX corpus with search. A bare
 * Astro project (MDX, one content collection over every file, one page per entry, a minimal layout,
 * <Para>, <Part>, <Ref> and <Quote> as plain elements) and Pagefind's CLI with its defaults. Our build is
 * reported as a multiple of this one.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkNodeModules } from '../lib/project-copy';

const files: Record<string, string> = {
  'package.json': '{ "name": "bench-floor", "private": true, "type": "module" }\n',
  // Without Rolldown's warning on every MDX file, as our build: two thousand warnings printed would
  // slow the floor, not the site, and flatter the ratio. The filter is our own module's (the floor
  // is written with its address, see writeFloorProject).
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { withoutHeadInjectWarnings } from 'ROLLDOWN_WARNINGS_MODULE';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ smartypants: false })],
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { onwarn: withoutHeadInjectWarnings } } },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { all: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content' }) }) };
`,
  'src/components/Para.astro': '<div id={`p${Astro.props.n}`}><slot /></div>\n',
  'src/components/Ref.astro': '<a href={`/${Astro.props.to}/`}><slot /></a>\n',
  'src/components/Quote.astro': '<q><slot /></q>\n',
  'src/components/Part.astro': '<section id={Astro.props.n}><h2>{Astro.props.n} {Astro.props.title}</h2><slot /></section>\n',
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Para from '../components/Para.astro';
import Part from '../components/Part.astro';
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
      <Content components={{ Para, Part, Quote, Ref }} />
    </main>
  </body>
</html>
`,
};

/** Writes the floor project into `dir`, with a copy of the corpus in `contentDir`. */
export function writeFloorProject(dir: string, contentDir: string, root = process.cwd()): void {
  const warningsModule = pathToFileURL(join(resolve(root), 'scripts', 'bench', 'rolldown-warnings.ts')).href;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text.replace('ROLLDOWN_WARNINGS_MODULE', warningsModule));
  }
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  linkNodeModules(dir, root);
}
