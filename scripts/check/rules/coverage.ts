import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { collectionsWhere, kinds } from '../../../src/kinds/index.ts';

/** Collections whose entries should be tied to the speech passages that bear on them. */
const citedCollections: string[] = collectionsWhere((kind) => kind.statedByRef === true);

/** An orientation or breakthrough that no speech passage refers to has no backlinks: likely a forgotten `<Ref>`. */
export function checkCoverage(corpus: Corpus): Diagnostic[] {
  const cited = new Set(
    corpus.entries
      .filter((entry) => kinds[entry.collection].citableParts === 'paragraphs')
      .flatMap((speech) => speech.paragraphs.flatMap((paragraph) => paragraph.refs.map((ref) => `${speech.lang}:${ref.replace(/#.*$/, '')}`))),
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
