/**
 * The frame of an official document: the header above its text (the issuing body, the national
 * motto or the Party's name, the number and symbol, the place and date line, the kind of document
 * and its title) and the closing below it (the distribution list "Nơi nhận:" and the signature
 * block). What the frame states goes to the front matter, only where it states it; every line of
 * the frame is left out of the body and listed with its reason.
 */
import type { DocumentSignals } from './signals/index.ts';
import { blockText, type DroppedBlock, type SourceBlock } from './source.ts';

/** A value the frame states, and the line it was read from (for the report). */
export interface FramedValue {
  value: string;
  from: string;
}

/** What the frame of a document states, and what is left of it: the body. */
export interface DocumentFrame {
  /** The kind of document, as the signals table names it ("Nghị quyết"). */
  documentType?: FramedValue;
  title?: FramedValue;
  number?: FramedValue;
  /** The issuing body as the header prints it, its lines joined. */
  issuer?: FramedValue & { lines: string[] };
  /** YYYY-MM-DD, where the date line gives a whole date. */
  issued?: FramedValue;
  /** The place of the date line: no field of a resolution, so only reported. */
  place?: FramedValue;
  /** The signature block's lines (capacity and name), joined: the document's signer. */
  signer?: FramedValue & { lines: string[] };
  /** The blocks between the header and the closing. */
  body: SourceBlock[];
  dropped: DroppedBlock[];
  /** What an editor must decide about the frame; written at the top of the draft. */
  decisions: string[];
}

