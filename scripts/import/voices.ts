/**
 * Structure and voices from the source's own signals: which paragraph is the lead, which are the
 * interviewer's questions (bold or italic, "Hỏi:", a "?" followed by an answer's "Bí thư …:"
 * label), which the speaker's answers, the reporter's narration, reported speech and direct
 * quotes. A paragraph whose voice the source does not signal gets the voice of the one before it
 * and a decision for the editor, never a silent guess.
 */
import type { ParagraphVoice, SpeechFormat } from '../../src/schemas/speech.ts';
import type { LanguageSignals } from './signals/index.ts';
import { blockText, type SourceBlock } from './source.ts';

/** One paragraph of the draft, with what the import found about it. */
export interface DetectedParagraph {
  n: number;
  block: SourceBlock;
  text: string;
  kind?: 'lead' | 'question' | 'answer';
  voice?: ParagraphVoice;
  /** The answer label it opens with ("Bí thư Tỉnh ủy Cao Bằng:"), written bold. */
  label?: string;
  /** Its whole-block emphasis only marked its role (a bold question): the draft leaves it out. */
  emphasisIsSignal?: boolean;
  /** Direct quotations the source attributes to the speaker, as they stand in `text`. */
  quotes: string[];
  /** Why it has the voice it has, for the report. */
  because?: string;
  /** What an editor must decide about it; each becomes a marker the check reports. */
  decisions: string[];
}

export interface DetectedStructure {
  format: SpeechFormat;
  /** Why the import chose that format, for the report. */
  formatBecause: string;
  paragraphs: DetectedParagraph[];
}

const wholly = (block: SourceBlock, key: 'bold' | 'italic') => block.runs.length > 0 && block.runs.every((run) => run[key] || run.text.trim() === '');
const isEmphasized = (block: SourceBlock) => wholly(block, 'bold') || wholly(block, 'italic');
const words = (text: string) => text.split(' ').filter(Boolean).length;

/**
 * The label an answer opens with: bold words ending in a colon, or (in plain text) a few words
 * without a comma, starting with a capital, then a colon and the answer.
 */
