/**
 * An entry's body as the pages show it. Authors write `<Para n={7}>` for a numbered speech paragraph
 * and `<Ref to="orientations/x">the source's words</Ref>` for a cross-reference (docs/authoring.md).
 * MDX renders the two as plain marker elements (`bodyMarkers`), and `completeBody` writes each out
 * in one pass over the rendered body. In a build that pass runs on a thread of its own
 * (src/build/body-thread.ts), so it takes plain data (`PortableBodyContext`) and imports nothing of the
 * site's bundle.
 *
 * They used to be Astro components. The benchmark's thousand speeches hold some 60,000 of them, and
 * each component instance has a cost of its own in Astro's renderer (its props, slots and awaits):
 * written out here, page generation took 1.5 s less in two alternating pairs of builds, with the
 * same pages byte for byte.
 */
import { Parser } from 'htmlparser2';
import type { UiKey, UiStrings, useTranslations } from '../i18n';
import { partAnchor, partCitationLabel, partNumberLabel, partPathOfAnchor, levelOf, type PartStep, type PartTranslate } from './document-parts.ts';
import { translatorOf } from '../i18n/translator.ts';
import { linkTerms, type LinkableTerm } from './glossary.ts';
import { escapeAttribute, escapeText } from './html-escape.ts';
import { voiceLabelKey } from './voice-label.ts';
import { entryAddressOf, parseReference } from './references.ts';

/** What MDX renders `<Para>`, `<Ref>` and `<Part>` as (element names no content may use; the check allows only known ones). */
export const bodyMarkers = { Para: 'speech-para', Ref: 'entry-ref', Part: 'document-part' } as const;

const markerKinds = { [bodyMarkers.Para]: 'para', [bodyMarkers.Ref]: 'ref', [bodyMarkers.Part]: 'part' } as const;

/** A `<Para>` or `<Ref>` in the rendered body, where it is, and the markers inside it. */
interface Marker {
  kind: 'para' | 'ref' | 'part';
  attributes: Record<string, string>;
  /** Offsets in the body: the opening tag starts at `outer[0]`, its content is `[inner[0], inner[1])`, the closing tag ends at `outer[1]`. */
  outer: [start: number, end: number];
  inner: [start: number, end: number];
  /** A `<Ref>`'s words as plain text, entities decoded (empty for a `<Para>`). */
  text: string;
  children: Marker[];
}

/** A rendered body with its markers found. */
export interface ParsedBody {
  html: string;
  markers: Marker[];
}

