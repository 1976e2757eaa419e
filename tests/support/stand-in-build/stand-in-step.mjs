// A stand-in build step. It starts two processes that stay until it ends, as real steps do: one in
// its own process group (as `astro build` starts Pagefind) and one in a group of its own (as
// Playwright starts Chromium). It writes their pids to <markers>/<name>.json, then:
//   - if STAND_IN_HANG names it, hangs (and with STAND_IN_IGNORE_TERM set, it and both helpers
//     ignore SIGTERM, so only SIGKILL ends them);
//   - otherwise writes its output (site: .build/dist-next, offline: .build/offline-next, unless
//     STAND_IN_NO_OUTPUT names it) and ends with its helpers.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, markers] = process.argv.slice(2);
const hangs = process.env.STAND_IN_HANG === name;
const ignoreTerm = hangs && Boolean(process.env.STAND_IN_IGNORE_TERM);
const helperCode = `${ignoreTerm ? "process.on('SIGTERM', () => {});" : ''} setInterval(() => {}, 1000);`;
if (ignoreTerm) process.on('SIGTERM', () => {});

const inGroup = spawn(process.execPath, ['-e', helperCode], { stdio: 'ignore' });
const ownGroup = spawn(process.execPath, ['-e', helperCode], { stdio: 'ignore', detached: true });
const record = { step: process.pid, build: process.ppid, inGroup: inGroup.pid, ownGroup: ownGroup.pid };
// Written whole, then renamed, so a test waiting for it never reads half of it.
writeFileSync(join(markers, `${name}.json.part`), JSON.stringify(record));
renameSync(join(markers, `${name}.json.part`), join(markers, `${name}.json`));

const outputs = { site: '.build/dist-next', offline: '.build/offline-next' };
if (hangs) {
  setInterval(() => {}, 1000);
} else {
  if (outputs[name] && process.env.STAND_IN_NO_OUTPUT !== name) {
    mkdirSync(outputs[name], { recursive: true });
    writeFileSync(join(outputs[name], 'index.html'), `new ${name}`);
  }
  inGroup.kill('SIGKILL');
  ownGroup.kill('SIGKILL');
  let left = 2;
  for (const helper of [inGroup, ownGroup]) helper.on('exit', () => --left === 0 && process.exit(0));
}
