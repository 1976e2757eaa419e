/**
 * An entry page's notebook and Word tools, `_tools/notebook-tools.js` (./tools-script.ts), loaded
 * when the reader presses "Note, export to Word…" (./open-tools.ts): a dialog that takes the ¶ the reader selected on the page (or typed),
 * keeps them in the notebook with the reader's note, or exports them to a .docx with the speech's
 * title, speaker, date, source and each ¶'s citation. Its styles and strings come with it.
 */
import { fillPlaceholders as fill } from '../../i18n/translator';
import { itemKeyOf, normalParagraphs, paragraphListText, parseParagraphList, withBookmark } from '../../lib/notebook';
import { loadEntry, type EntryData } from '../entry-data';
import { loadWordExport } from '../word-export/load';
import { exportFileName, type WordText } from '../word-export/model';
import toolsCss from './speech-tools.css?raw';
import { storedNotebook, storeNotebook } from './store';
import { uiStrings } from './ui-strings';
import { entrySection, type SectionStrings } from '../word-export/entry-sections';

/** A speech's own paragraphs (`id="p7"`), not the other language's placed beside them. */
const ownParagraphs = (scope: ParentNode): HTMLElement[] => [...scope.querySelectorAll<HTMLElement>('.speech-body > .para[id^="p"]')];

/** The ¶ numbers of a speech's own paragraphs that the reader's selection touches. */
export function selectedParagraphs(scope: ParentNode, selected: Range | undefined): number[] {
  if (!selected || selected.collapsed) return [];
  const paragraphs = ownParagraphs(scope);
  return normalParagraphs(
    paragraphs.filter((element) => selected.intersectsNode(element)).map((element) => Number(element.id.slice(1))),
  );
}

/** The speech's ¶ numbers, in order. */
function paragraphsOnPage(scope: ParentNode): number[] {
  return ownParagraphs(scope).map((element) => Number(element.id.slice(1))).filter((n) => n > 0);
}

