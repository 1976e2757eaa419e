/**
 * Review questions (`selfCheck` in the front matter): every answer points at an existing ¶, a ¶ of
 * another text holds a `<Ref>` to the entry the question is about, and every translation asks the
 * same questions with their answers at the same ¶.
 */
import { kinds, isCollectionName } from '../../../src/kinds/index.ts';
import { originalLang } from '../../../src/lib/languages.ts';
import { answerPlace } from '../../../src/lib/self-check.ts';
import { fieldPoint, keyPoint, report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';

/** The `at` of each question, as written (undefined where a question has none: the schema says so). */
function placesOf(entry: Entry): (string | undefined)[] {
  const questions = (entry.frontmatter as { selfCheck?: unknown } | undefined)?.selfCheck;
  if (!Array.isArray(questions)) return [];
  return questions.map((question) => {
    const at = (question as { at?: unknown } | null)?.at;
    return typeof at === 'string' ? at.trim() : undefined;
  });
}

function paragraphRange(target: Entry): string {
  const numbers = target.paragraphs.map((paragraph) => paragraph.n);
  return numbers.length === 0 ? 'it has no numbered paragraphs' : `it has ¶${Math.min(...numbers)}–¶${Math.max(...numbers)}`;
}

/** What is wrong with one answer's place, or nothing. */
function answerProblem(corpus: Corpus, entry: Entry, at: string): string | undefined {
  const place = answerPlace(entry.collection, entry.id, at);
  if (!place) return undefined; // the schema reports the shape
  const own = place.collection === entry.collection && place.id === entry.id;
  if (own && kinds[entry.collection].citableParts !== 'paragraphs') {
    return `\`${at}\`: ${entry.collection} entries have no ¶ of their own; point at the ¶ of a speech that refers to it, as \`speeches/<id>#p<n>\``;
  }
  if (!isCollectionName(place.collection) || kinds[place.collection].citableParts !== 'paragraphs') {
    return `\`${at}\`: ${place.collection} are not texts numbered in ¶; point at a ¶ of a speech, as \`speeches/<id>#p<n>\``;
  }
  const target = own ? entry : corpus.published(place.collection, entry.lang, place.id);
  if (!target) {
    return `\`${at}\`: there is no ${place.collection} entry \`${place.id}\`${suggestion(place.id, corpus.idsOf(place.collection, entry.lang))}; use the file name of an entry in content/${place.collection}/${entry.lang}/`;
  }
  const paragraph = target.paragraphs.find((candidate) => candidate.n === place.paragraph);
  if (!paragraph) {
    return `\`${at}\`: ${place.collection}/${place.id} has no ¶${place.paragraph} (${paragraphRange(target)}); point at the ¶ that holds the answer`;
  }
  const address = `${entry.collection}/${entry.id}`;
  if (!own && !paragraph.refs.some((ref) => ref.replace(/#.*$/, '') === address)) {
    return `\`${at}\`: ¶${place.paragraph} of ${place.collection}/${place.id} holds no <Ref to="${address}">, so it does not state or refer to this entry; point at a ¶ that does, or mark the words of that ¶ with <Ref to="${address}">…</Ref>`;
  }
  return undefined;
}

/** A translation asks the original's questions, in its order, with each answer at the same ¶. */
function compareTranslation(original: Entry, translation: Entry): Diagnostic[] {
  const originalPlaces = placesOf(original);
  const translatedPlaces = placesOf(translation);
  if (originalPlaces.join('\n') === translatedPlaces.join('\n')) return [];
  if (originalPlaces.length !== translatedPlaces.length) {
    const point = translatedPlaces.length === 0 ? { line: 1, column: 1 } : keyPoint(translation, 'selfCheck');
    return [report(translation, 'self-check-mismatch', `${original.path} has ${originalPlaces.length} self-check question${originalPlaces.length === 1 ? '' : 's'} but this translation has ${translatedPlaces.length}; translate each of the original's questions, in its order, with the same \`at\``, point)];
  }
  return originalPlaces.flatMap((at, index) =>
    at === translatedPlaces[index]
      ? []
      : [report(translation, 'self-check-mismatch', `question ${index + 1} has its answer at \`${String(translatedPlaces[index])}\` but at \`${String(at)}\` in ${original.path}; a translated question keeps the original's \`at\``, fieldPoint(translation, ['selfCheck', index, 'at']))],
  );
}

/** Every self-check answer at an existing ¶ that bears on its entry; every translation with the original's questions. */
export function checkSelfCheck(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    placesOf(entry).forEach((at, index) => {
      const problem = at === undefined ? undefined : answerProblem(corpus, entry, at);
      if (problem) diagnostics.push(report(entry, 'self-check-answer', problem, fieldPoint(entry, ['selfCheck', index, 'at'])));
    });
    if (entry.lang === originalLang) continue;
    const original = corpus.find(entry.collection, originalLang, entry.id);
    if (original) diagnostics.push(...compareTranslation(original, entry));
  }
  return diagnostics;
}
