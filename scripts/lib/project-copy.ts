import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build reads: the site's sources, its build scripts and configuration. */
const buildInputs = ['src', 'scripts', 'public', 'site.config.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ProjectCopyOptions {
  /** Copy content/ too (default); the benchmark writes its own corpus instead. */
  content?: boolean;
  /** Point the copy at this repository's git history, so it builds "the same commit". */
  git?: boolean;
}

/**
 * Makes a buildable copy of the project in `dest`, for builds that must not touch the working tree
 * (a second build to compare, a sub-path build, a benchmark corpus). node_modules is shared through
 * one symlink per package, but not its cache folders (`.astro`, `.vite`): Astro keeps its content
 * store there, and two projects must never share it.
 */
export function copyProject(dest: string, options: ProjectCopyOptions = {}, root = process.cwd()): void {
  const from = resolve(root);
  mkdirSync(dest, { recursive: true });
  for (const input of [...buildInputs, ...(options.content === false ? [] : ['content'])]) {
    if (existsSync(join(from, input))) cpSync(join(from, input), join(dest, input), { recursive: true });
  }
  linkNodeModules(dest, from);
  if (options.git) writeFileSync(join(dest, '.git'), `gitdir: ${gitDirOf(from)}\n`);
}

/** The project's git folder: `.git`, or, in a linked worktree, the folder its `.git` file names. */
function gitDirOf(root: string): string {
  const dotGit = join(root, '.git');
  if (!existsSync(dotGit) || !statSync(dotGit).isFile()) return dotGit;
  const named = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
  return named ? resolve(root, named) : dotGit;
}

/** Gives `dest` this project's packages, one symlink each, without the cache folders. */
export function linkNodeModules(dest: string, root = process.cwd()): void {
  const modules = join(dest, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(resolve(root), 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.vite-temp'].includes(entry)) continue;
    symlinkSync(join(resolve(root), 'node_modules', entry), join(modules, entry));
  }
}
