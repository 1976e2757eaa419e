import type { BuildOptions } from 'esbuild';

/**
 * esbuild's options for one minified classic (IIFE) script: what a page can load with a <script>
 * tag from disk (file://), where no module script runs. Shared by the on-demand tools
 * (src/integrations/on-demand-scripts.ts) and the offline copy's page scripts (scripts/offline/bundle.ts).
 */
export const classicScriptOptions = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'silent',
} as const satisfies BuildOptions;
