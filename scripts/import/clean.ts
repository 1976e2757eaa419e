/**
 * The cleaning rules: what of the blocks a reader hands on is the document, and what is the page
 * around it. Each rule drops a block with its reason (the report lists them) or reads provenance
 * out of it (a masthead clock, a caption's credit, a date label); nothing is dropped silently.
 */
import type { LanguageSignals } from './signals/index.ts';
import { blockText, type DroppedBlock, type SourceBlock, type SourceDate, type SourceDocument } from './source.ts';

/** The document as the cleaning rules leave it. */
export interface CleanDocument {
  /** The body's blocks, in reading order. */
  blocks: SourceBlock[];
  title: string | undefined;
  dates: SourceDate[];
  /** The credits of the photos' captions, each once, in order. */
  photoCredits: string[];
  dropped: DroppedBlock[];
}

const words = (text: string) => text.split(' ').filter(Boolean).length;
/** A sentence ends with one of these (or a closing quote or bracket after one). */
const endsLikeSentence = (text: string) => /[.!?…:;]["”’)»]*$/u.test(text);
/** A block long enough to be body text: the body starts at the first one. */
const bodyLength = 25;

function dropOf(block: SourceBlock, reason: string): DroppedBlock {
  return { text: blockText(block), reason, where: block.where };
}

function dayOf(groups: Record<string, string | undefined>): string {
  return `${groups['year']}-${groups['month']!.padStart(2, '0')}-${groups['day']!.padStart(2, '0')}`;
}

/** Removes `length` characters from the start of a block's text (its leading spaces not counted), run by run. */
export function withoutPrefix(block: SourceBlock, length: number): SourceBlock {
  let rest = length;
  const runs = block.runs.flatMap((run) => {
    const start = run.text.length - run.text.trimStart().length;
    if (rest <= 0) return [run];
    const cut = Math.min(run.text.length, rest + start);
    rest -= cut - start;
    const text = run.text.slice(cut);
    return text === '' ? [] : [{ ...run, text }];
  });
  return { ...block, runs };
}

/**
 * What the source is: a news `article` (its title, masthead and captions found from the page's
 * shape), or an official `document`, whose header and closing document-frame.ts has read already:
 * the article's shape rules (a title line, short lines before the text, a caption under the
 * title, a date label) would take a document's numbered headings for a page's masthead.
 */
export interface CleanOptions {
  shape: 'article' | 'document';
}

/** Applies the cleaning rules to a document read from any format. */
export function cleanDocument(document: SourceDocument, signals: LanguageSignals | undefined, { shape }: CleanOptions = { shape: 'article' }): CleanDocument {
  const dropped: DroppedBlock[] = [...document.dropped];
  const dates: SourceDate[] = [...document.metadata.dates];
  const photoCredits: string[] = [];
  const article = shape === 'article';
  const titleBlock = article ? document.blocks.find((block) => block.role === 'title') : undefined;
  let title = !article ? undefined : titleBlock ? blockText(titleBlock) : document.metadata.title;
  const firstBody = document.blocks.findIndex((block) => block.role !== 'title' && words(blockText(block)) >= bodyLength);
  const kept: SourceBlock[] = [];
  let related: string | undefined;
  let afterTitleRepeat = false;

  for (const [index, original] of document.blocks.entries()) {
    let block = original;
    let text = blockText(block);
    const repeatOfTitle = afterTitleRepeat;
    afterTitleRepeat = false;
    if (related !== undefined) {
      dropped.push(dropOf(block, `list of related articles (after “${related}”)`));
      continue;
    }
    if (article && block.role === 'title') {
      dropped.push(dropOf(block, 'the title (kept as `title`)'));
      continue;
    }
    if (signals) {
      const label = article ? signals.dateLabel.exec(text) : null;
      if (label?.groups && index <= Math.max(firstBody, 0)) {
        dates.push({ date: label.groups['iso']!, kind: 'published', from: `the date label “${label[0].trim()}” (${block.where})`, uncertain: true });
        dropped.push({ text: label[0].trim(), reason: 'a date label before the text (kept as `date`)', where: block.where });
        block = withoutPrefix(block, label[0].trimStart().length);
        text = blockText(block);
      }
      const clock = signals.mastheadClock.exec(text);
      if (clock?.groups) {
        // The page's clock: the day it was seen, which may not be the article's.
        dates.push({ date: dayOf(clock.groups), kind: 'captured', from: `the masthead clock “${text}” (${block.where})` });
        dropped.push(dropOf(block, 'masthead clock (kept as the date the page was seen)'));
        continue;
      }
      if (signals.chromeLine.test(text)) {
        dropped.push(dropOf(block, 'the site’s chrome (contact, share or follow line)'));
        continue;
      }
      if (signals.relatedHeading.test(text) && words(text) <= 8) {
        related = text;
        dropped.push(dropOf(block, 'heading of a list of related articles: it and everything after it are left out'));
        continue;
      }
      const credit = signals.captionCredit.exec(text);
      if (block.role === 'caption' || (credit?.groups && words(text) <= 40)) {
        const name = credit?.groups?.['credit']?.trim();
        if (name && !photoCredits.includes(name)) photoCredits.push(name);
        dropped.push(dropOf(block, name ? `photo caption (credit “${name}” kept as \`source.photoCredit\`)` : 'photo caption'));
        continue;
      }
    } else if (block.role === 'caption') {
      dropped.push(dropOf(block, 'photo caption'));
      continue;
    }
    if (!article) {
      kept.push(block);
      continue;
    }
    // A copied page gives its title as a line before the body, when it has one.
    if (title === undefined && document.format === 'txt' && (firstBody < 0 || index < firstBody) && words(text) <= 30 && !endsLikeSentence(text)) {
      title = text;
      dropped.push(dropOf(block, 'the title (kept as `title`)'));
      continue;
    }
    if (title !== undefined && text === title) {
      dropped.push(dropOf(block, 'a repeat of the title (a photo’s alt text or a heading)'));
      afterTitleRepeat = true;
      continue;
    }
    if (repeatOfTitle && words(text) <= 15 && !endsLikeSentence(text)) {
      dropped.push(dropOf(block, 'photo caption (the short line under the photo’s alt text)'));
      continue;
    }
    if (index < firstBody && words(text) <= 12 && !endsLikeSentence(text) && kept.length === 0) {
      dropped.push(dropOf(block, 'a short line before the text (masthead or section name)'));
      continue;
    }
    kept.push(block);
  }
  return { blocks: kept, title, dates, photoCredits, dropped };
}
