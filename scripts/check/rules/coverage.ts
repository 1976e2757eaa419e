import { languages } from '../../../src/lib/languages.ts';
import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { collectionsWhere, kinds } from '../../../src/kinds/index.ts';

/** Collections whose entries should be tied to the speech passages that bear on them. */
const citedCollections: string[] = collectionsWhere((kind) => kind.statedByRef === true);

/** An entry of a kind with `statedByRef` (an orientation, breakthrough, target) that no speech passage refers to has no backlinks: likely a forgotten `<Ref>`. */
export function checkCoverage(corpus: Corpus): Diagnostic[] {
  // Per language, as its pages show the speeches: a speech not yet translated into a language is
  // published there in the original, with the original's references.
  const cited = new Set(
    languages.flatMap((lang) =>
      corpus.entries
        .filter((entry) => kinds[entry.collection].citableParts === 'paragraphs' && corpus.published(entry.collection, lang, entry.id) === entry)
        .flatMap((speech) => speech.paragraphs.flatMap((paragraph) => paragraph.refs.map((ref) => `${lang}:${ref.replace(/#.*$/, '')}`))),
    ),
  );
  return corpus.entries
    .filter((entry) => citedCollections.includes(entry.collection) && !cited.has(`${entry.lang}:${entry.collection}/${entry.id}`))
    .map((entry) =>
      report(
        entry,
        'unreferenced-entry',
        `no speech passage refers to this entry; wrap the words that bear on it in a speech paragraph with <Ref to="${entry.collection}/${entry.id}">…</Ref>`,
        undefined,
        'warning',
      ),
    );
}
