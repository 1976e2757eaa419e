// @ts-check
import { defineConfig } from 'astro/config';
import { bodyThread } from './src/integrations/body-thread';
import { entryData } from './src/integrations/entry-data';
import { searchIndex } from './src/integrations/search-index';
import { searchLanguages } from './src/integrations/search-languages';
import { onDemandScripts } from './src/integrations/on-demand-scripts';
// The site's declaration (name, languages, offline copy, address), validated as it loads: an
// invalid one stops here with every problem named (src/lib/define-site.ts).
import site from './site.config.ts';

/**
 * SITE_BASE lets the same build be served from a sub-path (e.g. `/library/`) of any static host.
 * The public origin, for canonical links and citations when known: SITE_URL, else site.config.ts's
 * `url` (`npm run build -- --site=…` overrides both).
 */
const base = process.env.SITE_BASE ?? '/';
const siteUrl = process.env.SITE_URL || site.url;

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base,
  trailingSlash: 'always',
  // Each page carries its CSS inline: one round trip less before the first paint (Lighthouse), and
  // Astro's CSP hashes it like any style it emits. Four pages at a time: while one page's body is
  // on the body thread (src/build/body-thread.ts) or its file is being written, Astro's thread renders
  // the next (the search index still gets them in order: src/integrations/search-index.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Entry bodies are MDX, rendered from their files on the body thread (src/lib/mdx-body.ts), not
  // by Astro's MDX integration, which made a module of every entry (docs/adr/0005).
  // entryData writes each entry's data.js beside its page (src/lib/entry-data.ts); searchIndex hands
  // every page to Pagefind as it renders (npm run build writes the index once astro build has
  // exited; astro build alone writes it into the output itself); bodyThread
  // renders the entry bodies and writes them out beside Astro's rendering (src/build/body-thread.ts); searchLanguages
  // gives the search code the other languages it may look in (src/integrations/search-languages.ts);
  // onDemandScripts bundles what a page loads only when asked (the Word export, the notebook's
  // dialog) into classic scripts in _tools/ (src/integrations/on-demand-scripts.ts).
  integrations: [entryData(), searchIndex(), bodyThread(), searchLanguages(), onDemandScripts()],
  // Our own tools never phone home; nor should the build.
  devToolbar: { enabled: false },
  // Vite gzips every chunk it builds to report its size, and Astro prints none of them.
  vite: { build: { reportCompressedSize: false } },
  // Content-Security-Policy as a <meta> on every page. Astro hashes every script and style it emits
  // (the small inline module scripts included), so no 'unsafe-inline' for scripts, which also refuses
  // inline event handlers. Pagefind compiles WebAssembly ('wasm-unsafe-eval'). No page has a style
  // attribute, so none is allowed: styles come only from the site's files and hashed <style>s.
  // No syntax highlighting (Shiki writes inline styles): content has no code.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
