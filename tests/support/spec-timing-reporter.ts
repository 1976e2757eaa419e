import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints, at the end of a run, how long each spec file took: its tests' time added up across the
 * workers, and the span from its first test's start to its last test's end. Slow files head the
 * list, so a regression in the suite's time shows in the run that caused it.
 */
export default class SpecTimingReporter implements Reporter {
  private readonly files = new Map<string, { tests: number; busyMs: number; start: number; end: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.replace(/^.*?(tests\/)/, '$1');
    const start = result.startTime.getTime();
    const entry = this.files.get(file) ?? { tests: 0, busyMs: 0, start, end: start };
    entry.tests += 1;
    entry.busyMs += result.duration;
    entry.start = Math.min(entry.start, start);
    entry.end = Math.max(entry.end, start + result.duration);
    this.files.set(file, entry);
  }

  onEnd(result: FullResult): void {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const rows = [...this.files].sort(([, a], [, b]) => b.busyMs - a.busyMs);
    const lines = rows.map(([file, entry]) => `${seconds(entry.busyMs)} ${seconds(entry.end - entry.start)}  ${String(entry.tests).padStart(4)}  ${file}`);
    console.log(`\nTime per spec file (tests' time added up, first start to last end, tests):\n${lines.join('\n')}`);
    console.log(`${seconds(result.duration)} for the whole run.`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