const words = (text: string) => text.split(' ').filter(Boolean).length;
const endsLikeSentence = (text: string) => /[.!?…:;]["”’)»]*$/u.test(text);
/** True for a line set wholly in capitals, as a document's header and signature are. */
export const inCapitals = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase();
/** A rule under a header line: "-----", "*", "___". */
const isRule = (text: string) => /^[-–—_*=.·•\s]+$/u.test(text);

function dropOf(block: SourceBlock, reason: string): DroppedBlock {
  return { text: blockText(block), reason, where: block.where };
}

/** The kind of document a block opens with ("NGHỊ QUYẾT", "Nghị quyết về …"), and the words after it. */
function documentTypeAt(block: SourceBlock, signals: DocumentSignals): { type: string; rest: string; length: number } | undefined {
  const text = blockText(block);
  for (const type of signals.documentTypes) {
    const opening = text.slice(0, type.length);
    if (opening.toLocaleLowerCase() !== type.toLocaleLowerCase()) continue;
    if (/[\p{L}\d]/u.test(text.charAt(type.length))) continue;
    // A heading in capitals, or the document's title block: a sentence that opens with the word is text.
    if (!inCapitals(opening) && block.role !== 'title') continue;
    return { type, rest: text.slice(type.length).replace(/^[\s:–—-]+/u, ''), length: type.length };
  }
  return undefined;
}

/**
 * A line that may continue the title: short, no sentence, written in the same case as the line
 * before it, or opening as a title does ("về …" under "HỘI NGHỊ LẦN THỨ TÁM …").
 */
function continuesTitle(block: SourceBlock, previous: string, signals: DocumentSignals, isPartStart: (block: SourceBlock) => boolean): boolean {
  const text = blockText(block);
  return text !== '' && words(text) <= 30 && !endsLikeSentence(text) && !isRule(text) && !isPartStart(block) && (inCapitals(text) === inCapitals(previous) || signals.titleOpening.test(text));
}

/**
 * Reads the header and the closing of an official document out of its blocks. `isPartStart` says
 * whether a block opens a numbered part (the header ends before the first one at the latest).
 */
export function readDocumentFrame(blocks: SourceBlock[], signals: DocumentSignals, isPartStart: (block: SourceBlock) => boolean): DocumentFrame {
  const frame: DocumentFrame = { body: [], dropped: [], decisions: [] };
  const firstPart = blocks.findIndex(isPartStart);
  const searchEnd = firstPart === -1 ? blocks.length : firstPart;
  let typeAt = blocks.slice(0, searchEnd).findIndex((block) => documentTypeAt(block, signals) !== undefined);
  if (typeAt === -1) typeAt = blocks.slice(0, searchEnd).findIndex((block) => block.role === 'title');
  let bodyStart = 0;

  if (typeAt !== -1) {
    const issuerLines: string[] = [];
    for (const block of blocks.slice(0, typeAt)) {
      const text = blockText(block);
      const number = signals.numberLine.exec(text);
      const date = signals.placeDate.exec(text);
      if (signals.motto.test(text)) frame.dropped.push(dropOf(block, 'the header’s motto line (the national motto or the Party’s name, printed above every document)'));
      else if (number?.groups && !frame.number) {
        frame.number = { value: number.groups['number']!, from: `“${text}” (${block.where})` };
        frame.dropped.push(dropOf(block, 'the number and symbol (kept as `number`)'));
      } else if (date?.groups && !frame.place) {
        const { place, day, month, year } = date.groups;
        frame.place = { value: place!.trim(), from: `“${text}” (${block.where})` };
        if (day && month && year) {
          frame.issued = { value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, from: `“${text}” (${block.where})` };
          frame.dropped.push(dropOf(block, 'the place and date line (the date kept as `issued`)'));
        } else {
          frame.dropped.push(dropOf(block, 'the place and date line, without a whole date: `issued` is left out'));
        }
      } else if (isRule(text)) frame.dropped.push(dropOf(block, 'a rule under a header line'));
      else if (inCapitals(text)) {
        issuerLines.push(text);
        frame.dropped.push(dropOf(block, 'the issuing body in the header (kept as `issuer`)'));
      } else frame.dropped.push(dropOf(block, 'a line before the document’s header (not its issuing body, number or date)'));
    }
    if (issuerLines.length > 0) {
      frame.issuer = { value: issuerLines.join(' '), lines: issuerLines, from: 'the header' };
      if (issuerLines.length > 1) {
        frame.decisions.push(`the header names the issuing body over ${issuerLines.length} lines (${issuerLines.map((line) => `“${line}”`).join(' / ')}), kept as one \`issuer\`: if the first names the body above the issuer (ĐẢNG BỘ …), keep only the issuing body`);
      }
      if (inCapitals(frame.issuer.value)) frame.decisions.push(`\`issuer\` is kept as the header prints it, in capitals (“${frame.issuer.value}”): write the body’s name as the document’s text writes it`);
    }

    const typeBlock = blocks[typeAt]!;
    const type = documentTypeAt(typeBlock, signals);
    if (type) frame.documentType = { value: type.type, from: `“${blockText(typeBlock)}” (${typeBlock.where})` };
    const titleLines: string[] = [];
    const titleRest = type ? type.rest : blockText(typeBlock);
    if (titleRest !== '') titleLines.push(titleRest);
    frame.dropped.push(dropOf(typeBlock, type ? `the kind of document${titleRest ? ' and its title' : ''} (kept as \`documentType\`${titleRest ? ' and `title`' : ''})` : 'the title (kept as `title`)'));
    bodyStart = typeAt + 1;
    // The title stands under the kind of document, over a line or more ("Về …").
    while (bodyStart < searchEnd && titleLines.length < 4) {
      const next = blocks[bodyStart]!;
      const previous = titleLines.at(-1) ?? blockText(next);
      if (!continuesTitle(next, previous, signals, isPartStart) && !(titleLines.length === 0 && next.role === 'title')) break;
      titleLines.push(blockText(next));
      frame.dropped.push(dropOf(next, 'the title (kept as `title`)'));
      bodyStart += 1;
    }
    if (titleLines.length > 0) frame.title = { value: titleLines.join(' '), from: titleLines.length === 1 ? 'the line under the kind of document' : `${titleLines.length} lines under the kind of document` };
    if (titleLines.length > 1) frame.decisions.push(`the title is read from ${titleLines.length} lines (${titleLines.map((line) => `“${line}”`).join(' / ')}): check where it ends`);
    while (bodyStart < blocks.length && isRule(blockText(blocks[bodyStart]!))) {
      frame.dropped.push(dropOf(blocks[bodyStart]!, 'a rule under the title'));
      bodyStart += 1;
    }
  }

  // The closing: from the distribution list or the signature block on, nothing is the text.
  const closingAt = blocks.findIndex((block, index) => index >= Math.max(bodyStart, firstPart) && (signals.recipients.test(blockText(block)) || signals.signatureCapacity.test(blockText(block))));
  const bodyEnd = closingAt === -1 ? blocks.length : closingAt;
  frame.body = blocks.slice(bodyStart, bodyEnd);
  if (closingAt === -1) return frame;
  const signerLines: string[] = [];
  let mode: 'recipients' | 'signature' = 'recipients';
  for (const block of blocks.slice(closingAt)) {
    const text = blockText(block);
    if (signals.recipients.test(text)) mode = 'recipients';
    else if (signals.signatureCapacity.test(text) || (mode === 'recipients' && inCapitals(text) && !/^[-+•–]/u.test(text))) mode = 'signature';
    if (signals.signatureMark.test(text)) frame.dropped.push(dropOf(block, 'the mark that the original is signed'));
    else if (mode === 'recipients') frame.dropped.push(dropOf(block, 'the distribution list (Nơi nhận)'));
    else {
      signerLines.push(text);
      frame.dropped.push(dropOf(block, 'the signature block (kept as `signer`)'));
    }
  }
  if (signerLines.length > 0) {
    frame.signer = { value: signerLines.join(', '), lines: signerLines, from: 'the signature block' };
    if (signerLines.some(inCapitals)) frame.decisions.push(`\`signer\` is kept as the signature block prints it (“${frame.signer.value}”): write the capacity as the document’s text writes it, and check the name`);
  }
  return frame;
}
