// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * SITE_BASE lets the same build be served from a sub-path (e.g. `/cao-bang/`) of any static host.
 * SITE_URL is the public origin, used for canonical links when known.
 */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Source texts are verbatim: keep their quote marks and dashes exactly as written.
  integrations: [mdx({ smartypants: false })],
  // Our own tools never phone home; nor should the build.
  devToolbar: { enabled: false },
});
