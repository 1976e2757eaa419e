import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder whose name ends with one of the extensions, sorted. */
export function filesIn(dir: string, extensions: readonly string[] = ['.html']): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((extension) => entry.name.endsWith(extension))) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}
