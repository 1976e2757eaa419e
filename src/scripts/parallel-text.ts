/**
 * Parallel text on a speech page (components/ParallelSwitch.astro). Choosing another language, or
 * both, loads that language's data.js (a classic script: works from file:// too) and places each of
 * its ¶ after the ¶ with the same number; the stylesheet shows them beside (or, on a phone, under)
 * the page's own, or alone. With three languages or more, "compare with" chooses which one stands
 * beside the page's. The view is kept in the address (`?view=both`, `?view=en`, `?view=both&with=fr`),
 * so a shared link or a reload opens it again.
 */
import { fragmentId } from '../lib/address-decoding';
import { loadEntry, pageHref, type EntryData } from './entry-data';

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Another language's ¶ text, its opening label (an interview's speaker) in bold as in the original. */
function otherText(text: string, label: string | undefined): (Node | string)[] {
  if (!label || !text.startsWith(label)) return [text];
  return [element('strong', '', label), text.slice(label.length)];
}

function parsed(json: string | undefined): Record<string, string> {
  try {
    return JSON.parse(json ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function setUp(control: HTMLFieldSetElement, body: HTMLElement): void {
  const { root = '', with: defaultWith = '', outdatedLabel = '', outdatedNote = '' } = control.dataset;
  const labels = parsed(control.dataset.labels);
  // Each language's data.js is `<lang>/<collection>/<id>`: the article names the entry once.
  const entry = control.closest<HTMLElement>('[data-entry]')?.dataset.entry ?? '';
  const dirs = parsed(control.dataset.dirs);
  const radios = [...control.querySelectorAll<HTMLInputElement>('input[name="view"]')];
  const select = control.querySelector<HTMLSelectElement>('select[name="with"]');
  const own = radios[0]?.value;
  const isOther = (code: string | null | undefined): code is string => !!code && code !== own && code in labels;
  /** The language whose paragraphs are placed now, if any. */
  let placed: string | undefined;
  let latest = 0;

  // A placed ¶ translated from an earlier text of its original says so, as on its own page, in the
  // page's language; the original is beside it.
  const outdatedNotice = (): HTMLElement => {
    const notice = element('p', 'para-outdated', element('strong', '', `${outdatedLabel}:`), ` ${outdatedNote}`);
    notice.lang = document.documentElement.lang;
    notice.dataset.pagefindIgnore = '';
    return notice;
  };

  // Each placed ¶ keeps the original's kind (lead, question) and its visible voice label (in the page's
  // language, as the reader reads the labels, and marked so), and links its number to that language's page.
  const place = (other: string, data: EntryData) => {
    for (const copy of body.querySelectorAll('.para-twin')) copy.remove();
    const outdated = new Set((data.outdated ?? []).map(String));
    // A speech's own ¶ (its id is `p` and its number); the copies placed beside them have none.
    for (const para of body.querySelectorAll<HTMLElement>('.para[id^="p"]')) {
      const n = para.id.slice(1);
      const text = data.paragraphs?.[n];
      if (text === undefined) continue;
      const number = element('a', 'para-number', `¶${n}`, element('span', 'visually-hidden', ` · ${(labels[other] ?? '').replace('{{n}}', n)}`));
      number.setAttribute('href', pageHref(root, data, n));
      const voiceLabel = para.querySelector(':scope > .para-voice')?.cloneNode(true);
      if (voiceLabel instanceof HTMLElement) voiceLabel.lang = document.documentElement.lang;
      const notice = outdated.has(n) ? [outdatedNotice()] : [];
      const copy = element('div', `${para.className} para-twin`, number, ...(voiceLabel ? [voiceLabel, ' '] : []), ...notice, element('div', 'para-text', element('p', '', ...otherText(text, data.labels?.[n]))));
      copy.lang = other;
      copy.dir = dirs[other] ?? 'ltr';
      if (notice.length > 0) copy.dataset.outdated = '';
      para.after(copy);
    }
    placed = other;
  };

  const show = async (wanted: string | null, wantedWith: string | null, onLoad = false) => {
    const ticket = ++latest;
    let view = wanted === 'both' || isOther(wanted) ? wanted : own;
    const compareWith = isOther(wantedWith) ? wantedWith : defaultWith;
    const other = view === 'both' ? compareWith : view;
    if (view !== own && other) {
      const data = placed === other ? undefined : await loadEntry(root, `${other}/${entry}`);
      // A later choice wins; a missing text leaves the page as it is.
      if (ticket !== latest) return;
      if (placed !== other) {
        if (data?.paragraphs) place(other, data);
        else view = own;
      }
    }
    for (const radio of radios) radio.checked = radio.value === view;
    if (select) select.value = compareWith;
    if (view === own) delete body.dataset.view;
    else body.dataset.view = view === 'both' ? 'both' : 'twin';
    const url = new URL(window.location.href);
    if (view === own) url.searchParams.delete('view');
    else url.searchParams.set('view', view ?? '');
    if (view === 'both' && compareWith !== defaultWith) url.searchParams.set('with', compareWith);
    else url.searchParams.delete('with');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
    // The columns moved the paragraph the address points at: bring it back into view.
    const targetId = onLoad ? fragmentId(window.location.hash) : undefined;
    if (targetId !== undefined) {
      const target = document.getElementById(targetId);
      (target?.offsetParent === null ? target.nextElementSibling : target)?.scrollIntoView();
    }
  };

  control.hidden = false;
  control.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    // Choosing whom to compare with shows the two side by side.
    if (target === select) void show('both', select.value);
    else void show(target.value, select?.value ?? null);
  });
  const params = new URLSearchParams(window.location.search);
  const wanted = params.get('view');
  if (wanted && wanted !== own) void show(wanted, params.get('with'), true);
  else if (select) select.value = defaultWith;
}

const control = document.querySelector<HTMLFieldSetElement>('fieldset[data-parallel]');
const body = document.querySelector<HTMLElement>('.speech-body');
if (control && body) setUp(control, body);
