/**
 * The one address syntax for cross-references: `<collection>/<id>` or `<collection>/<id>#p<n>`,
 * e.g. `orientations/green-economic-restructuring` or `speeches/to-lam-working-session-cao-bang#p11`.
 * Authors write it in `<Ref to="…">`; the checker, the pages and the backlinks all read it here.
 */

export interface Reference {
  collection: string;
  id: string;
  /** The ¶ number when the address ends in `#p<n>`. */
  paragraph: number | undefined;
}

const addressPattern = /^([a-z][a-z0-9-]*)\/([^/#\s]+)(?:#p(\d+))?$/;

/** Parses an address; undefined when it does not have the shape `collection/id[#pN]`. */
export function parseReference(address: string): Reference | undefined {
  const match = addressPattern.exec(address.trim());
  if (!match) return undefined;
  const [, collection, id, paragraph] = match;
  if (!collection || !id) return undefined;
  return { collection, id, paragraph: paragraph === undefined ? undefined : Number(paragraph) };
}

/** The entry an address points at, without its ¶: `speeches/x#p7` → `speeches/x`. */
export function entryAddressOf({ collection, id }: Pick<Reference, 'collection' | 'id'>): string {
  return `${collection}/${id}`;
}

/** Writes an address back, e.g. for "did you mean" suggestions and data attributes. */
export function formatReference({ collection, id, paragraph }: Reference): string {
  return `${collection}/${id}${paragraph === undefined ? '' : `#p${paragraph}`}`;
}
