/**
 * The language switch is a plain link to the twin page, so it works without JavaScript; this keeps
 * the reader's #fragment (e.g. #p7) on it, so switching language lands on the same passage.
 */
function keepFragment(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-twin-link]')) {
    const url = new URL(link.href);
    url.hash = window.location.hash;
    link.href = url.href;
  }
}

keepFragment();
window.addEventListener('hashchange', keepFragment);
