/**
 * The language switch is a plain link to the twin page, so it works without JavaScript; this keeps
 * the reader's #fragment (e.g. #p7) and parallel view (`?view=both`) on it, so switching language
 * lands on the same passage, shown the same way. The view changes without a navigation event, so the
 * link is brought up to date again just before it can be followed.
 */
function keepPlace(): void {
  const view = new URLSearchParams(window.location.search).get('view');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-twin-link]')) {
    const url = new URL(link.href);
    if (view) url.searchParams.set('view', view);
    else url.searchParams.delete('view');
    url.hash = window.location.hash;
    link.href = url.href;
  }
}

keepPlace();
window.addEventListener('hashchange', keepPlace);
for (const event of ['pointerdown', 'focusin'] as const) {
  document.addEventListener(event, (happened) => {
    if ((happened.target as Element | null)?.closest?.('a[data-twin-link]')) keepPlace();
  });
}
