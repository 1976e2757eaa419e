/**
 * scripts/build.ts's orchestration (scripts/lib/build-run.ts) on stand-in steps, for the signal and
 * concurrency tests: run with the project copy as its working folder and a folder for the steps'
 * markers as its argument. Each step is stand-in-step.mjs; see there for what the variables do.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../../../scripts/lib/build-run.ts';
import type { Step } from '../../../scripts/lib/steps.ts';

const markers = process.argv[2];
if (!markers) throw new Error('usage: build.ts <markers folder>');
const standInStep = fileURLToPath(new URL('stand-in-step.mjs', import.meta.url));
const step = (name: string): Step => ({ name, command: process.execPath, args: [standInStep, name, markers] });

// STAND_IN_CRASH_WHEN=<step>: once that step has started, this process fails with an error it does
// not catch, as a bug in the orchestration would.
const crashWhen = process.env.STAND_IN_CRASH_WHEN;
if (crashWhen) {
  const marker = join(markers, `${crashWhen}.json`);
  const watch = setInterval(() => {
    if (!existsSync(marker)) return;
    clearInterval(watch);
    throw new Error('stand-in crash');
  }, 20);
}

await runBuild({ root: process.cwd(), check: step('check'), site: step('site'), after: [step('handouts'), step('offline')] });
