/**
 * Decision markers, `{/* decide: … *\/}`: an MDX comment left where a draft needs an editor's
 * decision (what `npm run import` could not decide from the source, a placeholder `npm run new`
 * wrote). The content check reports each one (`pending-decision`) until an editor deletes it.
 */

/** The word that opens a decision marker. */
export const decisionMarkerWord = 'decide:';

/** A decision marker asking `text`, as it is written in an MDX body. */
export function decisionMarker(text: string): string {
  return `{/* ${decisionMarkerWord} ${text.replaceAll('*/', '* /')} */}`;
}
