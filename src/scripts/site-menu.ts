/**
 * Loaded on every page, so kept tiny: on a phone the header's sections fold behind a "Menu"
 * button (the CSS hides them while `data-open` is absent; without a script they stay shown). The
 * button says whether it is open; Escape closes it and gives the focus back to the button.
 */
export function setUpSiteMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-site-menu]');
  const nav = document.querySelector<HTMLElement>('.site-nav');
  if (!button || !nav) return;

  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };

  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  // On the header, which holds the button and the sections; the search dialog in it has its own Escape.
  button.closest('header')?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    setOpen(false);
    button.focus();
  });
}
