/**
 * Where an assignment sits in a reading list's address (`#items=…&assignment=…`), apart from how it
 * is encoded (./assignment.ts), so the list page can keep the part in its address without loading
 * the decoder until the part is there or the teacher opens the editor.
 */

/** The `assignment=` part of a location hash, as it is written there (undefined when there is none). */
export function assignmentPart(hash: string): string | undefined {
  return /(?:^#|&)assignment=([^&]*)/.exec(hash)?.[1];
}

/** A location hash with its assignment part set to `part` (removed when `part` is ''), the rest kept in order. */
export function withAssignmentPart(hash: string, part: string): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((piece) => piece !== '' && !piece.startsWith('assignment='));
  if (part) kept.push(`assignment=${part}`);
  return kept.length === 0 ? '' : `#${kept.join('&')}`;
}
