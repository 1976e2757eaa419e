import { spawnSync } from 'node:child_process';

/**
 * When the offline copy says it was built: the time of the source, never the clock, so two builds of
 * one commit are byte for byte the same. `SOURCE_DATE_EPOCH` (seconds) when set, as reproducible
 * builds agree; else the date of the commit checked out (`git log -1 --format=%cI`).
 */
export function sourceDate(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000);
  }
  const git = spawnSync('git', ['log', '-1', '--format=%cI'], { cwd, encoding: 'utf8' });
  const committed = git.status === 0 ? git.stdout.trim() : '';
  if (committed === '') {
    throw new Error('The offline copy needs the date of the source: build in a git checkout, or set SOURCE_DATE_EPOCH (seconds since 1970).');
  }
  return new Date(committed);
}
