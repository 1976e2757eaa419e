import { transform } from 'lightningcss';
import { offlineUrl } from '../../src/lib/offline/paths';

/**
 * Rewrites every `url()` of a stylesheet of the copy (a `.css` file, or a page's `<style>`, given as
 * the file it is in) into a relative path, parsed by Lightning CSS (the CSS engine Vite already
 * uses), not by pattern matching. The result is minified, as Vite left it.
 */
export function rewriteCss(css: string, fromFile: string, base: string): string {
  const { code } = transform({
    filename: fromFile,
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Url(url) {
        const rewritten = offlineUrl(url.url, fromFile, base);
        return rewritten === undefined ? url : { ...url, url: rewritten };
      },
    },
  });
  return code.toString();
}
