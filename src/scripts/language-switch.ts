/**
 * The language switch is plain links to the page in each other language, so it works without
 * JavaScript; this keeps the reader's #fragment (e.g. #p7) and parallel view (`?view=both`, and
 * `&with=` for the language compared) on them, so switching language
 * lands on the same passage, shown the same way. The view changes without a navigation event, so the
 * link is brought up to date again just before it can be followed.
 */
function keepPlace(): void {
  const params = new URLSearchParams(window.location.search);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')) {
    const url = new URL(link.href);
    for (const name of ['view', 'with']) {
      const value = params.get(name);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    url.hash = window.location.hash;
    link.href = url.href;
  }
}

keepPlace();
window.addEventListener('hashchange', keepPlace);
for (const event of ['pointerdown', 'focusin'] as const) {
  document.addEventListener(event, (happened) => {
    if ((happened.target as Element | null)?.closest?.('a[data-lang-link]')) keepPlace();
  });
}
