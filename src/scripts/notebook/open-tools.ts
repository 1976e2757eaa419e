/**
 * "Note, export to Word…" on an entry's page: one button for the page, whose dialog
 * (`_tools/notebook-tools.js`: ./speech-tools.ts with its styles and strings) loads only when it is
 * pressed. The reader's selection is taken at the press, before anything can change it. Every page
 * with a reading-list button carries this, so it is the least that loads a classic script
 * (../on-demand.ts does the same with more care, for pages that can afford it).
 */
export {};

declare global {
  interface Window {
    notebookTools?: { open(button: Element, selected: Range | undefined): Promise<void> };
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest('[data-notebook-open]');
  if (!button) return;
  const selection = getSelection();
  const selected = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
  const open = () => void window.notebookTools?.open(button, selected);
  if (window.notebookTools) return open();
  const script = document.createElement('script');
  // The site's icon is at its root, on disk too.
  script.src = new URL('_tools/notebook-tools.js', document.querySelector<HTMLLinkElement>('link[rel=icon]')!.href).href;
  script.onload = open;
  document.head.append(script);
});
