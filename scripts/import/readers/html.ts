/**
 * Reads a saved web page: Mozilla's Readability (the Firefox reader view's extractor, over jsdom's
 * real DOM) finds the article; our rules then take out what it leaves in (photo captions, lists of
 * related articles), and the page's own metadata gives the provenance.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blockText, ImportError, type DroppedBlock, type SourceDate, type SourceDocument, type SourceMetadata } from '../source.ts';
import type { LanguageSignals } from '../signals/index.ts';
import { domBlocks } from './dom-blocks.ts';

/** Why a block outside the article was left out, from the element it stood in. */
const chromeReasons: { test: RegExp; reason: string }[] = [
  { test: /\b(?:nav|menu|navbar|navigation)\b/i, reason: 'menu' },
  { test: /\bbreadcrumbs?\b/i, reason: 'breadcrumbs' },
  { test: /\b(?:share|social|sharing)\b/i, reason: 'share bar' },
  { test: /\b(?:ads?|advert\w*|banner|quang-?cao|sponsor\w*)\b/i, reason: 'advertisement' },
  { test: /\b(?:tags?|keywords?|tu-?khoa)\b/i, reason: 'tag list' },
  { test: /\b(?:related|lien-?quan|most-?read|doc-?nhieu|recommend\w*)\b/i, reason: 'list of related articles' },
  { test: /\b(?:footer)\b/i, reason: 'footer' },
  { test: /\b(?:header|masthead|topbar)\b/i, reason: 'masthead' },
  { test: /\b(?:comments?|binh-?luan)\b/i, reason: 'comments' },
  { test: /\bfigcaption\b|\bcaption\b/i, reason: 'photo caption' },
];

/** The tag, id and classes of an element and its ancestors, as words to match against. */
function ancestry(element: Element): string {
  const words: string[] = [];
  for (let at: Element | null = element; at; at = at.parentElement) {
    words.push(at.tagName.toLowerCase(), at.id, at.getAttribute('class') ?? '', at.getAttribute('role') ?? '');
  }
  return words.join(' ');
}

function reasonFor(element: Element): string {
  const words = ancestry(element);
  return chromeReasons.find(({ test }) => test.test(words))?.reason ?? 'outside the article (reader-view extraction)';
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** The calendar day an ISO date-time names, as the source wrote it (its own time zone). */
function isoDay(value: string | undefined | null): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '')?.[1];
}

