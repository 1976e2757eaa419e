/**
 * The one address syntax for cross-references: `<collection>/<id>`, `<collection>/<id>#p<n>` for a
 * speech paragraph, or `<collection>/<id>#<part>` for a part of an official document, e.g.
 * `orientations/green-economic-restructuring`, `speeches/to-lam-working-session-cao-bang#p11`,
 * `resolutions/<id>#II.3.b`, `resolutions/<id>#dieu-5-khoan-2` (src/lib/document-parts.ts).
 * Authors write it in `<Ref to="…">`; the checker, the pages and the backlinks all read it here.
 */

export interface Reference {
  collection: string;
  id: string;
  /** The ¶ number when the address ends in `#p<n>`. */
  paragraph: number | undefined;
  /** The part's anchor when the address ends in any other `#<anchor>`: `II.3.b`, `dieu-5-khoan-2`. */
  part?: string | undefined;
}

const addressPattern = /^([a-z][a-z0-9-]*)\/([^/#\s]+)(?:#([A-Za-z0-9][A-Za-z0-9.-]*))?$/;

/** Parses an address; undefined when it does not have the shape `collection/id[#pN|#part]`. */
export function parseReference(address: string): Reference | undefined {
  const match = addressPattern.exec(address.trim());
  if (!match) return undefined;
  const [, collection, id, fragment] = match;
  if (!collection || !id) return undefined;
  const paragraph = /^p(\d+)$/.exec(fragment ?? '')?.[1];
  if (fragment === undefined || paragraph !== undefined) return { collection, id, paragraph: paragraph === undefined ? undefined : Number(paragraph) };
  return { collection, id, paragraph: undefined, part: fragment };
}

/** The entry an address points at, without its ¶ or part: `speeches/x#p7` → `speeches/x`. */
export function entryAddressOf({ collection, id }: Pick<Reference, 'collection' | 'id'>): string {
  return `${collection}/${id}`;
}

/** Writes an address back, e.g. for "did you mean" suggestions and data attributes. */
export function formatReference({ collection, id, paragraph, part }: Reference): string {
  return `${collection}/${id}${paragraph !== undefined ? `#p${paragraph}` : part !== undefined ? `#${part}` : ''}`;
}
