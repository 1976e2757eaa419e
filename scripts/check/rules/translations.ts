import { originalLang } from '../../../src/lib/languages.ts';
import { fieldPoint, keyPoint, report, type Corpus, type Entry } from '../corpus.ts';
import { kinds } from '../../../src/kinds/index.ts';
import { anchorsOf } from './parts.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** The translation's ¶ anchors and references must match the original's, paragraph for paragraph. */
function compareSpeeches(original: Entry, translation: Entry): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const originalNumbers = original.paragraphs.map((p) => p.n);
  const translationNumbers = translation.paragraphs.map((p) => p.n);
  if (originalNumbers.join() !== translationNumbers.join()) {
    const index = originalNumbers.findIndex((n, i) => translationNumbers[i] !== n);
    const first = translation.paragraphs[index === -1 ? originalNumbers.length : index];
    const missing = originalNumbers.filter((n) => !translationNumbers.includes(n));
    const extra = translationNumbers.filter((n) => !originalNumbers.includes(n));
    const detail = [missing.length > 0 && `missing ${missing.map((n) => `¶${n}`).join(', ')}`, extra.length > 0 && `extra ${extra.map((n) => `¶${n}`).join(', ')}`]
      .filter(Boolean)
      .join('; ');
    diagnostics.push(
      report(
        translation,
        'paragraph-mismatch',
        `${original.paragraphs.length} paragraphs in ${original.path} but ${translation.paragraphs.length} here${detail ? ` (${detail})` : ''}; translate paragraph for paragraph with the same <Para n> numbers`,
        translation.bodyPoint(first?.position),
      ),
    );
    return diagnostics;
  }
  original.paragraphs.forEach((paragraph, index) => {
    const twin = translation.paragraphs[index];
    if (!twin) return;
    const missing = paragraph.refs.filter((ref) => !twin.refs.includes(ref));
    const extra = twin.refs.filter((ref) => !paragraph.refs.includes(ref));
    for (const ref of missing) {
      diagnostics.push(report(translation, 'reference-mismatch', `¶${paragraph.n} refers to \`${ref}\` in ${original.path} but not here; add <Ref to="${ref}"> around the matching words`, translation.bodyPoint(twin.position)));
    }
    for (const ref of extra) {
      diagnostics.push(report(translation, 'reference-mismatch', `¶${paragraph.n} refers to \`${ref}\` here but not in ${original.path}; refer to the same entries as the original`, translation.bodyPoint(twin.position)));
    }
  });
  return diagnostics;
}

/**
 * Whether the source has a headline is a fact about the source, the same whatever the language: a
 * translation that disagrees would quote its own title as the source's, or call the source's
 * headline the editors'.
 */
function compareSourceTitle(original: Entry, translation: Entry): Diagnostic[] {
  const editorial = (entry: Entry) => (entry.frontmatter as { titleIsEditorial?: unknown } | undefined)?.titleIsEditorial === true;
  if (editorial(original) === editorial(translation)) return [];
  const point = editorial(translation) ? fieldPoint(translation, ['titleIsEditorial']) : keyPoint(translation, 'title');
  const message = editorial(original)
    ? `${original.path} says the source has no headline (titleIsEditorial: true) but this translation does not; add \`titleIsEditorial: true\` here too: the title is the editors' description in every language`
    : `this translation says the source has no headline (titleIsEditorial: true) but ${original.path} gives the source's own; remove \`titleIsEditorial\` here: \`title\` is then the editors' translation of the source's headline`;
  return [report(translation, 'title-mismatch', message, point)];
}

/** A translated document has the same parts, with the same anchors, as the original. */
function compareDocuments(original: Entry, translation: Entry): Diagnostic[] {
  const originalAnchors = anchorsOf(original);
  const translationAnchors = anchorsOf(translation);
  if (originalAnchors.join(' ') === translationAnchors.join(' ')) return [];
  const missing = originalAnchors.filter((anchor) => !translationAnchors.includes(anchor));
  const extra = translationAnchors.filter((anchor) => !originalAnchors.includes(anchor));
  const detail = [missing.length > 0 && `missing ${missing.map((a) => `#${a}`).join(', ')}`, extra.length > 0 && `extra ${extra.map((a) => `#${a}`).join(', ')}`, missing.length + extra.length === 0 && 'in another order']
    .filter(Boolean)
    .join('; ');
  return [report(translation, 'paragraph-mismatch', `the parts differ from ${original.path} (${detail}); translate part for part with the same <Part> numbers and levels`, translation.bodyPoint(translation.parts[0]?.position))];
}

/**
 * A translation translates an original: each has its original's id in the original language, and a
 * speech keeps the original's ¶ anchors and references. An entry not yet translated into a
 * language is no error (the site publishes the original there, and `npm run translations` lists it).
 */
export function checkTranslations(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (entry.lang === originalLang) continue;
    const original = corpus.find(entry.collection, originalLang, entry.id);
    if (!original) {
      diagnostics.push(report(entry, 'missing-original', `there is no original (${originalLang}) for this translation; add content/${entry.collection}/${originalLang}/${entry.id}.mdx, or give this file the id of the entry it translates`));
      continue;
    }
    if (entry.collection === 'speeches') diagnostics.push(...compareSourceTitle(original, entry));
    if (!entry.parsed || !original.parsed) continue;
    const parts = kinds[entry.collection].citableParts;
    if (parts === 'paragraphs') diagnostics.push(...compareSpeeches(original, entry));
    if (parts === 'parts') diagnostics.push(...compareDocuments(original, entry));
  }
  return diagnostics;
}
