/**
 * The numbered parts of an official document, from the source's own numbering: I. II. III., 1. 2.
 * 3., a) b) c) (a party document, by depth), and Phần, Chương, Mục, Điều, khoản, điểm (a state
 * document, by name). Numbers are kept exactly as the source prints them; where they do not follow
 * (a gap, a repeat, a level that skips), the part carries a decision for the editor, found by the
 * same rules the content check applies (src/lib/document-parts.ts), never a silent correction.
 */
import { numberAt, ordinalOf, partNumberingProblems, stateLevels, type ParsedPart, type PartScheme, type PartStep, type StateLevel } from '../../src/lib/document-parts.ts';
import { withoutPrefix } from './clean.ts';
import type { DocumentSignals } from './signals/index.ts';
import { attributeValue } from './write-document-draft.ts';
import { blockText, type SourceBlock } from './source.ts';

/** A numbered part as the source gives it. */
export interface DetectedPart {
  type: 'part';
  /** The named level of a state document's part; undefined in a party document. */
  level: StateLevel | undefined;
  /** The number as printed: `II`, `3`, `b`. */
  n: string;
  title?: string;
  /** The block the part's number opens. */
  block: SourceBlock;
  /** Its text and the parts inside it, in reading order. */
  content: DocumentNode[];
  /** Why it is a part and where its title comes from, for the report. */
  because: string;
  decisions: string[];
}

/** A paragraph of text, inside a part or before the first. */
export interface DetectedText {
  type: 'text';
  block: SourceBlock;
  decisions: string[];
}

export type DocumentNode = DetectedPart | DetectedText;

export interface DetectedDocument {
  structure: PartScheme;
  /** Why the import chose that scheme, for the report. */
  structureBecause: string;
  /** The text before the first part (a preamble, "Căn cứ …") and the outermost parts. */
  content: DocumentNode[];
}

/** A number that opens a block, and what it is. */
interface Numbering {
  form: 'roman' | 'number' | 'letter' | StateLevel;
  n: string;
  /** The characters of the block's text it takes, the spaces after it included. */
  length: number;
  rest: string;
}

const partyForms = ['roman', 'number', 'letter'] as const;
const words = (text: string) => text.split(' ').filter(Boolean).length;
const endsLikeSentence = (text: string) => /[.!?…:;,]["”’)»]*$/u.test(text);

/** The numbering a block opens with, in either scheme's forms; undefined for text. */
export function numberingOf(block: SourceBlock, signals: DocumentSignals): Numbering | undefined {
  const text = blockText(block);
  for (const { level, words: pattern } of signals.stateLevels) {
    const match = pattern.exec(text);
    if (match?.groups) return { form: level, n: match.groups['n']!, length: text.length - match.groups['rest']!.length, rest: match.groups['rest']! };
  }
  const forms: [Numbering['form'], RegExp][] = [
    ['roman', /^(?<n>[IVXLCDM]+)[.:/]\s+(?<rest>\S.*)$/u],
    ['number', /^(?<n>\d{1,3})\.\s+(?<rest>\S.*)$/u],
    ['letter', /^(?<n>[a-zđ])\)\s+(?<rest>\S.*)$/u],
  ];
  for (const [form, pattern] of forms) {
    const match = pattern.exec(text);
    if (match?.groups) return { form, n: match.groups['n']!, length: text.length - match.groups['rest']!.length, rest: match.groups['rest']! };
  }
  return undefined;
}

/** True when a block opens a numbered part of either scheme: the document's frame ends there. */
export function opensPart(block: SourceBlock, signals: DocumentSignals): boolean {
  return numberingOf(block, signals) !== undefined;
}

/** The nesting rank of a form in a scheme: a part closes every open part of its rank or deeper. */
function rankOf(form: Numbering['form'], structure: PartScheme): number | undefined {
  if (structure === 'party') {
    const index = (partyForms as readonly string[]).indexOf(form);
    return index === -1 ? undefined : index;
  }
  // In a state document, 1. numbers a khoản and a) a điểm, as its articles print them.
  const level = form === 'number' ? 'khoan' : form === 'letter' ? 'diem' : form;
  const index = (stateLevels as readonly string[]).indexOf(level);
  return index === -1 ? undefined : index;
}

