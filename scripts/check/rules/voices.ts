import { formatsWithSeveralVoices, paragraphVoiceMeanings, ParagraphVoiceSchema, type ParagraphVoice, type SpeechFormat } from '../../../src/schemas/speech.ts';
import { originalLang } from '../../../src/lib/languages.ts';
import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';

const voices = ParagraphVoiceSchema.options;

const isVoice = (voice: string): voice is ParagraphVoice => (voices as readonly string[]).includes(voice);

/** The voices a lead (`kind="lead"`) may have: the publication's own words. */
const leadVoices: readonly string[] = ['narration', 'note'] satisfies ParagraphVoice[];

/** The voice of a ¶ that gives none: the speaker's own words, as its citation credits them. */
const unmarkedVoice: ParagraphVoice = 'direct';

/** `direct` (the speaker's own words), `reported` (…), …: the choices, explained, for a message. */
const voiceChoices = voices.map((voice) => `\`${voice}\` (${paragraphVoiceMeanings[voice]})`).join(', ');

function formatOf(frontmatter: unknown): SpeechFormat | undefined {
  const format = (frontmatter as { format?: unknown } | undefined)?.format;
  return typeof format === 'string' ? (format as SpeechFormat) : undefined;
}

/**
 * Every paragraph of an interview or a report says whose words it holds (`<Para voice="…">`), so a
 * citation never puts a journalist's sentence in a speaker's mouth. A question paragraph (`kind="question"`)
 * can only be the interviewer's, and a lead (`kind="lead"`) only the publication's (narration or a note).
 */
export function checkParagraphVoices(corpus: Corpus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of corpus.entries) {
    if (entry.collection !== 'speeches' || !entry.parsed) continue;
    const format = formatOf(entry.frontmatter);
    const voiceRequired = format !== undefined && formatsWithSeveralVoices.includes(format);
    // A translation keeps each paragraph's voice: the original's, by ¶ number. A ¶ that gives none
    // is cited as the speaker's own words (templateForVoice), so that is the voice it is compared as.
    const original = entry.lang === originalLang ? undefined : corpus.find('speeches', originalLang, entry.id);
    const originalVoices = new Map(original?.paragraphs.map((twin) => [twin.n, twin.voice]));
    for (const paragraph of entry.paragraphs) {
      const at = entry.bodyPoint(paragraph.position);
      const { voice } = paragraph;
      if (original?.paragraphs.some((twin) => twin.n === paragraph.n)) {
        const twinVoice = originalVoices.get(paragraph.n);
        // A voice the original's own check refuses is reported there; comparing with it would only repeat that.
        const comparable = [voice, twinVoice].every((given) => given === undefined || isVoice(given)) && !(formatOf(original.frontmatter) === 'speech' && twinVoice !== undefined && twinVoice !== unmarkedVoice);
        if (comparable && (twinVoice ?? unmarkedVoice) !== (voice ?? unmarkedVoice)) {
          const says = (given: string | undefined) => (given === undefined ? `gives no voice (so is cited as the speaker's own words)` : `says voice="${given}"`);
          const fix = twinVoice === undefined ? `remove the voice, or write voice="${unmarkedVoice}"` : `write voice="${twinVoice}"`;
          diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} ${says(voice)} but ¶${paragraph.n} of the original (${originalLang}) ${says(twinVoice)}; a translation keeps each paragraph's voice: ${fix}`, at));
        }
      }
      // The page labels a lead as the publication's, so its citation must not credit the speaker.
      if (paragraph.kind === 'lead' && !(voice !== undefined && (leadVoices.includes(voice) || !isVoice(voice)))) {
        const says = voice === undefined ? "gives no voice, so it is cited as the speaker's own words" : `says voice="${voice}"`;
        diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} is the publication's lead (kind="lead") but ${says}; a lead is the publication's words: write voice="narration" (or voice="note" for an editor's note), or remove kind="lead" if these are the speaker's words`, at));
      }
      if (voice === undefined) {
        if (voiceRequired) {
          diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} does not say whose words it holds, and a text of format \`${format}\` has more than one voice; add voice="…" to its <Para>: ${voiceChoices}`, at));
        }
        continue;
      }
      if (!isVoice(voice)) {
        diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} has voice="${voice}", which is not a voice; use one of ${voiceChoices}`, at));
        continue;
      }
      if (paragraph.kind === 'question' && voice !== 'question') {
        diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} is a question (kind="question") but says voice="${voice}"; a question is the interviewer's words: write voice="question"`, at));
      }
      if (format === 'speech' && voice !== 'direct') {
        diagnostics.push(report(entry, 'paragraph-voice', `¶${paragraph.n} says voice="${voice}" in a text of format \`speech\`, which holds only the speaker's own words; change the format to \`interview\` or \`speech-report\`, or remove the voice`, at));
      }
    }
  }
  return diagnostics;
}
