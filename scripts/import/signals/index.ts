/**
 * The words a source in a given language uses for its chrome and its voices: related-article
 * headings, contact lines, masthead clocks, caption credits, question and answer labels, reporting
 * verbs, enumerations. The import's rules are the same for every language; these tables are what
 * differs. A language without a table gets only the rules that need no words (emphasis, "?", quotes).
 */
import type { StateLevel } from '../../../src/lib/document-parts.ts';
import { vietnameseSignals } from './vi.ts';

/** An ordinal series a text enumerates with ("Thứ nhất, … Thứ năm"), in order. */
export interface OrdinalSeries {
  /** The ordinals, first to last, as the text writes them at the start of a paragraph. */
  ordinals: readonly string[];
}

/** The words of an official document's frame and numbering (a resolution, a decree). */
export interface DocumentSignals {
  /** A header line printed above every document of its kind: the national motto, the Party's name. */
  motto: RegExp;
  /** The number and symbol line ("Số: 12-NQ/TU"): group `number`. */
  numberLine: RegExp;
  /** The place and date line ("Cao Bằng, ngày 10 tháng 3 năm 2026"): groups `place`, and `day`, `month`, `year` where it gives them. */
  placeDate: RegExp;
  /** The names of the kinds of document, as the schema's `documentType` writes them ("Nghị quyết"). */
  documentTypes: readonly string[];
  /** The words a document's title opens with ("Về …"), which may follow a line in capitals ("HỘI NGHỊ LẦN THỨ TÁM …"). */
  titleOpening: RegExp;
  /** The heading of the distribution list ("Nơi nhận:"). */
  recipients: RegExp;
  /** The first line of a signature block: the capacity in which it is signed ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"). */
  signatureCapacity: RegExp;
  /** A line that only says the original is signed or sealed ("(Đã ký)"). */
  signatureMark: RegExp;
  /** A named level of a state document at the start of a line ("Chương II", "Điều 5."): groups `n` and `rest`. */
  stateLevels: readonly { level: StateLevel; words: RegExp }[];
}

export interface LanguageSignals {
  /** A block that heads the site's list of other articles ("Tin liên quan"): it and what follows are not the text. */
  relatedHeading: RegExp;
  /** A line of the site's chrome (contact lines, share bars, "follow us"). */
  chromeLine: RegExp;
  /** A masthead clock ("Thứ bảy 07/03/2026 08:55"): groups `day`, `month`, `year`. */
  mastheadClock: RegExp;
  /** A date label before the text ("date 2026-01-28"): group `iso`. */
  dateLabel: RegExp;
  /** A caption's credit at its end ("… Ảnh: TTXVN."): group `credit`. */
  captionCredit: RegExp;
  /** An interviewer's question label at the start of a paragraph ("Hỏi:", "PV:"). */
  questionLabel: RegExp;
  /** A reporting verb or frame ("nhấn mạnh", "Theo Tổng bí thư,"): the reporter tells the speaker's words. */
  reporting: RegExp;
  /** A paragraph that opens on the time or place of the event ("Sáng 28/1,"): the reporter's narration. */
  narrationOpening: RegExp;
  /** Words after a closing quotation mark that attribute it to a speaker (", Tổng bí thư nhấn mạnh"). */
  quoteAttribution: RegExp;
  /** Ordinal series that enumerate the items of a list. */
  enumerations: readonly OrdinalSeries[];
  /** Words of the paragraph that introduces an enumeration, deciding what its items are. */
  enumerationKinds: readonly { kind: 'orientation' | 'breakthrough'; words: RegExp }[];
  /** Letters only this language's text has: a text in which few words carry them is not in it. */
  distinctiveLetters: RegExp;
  /** The least share of words carrying them in a text of this language. */
  distinctiveShare: number;
  /** The words of an official document's header, closing and named levels. */
  document: DocumentSignals;
}

const signals: Record<string, LanguageSignals> = { vi: vietnameseSignals };

/** The import's words for `lang`, or undefined when it has none for that language. */
export function signalsFor(lang: string): LanguageSignals | undefined {
  return signals[lang];
}

/** Matches nothing: the document words of a language without a table. */
const never = /(?!)/u;

/**
 * The document words of a language's table; for a language without one, words that match nothing,
 * so only the numbering that needs no words (I. 1. a)) is read and the frame is left to the editor.
 */
export function documentSignalsFor(signals: LanguageSignals | undefined): DocumentSignals {
  return signals?.document ?? { motto: never, numberLine: never, placeDate: never, documentTypes: [], titleOpening: never, recipients: never, signatureCapacity: never, signatureMark: never, stateLevels: [] };
}
