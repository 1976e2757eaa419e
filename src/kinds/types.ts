/**
 * What a kind of text is, said once: src/kinds/<collection>.ts describes one kind with
 * `defineKind`, and src/kinds/index.ts lists them. Pages, the content check, references, search,
 * the home page, the map and `npm run new` read these descriptors instead of naming collections.
 *
 * A descriptor is plain data and functions with `.ts` imports only: the content check and the
 * build's threads load it with plain Node, so it names its article component (a file in
 * src/components/) rather than importing it.
 */
import type { z } from 'astro/zod';

/** A front-matter field that points at other entries, and at which collection. */
export type RelationField =
  /** A list of entry ids, e.g. `speakers: [to-lam]`. */
  | { field: string; kind: 'ids'; target: string }
  /** One passage, `{ speech: <id>, paragraphs: [n, …] }`. */
  | { field: string; kind: 'passage'; target: 'speeches' };

/** How the parts of an entry's body are numbered and cited. */
export type CitableParts =
  /** Numbered paragraphs `<Para n={7}>`, anchors `#p7`, one numbering shared by every language. */
  | 'paragraphs'
  /**
   * The nested parts of an official document, `<Part n="II">` (I. › 1. › a)) or `<Part level="dieu"
   * n="5">` (Phần › Chương › Mục › Điều › khoản › điểm), anchors `#II.3.b`, `#dieu-5-khoan-2`
   * (src/lib/document-parts.ts).
   */
  | 'parts';

/** The files `npm run new -- <name> <id>` writes (paths relative to the project root). */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** The options `npm run new` passes on; each kind reads the ones it needs. */
export interface ScaffoldOptions {
  speaker?: string | undefined;
  date?: string | undefined;
  /** For orientations and breakthroughs: the speech paragraph that states them, `speeches/<id>#p<n>`. */
  from?: string | undefined;
  /** For breakthroughs: orientation ids they serve. */
  serves?: string[] | undefined;
  /** Position in the source's list. */
  order?: number | undefined;
  [option: string]: unknown;
}

export interface Scaffold {
  /** The word after `npm run new --`: `speech`. */
  name: string;
  /** The options after the id, for the usage line: `--speaker <person-id> --date YYYY-MM-DD`. */
  usage: string;
  /** The entry's files in every language; throws an Error whose message says what to pass. */
  files(id: string, options: ScaffoldOptions): ScaffoldFile[];
  /** Options of its own, beyond `npm run new`'s common ones (`--speaker`, `--date`, `--from`, `--serves`, `--order`). */
  options?: Record<string, { type: 'string' }>;
}

/** An entry as a list orders it: its id (`<lang>/<slug>`) and its front matter. */
export interface Ordered<Data> {
  id: string;
  data: Data;
}

/** What a card's detail line may use: the page's UI strings and its date format. */
export interface CardContext {
  tr: (key: string) => string;
  /** A date as the page's language writes it; `short` where a card has little room (src/lib/dates.ts). */
  formatDate: (date: Date, style?: 'long' | 'short') => string;
}

export interface KindDescriptor<
  Name extends string = string,
  Schema extends z.ZodObject = z.ZodObject,
  PageType extends string = string,
