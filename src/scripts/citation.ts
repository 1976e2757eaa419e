/**
 * "Copy citation" on every speech paragraph. Copies with the Clipboard API where the browser allows
 * it; where it does not (file://, older browsers, denied permission) it opens a dialog with the
 * citation selected, ready for Ctrl+C / ⌘C.
 */
import { citationFor } from '../lib/citation';

function locationOf(article: HTMLElement, n: string): string {
  // From disk, the address would be a path on this computer: cite the page's path in the copy instead.
  if (window.location.protocol === 'file:') return `${article.dataset.citePath ?? ''}#p${n}`;
  return `${window.location.origin}${window.location.pathname}#p${n}`;
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
  const article = button.closest<HTMLElement>('[data-citation]');
  const n = button.dataset.cite;
  if (!article || !n) return;
  const text = citationFor(article.dataset.citation ?? '', n, locationOf(article, n));
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
