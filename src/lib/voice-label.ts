/**
 * The visible label of a paragraph whose words are not the speaker's own, so a reader never takes
 * a journalist's sentence for the speaker's: the page, the parallel view, print, handouts and
 * reading lists show the same one.
 */

/** The UI key of a paragraph's voice label. */
export type VoiceLabelKey = 'voice.lead' | 'voice.narration' | 'voice.reported' | 'voice.question' | 'voice.note';

/**
 * The label of a paragraph by its kind and voice; none for the speaker's own words. A reported ¶
 * is the journalist's account of what the speaker said, not the speaker's words, so it has one.
 */
export function voiceLabelKey(kind: string | undefined, voice: string | undefined): VoiceLabelKey | undefined {
  if (kind === 'question' || voice === 'question') return 'voice.question';
  if (voice === 'note') return 'voice.note';
  if (kind === 'lead') return 'voice.lead';
  if (voice === 'narration') return 'voice.narration';
  if (voice === 'reported') return 'voice.reported';
  return undefined;
}
