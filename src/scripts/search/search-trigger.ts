/**
 * Loaded on every page, so kept tiny: opens the search dialog from the header button or the "/"
 * key, and only then fetches the search UI (and, through it, Pagefind).
 */

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
  );
}

export function setUpSearchTrigger(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const button = document.querySelector<HTMLButtonElement>('button[data-search-open]');
  if (!dialog || !button) return;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    import('./search-ui')
      .then(({ activateSearch }) => activateSearch(dialog))
      .catch(() => {
        const status = dialog.querySelector('[data-search-status]');
        if (status) status.textContent = (JSON.parse(dialog.dataset['strings'] ?? '{}') as { error?: string }).error ?? '';
      });
  };

  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (dialog.open || isEditable(event.target)) return;
    event.preventDefault();
    open();
  });
}