/** The page's description of the speech (speaker, date, publication, source…), as `Label: value` lines. */
function pageDetails(scope: ParentNode): WordText[] {
  return [...scope.querySelectorAll<HTMLElement>('article header dl.meta')].flatMap((list) =>
    [...list.querySelectorAll('dt')].map((term) => {
      const value = term.nextElementSibling as HTMLElement | null;
      const text = (value?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const lang = value?.closest<HTMLElement>('[lang]')?.lang;
      return [{ text: `${term.textContent?.trim() ?? ''}: ` }, { text, lang: value?.lang || (lang !== document.documentElement.lang ? lang : undefined) }];
    }),
  );
}

let sheetAdopted = false;

/** The dialog's styles, a constructed sheet: the CSP admits no unhashed inline style. */
function adoptStyles(): void {
  if (sheetAdopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(toolsCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  sheetAdopted = true;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

interface Tools {
  dialog: HTMLDialogElement;
  paragraphs: HTMLInputElement;
  note: HTMLTextAreaElement;
}

let built: Tools | undefined;

/** The dialog, built once per page. */
function buildTools(scope: ParentNode, root: string, lang: string, entry: string, strings: Record<string, string>): Tools {
  const t = (key: string, values?: Record<string, string | number>) => fill(strings[key] ?? key, values);
  const notebookHref = window.location.protocol === 'file:' ? `${root}${lang}/notebook/index.html` : `${root}${lang}/notebook/`;
  // An entry without numbered ¶ (an orientation, a resolution) is kept or exported whole.
  const hasParagraphs = paragraphsOnPage(scope).length > 0;
  const status = element('p', { className: 'notebook-tools-status' });
  status.setAttribute('role', 'status');
  const error = element('p', { className: 'notebook-tools-error', hidden: true });
  error.setAttribute('role', 'alert');
  const paragraphs = element('input', { id: 'notebook-tools-paragraphs', type: 'text', inputMode: 'numeric', autocomplete: 'off' });
  const note = element('textarea', { id: 'notebook-tools-note', rows: 4 });
  const save = element('button', { type: 'button' }, t('notebook.save'));
  const exportWord = element('button', { type: 'button' }, t('notebook.exportWord'));
  const close = element('button', { type: 'button' }, t('cite.close'));
  const heading = element('h2', { id: 'notebook-tools-title' }, t('notebook.toolsTitle'));
  const dialog = element(
    'dialog',
    { className: 'notebook-tools' },
    heading,
    ...(hasParagraphs ? [element('p', { id: 'notebook-tools-help' }, t('notebook.toolsHelp')), element('label', { htmlFor: paragraphs.id }, t('notebook.paragraphsLabel')), paragraphs] : []),
    element('label', { htmlFor: note.id }, t('notebook.noteLabel')),
    note,
    error,
    element('div', { className: 'notebook-tools-buttons' }, save, exportWord, element('a', { href: notebookHref }, t('notebook.open')), close),
    status,
    element('p', { className: 'notebook-tools-private' }, t('notebook.private')),
  );
  dialog.setAttribute('aria-labelledby', heading.id);
  paragraphs.setAttribute('aria-describedby', 'notebook-tools-help');
  (document.querySelector('main') ?? document.body).append(dialog);

  const say = (message: string) => {
    status.textContent = message;
  };
  /** The ¶ the field names, checked against the page; undefined (with the reason shown) when it names none of them. */
  const chosen = (): number[] | undefined => {
    error.hidden = true;
    paragraphs.removeAttribute('aria-invalid');
    const typed = paragraphs.value.trim();
    const numbers = parseParagraphList(typed);
    const onPage = paragraphsOnPage(scope);
    const absent = numbers?.filter((n) => !onPage.includes(n)) ?? [];
    if (numbers && absent.length === 0) return numbers;
    error.textContent = numbers ? t('notebook.unknownParagraphs', { list: paragraphListText(absent), range: paragraphListText(onPage) }) : t('notebook.badParagraphs', { text: typed });
    error.hidden = false;
    paragraphs.setAttribute('aria-invalid', 'true');
    paragraphs.focus();
    return undefined;
  };
  const describe = (numbers: readonly number[]) =>
    numbers.length === 0 ? t('notebook.wholeText') : numbers.length === 1 ? t('para.label', { n: numbers[0]! }) : t('notebook.paragraphList', { list: paragraphListText(numbers) });

  save.addEventListener('click', () => {
    const numbers = chosen();
    if (!numbers) return;
    const [collection = '', id = ''] = entry.split('/');
    const item = { collection, id, paragraphs: numbers, note: note.value.trim(), added: new Date().toISOString() };
    if (!storeNotebook(withBookmark(storedNotebook(), item))) return say(t('notebook.storageOff'));
    say(t('notebook.saved', { what: describe(numbers) }));
    dialog.dataset.saved = itemKeyOf(item);
  });

  exportWord.addEventListener('click', () => {
    const numbers = chosen();
    if (!numbers) return;
    say(t('notebook.exporting'));
    void (async () => {
      try {
        const [data, word] = await Promise.all([loadEntry(root, `${lang}/${entry}`), loadWordExport(root)]);
        if (!data) throw new Error(`${lang}/${entry}/data.js`);
        const picked = numbers.length === 0 ? paragraphsOnPage(scope) : numbers;
        const fileName = exportFileName(`${data.title} ${numbers.length === 0 ? '' : paragraphListText(numbers)}`, 'docx');
        const blob = await word.wordDocumentBlob({
          lang,
          title: titleOf(data, lang),
          subtitle: t('notebook.excerpt', { what: describe(numbers) }),
          sections: [entrySection(data, root, [{ paragraphs: picked, note: note.value }], lang, sectionStrings(strings), pageDetails(scope))],
        });
        word.offerDownload(blob, fileName);
        say(t('notebook.exported', { file: fileName }));
      } catch (failure) {
        say(t('notebook.exportFailed', { error: failure instanceof Error ? failure.message : String(failure) }));
      }
    })();
  });

  close.addEventListener('click', () => dialog.close());
  built = { dialog, paragraphs, note };
  return built;
}

/** A title as runs, in the language its words are written in. */
function titleOf(data: EntryData, lang: string): WordText {
  return data.textLang && data.textLang !== lang ? [{ text: data.title, lang: data.textLang }] : data.title;
}

/** The strings a Word section needs, from the language's UI strings. */
export function sectionStrings(strings: Record<string, string>): SectionStrings {
  return {
    paragraph: strings['para.label'] ?? '{{n}}',
    translation: strings['reading.translation'] ?? '',
    summary: strings['meta.summary'] ?? '',
    note: strings['notebook.note'] ?? '',
    noSiteUrl: strings['cite.noSiteUrl'] ?? '',
    missing: strings['reading.missing'] ?? '',
  };
}

/** The site's root, from the header's link to the language's home page (`…/vi/`): also from disk. */
function siteRoot(): string {
  const home = document.querySelector<HTMLAnchorElement>('a.site-name');
  return home ? new URL('../', home.href).href : new URL('/', window.location.href).href;
}

/**
 * Opens the tools for the entry whose "whole text" button sits beside `button`, the ¶ field filled
 * with the ¶ the reader had selected (`selected`, taken before anything could change the selection),
 * else the ¶ the address points at.
 */
export async function openSpeechTools(button: Element, selected: Range | undefined): Promise<void> {
  const entry = button.parentElement?.querySelector<HTMLElement>('[data-reading-entry]')?.dataset.readingEntry;
  if (!entry) return;
  const lang = document.documentElement.lang;
  adoptStyles();
  const tools = built ?? buildTools(document, siteRoot(), lang, entry, await uiStrings(lang));
  const picked = selectedParagraphs(document, selected);
  const fromAddress = /^#p(\d+)$/.exec(window.location.hash)?.[1];
  tools.paragraphs.value = paragraphListText(picked.length > 0 ? picked : fromAddress ? [Number(fromAddress)] : []);
  if (!tools.dialog.open) tools.dialog.showModal();
  (tools.paragraphs.isConnected ? tools.paragraphs : tools.note).focus();
}
