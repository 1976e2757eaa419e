/**
 * Loaded with the home page, so kept tiny: the library panel's code (panel.ts) loads when the reader
 * presses one of its buttons, or at once when a library is already saved, to show how much is kept
 * and whether an update is ready.
 */
export function setUpLibraryTrigger(): void {
  const section = document.querySelector<HTMLElement>('[data-offline-library]');
  if (!section || location.protocol === 'file:') return;
  // One panel for the page, so a Cancel reaches the download it started.
  let loaded: Promise<(action: string) => Promise<void>> | undefined;
  const panel = () => (loaded ??= import('./panel').then(({ libraryPanel }) => libraryPanel(section)));
  section.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-library-action]') : null;
    if (button) void panel().then((run) => run(button.dataset['libraryAction']!));
  });
  if ('caches' in self) {
    void caches.keys().then((names) => {
      if (names.some((name) => name.startsWith('library-'))) void panel().then((run) => run('show'));
    });
  }
}
