/**
 * Scripts a page loads only when a reader asks for what they do (`_tools/*.js`, built by
 * src/integrations/on-demand-scripts.ts): classic scripts, which run served, in the installed app
 * and from disk (file://), where no module can load. Kept tiny: pages carry it.
 */

const loading = new Map<string, Promise<unknown>>();

/**
 * Runs `<site root>_tools/<name>.js` once and resolves with what it set up (`read`); rejects when it
 * cannot be loaded, and may then be tried again. `root`, the site's root relative to the page
 * (`../../`), where the caller knows it; else it is found from the header's link to the home page.
 */
export function loadOnDemand<T>(name: string, read: () => T | undefined, root?: string): Promise<T> {
  let promise = loading.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      // The header's link to the language's home (`…/vi/`) is one folder below the root, from disk too.
      const home = document.querySelector<HTMLAnchorElement>('a.site-name')?.href ?? document.baseURI;
      script.src = root === undefined ? new URL(`../_tools/${name}.js`, home).href : `${root}_tools/${name}.js`;
      script.onload = () => {
        const loaded = read();
        if (loaded) resolve(loaded);
        else reject(new Error(`${script.src} set nothing up`));
      };
      script.onerror = () => {
        loading.delete(name);
        reject(new Error(`Could not load ${script.src}`));
      };
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise;
}
