import type { Lang } from '../../../src/lib/languages.ts';
import { parseReference, type Reference } from '../../../src/lib/references.ts';
import { collectionNames, collectionsWhere, kinds } from '../../../src/kinds/index.ts';
import { relationFields } from '../../../src/schemas/relations.ts';
import { fieldPoint, report, type Corpus, type Entry } from '../corpus.ts';
import type { Diagnostic, Point } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';
import { anchorsOf } from './parts.ts';

function paragraphRange(target: Entry): string {
  const numbers = target.paragraphs.map((paragraph) => paragraph.n);
  return numbers.length === 0 ? 'it has no numbered paragraphs' : `it has ¶${Math.min(...numbers)}–¶${Math.max(...numbers)}`;
}

/** A `#<part>` address names a part the document has. */
function checkPart(entry: Entry, target: Entry, part: string, written: string, point: Point): Diagnostic[] {
  if (kinds[target.collection].citableParts !== 'parts') {
    const partKinds = collectionsWhere((kind) => kind.citableParts === 'parts').join(', ');
    const hint = kinds[target.collection].citableParts === 'paragraphs' ? `point at a paragraph as \`#p<n>\`` : `remove \`#${part}\``;
    return [report(entry, 'unknown-part', `\`${written}\`: \`#${part}\` is not an anchor of ${target.collection}; only ${partKinds} have part anchors such as #II.3.b: ${hint}`, point)];
  }
  const anchors = anchorsOf(target);
  if (anchors.includes(part)) return [];
  const range = anchors.length === 0 ? 'it has no numbered parts' : `its parts run ${anchors[0]} … ${anchors.at(-1)}`;
  return [report(entry, 'unknown-part', `\`${written}\`: ${target.collection}/${target.id} has no part \`#${part}\`${suggestion(part, anchors)} (${range}); point at a part it has`, point)];
}

/**
 * Checks that `reference` names an entry published in `lang` (its translation, or the original not yet
 * translated), in the right collection, and an
 * existing ¶ of it. `written` is how the author wrote it, to quote back.
 */
export function checkReference(
  corpus: Corpus,
  entry: Entry,
  reference: Reference,
  written: string,
  point: Point,
): Diagnostic[] {
  const { collection, id, paragraph } = reference;
  const lang: Lang = entry.lang;
  if (!(collectionNames as readonly string[]).includes(collection)) {
    return [report(entry, 'unknown-reference', `\`${written}\` names no collection \`${collection}\`${suggestion(collection, collectionNames)}; collections are ${collectionNames.join(', ')}`, point)];
  }
  const target = corpus.published(collection, lang, id);
  if (!target) {
    const elsewhere = collectionNames.find((other) => corpus.published(other, lang, id));
    if (elsewhere) {
      return [report(entry, 'unknown-reference', `\`${id}\` is in ${elsewhere}, not in ${collection}; write \`${elsewhere}/${id}\``, point)];
    }
    return [report(entry, 'unknown-reference', `\`${written}\`: there is no ${collection} entry \`${id}\` in ${lang}${suggestion(id, corpus.idsOf(collection, lang))}; use the file name of an entry in content/${collection}/${lang}/`, point)];
  }
  if (reference.part !== undefined) return checkPart(entry, target, reference.part, written, point);
  if (paragraph === undefined) return [];
  if (kinds[target.collection].citableParts !== 'paragraphs') {
    return [report(entry, 'unknown-paragraph', `\`${written}\`: only ${collectionsWhere((kind) => kind.citableParts === 'paragraphs').join(', ')} have ¶ anchors; remove \`#p${paragraph}\``, point)];
  }
  if (!target.paragraphs.some((p) => p.n === paragraph)) {
    return [report(entry, 'unknown-paragraph', `\`${written}\`: ${collection}/${id} has no ¶${paragraph} (${paragraphRange(target)}); point at an existing paragraph`, point)];
  }
  return [];
}

function checkRefElements(corpus: Corpus, entry: Entry): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { to, at } of entry.refElements) {
    const point = entry.bodyPoint(at);
    if (!to) {
      diagnostics.push(report(entry, 'unknown-reference', '`<Ref>` has no `to`; write `<Ref to="orientations/<id>">…</Ref>`', point));
      continue;
    }
    const reference = parseReference(to);
    if (!reference) {
      diagnostics.push(report(entry, 'unknown-reference', `\`${to}\` is not a reference address; write \`collection/id\`, \`speeches/id#pN\` or \`resolutions/id#<part>\``, point));
      continue;
    }
    const { referableFrom } = kinds[reference.collection as keyof typeof kinds] ?? {};
    if (referableFrom && referableFrom !== 'any' && !referableFrom.includes(entry.collection)) {
      diagnostics.push(report(entry, 'unknown-reference', `\`${to}\`: ${entry.collection} may not refer to ${reference.collection}; only ${referableFrom.join(', ')} may (src/kinds/${reference.collection}.ts)`, point));
      continue;
    }
    diagnostics.push(...checkReference(corpus, entry, reference, to, point));
  }
  return diagnostics;
}

function checkRelationFields(corpus: Corpus, entry: Entry): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const data = (entry.frontmatter ?? {}) as Record<string, unknown>;
  for (const relation of relationFields[entry.collection]) {
    const value = data[relation.field];
    if (relation.kind === 'ids') {
      if (!Array.isArray(value)) continue;
      value.forEach((id, index) => {
        if (typeof id !== 'string') return;
        const point = fieldPoint(entry, [relation.field, index]);
        diagnostics.push(...checkReference(corpus, entry, { collection: relation.target, id, paragraph: undefined }, id, point));
      });
    } else {
      const passage = value as { speech?: unknown; paragraphs?: unknown } | undefined;
      if (typeof passage?.speech !== 'string') continue;
      const speech = passage.speech;
      const found = checkReference(corpus, entry, { collection: 'speeches', id: speech, paragraph: undefined }, speech, fieldPoint(entry, [relation.field, 'speech']));
      diagnostics.push(...found);
      if (found.length > 0 || !Array.isArray(passage.paragraphs)) continue;
      passage.paragraphs.forEach((n, index) => {
        if (typeof n !== 'number') return;
        const point = fieldPoint(entry, [relation.field, 'paragraphs', index]);
        diagnostics.push(...checkReference(corpus, entry, { collection: 'speeches', id: speech, paragraph: n }, `speeches/${speech}#p${n}`, point));
      });
    }
  }
  return diagnostics;
}

/** Every `<Ref to>` and every front-matter relation points at an entry and ¶ that exist. */
export function checkReferences(corpus: Corpus): Diagnostic[] {
  return corpus.entries.flatMap((entry) => [...checkRefElements(corpus, entry), ...checkRelationFields(corpus, entry)]);
}
