/**
 * Parallel text on a speech page (components/ParallelSwitch.astro). Choosing the twin language or
 * both loads the twin's data.js (a classic script: works from file:// too) and places each twin ¶
 * after the ¶ with the same number; the stylesheet shows them beside (or, on a phone, under) the
 * originals, or alone. The view is kept in the address (`?view=both`, `?view=en`), so a shared link
 * or a reload opens it again.
 */
import { fragmentId } from '../lib/address-decoding';
import { loadEntry, pageHref, type EntryData } from './entry-data';

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** A twin ¶'s text, its opening label (an interview's speaker) in bold as in the original. */
function twinText(text: string, label: string | undefined): (Node | string)[] {
  if (!label || !text.startsWith(label)) return [text];
  return [element('strong', '', label), text.slice(label.length)];
}

function setUp(control: HTMLFieldSetElement, body: HTMLElement): void {
  const { root = '', twin = '', twinKey = '', twinLabel = '', outdatedLabel = '', outdatedNote = '' } = control.dataset;
  const radios = [...control.querySelectorAll<HTMLInputElement>('input[name="view"]')];
  const own = radios[0]?.value;
  let placed = false;
  let latest = 0;

  // A twin ¶ translated from an earlier text of its original says so, as on its own page, in the
  // page's language; the original is beside it.
  const outdatedNotice = (): HTMLElement => {
    const notice = element('p', 'para-outdated', element('strong', '', `${outdatedLabel}:`), ` ${outdatedNote}`);
    notice.lang = document.documentElement.lang;
    notice.dataset.pagefindIgnore = '';
    return notice;
  };

  // Each twin ¶ keeps the original's kind (lead, question) and its visible voice label (in the page's
  // language, as the reader reads the labels), and links its number to the twin page.
  const place = (data: EntryData) => {
    const outdated = new Set((data.outdated ?? []).map(String));
    for (const para of body.querySelectorAll<HTMLElement>('.para[data-para]')) {
      const n = para.dataset.para ?? '';
      const text = data.paragraphs?.[n];
      if (text === undefined) continue;
      const number = element('a', 'para-number', `¶${n}`, element('span', 'visually-hidden', ` · ${twinLabel.replace('{{n}}', n)}`));
      number.setAttribute('href', pageHref(root, data, n));
      const voiceLabel = para.querySelector(':scope > .para-voice')?.cloneNode(true);
      const notice = outdated.has(n) ? [outdatedNotice()] : [];
      const copy = element('div', `${para.className} para-twin`, number, ...(voiceLabel ? [voiceLabel, ' '] : []), ...notice, element('div', 'para-text', element('p', '', ...twinText(text, data.labels?.[n]))));
      copy.lang = twin;
      if (notice.length > 0) copy.dataset.outdated = '';
      para.after(copy);
    }
    placed = true;
  };

  const show = async (wanted: string, onLoad = false) => {
    const ticket = ++latest;
    let view = radios.some((radio) => radio.value === wanted) ? wanted : own;
    if (view !== own) {
      const data = await loadEntry(root, twinKey);
      // A later choice wins; a missing twin leaves the page as it is.
      if (ticket !== latest) return;
      if (data?.paragraphs) {
        if (!placed) place(data);
      } else view = own;
    }
    for (const radio of radios) radio.checked = radio.value === view;
    if (view === own) delete body.dataset.view;
    else body.dataset.view = view === 'both' ? 'both' : 'twin';
    const url = new URL(window.location.href);
    if (view === own) url.searchParams.delete('view');
    else url.searchParams.set('view', view ?? '');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
    // The columns moved the paragraph the address points at: bring it back into view.
    const targetId = onLoad ? fragmentId(window.location.hash) : undefined;
    if (targetId !== undefined) {
      const target = document.getElementById(targetId);
      (target?.offsetParent === null ? target.nextElementSibling : target)?.scrollIntoView();
    }
  };

  control.hidden = false;
  control.addEventListener('change', (event) => void show((event.target as HTMLInputElement).value));
  const wanted = new URLSearchParams(window.location.search).get('view');
  if (wanted && wanted !== own) void show(wanted, true);
}

const control = document.querySelector<HTMLFieldSetElement>('fieldset[data-parallel]');
const body = document.querySelector<HTMLElement>('.speech-body');
if (control && body) setUp(control, body);
