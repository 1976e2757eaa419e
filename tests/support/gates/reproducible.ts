import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesIn } from './files';

/** Every file under a folder, by relative path, with the SHA-256 of its bytes. */
export function treeDigests(dir: string): Map<string, string> {
  return new Map(filesIn(dir, ['']).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

/** How folder b differs from folder a, file by file: `added x`, `missing x`, `differs x`, sorted. */
export function treeDifferences(a: string, b: string): string[] {
  const [left, right] = [treeDigests(a), treeDigests(b)];
  const differences: string[] = [];
  for (const [file, digest] of left) {
    if (!right.has(file)) differences.push(`missing ${file}`);
    else if (right.get(file) !== digest) differences.push(`differs ${file}`);
  }
  for (const file of right.keys()) if (!left.has(file)) differences.push(`added ${file}`);
  return differences.sort();
}
