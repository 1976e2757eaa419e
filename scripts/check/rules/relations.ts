import { report, fieldPoint, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { kinds } from '../../../src/kinds/index.ts';

interface Passage {
  speech?: unknown;
  paragraphs?: unknown;
}

function passageOf(entry: Entry, field: string): Passage | undefined {
  const value = (entry.frontmatter as Record<string, unknown> | undefined)?.[field];
  return value && typeof value === 'object' ? (value as Passage) : undefined;
}

/** The `<Ref>` targets (without ¶) of the given paragraphs of a speech in the entry's language. */
function refsIn(corpus: Corpus, entry: Entry, passage: Passage): Set<string> | undefined {
  if (typeof passage.speech !== 'string' || !Array.isArray(passage.paragraphs)) return undefined;
  const speech = corpus.published('speeches', entry.lang, passage.speech);
  if (!speech) return undefined; // unknown-reference says so
  const wanted = new Set(passage.paragraphs);
  return new Set(speech.paragraphs.filter((paragraph) => wanted.has(paragraph.n)).flatMap((paragraph) => paragraph.refs.map((ref) => ref.replace(/#.*$/, ''))));
}

/**
 * A relation the site calls stated must be carried by a ¶ the reader can follow: the paragraph an
 * entry of a kind with `statedByRef` (orientations, breakthroughs, targets) is `statedIn` holds a
 * `<Ref>` to it, and the passage a
 * breakthrough gives as `orientationsStatedIn` holds a `<Ref>` to each of its `orientations`.
 * Relations without such a passage are shown as the editors' reading.
 */
export function checkStatedRelations(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    const kind = kinds[entry.collection];
    if (!kind.statedByRef) continue;
    const address = `${entry.collection}/${entry.id}`;
    const statedIn = passageOf(entry, 'statedIn');
    const statedRefs = statedIn && refsIn(corpus, entry, statedIn);
    if (statedRefs && !statedRefs.has(address)) {
      diagnostics.push(report(entry, 'unsupported-relation', `\`statedIn\` points at ${String(statedIn?.speech)} ¶${String(statedIn?.paragraphs)}, but no <Ref to="${address}"> there carries it; wrap the words of that ¶ that state this item in <Ref to="${address}">…</Ref>, or point \`statedIn\` at the ¶ that states it`, fieldPoint(entry, ['statedIn'])));
    }
    if (!kind.serves) continue;
    const { field, target, statedIn: linkField } = kind.serves;
    const linkPassage = passageOf(entry, linkField);
    const linkRefs = linkPassage && refsIn(corpus, entry, linkPassage);
    if (!linkRefs) continue;
    const served = (entry.frontmatter as Record<string, unknown>)[field];
    for (const [index, id] of (Array.isArray(served) ? served : []).entries()) {
      if (linkRefs.has(`${target}/${String(id)}`)) continue;
      diagnostics.push(report(entry, 'unsupported-relation', `\`${linkField}\` says ${String(linkPassage?.speech)} ¶${String(linkPassage?.paragraphs)} states that this ${kind.scaffold?.name ?? 'entry'} serves \`${String(id)}\`, but no <Ref to="${target}/${String(id)}"> there carries it; mark the words with that <Ref>, or remove \`${linkField}\` so the link is shown as the editors' reading`, fieldPoint(entry, [field, index])));
    }
  }
  return diagnostics;
}
