/**
 * The content check hands every body's paragraphs to the site build (src/lib/checked-paragraphs.ts).
 * What the pages get from the file must be what they would have parsed themselves, for the bodies
 * as Astro hands them to the pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataVariables } from '../../src/build/build-data';
import { bodyKey, checkedParagraphsOf, readCheckedParagraphs, writeCheckedParagraphs } from '../../src/lib/checked-paragraphs';
import { readContentFiles, readEntryBody } from '../../src/lib/content-files';
import { speechParagraphs } from '../../src/lib/speech-paragraphs';

const work = mkdtempSync(join(tmpdir(), 'checked-paragraphs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A body as Astro's MDX loader keeps it: front matter blanked, then trimmed (@astrojs/mdx). */
function astroBody(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
}

const withoutPositions = (body: string) => speechParagraphs(body).map(({ position: _position, ...paragraph }) => paragraph);

describe('the file of checked paragraphs', () => {
  test('is keyed by the body as Astro keeps it, and holds what parsing that body gives, without positions', () => {
    const body = '\n<Para n={1}>\nMột <Ref to="orientations/a">hai</Ref>.\n</Para>\n\n<Para n={2} kind="lead">\n**Ba:** bốn.\n</Para>\n';
    const file = join(work, 'one.json');
    writeCheckedParagraphs(file, [{ body, paragraphs: speechParagraphs(body) }]);
    const read = readCheckedParagraphs(file);
    expect(read?.get(bodyKey(body.trim()))).toEqual(withoutPositions(body.trim()));
    expect(read?.get(bodyKey('<Para n={1}>\nsomething else\n</Para>'))).toBeUndefined();
  });

  test('holds every body written, and none when there are none', () => {
    const bodies = ['<Para n={1}>\nMột.\n</Para>', '<Para n={1}>\nHai "ba" \\ bốn.\n</Para>\n\n<Para n={2}>\nNăm.\n</Para>'];
    const file = join(work, 'two.json');
    writeCheckedParagraphs(file, bodies.map((body) => ({ body, paragraphs: speechParagraphs(body) })));
    const read = readCheckedParagraphs(file);
    expect(read?.size).toBe(2);
    for (const body of bodies) expect(read?.get(bodyKey(body))).toEqual(withoutPositions(body));
    writeCheckedParagraphs(file, []);
    expect(readCheckedParagraphs(file)?.size).toBe(0);
  });

  test('is what the pages read, found through the build data the build hands them', () => {
    const body = '<Para n={4}>\nBốn.\n</Para>';
    const file = join(work, 'handed-over.json');
    writeCheckedParagraphs(file, [{ body, paragraphs: speechParagraphs(body) }]);
    const previous = process.env[buildDataVariables.checkedParagraphs];
    process.env[buildDataVariables.checkedParagraphs] = file;
    try {
      expect(checkedParagraphsOf(body)).toEqual(withoutPositions(body));
      // A body the check did not read is the page's to parse.
      expect(checkedParagraphsOf('<Para n={5}>\nNăm.\n</Para>')).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env[buildDataVariables.checkedParagraphs];
      else process.env[buildDataVariables.checkedParagraphs] = previous;
    }
  });

  test('is not read when missing, unreadable or of another format', () => {
    expect(readCheckedParagraphs(join(work, 'missing.json'))).toBeUndefined();
    writeFileSync(join(work, 'half.json'), '{"version":1,"bodies":[["a",');
    expect(readCheckedParagraphs(join(work, 'half.json'))).toBeUndefined();
    writeFileSync(join(work, 'old.json'), JSON.stringify({ version: 0, bodies: [['a', []]] }));
    expect(readCheckedParagraphs(join(work, 'old.json'))).toBeUndefined();
  });

  test('`npm run check --paragraphs` writes every body of the real content, as the pages would parse it', () => {
    const file = join(work, 'checked.json');
    execFileSync(process.execPath, ['scripts/check/cli.ts', `--paragraphs=${file}`], { stdio: 'pipe' });
    const checked = readCheckedParagraphs(file);
    const { files } = readContentFiles(process.cwd());
    const speeches = files.filter((entry) => entry.collection === 'speeches');
    expect(speeches.length).toBeGreaterThan(0);
    for (const entry of files) {
      const body = astroBody(readFileSync(entry.path, 'utf8'));
      // What the pages read, as Astro keeps no bodies (src/content.config.ts).
      expect(readEntryBody(entry.path), entry.path).toBe(body);
      expect(checked?.get(bodyKey(body)), entry.path).toEqual(withoutPositions(body));
    }
    expect(speeches.every((entry) => (checked?.get(bodyKey(astroBody(readFileSync(entry.path, 'utf8'))))?.length ?? 0) > 0)).toBe(true);
  });

  test('is not written when the check finds an error', () => {
    const project = join(work, 'broken');
    const speech = join(project, 'content', 'speeches', 'vi');
    mkdirSync(speech, { recursive: true });
    writeFileSync(join(speech, 'x.mdx'), '---\ntitle: x\n---\n\n<Para n={1}>\nunclosed\n');
    const file = join(work, 'broken.json');
    expect(() => execFileSync(process.execPath, [join(process.cwd(), 'scripts/check/cli.ts'), `--paragraphs=${file}`], { cwd: project, stdio: 'pipe' })).toThrow();
    expect(existsSync(file)).toBe(false);
  });
});
