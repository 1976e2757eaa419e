/**
 * Review questions ("self-check"): where each answer is, and which kinds of text carry them. The
 * content check (scripts/check/rules/self-check.ts) and the self-check pages
 * (src/pages/[lang]/[collection]/[id]/self-check.astro) read answers' places here.
 */
import { collectionNames, kinds, type CollectionName } from '../kinds/index.ts';
import type { SelfCheckQuestion } from '../schemas/self-check.ts';

/** The ¶ an answer is in: a speech's id and ¶ number. */
export interface AnswerPlace {
  collection: string;
  id: string;
  paragraph: number;
}

/**
 * The ¶ an answer's `at` names, for an entry of `collection` with id `id`: `p7` is the entry's own
 * ¶7, `speeches/<id>#p7` a ¶ of that speech; undefined when `at` has neither shape.
 */
export function answerPlace(collection: string, id: string, at: string): AnswerPlace | undefined {
  const own = /^p(\d+)$/.exec(at.trim());
  if (own) return { collection, id, paragraph: Number(own[1]) };
  const other = /^([a-z][a-z0-9-]*)\/([a-z0-9]+(?:-[a-z0-9]+)*)#p(\d+)$/.exec(at.trim());
  return other ? { collection: other[1]!, id: other[2]!, paragraph: Number(other[3]) } : undefined;
}

/** The kinds whose front matter may carry `selfCheck` (their schema has the field). */
export const selfCheckCollections: readonly CollectionName[] = collectionNames.filter((name) => 'selfCheck' in kinds[name].schema.shape);

/** An entry's review questions, from its front matter (none for a kind without the field). */
export function questionsOf(entry: { data: unknown }): readonly SelfCheckQuestion[] {
  return (entry.data as { selfCheck?: SelfCheckQuestion[] }).selfCheck ?? [];
}

/** Site-relative path of an entry's self-check page, without the base: `vi/speeches/<id>/self-check/`. */
export function selfCheckPath(lang: string, collection: string, id: string): string {
  return `${lang}/${collection}/${id}/self-check/`;
}