const levelNames: Record<StateLevel, string> = { phan: 'Phần', chuong: 'Chương', muc: 'Mục', dieu: 'Điều', khoan: 'khoản', diem: 'điểm' };

/** Whether the words after a number are the part's title or its first paragraph. */
function isTitle(rest: string, block: SourceBlock): boolean {
  return rest !== '' && words(rest) <= 30 && !endsLikeSentence(rest) && (block.role === 'heading' || block.role === 'title' || !/[.!?]\s/u.test(rest));
}

/**
 * Finds the parts of a document's body. A state document is one that names its levels (Chương,
 * Điều …); any other is numbered by depth, as a party document is.
 */
export function detectParts(blocks: SourceBlock[], signals: DocumentSignals): DetectedDocument {
  const numberings = blocks.map((block) => numberingOf(block, signals));
  const named = numberings.find((numbering) => numbering && (stateLevels as readonly string[]).includes(numbering.form));
  const structure: PartScheme = named ? 'state' : 'party';
  const structureBecause = named ? `it names its levels (“${levelNames[named.form as StateLevel]} ${named.n}”)` : 'its parts are numbered by depth (I. › 1. › a)), as a party document’s are';
  const root: { content: DocumentNode[] } = { content: [] };
  const open: { part: DetectedPart; rank: number }[] = [];
  const top = () => open.at(-1)?.part ?? root;
  let awaitingTitle: DetectedPart | undefined;

  for (const [index, block] of blocks.entries()) {
    const numbering = numberings[index];
    const rank = numbering ? rankOf(numbering.form, structure) : undefined;
    const text = blockText(block);
    if (!numbering || rank === undefined) {
      // "Chương II" on a line of its own: its title is the line under it.
      if (awaitingTitle && !numbering && words(text) <= 30 && !endsLikeSentence(text) && attributeValue(text) !== undefined) {
        awaitingTitle.title = text;
        awaitingTitle.because += '; its title is the line under it';
        awaitingTitle = undefined;
        continue;
      }
      awaitingTitle = undefined;
      const node: DetectedText = { type: 'text', block, decisions: [] };
      if (numbering) {
        node.decisions.push(`“${text.slice(0, 40)}…” is numbered ${numbering.n} like a party document’s part, in a document that names its levels (Chương, Điều …): kept as text; make it a part if the document treats it as one`);
      } else if (block.role === 'heading') {
        node.decisions.push(`“${text}” is a heading in the source without a number: kept as text of the part above; make it the \`title\` of a part, or keep it as text`);
      } else if (block.role === 'list-item') {
        node.decisions.push(`“${text.slice(0, 40)}…” is an item of a list the source numbers itself (Word’s automatic numbering), so its number is not in the text: give it the number the signed document prints, as a part or in the text`);
      }
      top().content.push(node);
      continue;
    }
    awaitingTitle = undefined;
    while (open.length > 0 && open.at(-1)!.rank >= rank) open.pop();
    const level = structure === 'state' ? (stateLevels[rank] as StateLevel) : undefined;
    const form = structure === 'state' ? `${levelNames[level!]} ${numbering.n}` : `“${numbering.n}${numbering.form === 'letter' ? ')' : '.'}”`;
    const part: DetectedPart = { type: 'part', level, n: numbering.n, block, content: [], because: `opens with ${form}`, decisions: [] };
    const rest = numbering.rest.trim();
    if (isTitle(rest, block) && attributeValue(rest) === undefined) {
      part.content.push({ type: 'text', block: withoutPrefix(block, numbering.length), decisions: [`the title of ${form} holds both quote marks (" and '), which a \`title\` attribute cannot: it is kept as the part’s first paragraph; make it the title with one kind of quote mark, or keep it as text`] });
    } else if (isTitle(rest, block)) {
      part.title = rest;
      part.because += '; the words after it, not a sentence, are its title';
    } else if (rest !== '') {
      part.content.push({ type: 'text', block: withoutPrefix(block, numbering.length), decisions: [] });
    } else if (level === 'phan' || level === 'chuong' || level === 'muc' || level === 'dieu') {
      awaitingTitle = part;
    }
    top().content.push(part);
    open.push({ part, rank });
  }
  markNumberingProblems(root.content, structure);
  markHeadingLevels(root.content, undefined);
  return { structure, structureBecause, content: root.content };
}

