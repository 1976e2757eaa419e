/**
 * The fixture site of the engine tests (tests/fixtures/site/: its own site.config.ts and content/),
 * built in a copy of the project (scripts/lib/project-copy.ts) with the fixture in place of this
 * corpus. The tests derive what they expect from the fixture's files, read here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fillPlaceholders } from '../../src/i18n/translator';
import { isUntranslated, markedUntranslated } from '../../src/i18n/untranslated';
import { splitFrontmatter, walk } from '../../src/lib/content-files';
import { parseSite } from '../../src/lib/define-site';
import type { SiteDeclaration } from '../../src/schemas/site';
import { copyProject } from '../../scripts/lib/project-copy';

/** The fixture's sources. */
export const fixtureDir = resolve('tests/fixtures/site');
/** The project copy the fixture is built in; its `dist/` is what the engine tests serve. */
export const engineSiteDir = resolve('.build/engine-site');
export const engineDist = join(engineSiteDir, 'dist');

/**
 * The fixture's declaration, read as plain data: the object literal of its site.config.ts
 * evaluated without its import (the declaration is validated by the build itself).
 */
export function fixtureSite(): SiteDeclaration {
  const source = readFileSync(join(fixtureDir, 'site.config.ts'), 'utf8');
  const literal = /defineSite\((\{[\s\S]*\})\);\s*$/.exec(source)?.[1];
  if (!literal) throw new Error('tests/fixtures/site/site.config.ts: expected `export default defineSite({ … });`');
  return parseSite(new Function(`return (${literal});`)() as unknown);
}

/** One file of the fixture's content/: `<collection>/<lang>/<id>.mdx`. */
export interface FixtureFile {
  collection: string;
  lang: string;
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/**
 * The fixture's content files. Read by path here, not with the site's own reader, whose languages
 * are this repository's (site.config.ts), not the fixture's.
 */
export function fixtureFiles(): FixtureFile[] {
  const base = join(fixtureDir, 'content');
  return [...walk(base)].map((full) => {
    const [collection = '', lang = '', file = ''] = relative(base, full).split(/[\\/]/);
    const { yaml, body } = splitFrontmatter(readFileSync(full, 'utf8'));
    return { collection, lang, id: file.replace(/\.mdx$/, ''), frontmatter: (parseYaml(yaml ?? '') ?? {}) as Record<string, unknown>, body };
  });
}

/**
 * Builds the fixture site: a copy of the project in `dir` (the engine tests' own by default) with the
 * fixture's site.config.ts and content/, and, for each of its languages without UI strings, the
 * original's strings marked untranslated (as `npm run new -- language` writes them). The copy builds
 * this repository's commit (its build date is the commit's), for `siteUrl` (none by default: the engine
 * tests serve it on a port of their own). Throws with the build's output when it fails.
 */
export function buildEngineSite(dir = engineSiteDir, { siteUrl = '' }: { siteUrl?: string } = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyProject(dir, { content: false, git: true });
  cpSync(join(fixtureDir, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(fixtureDir, 'site.config.ts'), join(dir, 'site.config.ts'));
  const site = fixtureSite();
  const original = site.languages.find((language) => language.original)!.code;
  const originalStrings = JSON.parse(readFileSync(join(dir, 'src', 'i18n', `${original}.json`), 'utf8')) as Record<string, string>;
  for (const { code } of site.languages) {
    const file = join(dir, 'src', 'i18n', `${code}.json`);
    if (!existsSync(file)) writeFileSync(file, `${JSON.stringify(markedUntranslated(originalStrings), null, 2)}\n`);
  }
  const env: Record<string, string | undefined> = { ...process.env, SITE_URL: siteUrl };
  for (const name of ['SITE_BASE', 'SOURCE_DATE_EPOCH']) delete env[name];
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`the fixture site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
}

/**
 * A UI string as the engine copy's pages show it, `{{name}}` filled from `params`: the original
 * language's where the language's own is still marked untranslated (as `npm run new -- language`
 * leaves a new language's strings).
 */
export function engineUi(lang: string, key: string, params: Record<string, string> = {}): string {
  const read = (code: string) => (JSON.parse(readFileSync(join(engineSiteDir, 'src', 'i18n', `${code}.json`), 'utf8')) as Record<string, string>)[key];
  const own = read(lang);
  const shown = own === undefined || isUntranslated(own) ? read(fixtureSite().languages.find((language) => language.original)!.code) : own;
  if (shown === undefined) throw new Error(`the engine copy's src/i18n has no key ${key}`);
  return fillPlaceholders(shown, params);
}
