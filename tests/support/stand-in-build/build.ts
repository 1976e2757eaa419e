/**
 * scripts/build.ts's orchestration (scripts/lib/build-run.ts) on stand-in steps, for the signal and
 * concurrency tests: run with the project copy as its working folder and a folder for the steps'
 * markers as its argument. Each step is stand-in-step.mjs; see there for what the variables do.
 */
import { fileURLToPath } from 'node:url';
import { runBuild } from '../../../scripts/lib/build-run.ts';
import type { Step } from '../../../scripts/lib/steps.ts';

const markers = process.argv[2];
if (!markers) throw new Error('usage: build.ts <markers folder>');
const standInStep = fileURLToPath(new URL('stand-in-step.mjs', import.meta.url));
const step = (name: string): Step => ({ name, command: process.execPath, args: [standInStep, name, markers] });

await runBuild({ root: process.cwd(), check: step('check'), site: step('site'), after: [step('handouts'), step('offline')] });