function absoluteHttps(value: string | undefined | null, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function metadataOf(document: Document, signals: LanguageSignals | undefined): SourceMetadata {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ogUrl = meta(document, 'og:url');
  const dates: SourceDate[] = [];
  const published = isoDay(meta(document, 'article:published_time', 'datePublished', 'pubdate'));
  if (published) dates.push({ date: published, kind: 'published', from: 'the page’s article:published_time' });
  const time = document.querySelector('article time[datetime], [class*="byline"] time[datetime], time[itemprop="datePublished"]');
  const timeDay = isoDay(time?.getAttribute('datetime'));
  if (!published && timeDay) dates.push({ date: timeDay, kind: 'published', from: 'the byline’s <time>' });
  if (signals) {
    // A masthead clock is the day the page was seen, not the article's.
    for (const element of document.querySelectorAll('header, [class*="masthead"], [class*="topbar"], [class*="date"]')) {
      const match = signals.mastheadClock.exec(element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      if (match?.groups) {
        dates.push({ date: `${match.groups['year']}-${match.groups['month']!.padStart(2, '0')}-${match.groups['day']!.padStart(2, '0')}`, kind: 'captured', from: 'the masthead clock' });
        break;
      }
    }
  }
  // Not <title>: it is usually the headline and the site's name, or the site's name alone.
  const title = meta(document, 'og:title') ?? document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const byline = meta(document, 'author', 'article:author') ?? document.querySelector('[rel="author"], [class*="author"], [class*="byline"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const publication = meta(document, 'og:site_name', 'application-name');
  const url = absoluteHttps(canonical, ogUrl) ?? absoluteHttps(ogUrl, undefined);
  const lang = document.documentElement.getAttribute('lang')?.trim().toLowerCase().split('-')[0];
  return {
    ...(title ? { title } : {}),
    ...(publication ? { publication } : {}),
    ...(url ? { url } : {}),
    dates,
    ...(byline ? { byline } : {}),
    ...(lang ? { lang } : {}),
  };
}

/**
 * Takes out what Readability would keep but is not the text: photo captions (kept as credits by
 * the cleaning rules) and lists of related articles, which some pages put inside the article.
 */
function removeNonText(document: Document, signals: LanguageSignals | undefined, dropped: DroppedBlock[], accounted: Set<string>): string[] {
  const captions: string[] = [];
  for (const caption of document.querySelectorAll('figcaption, .caption, [class*="caption"], [class*="Caption"]')) {
    const text = caption.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text) captions.push(text);
    caption.remove();
  }
  if (signals) {
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6, header, strong, b, p, div, span')) {
      if (!heading.isConnected || heading.children.length > 1) continue;
      const text = heading.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (!text || !signals.relatedHeading.test(text)) continue;
      // The list is the heading's box: the nearest ancestor that holds more than the heading.
      let box: Element = heading;
      while (box.parentElement && box.parentElement.textContent?.replace(/\s+/g, ' ').trim() === text) box = box.parentElement;
      const container = box.parentElement && box.parentElement.tagName !== 'BODY' && !box.parentElement.querySelector('h1') ? box.parentElement : box;
      const removed = domBlocks(container, () => 'related list').map(({ block }) => blockText(block));
      for (const line of removed) accounted.add(line);
      dropped.push({ text: `${text} (${removed.length} lines)`, reason: 'list of related articles', where: `<${container.tagName.toLowerCase()}>` });
      container.remove();
    }
  }
  return captions;
}

/** Reads an HTML page into blocks; throws an ImportError when it holds no article. */
export function readHtml(html: string, signals: LanguageSignals | undefined): SourceDocument {
  // jsdom runs no script by default; its console would print the page's CSS errors, which are not ours.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  const metadata = metadataOf(document, signals);
  const dropped: DroppedBlock[] = [];
  const allBlocks = domBlocks(document.body, (element, index) => `<${element.tagName.toLowerCase()}> ${index + 1}`);
  const accounted = new Set<string>();
  const captions = removeNonText(document, signals, dropped, accounted);
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article?.content || (article.textContent ?? '').trim().length < 200) {
    throw new ImportError('the page holds no article Readability can find (no run of paragraphs of text); save the article’s own page, not a list or a home page, or copy its text into a .txt file');
  }
  const articleDom = new JSDOM(`<body>${article.content}</body>`, { virtualConsole: new VirtualConsole() });
  const blocks = domBlocks(articleDom.window.document.body, (_element, index) => `paragraph ${index + 1} of the article`).map(({ block }) => block);
  const kept = new Set(blocks.map(blockText));
  const reported = accounted;
  for (const { block, element } of allBlocks) {
    const text = blockText(block);
    if (kept.has(text) || reported.has(text) || captions.includes(text) || text === metadata.title) continue;
    reported.add(text);
    dropped.push({ text, reason: reasonFor(element), where: block.where });
  }
  const scripts = dom.window.document.querySelectorAll('script').length;
  return {
    format: 'html',
    // Captions go on as caption blocks: the cleaning rules read their credits and report them.
    blocks: [...blocks, ...captions.map((text, index) => ({ role: 'caption' as const, runs: [{ text }], where: `caption ${index + 1}` }))],
    metadata: { ...metadata, ...(!metadata.byline && article.byline ? { byline: article.byline.trim() } : {}), ...(!metadata.publication && article.siteName ? { publication: article.siteName.trim() } : {}) },
    dropped,
    notes: scripts > 0 ? [`${scripts} script element${scripts === 1 ? '' : 's'} not read`] : [],
  };
}
