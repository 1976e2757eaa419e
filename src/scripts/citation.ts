/**
 * "Copy citation" on every speech paragraph. Copies with the Clipboard API where the browser allows
 * it; where it does not (file://, older browsers, denied permission) it opens a dialog with the
 * citation selected, ready for Ctrl+C / ⌘C.
 */
import { citationAddress, citationFor, templateForVoice } from '../lib/citation';

/**
 * The paragraph's (or the document part's, `fragment`) canonical address; see `citationAddress` for
 * a copy built without the site's URL.
 */
function locationOf(article: HTMLElement, n: string, fragment: string | undefined): string {
  return citationAddress(n, {
    fragment,
    canonical: article.dataset.citeUrl,
    current: window.location,
    path: article.dataset.citePath ?? '',
    noSiteNote: article.dataset.citeNoSite ?? '',
  });
}

/** The citation template for the paragraph's voice: whoever answers for its words. */
function templateFor(article: HTMLElement, button: HTMLButtonElement): string {
  const templates = JSON.parse(article.dataset.citations ?? '{}') as Record<string, string>;
  // The ¶'s voice is in its class (`para--voice-reported`); a ¶ without one is the speaker's own words.
  const voice = /(?:^|\s)para--voice-(\S+)/.exec(button.closest<HTMLElement>('.para')?.className ?? '')?.[1];
  return templateForVoice(templates, voice) ?? '';
}

function announce(article: HTMLElement, message: string): void {
  const status = article.querySelector<HTMLElement>('[data-cite-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers announce a repeated message too.
  window.setTimeout(() => (status.textContent = message), 50);
}

function showForManualCopy(article: HTMLElement, text: string): void {
  const dialog = article.querySelector<HTMLDialogElement>('dialog.cite-dialog');
  const field = dialog?.querySelector('textarea');
  if (!dialog || !field) return;
  field.value = text;
  dialog.showModal();
  field.focus();
  field.select();
}

async function copyCitation(button: HTMLButtonElement): Promise<void> {
  const article = button.closest<HTMLElement>('[data-citations]');
  // A document part names itself (`mục II.3.b`); a ¶'s button is known by the ¶ it sits in (`id="p7"`).
  const n = button.dataset.cite || /^p(\d+)$/.exec(button.closest('.para')?.id ?? '')?.[1];
  if (!article || !n) return;
  const text = citationFor(templateFor(article, button), n, locationOf(article, n, button.dataset.citeAnchor));
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    announce(article, (article.dataset.citeCopied ?? '').replace('{{n}}', n));
    button.dataset.copied = 'true';
    window.setTimeout(() => delete button.dataset.copied, 2000);
  } catch {
    showForManualCopy(article, text);
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-cite]');
  if (button) void copyCitation(button);
});
