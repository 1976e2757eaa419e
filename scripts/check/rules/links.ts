import { languages, originalLang } from '../../../src/lib/languages.ts';
import { listPagePath, pageCount, speechListPath } from '../../../src/lib/pagination.ts';
import { passagePageCount, passagePagePath, passagesByEntry, passagesUsingTermIn, passagesWithout, type CitingSpeech } from '../../../src/lib/passage-pages.ts';
import type { Passage } from '../../../src/schemas/common.ts';
import { timelineOf, timelinePath, timelineYears } from '../../../src/lib/timeline.ts';
import { mapIsOverview, mapPagePath } from '../../../src/lib/relation-map-pages.ts';
import { site } from '../../../src/lib/site.ts';
import { extraPages, pagePath } from '../../../src/lib/urls.ts';
import { entryAddressOf } from '../../../src/lib/references.ts';
import { collectionNames, kinds } from '../../../src/kinds/index.ts';
import { report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { isScriptUrl } from './mdx.ts';
import { suggestion } from '../suggest.ts';

/** Every page the build will write, as site-relative paths with a trailing slash. */
export function sitePages(corpus: Corpus): Map<string, Entry | undefined> {
  const pages = new Map<string, Entry | undefined>([['/', undefined]]);
  for (const lang of languages) {
    pages.set(`/${pagePath(lang)}`, undefined);
    for (const extra of extraPages) pages.set(`/${pagePath(lang, extra)}`, undefined);
    // A list page is written for a kind with entries published in the language: its own, or the
    // originals not yet translated into it (src/lib/entries.ts, entriesOf).
    // A long list goes on at …/page/2/ and after (src/lib/pagination.ts).
    for (const collection of collectionNames) {
      const published = new Set(corpus.entries.filter((entry) => entry.collection === collection && (entry.lang === lang || entry.lang === originalLang)).map((entry) => entry.id));
      if (published.size === 0) continue;
      for (let number = 1; number <= pageCount(published.size, site.listPageSize); number++) pages.set(`/${listPagePath(lang, collection, number)}`, undefined);
    }
  }
  // An entry not yet translated into a language is published there too, in the original.
  for (const entry of corpus.entries) pages.set(`/${pagePath(entry.lang, entry.collection, entry.id)}`, entry);
  for (const path of passagePages(corpus)) pages.set(path, undefined);
  for (const path of timelineYearPages(corpus)) pages.set(path, undefined);
  for (const path of mapFocusPages(corpus)) pages.set(path, undefined);
  for (const path of speechListPages(corpus)) pages.set(path, undefined);
  for (const entry of corpus.entries.filter((candidate) => candidate.lang === originalLang)) {
    for (const lang of languages) {
      const path = `/${pagePath(lang, entry.collection, entry.id)}`;
      if (!pages.get(path)) pages.set(path, entry);
    }
  }
  return pages;
}

/**
 * The second and later pages of each entry's citing passages (src/lib/passage-pages.ts), counted
 * from the paragraphs as the pages count them: in each language, the speeches it publishes (its own
 * and the originals not yet translated), a term's uses decided on the originals.
 */
function passagePages(corpus: Corpus): string[] {
  const citing = (entries: Entry[]): CitingSpeech[] => entries.map((entry) => ({ slug: entry.id, paragraphs: entry.paragraphs }));
  const paths: string[] = [];
  for (const lang of languages) {
    const speeches = citing(published(corpus, 'speeches', lang));
    const byEntry = passagesByEntry(speeches);
    for (const collection of collectionNames) {
      const find = kinds[collection].citingPassages?.find;
      if (!find) continue;
      for (const entry of published(corpus, collection, lang)) {
        const data = (entry.frontmatter ?? {}) as { statedIn?: Passage; matches?: string[] };
        const original = corpus.entries.find((other) => other.collection === collection && other.id === entry.id && other.lang === originalLang);
        const passages =
          find === 'term-uses'
            ? passagesUsingTermIn(citing(published(corpus, 'speeches', originalLang)), ((original?.frontmatter ?? {}) as { matches?: string[] }).matches ?? [])
            : passagesWithout(byEntry.get(entryAddressOf({ collection, id: entry.id })) ?? [], data.statedIn);
        for (let number = 2; number <= passagePageCount(passages, site.passagePageSize); number++) paths.push(`/${passagePagePath(lang, collection, entry.id, number)}`);
      }
    }
  }
  return paths;
}

/**
 * The year pages of a long timeline (src/lib/timeline.ts), in every language: its moments are the
 * same in each (dates are facts of the source, and every entry is published in every language), so
 * they are counted once, from the originals, as the pages count them.
 */
function timelineYearPages(corpus: Corpus): string[] {
  const originals = (collection: string) => corpus.entries.filter((entry) => entry.collection === collection && entry.lang === originalLang);
  const dateOf = (value: unknown) => (value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);
  const events = originals('events').flatMap((entry) => {
    const data = (entry.frontmatter ?? {}) as { date?: unknown; speeches?: unknown };
    const date = dateOf(data.date);
    return date ? [{ date, kind: '', title: entry.id, href: entry.id, textHrefs: Array.isArray(data.speeches) ? data.speeches.map(String) : [] }] : [];
  });
  const texts = originals('speeches').flatMap((entry) => {
    const date = dateOf(((entry.frontmatter ?? {}) as { date?: unknown }).date);
    return date ? [{ date, kind: '', format: '', title: entry.id, href: entry.id }] : [];
  });
  const items = timelineOf(events, texts);
  if (items.length <= site.listPageSize) return [];
  return timelineYears(items).flatMap(({ year, items: inYear }) =>
    languages.flatMap((lang) => Array.from({ length: pageCount(inYear.length, site.listPageSize) }, (_, index) => `/${timelinePath(lang, year, index + 1)}`)),
  );
}

/**
 * On a corpus of more texts than a map draws (src/lib/relation-map-pages.ts), each item's own map:
 * every entry of a map column past the first that texts refer to, in pages of `mapPageSize` texts.
 */
function mapFocusPages(corpus: Corpus): string[] {
  const paths: string[] = [];
  const sources = collectionNames.filter((name) => kinds[name].map?.column === 0);
  const targets = collectionNames.filter((name) => (kinds[name].map?.column ?? 0) > 0);
  for (const lang of languages) {
    const texts = sources.flatMap((name) => published(corpus, name, lang));
    if (!mapIsOverview(texts.length)) continue;
    const byEntry = passagesByEntry(texts.map((entry): CitingSpeech => ({ slug: entry.id, paragraphs: entry.paragraphs })));
    for (const collection of targets) {
      for (const entry of published(corpus, collection, lang)) {
        const count = byEntry.get(entryAddressOf({ collection, id: entry.id }))?.length ?? 0;
        for (let number = 1; count > 0 && number <= pageCount(count, site.mapPageSize); number++) paths.push(`/${mapPagePath(lang, { collection, slug: entry.id }, number)}`);
      }
    }
  }
  return paths;
}

/**
 * The later pages of a person's or an event's lists of texts (src/lib/speech-lists.ts): a person's
 * own words and the reports of them, an event's texts, `listPageSize` a page.
 */
function speechListPages(corpus: Corpus): string[] {
  const paths: string[] = [];
  for (const lang of languages) {
    const speeches = published(corpus, 'speeches', lang).map((entry) => (entry.frontmatter ?? {}) as { speakers?: unknown; format?: unknown });
    const ids = new Set(published(corpus, 'speeches', lang).map((entry) => entry.id));
    const lists: [string, string, number][] = [
      ...published(corpus, 'people', lang).flatMap((person): [string, string, number][] => {
        const theirs = speeches.filter((speech) => Array.isArray(speech.speakers) && speech.speakers.includes(person.id));
        const reports = theirs.filter((speech) => speech.format === 'speech-report').length;
        return [
          [`people/${person.id}`, 'own-words', theirs.length - reports],
          [`people/${person.id}`, 'reports', reports],
        ];
      }),
      ...published(corpus, 'events', lang).map((event): [string, string, number] => {
        const named = ((event.frontmatter ?? {}) as { speeches?: unknown }).speeches;
        return [`events/${event.id}`, 'speeches', Array.isArray(named) ? named.filter((id) => ids.has(String(id))).length : 0];
      }),
    ];
    for (const [address, list, length] of lists) {
      const [collection = '', id = ''] = address.split('/');
      for (let number = 2; number <= pageCount(length, site.listPageSize); number++) paths.push(`/${speechListPath(lang, collection, id, list, number)}`);
    }
  }
  return paths;
}

/** The entries of a kind a language publishes: its own, and the originals not yet translated into it. */
function published(corpus: Corpus, collection: string, lang: string): Entry[] {
  const own = corpus.entries.filter((entry) => entry.collection === collection && entry.lang === lang);
  const ids = new Set(own.map((entry) => entry.id));
  return [...own, ...corpus.entries.filter((entry) => entry.collection === collection && entry.lang === originalLang && !ids.has(entry.id))];
}

const origin = 'https://site.invalid';

function internalTarget(url: string, from: Entry): URL | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  return new URL(url, `${origin}/${pagePath(from.lang, from.collection, from.id)}`);
}

