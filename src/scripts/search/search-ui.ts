/**
 * The search dialog's behaviour, loaded the first time the dialog opens: search as you type,
 * filters, results with highlighted excerpts that link straight to the matching paragraph, five at
 * a time ("More results" reads the next five), and arrow-key movement between the input and the
 * result links.
 */
import { boundedQuery } from '../../lib/search/bounded-query';
import type { ExcerptPart } from '../../lib/search/excerpt';
import { searchSite, type PageHit, type SearchFilters, type SearchOutcome, type SectionHit } from './engine';
import { loadPagefind, type Pagefind } from './load-pagefind';
import otherLanguages from 'virtual:search-languages';
import resultsCss from './search-results.css?raw';

/** The localized strings the dialog carries in its `data-strings` attribute. */
interface SearchStrings {
  lang: string;
  /** The page's language's word rules (src/lib/search/word-rules.ts). */
  inflects: boolean;
  resultsOne: string;
  resultsOther: string;
  /** The count while only the pages with the query's words side by side are found (engine.ts). */
  togetherOne: string;
  togetherOther: string;
  noResults: string;
  loading: string;
  error: string;
  shortened: string;
  paragraph: string;
  moreParagraphs: string;
  /** Each kind's label by its filter value: read from the type filter's options, not from `data-strings`. */
  types: Record<string, string>;
}

const typingPause = 120;
const activated = new WeakSet<HTMLDialogElement>();

// A copy of fillPlaceholders (src/i18n/translator.ts), kept here on purpose: importing it makes
// the bundler split the helper into a chunk of its own, shared with the reading list, and the
// first search one request more.
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** An excerpt, marked with its language when it is not the page's (a result of another language's index). */
function excerptElement(parts: readonly ExcerptPart[], lang: string | undefined): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  if (lang) paragraph.lang = lang;
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(part.text);
    }
  }
  return paragraph;
}

function resultItem(page: PageHit, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = page.best.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = page.title;
  if (page.lang) title.lang = page.lang;
  const where = document.createElement('span');
  where.className = 'search-result-where';
  where.textContent = [
    page.type ? (strings.types[page.type] ?? page.type) : undefined,
    page.speaker,
    page.best.paragraph !== undefined ? fill(strings.paragraph, { n: page.best.paragraph }) : page.best.label,
    page.languageLabel,
  ]
    .filter(Boolean)
    .join(' · ');
  link.append(title, ' ', where);
  item.append(link, excerptElement(page.best.excerpt, page.lang));

  if (page.more.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result-more';
    list.setAttribute('aria-label', strings.moreParagraphs);
    for (const section of page.more) list.append(sectionItem(section, strings, page.lang));
    item.append(list);
  }
  return item;
}

function sectionItem(section: SectionHit, strings: SearchStrings, lang: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = section.url;
  link.textContent = section.label ?? fill(strings.paragraph, { n: section.paragraph ?? '' });
  if (lang && section.label) link.lang = lang;
  item.append(link, excerptElement(section.excerpt, lang));
  return item;
}

/**
 * Gives the document the results' styles, which travel with this code rather than with every page.
 * A constructed sheet, not a <style> element: the Content Security Policy admits no inline style
 * without its hash, and a sheet built through the CSSOM is not inline markup.
 */
function adoptResultStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(resultsCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Each kind's label by its filter value, as the type filter lists it (the page does not carry it twice). */
function kindLabels(dialog: HTMLDialogElement): Record<string, string> {
  const options = [...dialog.querySelectorAll<HTMLOptionElement>('select[data-search-filter="type"] option')].filter((option) => option.value !== '');
  return Object.fromEntries(options.map((option) => [option.value, option.textContent ?? '']));
}

/** Wires up one search dialog; safe to call on every open. */
export function activateSearch(dialog: HTMLDialogElement): void {
  if (activated.has(dialog)) return;
  activated.add(dialog);
  adoptResultStyles();

  // The filters start folded on a phone, so the results have the screen (CSS keeps them out of
  // sight until this runs); the reader's choice then stays.
  const filterToggle = dialog.querySelector<HTMLDetailsElement>('details[data-search-filter-toggle]');
  if (filterToggle && matchMedia('(max-width: 40rem)').matches) filterToggle.open = false;
  dialog.dataset['searchReady'] = '';

  const strings: SearchStrings = { ...(JSON.parse(dialog.dataset['strings'] ?? '{}') as Omit<SearchStrings, 'types'>), types: kindLabels(dialog) };
  const form = dialog.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const results = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const moreButton = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = [...dialog.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const plural = new Intl.PluralRules(strings.lang);

  let pagefind: Pagefind | undefined;
  let latest = 0;
  let shownFor = '';
  /** The search whose results are listed, for "More results". */
  let shown: SearchOutcome | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const chosenFilters = (): SearchFilters =>
    Object.fromEntries(selects.map((select) => [select.dataset['searchFilter'], select.value]));
  const stateKey = () => JSON.stringify([input.value.trim(), chosenFilters()]);

  /** What the status says before the count: that a long query was shortened. */
  let shownPrefix = '';
  /** How many pages the search found, and whether those are only the pages with the words side by side. */
  const foundText = (outcome: SearchOutcome) => {
    if (outcome.total === 0) return fill(strings.noResults, { query: outcome.query });
    const [one, other] = outcome.together ? [strings.togetherOne, strings.togetherOther] : [strings.resultsOne, strings.resultsOther];
    return fill(plural.select(outcome.total) === 'one' ? one : other, { count: outcome.total });
  };

  const run = async () => {
    const ticket = ++latest;
    const key = stateKey();
    if (!pagefind) return;
    // A pasted page of text is searched by its first words only, and the reader is told.
    const { query, shortened } = boundedQuery(input.value);
    const filters = chosenFilters();
    if (query === '' && !Object.values(filters).some(Boolean)) {
      results.replaceChildren();
      shown = undefined;
      moreButton.hidden = true;
      delete results.dataset['query'];
      status.textContent = '';
      shownFor = key;
      return;
    }
    dialog.setAttribute('aria-busy', 'true');
    let outcome: Awaited<ReturnType<typeof searchSite>>;
    try {
      outcome = await searchSite(pagefind, query, filters, { inflects: strings.inflects }, strings.types, {
        languages: otherLanguages[strings.lang] ?? [],
        load: loadPagefind,
      });
    } catch (error) {
      if (ticket !== latest) return;
      dialog.removeAttribute('aria-busy');
      status.textContent = strings.error;
      console.error('Search failed:', error);
      return;
    }
    if (ticket !== latest) return;
    dialog.removeAttribute('aria-busy');
    results.replaceChildren(...outcome.pages.map((page) => resultItem(page, strings)));
    shown = outcome;
    moreButton.hidden = outcome.unread() === 0;
    // Which query these results answer: lets tests and the benchmark wait for exactly this search.
    results.dataset['query'] = query;
    shownPrefix = shortened ? `${fill(strings.shortened, { query })} ` : '';
    status.textContent = shownPrefix + foundText(outcome);
    shownFor = key;
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];

  moreButton.addEventListener('click', async () => {
    const outcome = shown;
    if (!outcome || moreButton.disabled) return;
    const ticket = latest;
    moreButton.disabled = true;
    let pages: PageHit[];
    try {
      pages = await outcome.readMore();
    } catch (error) {
      status.textContent = strings.error;
      console.error('Search failed:', error);
      return;
    } finally {
      moreButton.disabled = false;
    }
    // A new search started meanwhile: these belong to the old one.
    if (ticket !== latest || shown !== outcome) return;
    const items = pages.map((page) => resultItem(page, strings));
    results.append(...items);
    moreButton.hidden = outcome.unread() === 0;
    // The pages with the words apart may have just been found: the count says so (announced only if it changed).
    const text = shownPrefix + foundText(outcome);
    if (status.textContent !== text) status.textContent = text;
    // The reader goes on where the new results start (the button may just have gone).
    items[0]?.querySelector<HTMLAnchorElement>('a[href]')?.focus();
  });

  input.addEventListener('input', () => schedule(typingPause));
  for (const select of selects) select.addEventListener('change', () => schedule(0));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first && shownFor === stateKey()) first.click();
    else schedule(0);
  });

  dialog.addEventListener('keydown', (event) => {
    // Esc closes, as the help text says. In a search field with text, the browser's own Esc would
    // only clear the field, and a second Esc close the dialog.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.target instanceof HTMLSelectElement) return;
    const all = links();
    const index = event.target instanceof HTMLAnchorElement ? all.indexOf(event.target) : -1;
    if (event.target !== input && index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });

  // Following a result closes the dialog, so a link to a paragraph of this same page shows it.
  results.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) dialog.close();
  });
  // A click on the backdrop (the dialog element itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());

  status.textContent = strings.loading;
  loadPagefind()
    .then(async (loaded) => {
      pagefind = loaded;
      status.textContent = '';
      dialog.removeAttribute('aria-busy');
      await run();
    })
    .catch((error: unknown) => {
      status.textContent = strings.error;
      dialog.removeAttribute('aria-busy');
      console.error('Search could not be loaded:', error);
    });
}