export function answerLabel(block: SourceBlock): string | undefined {
  const first = block.runs[0];
  if (first?.bold && !wholly(block, 'bold') && /:\s*$/.test(first.text)) return first.text.trim();
  const match = /^(\p{Lu}[^:,.;?!“”"]{1,60}):\s+\S/u.exec(blockText(block));
  return match && words(match[1]!) <= 8 ? `${match[1]}:` : undefined;
}

function isQuestionAt(blocks: SourceBlock[], index: number, signals: LanguageSignals | undefined): string | undefined {
  const block = blocks[index]!;
  const text = blockText(block);
  const next = blocks[index + 1];
  if (signals?.questionLabel.test(text)) return 'it opens with a question label';
  const asks = /\?["”’)»]*$/u.test(text);
  if (asks && next && answerLabel(next)) return 'it ends with “?” and the next paragraph opens with an answer label';
  if (isEmphasized(block) && asks) return `it is set in ${wholly(block, 'bold') ? 'bold' : 'italics'} and ends with “?”`;
  if (isEmphasized(block) && next && answerLabel(next)) return `it is set in ${wholly(block, 'bold') ? 'bold' : 'italics'} and the next paragraph opens with an answer label`;
  return undefined;
}

/** Direct quotations in a reported paragraph that the words after them attribute to a speaker. */
function attributedQuotes(text: string, signals: LanguageSignals | undefined): { quotes: string[]; unattributed: string[] } {
  const quotes: string[] = [];
  const unattributed: string[] = [];
  for (const match of text.matchAll(/“[^“”]+”|"[^"]+"/gu)) {
    const after = text.slice(match.index + match[0].length);
    if (signals?.quoteAttribution.test(after)) quotes.push(match[0]);
    else if (words(match[0]) >= 8) unattributed.push(match[0]);
  }
  return { quotes, unattributed };
}

function firstWords(text: string, count = 8): string {
  const all = text.split(' ');
  return all.length <= count ? text : `${all.slice(0, count).join(' ')} …`;
}

function interview(blocks: SourceBlock[], questions: (string | undefined)[]): DetectedParagraph[] {
  const firstQuestion = questions.findIndex(Boolean);
  return blocks.map((block, index) => {
    const text = blockText(block);
    const paragraph: DetectedParagraph = { n: index + 1, block, text, quotes: [], decisions: [] };
    const question = questions[index];
    if (question) {
      return { ...paragraph, kind: 'question', voice: 'question', emphasisIsSignal: isEmphasized(block), because: `question: ${question}` };
    }
    if (index < firstQuestion) {
      if (index === 0) return { ...paragraph, kind: 'lead', voice: 'narration', emphasisIsSignal: isEmphasized(block), because: 'lead: the first paragraph, before the first question' };
      return {
        ...paragraph,
        voice: 'narration',
        because: 'narration: before the first question',
        decisions: [`¶${index + 1} stands before the first question and is taken as the journalist’s narration; if it is the speaker’s words, make it voice="direct"`],
      };
    }
    const label = answerLabel(block);
    const result: DetectedParagraph = { ...paragraph, kind: 'answer', voice: 'direct', because: label ? `answer: opens with the label “${label}”` : 'answer: continues the answer before it' };
    if (label) result.label = label;
    if (/\?["”’)»]*$/u.test(text) && !label) {
      result.decisions.push(`¶${index + 1} ends with “?” but no answer label follows: kept as the speaker’s answer; if it is the interviewer’s question, make it kind="question" voice="question"`);
    }
    if (isEmphasized(block)) {
      result.decisions.push(`¶${index + 1} is set in ${wholly(block, 'bold') ? 'bold' : 'italics'} inside an answer: a subheading or an unmarked question? Kept as the speaker’s answer`);
    }
    return result;
  });
}

function report(blocks: SourceBlock[], signals: LanguageSignals): DetectedParagraph[] {
  const paragraphs: DetectedParagraph[] = [];
  for (const [index, block] of blocks.entries()) {
    const text = blockText(block);
    const { quotes, unattributed } = attributedQuotes(text, signals);
    const paragraph: DetectedParagraph = { n: index + 1, block, text, quotes, decisions: [] };
    for (const quote of unattributed) {
      paragraph.decisions.push(`¶${index + 1} quotes ${firstWords(quote, 12)} without saying whose words they are: if they are the speaker’s, wrap them in <Quote>…</Quote>`);
    }
    if (index === 0) {
      paragraphs.push({ ...paragraph, kind: 'lead', voice: 'narration', emphasisIsSignal: isEmphasized(block), because: 'lead: the first paragraph of a report' });
    } else if (signals.narrationOpening.test(text)) {
      paragraphs.push({ ...paragraph, voice: 'narration', because: 'narration: opens on the time or place of the event' });
    } else if (quotes.length > 0) {
      paragraphs.push({ ...paragraph, voice: 'reported', because: 'reported: a direct quotation attributed to the speaker' });
    } else if (signals.reporting.test(text)) {
      paragraphs.push({ ...paragraph, voice: 'reported', because: `reported: “${signals.reporting.exec(text)![0]}”` });
    } else {
      const previous = paragraphs.at(-1)!;
      const voice = previous.voice === 'reported' ? 'reported' : 'narration';
      paragraphs.push({
        ...paragraph,
        voice,
        because: `${voice}: no signal of its own, like ¶${previous.n}`,
        decisions: [
          ...paragraph.decisions,
          `¶${index + 1} has no reporting verb or quotation: taken as ${voice === 'reported' ? 'reported speech' : 'narration'} like ¶${previous.n}; make it voice="${voice === 'reported' ? 'narration' : 'reported'}" if it is the ${voice === 'reported' ? 'reporter’s own words' : 'speaker’s words told by the reporter'}`,
        ],
      });
    }
  }
  return paragraphs;
}

/**
 * Finds the format, and each paragraph's kind and voice. `format` forces a format; otherwise an
 * interview is a text with questions, a report one whose paragraphs report the speaker's words.
 */
export function detectStructure(blocks: SourceBlock[], signals: LanguageSignals | undefined, format?: SpeechFormat): DetectedStructure {
  const questions = blocks.map((_block, index) => isQuestionAt(blocks, index, signals));
  const questionCount = questions.filter(Boolean).length;
  const reportedCount = signals ? blocks.filter((block, index) => index > 0 && signals.reporting.test(blockText(block))).length : 0;
  const chosen: SpeechFormat = format ?? (questionCount > 0 ? 'interview' : reportedCount >= 2 ? 'speech-report' : 'speech');
  const formatBecause = format
    ? 'given with --format'
    : questionCount > 0
      ? `${questionCount} question${questionCount === 1 ? '' : 's'} found`
      : reportedCount >= 2
        ? `${reportedCount} paragraphs report the speaker’s words`
        : 'no questions and no reported speech found: the speaker’s own words';
  if (chosen === 'interview') {
    if (questionCount === 0) {
      const paragraphs = blocks.map((block, index) => ({ n: index + 1, block, text: blockText(block), voice: 'direct' as const, quotes: [], decisions: [`¶${index + 1}: no question was found in this interview; mark the interviewer’s questions kind="question" voice="question"`] }));
      return { format: chosen, formatBecause, paragraphs };
    }
    return { format: chosen, formatBecause, paragraphs: interview(blocks, questions) };
  }
  if (chosen === 'speech-report' && signals) return { format: chosen, formatBecause, paragraphs: report(blocks, signals) };
  if (chosen === 'speech-report') {
    const paragraphs = blocks.map((block, index) => ({ n: index + 1, block, text: blockText(block), quotes: [], decisions: [`¶${index + 1}: the import has no words for this language’s reporting verbs; give the paragraph its voice`] }));
    return { format: chosen, formatBecause, paragraphs };
  }
  // Taken for a speech because nothing says otherwise: every word would be credited to the speaker,
  // so an editor confirms it once (unless the format was given).
  const confirm = format
    ? []
    : ['the import found no question and no reported speech, so it takes the whole text as the speaker’s own words (format: speech): confirm that it is, or set format: interview or speech-report and give each paragraph its voice'];
  return { format: chosen, formatBecause, paragraphs: blocks.map((block, index) => ({ n: index + 1, block, text: blockText(block), quotes: [], decisions: index === 0 ? confirm : [] })) };
}