/** Finds the markers of a rendered body, nested as they are. */
export function parseBody(html: string): ParsedBody {
  const markers: Marker[] = [];
  const open: Marker[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const kind = markerKinds[name as keyof typeof markerKinds];
        if (!kind) return;
        const marker: Marker = { kind, attributes, outer: [parser.startIndex, -1], inner: [parser.endIndex + 1, -1], text: '', children: [] };
        (open.at(-1)?.children ?? markers).push(marker);
        open.push(marker);
      },
      ontext(text) {
        for (const marker of open) if (marker.kind === 'ref') marker.text += text;
      },
      onclosetag(name, isImplied) {
        if (!(name in markerKinds)) return;
        const marker = open.pop();
        // MDX closes every element it renders; an implied end means the markup around it is broken.
        if (!marker || isImplied) throw new Error(`<${name}> is not closed in the rendered body: ${html.slice(parser.startIndex, parser.startIndex + 80)}`);
        marker.inner[1] = parser.startIndex;
        marker.outer[1] = parser.endIndex + 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { html, markers };
}

function* allMarkers(markers: readonly Marker[]): Generator<Marker> {
  for (const marker of markers) {
    yield marker;
    yield* allMarkers(marker.children);
  }
}

/** The entry a `<Ref to>` points at (`orientations/x#p3` → `orientations/x`). */
function entryAddress(to: string): string {
  const reference = parseReference(to);
  // Not an address at all: kept as written, for the lookup to report.
  return reference ? entryAddressOf(reference) : to;
}

/** An entry a `<Ref>` points at, as the page names it. */
export interface RefTarget {
  /** Its page, without a ¶. */
  href: string;
  /** "Định hướng · Thứ hai". */
  typeLabel: string;
  /** Inline, e.g. "ĐH2"; the type label for entries without a number. */
  shortLabel: string;
  title: string;
  /** The language the title is written in, when not the page's (an entry not yet translated). */
  titleLang?: string | undefined;
  /**
   * The speech paragraphs that state this entry (its `statedIn`), as `speeches/<id>#p<n>`: a `<Ref>`
   * there is a relation the text states; anywhere else it is the editors' reading.
   */
  statedAt?: readonly string[];
}

export interface BodyContext {
  tr: ReturnType<typeof useTranslations>;
  /** The entry at a `collection/id` address (without ¶); throws for one that does not exist. */
  target(address: string): RefTarget;
  /** The glossary terms linked in paragraphs. */
  terms: readonly LinkableTerm[];
}

/**
 * What writing out a body needs in one language, as plain data: it is handed to the body thread
 * (src/build/body-thread.ts) once per language, and every body in that language is written with it.
 */
export interface PortableBodyContext {
  /** The language's UI strings. */
  strings: Readonly<UiStrings>;
  /** Every entry a `<Ref>` may point at, by `collection/id` address. */
  targets: Readonly<Record<string, RefTarget>>;
  terms: readonly LinkableTerm[];
  /** Named in the error for a `<Ref>` to an entry the language does not have. */
  lang: string;
}

/** The context `completeBody` works with, from its portable form. */
export function bodyContextFrom({ strings, targets, terms, lang }: PortableBodyContext): BodyContext {
  return {
    tr: translatorOf(strings),
    target(address) {
      const target = Object.hasOwn(targets, address) ? targets[address] : undefined;
      // `npm run check` reports such a <Ref> with its file and line; a miss here means it was not run.
      if (!target) throw new Error(`<Ref to="${address}"> points at nothing in ${lang}; run \`npm run check\` for the file and line.`);
      return target;
    },
    terms,
  };
}

/**
 * The ¶ of a translated body whose original has changed since they were translated
 * (src/lib/translation-status.ts), and where the original is, for the notice on each.
 */
export interface OutdatedParagraphs {
  paragraphs: readonly number[];
  /** The original's page (without a ¶). */
  originalHref: string;
  /** The original's language, for the link's `hreflang`. */
  originalLang: string;
}

/** The body with every marker written out; everything else stays byte for byte as rendered. */
export function completeBody(body: ParsedBody, context: BodyContext, entry?: string, outdated?: OutdatedParagraphs): string {
  return completeRange(body.html, [0, body.html.length], body.markers, context, entry, outdated);
}

/**
 * A rendered body, its markers found and written out. `entry` is the body's own `collection/id`
 * address, which tells a paragraph's stated relations from the editors' ones.
 */
export function writeOutBody(html: string, context: BodyContext, entry?: string, outdated?: OutdatedParagraphs): string {
  return completeBody(parseBody(html), context, entry, outdated);
}

function completeRange(
  html: string,
  [start, end]: [number, number],
  markers: readonly Marker[],
  context: BodyContext,
  entry: string | undefined,
  outdated: OutdatedParagraphs | undefined,
  parts: readonly PartStep[] = [],
): string {
  let completed = '';
  let at = start;
  for (const marker of markers) {
    completed += html.slice(at, marker.outer[0]);
    // A part's path (its numbers and those of the parts around it) makes its anchor.
    const path = marker.kind === 'part' ? [...parts, { level: marker.attributes['level'], n: marker.attributes['n'] ?? '' }] : parts;
    const inner = completeRange(html, marker.inner, marker.children, context, entry, outdated, path);
    completed += marker.kind === 'ref' ? refLink(marker, inner, context) : marker.kind === 'part' ? partBlock(marker, inner, context, path) : paraBlock(marker, inner, context, entry, outdated);
    at = marker.outer[1];
  }
  return completed + html.slice(at, end);
}

/** The `part.*` strings of a language, for the labels of document parts. */
const partStrings = (tr: BodyContext['tr']): PartTranslate => (key, params) => tr(key as UiKey, params);

/**
 * A numbered part of an official document (src/lib/document-parts.ts): its anchor (`II.3.b`,
 * `dieu-5-khoan-2`) is the element's id, the same in every language. The number shows as the
 * document prints it (`II.`, `Điều 5.`, `b)`) and links to the part; a cite button copies its
 * citation, as a speech paragraph's does. Nested parts sit inside their parent. Each part is a
 * section of its page for search (`data-pagefind-title`), so a result links straight to it.
 */
function partBlock(marker: Marker, innerHtml: string, context: BodyContext, path: readonly PartStep[]): string {
  const { tr } = context;
  const strings = partStrings(tr);
  const anchor = escapeAttribute(partAnchor(path));
  const level = levelOf(path) ?? 'part';
  const label = partCitationLabel(path, strings);
  const title = marker.attributes['title'];
  // Parts with a title are headings of the document's outline; h2 is the body's first level.
  const heading = title ? `h${Math.min(path.length + 1, 6)}` : 'p';
  return (
    `<section class="part part--${escapeAttribute(level)}" id="${anchor}" data-part="${anchor}" data-pagefind-title="${escapeAttribute(label)}">` +
    `<${heading} class="part-head"><a class="part-number" href="#${anchor}">${escapeText(partNumberLabel(path, strings))}<span class="visually-hidden"> · ${escapeText(label)}</span></a>` +
    (title ? ` <span class="part-title">${escapeText(title)}</span>` : '') +
    `</${heading}>` +
    `<span class="part-tools" data-pagefind-ignore><button type="button" class="cite-button" data-cite="${escapeAttribute(label)}" data-cite-anchor="${anchor}">${escapeText(tr('cite.button'))}<span class="visually-hidden"> ${escapeText(label)}</span></button></span>` +
    `<div class="part-text">${innerHtml}</div></section>`
  );
}

/**
 * A cross-reference: the source's words stay as written and become a link, with the target's type
 * in the title and the accessible name (which starts with the visible words). Without words, the
 * link text is the target's title. `npm run check` guarantees the target exists.
 */
function refLink(marker: Marker, wordsHtml: string, { tr, target }: BodyContext): string {
  const to = marker.attributes['to'] ?? '';
  const reference = parseReference(to);
  const entry = target(entryAddress(to));
  const paragraph = reference?.paragraph;
  const part = reference?.part;
  const href = `${entry.href}${paragraph ? `#p${paragraph}` : part ? `#${part}` : ''}`;
  const words = marker.text.trim();
  const common = `class="ref" href="${escapeAttribute(href)}"`;
  const data = `data-ref="${escapeAttribute(to)}" data-ref-type="${escapeAttribute(entry.shortLabel)}"`;
  if (words !== '') {
    return `<a ${common} title="${escapeAttribute(`${entry.typeLabel}: ${entry.title}`)}" ${data} aria-label="${escapeAttribute(`${words} (${entry.typeLabel}: ${entry.title})`)}">${wordsHtml}</a>`;
  }
  const where = paragraph ? tr('para.label', { n: paragraph }) : part ? partCitationLabel(partPathOfAnchor(part), partStrings(tr)) : undefined;
  const linkText = `${entry.title}${where ? `, ${where}` : ''}`;
  const linkHtml = `${titleHtml(entry)}${where ? `, ${escapeText(where)}` : ''}`;
  return `<a ${common} ${data} aria-label="${escapeAttribute(`${linkText} (${entry.typeLabel})`)}">${linkHtml}</a>`;
}

/** A target's title, marked with its language when it is not the page's. */
function titleHtml(entry: RefTarget): string {
  return entry.titleLang ? `<span lang="${escapeAttribute(entry.titleLang)}">${escapeText(entry.title)}</span>` : escapeText(entry.title);
}

function refsLine(label: string, kind: 'stated' | 'editorial', targets: readonly RefTarget[]): string {
  if (targets.length === 0) return '';
  return (
    `<p class="para-refs para-refs--${kind}" data-relation="${kind}" data-pagefind-ignore><span class="para-refs-label">${escapeText(label)}:</span> ` +
    targets.map((entry) => `<a href="${escapeText(entry.href)}"><span class="para-refs-type">${escapeText(entry.typeLabel)}:</span> ${titleHtml(entry)}</a>`).join(' · ') +
    '</p>'
  );
}

/**
 * The notice on a translated ¶ whose original has changed since: in words (not only a colour), in
 * the page's language, before the text, with the way to the original ¶.
 */
function outdatedNotice(n: string, { tr }: BodyContext, { originalHref, originalLang }: OutdatedParagraphs): string {
  return (
    `<p class="para-outdated" data-pagefind-ignore><strong>${escapeText(tr('para.outdated'))}:</strong> ${escapeText(tr('para.outdatedNote'))} ` +
    `<a href="${escapeAttribute(`${originalHref}#p${n}`)}" hreflang="${escapeAttribute(originalLang)}">${escapeText(tr('para.outdatedLink', { n }))}</a></p>`
  );
}

/**
 * A numbered speech paragraph. The id `p<n>` is the citable anchor, identical in both languages, so
 * `/vi/…#p7` and `/en/…#p7` are the same passage. Glossary terms link to their entry (the words stay
 * as written). A paragraph that is not the speaker's own words carries a visible label (the lead,
 * the reporter's words, a question), and its class `para--voice-<voice>` names the voice for its citation. Below the text, quiet lines
 * list the entries its `<Ref>`s point at: those this ¶ states (it is their `statedIn`) apart from the
 * editors' readings. A translated ¶ whose original has changed since carries a notice saying so
 * (`data-outdated`).
 */
function paraBlock(marker: Marker, innerHtml: string, context: BodyContext, entry: string | undefined, outdated: OutdatedParagraphs | undefined): string {
  const { tr } = context;
  const n = marker.attributes['n'] ?? '';
  const kind = marker.attributes['kind'];
  const voice = marker.attributes['voice'];
  const number = escapeText(n);
  const anchor = `p${number}`;
  const label = escapeText(tr('para.label', { n }));
  const here = entry === undefined ? undefined : `${entry}#p${n}`;
  const referred = [...new Set([...allMarkers(marker.children)].filter((inner) => inner.kind === 'ref').map((ref) => entryAddress(ref.attributes['to'] ?? '')))].map((address) => context.target(address));
  const isStated = (target: RefTarget) => here !== undefined && (target.statedAt ?? []).includes(here);
  const voiceKey = voiceLabelKey(kind, voice);
  const isOutdated = outdated !== undefined && outdated.paragraphs.includes(Number(n));
  const classes = ['para', kind && `para--${escapeText(kind)}`, voice && `para--voice-${escapeText(voice)}`].filter(Boolean).join(' ');
  return (
    `<div class="${classes}" id="${anchor}"${isOutdated ? ' data-outdated' : ''}>` +
    `<a class="para-number" href="#${anchor}">¶${number}<span class="visually-hidden"> · ${label}</span></a>` +
    (voiceKey ? `<span class="para-voice" data-pagefind-ignore>${escapeText(tr(voiceKey))}:</span> ` : '') +
    (isOutdated ? outdatedNotice(n, context, outdated) : '') +
    `<div class="para-text">${linkTerms(innerHtml, context.terms)}</div>` +
    `<span class="para-tools" data-pagefind-ignore>` +
    `<button type="button" class="cite-button" data-cite>${escapeText(tr('cite.button'))}<span class="visually-hidden"> ${label}</span></button>` +
    `<button type="button" class="reading-add" data-reading-add>${escapeText(tr('reading.addParagraph'))}<span class="visually-hidden"> ${label}</span></button>` +
    `</span>${refsLine(tr('para.states'), 'stated', referred.filter(isStated))}${refsLine(tr('para.refersTo'), 'editorial', referred.filter((target) => !isStated(target)))}</div>`
  );
}