/**
 * Holds the nesting the numbers give to the source's heading levels (Word's Heading 1, 2 …, a
 * page's <h2>, <h3>): a part set as a heading no deeper than the heading of the part its number
 * puts it in is a decision, since the two signals disagree.
 */
function markHeadingLevels(content: DocumentNode[], parent: DetectedPart | undefined): void {
  for (const node of content) {
    if (node.type !== 'part') continue;
    const level = node.block.headingLevel;
    const parentLevel = parent?.block.headingLevel;
    if (parent && level !== undefined && parentLevel !== undefined && level <= parentLevel) {
      node.decisions.push(`the source sets “${blockText(node.block).slice(0, 40)}” as a heading of level ${level}, like “${blockText(parent.block).slice(0, 40)}” (level ${parentLevel}), but its number puts it inside that part: check the nesting against the signed document`);
    }
    markHeadingLevels(node.content, node);
  }
}

/** The parts of a tree, depth first. */
export function partsOf(content: readonly DocumentNode[]): DetectedPart[] {
  return content.flatMap((node) => (node.type === 'part' ? [node, ...partsOf(node.content)] : []));
}

/** The form a party part's number is printed in. */
function printedForm(n: string): 'roman' | 'number' | 'letter' | undefined {
  return (['roman', 'number', 'letter'] as const).find((form) => ordinalOf(n, form) !== undefined);
}

/**
 * Gaps and repeats among the parts of one party part (or of the document) numbered in the same
 * form, whatever depth the scheme expects that form at: in a document whose outermost parts are
 * 1. 2. 4., the check only says that 1. is not a Roman numeral, and the gap would go unseen.
 * Returns the parts it marked.
 */
function markPrintedSequence(content: DocumentNode[]): Set<DetectedPart> {
  const marked = new Set<DetectedPart>();
  const last = new Map<string, DetectedPart>();
  for (const node of content) {
    if (node.type !== 'part') continue;
    const form = printedForm(node.n);
    if (form) {
      const before = last.get(form);
      const expected = before ? ordinalOf(before.n, form)! + 1 : 1;
      if (ordinalOf(node.n, form) !== expected) {
        node.decisions.push(`the source numbers this part “${node.n}” where “${numberAt(expected, form)}” would follow${before ? ` “${before.n}”` : ' (the first of its kind here)'}: a gap or a repeat. The import kept the number as printed: compare it with the signed document, then correct it, or keep it and tell the issuing office`);
        marked.add(node);
      }
      last.set(form, node);
    }
    for (const inner of markPrintedSequence(node.content)) marked.add(inner);
  }
  return marked;
}

/** Holds the parts to the content check's numbering rules, and writes each problem as a decision on its part. */
function markNumberingProblems(content: DocumentNode[], structure: PartScheme): void {
  // A gap or repeat already marked in a party document is not marked again as "out of sequence".
  const sequenced = structure === 'party' ? markPrintedSequence(content) : new Set<DetectedPart>();
  const byLine = new Map<number, DetectedPart>();
  const parsed = (nodes: DocumentNode[], ancestors: PartStep[]): ParsedPart[] =>
    nodes.flatMap((node) => {
      if (node.type !== 'part') return [];
      const line = byLine.size + 1;
      byLine.set(line, node);
      const path = [...ancestors, { level: node.level, n: node.n }];
      return [{ path, position: { line, column: 1 }, children: parsed(node.content, path) }];
    });
  for (const problem of partNumberingProblems(parsed(content, []), structure)) {
    const part = byLine.get(problem.position!.line)!;
    if (sequenced.has(part) && problem.message.includes('out of sequence')) continue;
    part.decisions.push(`the source’s numbering does not follow here (${problem.message}). The import kept the number as printed: compare it with the signed document, then correct the number or the nesting, or keep it and tell the issuing office`);
  }
}

/** Every decision the parts and paragraphs of a document carry, in reading order. */
export function documentDecisions(content: readonly DocumentNode[]): string[] {
  return content.flatMap((node) => [...node.decisions, ...(node.type === 'part' ? documentDecisions(node.content) : [])]);
}
