/**
 * Loaded on every page, so kept tiny: registers the service worker (src/service-worker/sw.ts) once
 * the page has loaded, over http(s) only. The offline copy opened from disk must not register one,
 * and cannot: browsers refuse workers on file://.
 */
export function registerServiceWorker(): void {
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  addEventListener('load', () => {
    // Without it the site still works online; only reading without a connection is lost.
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  });
}
