import { transform } from 'lightningcss';
import { offlineUrl } from '../../src/lib/offline/paths';

/**
 * Rewrites every `url()` of a stylesheet of the copy (a `.css` file, or a page's `<style>`, given as
 * the file it is in) into a relative path, parsed by Lightning CSS (the CSS engine Vite already
 * uses), not by pattern matching. The result is minified, as Vite left it.
 */
export function rewriteCss(css: string, fromFile: string, base: string): string {
  return rewriteCssWithUrls(css, fromFile, base).code;
}

function rewriteCssWithUrls(css: string, fromFile: string, base: string): { code: string; urls: string[] } {
  const urls: string[] = [];
  const { code } = transform({
    filename: fromFile,
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Url(url) {
        urls.push(url.url);
        const rewritten = offlineUrl(url.url, fromFile, base);
        return rewritten === undefined ? url : { ...url, url: rewritten };
      },
    },
  });
  return { code: code.toString(), urls };
}

/**
 * `rewriteCss` that remembers: most pages carry the same `<style>` (the fonts), which differs from
 * page to page only in what its `url()`s become. A stylesheet is parsed once to learn its URLs; a
 * page whose URLs become the same paths as an earlier page's gets that page's output.
 */
export function cssRewriter(): (css: string, fromFile: string, base: string) => string {
  const seen = new Map<string, { urls: readonly string[]; outputs: Map<string, string> }>();
  const rewrittenUrls = (urls: readonly string[], fromFile: string, base: string) => JSON.stringify(urls.map((url) => offlineUrl(url, fromFile, base) ?? url));
  return (css, fromFile, base) => {
    const stylesheet = seen.get(css);
    const known = stylesheet?.outputs.get(rewrittenUrls(stylesheet.urls, fromFile, base));
    if (known !== undefined) return known;
    const { code, urls } = rewriteCssWithUrls(css, fromFile, base);
    const outputs = stylesheet?.outputs ?? new Map<string, string>();
    outputs.set(rewrittenUrls(urls, fromFile, base), code);
    seen.set(css, { urls, outputs });
    return code;
  };
}
