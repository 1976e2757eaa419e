/**
 * `npm run bench:lighthouse` (part of `npm run bench`): Lighthouse's performance score of the built
 * site (run `npm run build` first), one page of each type in each language, in Lighthouse's phone
 * emulation (a mid-range phone on slow 4G, simulated). Each page is audited several times
 * (`--runs`, default 5) and the median reported, with its timed metrics; the goal is 100 everywhere.
 * Not part of `npm test`: the score times the CPU, so it moves with the machine's load. The tests
 * hold the causes instead (tests/e2e/quality-load.spec.ts). Writes bench-results/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { onePagePerType } from '../../tests/support/built-pages';
import { audit, performanceMetrics, type LighthouseReport } from '../../tests/support/gates/lighthouse';
import { serveFolder } from '../../tests/support/static-server';
import { median } from './stats';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = Math.max(1, Number(runsIndex < 0 ? 5 : args[runsIndex + 1]));
const goal = 100;

interface Row {
  path: string;
  type: string;
  score: number;
  scores: number[];
  metrics: Record<string, number>;
}

const server = await serveFolder('dist');
const rows: Row[] = [];
try {
  for (const { path, type } of onePagePerType()) {
    const reports: LighthouseReport<'performance'>[] = [];
    for (let run = 0; run < runs; run++) reports.push(await audit(new URL(path.slice(1), server.url).href, { categories: ['performance'] }));
    const scores = reports.map((report) => report.scores.performance);
    const metrics = Object.fromEntries(
      performanceMetrics.map((id) => [id, median(reports.map((report) => report.metrics[id] ?? Number.NaN))]),
    );
    const row = { path, type, score: median(scores), scores, metrics };
    rows.push(row);
    console.log(
      `${row.score === goal ? '✓' : '✗'} ${type.padEnd(13)} ${String(row.score).padStart(3)} (runs ${scores.join(', ')})  ` +
        `FCP ${Math.round(metrics['first-contentful-paint']!)} ms, LCP ${Math.round(metrics['largest-contentful-paint']!)} ms, ` +
        `SI ${Math.round(metrics['speed-index']!)} ms, TBT ${Math.round(metrics['total-blocking-time']!)} ms  ${path}`,
    );
  }
} finally {
  await server.close();
}

const short = rows.filter((row) => row.score < goal);
console.log(short.length === 0 ? `\nEvery page type's median is ${goal}.` : `\n${short.length} of ${rows.length} pages' medians are under ${goal}.`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', `${JSON.stringify({ runs, goal, rows }, null, 2)}\n`);