> {
  /** The folder under content/ and the URL segment: `speeches`. */
  collection: Name;
  /** Its front matter (src/schemas/). */
  schema: Schema;
  /** The type of its entry pages: `data-page-type`, and the value of the search's type filter. */
  pageType: PageType;
  /** The component in src/components/ that renders its entry page, without `.astro`: `SpeechArticle`. */
  article: string;
  /** The front-matter field that holds the display title (people have a `name`). */
  titleField: 'title' | 'name';
  /**
   * The UI keys of its labels (src/i18n/), `collection.<collection>.title|intro|singular|abbr`: the
   * list's title and introduction, one entry's type, the short tag inline after a `<Ref>`.
   * Derived from the collection by `defineKind`.
   */
  labels: { title: string; intro: string; singular: string; abbr: string };
  /**
   * The UI key naming one entry's kind, when entries of the kind are not all alike: a speech's
   * format (`format.interview`, "Bài trả lời phỏng vấn"). Absent, the kind's singular label.
   */
  entryLabel?(data: z.output<Schema>): string;
  /** How its list page and the home page order entries. */
  order(a: Ordered<z.output<Schema>>, b: Ordered<z.output<Schema>>): number;
  /** The line under an entry's title on list pages and the home page ("Speech · 28 Jan 2026"); none when absent. */
  cardDetail?(data: z.output<Schema>, context: CardContext): string | undefined;
  /** How its body's parts are numbered and cited; absent, the entry is cited as a whole. */
  citableParts?: CitableParts;
  /** The kinds whose bodies may point at it with `<Ref>`: `'any'`, or their collection names. */
  referableFrom: 'any' | readonly string[];
  /** Its front-matter fields that point at other entries. */
  relations: readonly RelationField[];
  /**
   * The check warns (`unreferenced-entry`) about an entry no `<Ref>` in a text of numbered
   * paragraphs points at, and holds its `statedIn` ¶ to a `<Ref>` to it (`unsupported-relation`).
   */
  statedByRef?: boolean;
  /**
   * A relation the editors read unless a passage states it: the entries named in `field` (of the
   * `target` kind) are served by this one; `statedIn` names the ¶ that says so (the check holds it to a
   * `<Ref>` to each). The map draws it between the two columns.
   */
  serves?: { field: string; target: string; statedIn: string };
  /**
   * Front-matter fields that state facts about the source (who spoke, when, where it appeared), the
   * same whatever the language: a page reads them from its own language's file, so the check holds
   * a translation's to its original's (`source-mismatch`); an object is compared field by field.
   */
  sourceFacts?: readonly string[];
  /**
   * Its entry page lists the speech paragraphs that cite it: those whose `<Ref>`s point at it
   * (`find: 'refs'`), or, for a glossary term, those that use it (`'term-uses'`), under the UI key
   * `heading`; `editorial` when the list is the editors' reading, not the texts' own words. A list
   * longer than `passagePageSize` (site.config.ts) goes on at `<lang>/<collection>/<id>/passages/2/` …
   */
  citingPassages?: { find: 'refs' | 'term-uses'; heading: string; editorial?: boolean };
  /** Shown on the home page, in registry order: as cards, or as a grid of numbered items. */
  home?: { layout: 'cards' | 'grid' };
  /** A column of the relationship map: 0 holds the texts whose paragraphs refer, 1 and 2 what they refer to. */
  map?: { column: 0 | 1 | 2 };
  /** Printed as PDF handouts (scripts/handouts/). */
  handouts?: boolean;
  /** What `npm run new` writes for it; absent, an editor copies an existing file. */
  scaffold?: Scaffold;
  /**
   * `npm run import` may write a draft of it from a page, a text or a Word file (scripts/import/);
   * the draft's body follows `citableParts` (numbered paragraphs, or a document's numbered parts),
   * so an importable kind has both it and a `scaffold` (whose name `--kind` takes).
   */
  importable?: boolean;
}

/**
 * Declares a kind, keeping its literal names for the types derived from the registry; its labels'
 * UI keys follow from its collection's name.
 */
export function defineKind<const Name extends string, Schema extends z.ZodObject, const PageType extends string>(
  descriptor: Omit<KindDescriptor<Name, Schema, PageType>, 'labels'>,
): KindDescriptor<Name, Schema, PageType> {
  const key = (label: string) => `collection.${descriptor.collection}.${label}`;
  return { ...descriptor, labels: { title: key('title'), intro: key('intro'), singular: key('singular'), abbr: key('abbr') } };
}

/** Throws an Error whose message tells the editor what to change; `npm run new` prints only the message. */
export function fail(message: string): never {
  throw new Error(message);
}
