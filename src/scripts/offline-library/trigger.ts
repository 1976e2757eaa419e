/**
 * The library panel's start on the home page: it runs the panel (panel.ts) when the reader presses
 * one of its buttons, or at once when a library is already saved, to show how much is kept and
 * whether an update is ready. The panel is imported, not loaded on demand: a second dynamic import
 * beside the search's made the bundler split its preload helper into a chunk of its own, a request
 * more on every page (tests/e2e/quality-load.spec.ts); here it costs the home page alone, and
 * nothing runs until it is wanted.
 */
import { libraryPanel } from './panel';

export function setUpLibraryTrigger(): void {
  const section = document.querySelector<HTMLElement>('[data-offline-library]');
  if (!section || location.protocol === 'file:') return;
  // One panel for the page, so a Cancel reaches the download it started.
  let run: ((action: string) => Promise<void>) | undefined;
  const panel = () => (run ??= libraryPanel(section));
  section.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-library-action]') : null;
    if (button) void panel()(button.dataset['libraryAction']!);
  });
  if ('caches' in self) {
    void caches.keys().then((names) => {
      if (names.some((name) => name.startsWith('library-'))) void panel()('show');
    });
  }
}
