import type { Entry } from '../check/corpus.ts';
import { paragraphFingerprint } from '../../src/lib/translation-status.ts';

/**
 * The text of a translation with `source="<fingerprint>"` recorded on the opening tag of each of its
 * `<Para>`s that has an original (or only on ¶ `only`): the translator says these paragraphs now
 * translate the original as it is. Every other byte of the file stays as it was.
 */
export function stampedText(fileText: string, translation: Entry, original: Entry, only?: number): { text: string; stamped: number[] } {
  const originals = new Map(original.paragraphs.map((paragraph) => [paragraph.n, paragraph]));
  const lineStarts = [0];
  for (let index = 0; index < fileText.length; index++) if (fileText[index] === '\n') lineStarts.push(index + 1);
  const edits: { start: number; end: number; tag: string }[] = [];
  const stamped: number[] = [];
  for (const paragraph of translation.paragraphs) {
    const source = originals.get(paragraph.n);
    if (!source || (only !== undefined && paragraph.n !== only) || !paragraph.position) continue;
    const { line, column } = translation.bodyPoint(paragraph.position);
    const start = lineStarts[line - 1]! + column - 1;
    const tag = /^<Para\b[^>]*>/.exec(fileText.slice(start))?.[0];
    if (!tag) throw new Error(`${translation.path}:${line}:${column}: expected a <Para> opening tag here`);
    const fingerprint = paragraphFingerprint(source.text);
    const withSource = /\ssource="[^"]*"/.test(tag) ? tag.replace(/\ssource="[^"]*"/, ` source="${fingerprint}"`) : tag.replace(/\s*(\/?)>$/, ` source="${fingerprint}"$1>`);
    edits.push({ start, end: start + tag.length, tag: withSource });
    stamped.push(paragraph.n);
  }
  let text = fileText;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.tag + text.slice(edit.end);
  return { text, stamped };
}