/** Links written in content (Markdown links, `<a href>`) must land on a page, and ¶ fragments on a paragraph, that will exist. */
export function checkLinks(corpus: Corpus): Diagnostic[] {
  const pages = sitePages(corpus);
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    for (const link of entry.links) {
      const { url } = link;
      if (isScriptUrl(url)) continue;
      const target = internalTarget(url, entry);
      if (!target) continue;
      const at = entry.bodyPoint(link.at);
      const path = target.pathname.replace(/index\.html$/, '').replace(/([^/])$/, '$1/');
      if (!pages.has(path)) {
        diagnostics.push(report(entry, 'broken-link', `the link \`${url}\` goes to ${path}, a page the build will not write${suggestion(path, [...pages.keys()])}; link between entries with <Ref to="collection/id">`, at));
        continue;
      }
      const page = pages.get(path);
      const paragraph = /^#p(\d+)$/.exec(target.hash)?.[1];
      if (page && kinds[page.collection].citableParts === 'paragraphs' && paragraph && !page.paragraphs.some((p) => p.n === Number(paragraph))) {
        diagnostics.push(report(entry, 'broken-link', `the link \`${url}\` points at ¶${paragraph}, which ${page.path} does not have; point at an existing paragraph`, at));
      }
    }
  }
  return diagnostics;
}
