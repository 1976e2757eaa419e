import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = process.cwd();
let project: string;

// A copy of the project with one broken reference and a previous dist/ that must survive.
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'check-build-'));
  for (const part of ['content', 'scripts', 'src', 'package.json', 'site.config.ts', 'astro.config.mjs', 'tsconfig.json']) {
    cpSync(join(root, part), join(project, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'previous good build');
  const speech = join(project, 'content/speeches/vi/to-lam-working-session-cao-bang.mdx');
  writeFileSync(speech, readFileSync(speech, 'utf8').replace('<Ref to="orientations/green-economic-restructuring">', '<Ref to="orientations/green-economy">'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

// The timeout is an upper bound for a loaded machine (the check and Astro's start run to the end), not a measurement.
test('a broken reference stops `npm run build` with file:line:column and leaves dist/ untouched', { timeout: 60_000 }, () => {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: project, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    /content\/speeches\/vi\/to-lam-working-session-cao-bang\.mdx:\d+:\d+ {2}error {2}`orientations\/green-economy`: there is no orientations entry `green-economy` in vi \(did you mean `green-economic-restructuring`\?\)/,
  );
  expect(result.stderr).toContain('The previous dist/ is left untouched.');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('previous good build');
  expect(existsSync(join(project, '.build', 'dist-next'))).toBe(false);
});
