/**
 * The language switch is plain links to the page in each other language, so it works without
 * JavaScript; this keeps the reader's #fragment (e.g. #p7) and parallel view (`?view=both`, and
 * `&with=` for the language compared) on them, so switching language lands on the same passage,
 * shown the same way. The place changes without a navigation event, so a link is brought up to
 * date just before it can be followed: when it is pressed or focused.
 */
function keepPlace(link: HTMLAnchorElement): void {
  const params = new URLSearchParams(location.search);
  const url = new URL(link.href);
  for (const name of ['view', 'with']) {
    const value = params.get(name);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  url.hash = location.hash;
  link.href = url.href;
}

for (const event of ['pointerdown', 'focusin'] as const) {
  document.addEventListener(event, (happened) => {
    const link = (happened.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-link]');
    if (link) keepPlace(link);
  });
}
