import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** README.md, CONTRIBUTING.md and every Markdown file under docs/. */
function documents(): string[] {
  const found = ['README.md', 'CONTRIBUTING.md'];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found;
}

/** The relative link targets of a Markdown text, without their #fragment: `[x](docs/a.md#b)` → `docs/a.md`. */
function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#')).map((target) => target.replace(/#.*$/, ''));
}

describe('the documentation', () => {
  test('README.md stays short: a newcomer reads it in five minutes', () => {
    expect(readFileSync('README.md').length).toBeLessThanOrEqual(8 * 1024);
  });

  test.each(documents())('every relative link of %s leads to a file of the repository', (document) => {
    const broken = relativeLinks(readFileSync(document, 'utf8')).filter((target) => !existsSync(join(dirname(document), target)));
    expect(broken).toEqual([]);
  });

  test('a link to a missing file is found', () => {
    expect(relativeLinks('[a](docs/a.md#x) [b](https://x.org) [c](#here) [d](../d/)')).toEqual(['docs/a.md', '../d/']);
  });
});
