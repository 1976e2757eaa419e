import { isMap } from 'yaml';
import type { Entry } from '../check/corpus.ts';
import { paragraphFingerprint, questionFingerprint } from '../../src/lib/translation-status.ts';

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

/**
 * The text of a translation with `source: <fingerprint>` recorded on each of its self-check
 * questions that has an original (or only on question `only`, numbered from 1): the translator says
 * these questions and answers now translate the original's. A new `source` goes on the line after
 * the question's `at`, indented as it is; every other byte of the file stays as it was.
 */
export function stampedQuestionsText(fileText: string, translation: Entry, original: Entry, only?: number): { text: string; stamped: number[] } {
  const lineStarts = [0];
  for (let index = 0; index < fileText.length; index++) if (fileText[index] === '\n') lineStarts.push(index + 1);
  const fileOffset = (yamlOffset: number) => {
    const { line, column } = translation.frontmatterPoint(yamlOffset);
    return lineStarts[line - 1]! + column - 1;
  };
  const edits: { start: number; end: number; text: string }[] = [];
  const stamped: number[] = [];
  translation.questions.forEach((_, index) => {
    const source = original.questions[index];
    if (!source || (only !== undefined && index + 1 !== only)) return;
    const item = translation.yaml?.getIn(['selfCheck', index], true);
    if (!isMap(item)) return;
    const pairOf = (key: string) => item.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === key);
    // Quoted: a fingerprint of digits alone (`12345678`, `1e345678`) would otherwise read as a number.
    const fingerprint = `"${questionFingerprint(source)}"`;
    const value = (pairOf('source')?.value ?? undefined) as { range?: [number, number, number] } | undefined;
    const atKey = pairOf('at')?.key as { range?: [number, number, number] } | undefined;
    if (value?.range) {
      edits.push({ start: fileOffset(value.range[0]), end: fileOffset(value.range[1]), text: fingerprint });
    } else if (atKey?.range) {
      const atStart = fileOffset(atKey.range[0]);
      const indent = atStart - fileText.lastIndexOf('\n', atStart - 1) - 1;
      const lineEnd = fileText.indexOf('\n', atStart);
      edits.push({ start: lineEnd, end: lineEnd, text: `\n${' '.repeat(indent)}source: ${fingerprint}` });
    } else return;
    stamped.push(index + 1);
  });
  let text = fileText;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, stamped };
}
