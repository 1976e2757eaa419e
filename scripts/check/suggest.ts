import didYouMean from 'didyoumean2';

/** ` (did you mean \`x\`?)` for the closest candidate, or nothing when none is close. */
export function suggestion(value: string, candidates: readonly string[]): string {
  const match = didYouMean(value, [...candidates]);
  return match ? ` (did you mean \`${match}\`?)` : '';
}
