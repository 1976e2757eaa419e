/**
 * The entry of the classic script `_tools/reading-list-items.js` (src/integrations/on-demand-scripts.ts):
 * the reading list's items as its page shows them, each entry's type and linked title, the quoted ¶
 * (labelled by its voice, its citation below) or the editors' summary, and the buttons that move and
 * remove it. The page (./page.ts) loads it beside the items' data.js once its list has an item, so a
 * first-time reader's empty list never costs it. It hands its work to the page through a global, as
 * entries' data.js hand over their data, so it loads from disk (file://) too.
 */
import { citationAddress, citationFor, templateForVoice } from '../../lib/citation';
import type { KnownEntries } from '../../lib/known-entries';
import { itemKey, type ReadingItem } from '../../lib/reading-list';
import { moved, withoutItem } from '../../lib/reading-list-edits';
import { pageHref } from '../entry-data';

/** The page's words the items say (`data-strings`). */
export interface ItemStrings {
  paragraph: string;
  remove: string;
  up: string;
  down: string;
  missing: string;
  /** Labels an editors' summary, so it is never read as the source's words. */
  summary: string;
  /** Said after a library path when the copy was built without the site's address. */
  noSiteUrl: string;
  /** Labels a quoted ¶ that is the editors' translation, so it is never read as the source's words. */
  translation: string;
}

/** What the list page hands over each time it renders its list. */
export interface ReadingItemsHost {
  /** The site's root, relative to the page (`../../`). */
  root: string;
  lang: string;
  strings: ItemStrings;
  /** What the lookup of the list's entries found: only a known entry's data is shown, any other is said to be missing. */
  known: KnownEntries;
  /** The list as it is now (when a button is pressed, as when it was rendered). */
  items(): readonly ReadingItem[];
  /** The reader moved or removed an item: the page keeps the new list and renders it again. */
  edit(items: ReadingItem[]): void;
}

declare global {
  interface Window {
    /** Set up by `_tools/reading-list-items.js`: the list's items, one <li> each, in order. */
    readingListItems?: (host: ReadingItemsHost) => HTMLLIElement[];
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderItem({ root, lang, strings, known, items, edit }: ReadingItemsHost, item: ReadingItem, index: number): HTMLLIElement {
  const li = element('li', 'reading-item');
  const data = !known(`${item.collection}/${item.id}`) ? undefined : window.readingData?.[`${lang}/${item.collection}/${item.id}`];
  const key = itemKey(item);
  if (!data) {
    li.append(element('p', '', `${strings.missing} (${key})`));
  } else {
    const heading = element('h2', 'reading-item-title');
    const link = element('a', '', data.title);
    link.href = pageHref(root, data, item.paragraph);
    heading.append(link);
    if (item.paragraph !== undefined) heading.append(`, ${strings.paragraph.replace('{{n}}', String(item.paragraph))}`);
    li.append(element('p', 'reading-item-type', data.type), heading);
    if (item.paragraph === undefined) {
      const summary = element('p', 'reading-item-summary editorial-label');
      summary.append(element('strong', '', `${strings.summary}:`), ` ${data.summary}`);
      li.append(summary);
    } else {
      if (data.translation) li.append(element('p', 'reading-item-translation editorial-label', strings.translation));
      // Whose words they are, as the page labels them, and in which language they are written.
      const voiceLabel = data.voiceLabels?.[item.paragraph];
      if (voiceLabel) li.append(element('p', 'reading-item-voice para-voice', `${voiceLabel}:`));
      const quote = element('blockquote', 'reading-item-text', data.paragraphs?.[item.paragraph] ?? strings.missing);
      if (data.textLang && data.paragraphs?.[item.paragraph] !== undefined) quote.lang = data.textLang;
      li.append(quote);
    }
    const template = item.paragraph === undefined ? undefined : templateForVoice(data.citations, data.voices?.[item.paragraph]);
    if (template && item.paragraph !== undefined) {
      const where = citationAddress(item.paragraph, {
        canonical: data.url,
        current: new URL(pageHref(root, data), window.location.href),
        path: data.path,
        noSiteNote: strings.noSiteUrl,
      });
      li.append(element('p', 'reading-item-citation', citationFor(template, item.paragraph, where)));
    }
  }
  const tools = element('div', 'reading-item-tools screen-only');
  const button = (label: string, edited: () => ReadingItem[], disabled = false) => {
    const control = element('button', '', label);
    control.type = 'button';
    control.disabled = disabled;
    control.setAttribute('aria-label', `${label}: ${data?.title ?? key}${item.paragraph === undefined ? '' : ` ¶${item.paragraph}`}`);
    control.addEventListener('click', () => edit(edited()));
    return control;
  };
  tools.append(
    button(strings.up, () => moved(items(), key, -1), index === 0),
    button(strings.down, () => moved(items(), key, 1), index === items().length - 1),
    button(strings.remove, () => withoutItem(items(), key)),
  );
  li.append(tools);
  return li;
}

window.readingListItems = (host) => host.items().map((item, index) => renderItem(host, item, index));
