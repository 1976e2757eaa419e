/**
 * `npm test`'s step between the build and the end-to-end tests: the type check (`astro check`) and
 * the unit tests (vitest) side by side. The type check is mostly one core's work and the unit tests
 * spread over every core, so together they take less time than one after the other
 * (docs/testing.md). The unit tests' output shows as it comes, the type check's whole once both
 * are done. Fails when either fails; a stop (Ctrl-C) ends both.
 */
import { runStep, stopAllSteps } from './lib/steps.ts';
import { exitStatusOf, onStopRequest } from './lib/stop-signals.ts';

onStopRequest((signal) => {
  void stopAllSteps().then(() => process.exit(exitStatusOf(signal)));
});

const types = runStep({ name: 'type check (astro check)', command: 'astro', args: ['check'] }, { quiet: true });
const unit = runStep({ name: 'unit tests (vitest run)', command: 'vitest', args: ['run'] });
const runs = await Promise.all([unit, types]);
const [, typesRun] = runs;
process.stdout.write(typesRun.stdout);
process.stderr.write(typesRun.stderr);
for (const run of runs) console.log(`${run.ok ? '✓' : '✗'} ${run.step.name}${run.error ? `: ${run.error}` : ''}`);
process.exit(runs.every((run) => run.ok) ? 0 : 1);
