/**
 * `npm run bench:site` (part of `npm run bench`): how the build and the site scale with the corpus.
 * For each N (default 10, 100, 1000; `-- --sizes 10,100` or `-- --sizes 3000,10000`) it writes N
 * synthetic bilingual speeches, with resolutions, people and events (scripts/bench/corpus.ts) beside the real content in a copy of the project in the system's temp
 * folder (never into content/), and measures:
 *   - `npm run build` itself (scripts/build.ts): its wall time, the time of each step as the build
 *     records it (content check beside astro build, which hands its pages to the search index, written
 *     once it has exited; offline copy and ZIP), and the peak memory of all its processes together; the PDF handouts are timed on
 *     their own, at the smallest N when it is at most 100, or at every N with `--all-phases` (a
 *     second of a browser per speech);
 *   - the same corpus built by a bare floor (scripts/bench/floor.ts: Astro + MDX + minimal layout,
 *     then Pagefind's CLI); our site build (check + astro build + its search index) and our full
 *     build (with the offline copy and ZIP) as multiples of it. Each build runs three times
 *     (`--runs`), ours and the floor's alternately, and the fastest run of each counts (the highest
 *     memory); each run's own ratio is printed too;
 *   - dist/ size; what a speech page transfers before any interaction (HTML with its inline CSS,
 *     fonts, JavaScript; gzip sizes as a compressing host sends them); KB and time for the first
 *     search (search UI, Pagefind, index) and the median of six later ones, with the most any took;
 *   - the offline copy as a reader gets it: its ZIP unpacked, the same speech opened from disk, the
 *     time to the first search's results, and whether every query shows the served site's first
 *     three results (scripts/bench/offline-search.ts).
 * Prints a table, checks the budgets, writes bench-results/site.json. Not part of `npm test`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Response } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { tally, type Transfer } from '../lib/page-transfer';
import { copyProject } from '../lib/project-copy';
import { median } from './stats';
import { timeQuery } from './time-query';
import { measureOfflineSearch, servedSitePath, shownTopThree, type OfflineSearch } from './offline-search';
import { offlineZipPath } from '../../src/lib/offline/name';
import { filesIn } from '../../tests/support/gates/files';
import { serveFolder } from '../../tests/support/static-server';
import { benchSpeechId, writeSyntheticCorpus } from './corpus';
import { largestPagesByType } from './page-sizes';
import { writeFloorProject } from './floor';
import { measureRun, type MeasuredRun } from './measure-run';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index < 0 ? undefined : args[index + 1];
};
const sizes = (option('sizes') ?? '10,100,1000').split(',').map(Number);
const allPhases = args.includes('--all-phases');
/**
 * Each build, ours and the floor's, runs this many times, alternately; the fastest run counts. This
 * machine's speed drifts by a quarter between runs of the same build, the floor's most: with two
 * runs, one slow pair of floor runs decided the ratio.
 */
const runs = Math.max(1, Number(option('runs') ?? 3));
const keep = args.includes('--keep');
/**
 * The PDF handouts take a browser about a second per speech, so they are timed at the smallest N
 * only, and only when it is at most this (a quarter of an hour at N = 1000), unless `--all-phases`.
 */
const handoutsUpTo = 100;
/**
 * A fixed date for what the build states, as a commit would give. The PDF handouts are timed on their
 * own (they take a browser a second per speech), so the timed build leaves them out.
 */
const env = { ...process.env, SOURCE_DATE_EPOCH: '1769558400', SITE_BASE: '/', SITE_HANDOUTS: 'off' } as Record<string, string>;
delete env['SITE_URL'];

interface Phase {
  seconds: number;
}

/** Runs a project's own binary with the benchmark's environment (and `overrides`). */
function run(cwd: string, command: string, commandArgs: string[], overrides: Record<string, string> = {}): Promise<MeasuredRun> {
  return measureRun(join(cwd, 'node_modules', '.bin', command), commandArgs, cwd, { ...env, ...overrides });
}

/** The step timings `npm run build` writes (scripts/build.ts). */
interface BuildTimings {
  total: number;
  steps: { step: string; start: number; end: number }[];
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);

interface SiteMeasures {
  speechPage: Transfer;
  firstSearch: { kb: number; ms: number };
  /** The median of the later queries, and the one that transferred most. */
  laterSearch: { kb: number; ms: number; most: { kb: number; query: string } };
  /** The same queries in the offline copy opened from disk (scripts/bench/offline-search.ts). */
  offlineSearch: OfflineSearch;
}

/**
 * The later searches: multi-word phrases with their marks, the same without them (as a phone
 * keyboard often types them), a rare word of the real corpus and a directive's name.
 */
const laterQueries = ['kinh te cua khau', 'phên giậu', 'nguồn nhân lực chất lượng cao', 'đột phá', 'cai cach hanh chinh', 'trồng cây dược liệu dưới tán rừng'];

/** The first search of the benchmark, typed as the search opens. */
const firstQuery = 'chuyển đổi số';

async function measureSite(siteDir: string, speechPath: string, zip: string): Promise<SiteMeasures> {
  const server = await serveFolder(siteDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${server.url}${speechPath.slice(1)}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const speechPage = await tally(responses);

    responses.length = 0;
    const started = performance.now();
    await page.keyboard.press('/');
    await page.locator('dialog[data-search-dialog] input[type="search"]').waitFor();
    await timeQuery(page, firstQuery);
    const firstMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const first = await tally(responses);
    const servedTopThree = new Map([[firstQuery, (await shownTopThree(page)).map(servedSitePath)]]);

    const laterKb: number[] = [];
    const laterMs: number[] = [];
    let most = { kb: 0, query: '' };
    for (const query of laterQueries) {
      responses.length = 0;
      laterMs.push(await timeQuery(page, query));
      await page.waitForLoadState('networkidle');
      const later = await tally(responses);
      laterKb.push(kb(Object.values(later).reduce((sum, value) => sum + value, 0)));
      if (laterKb.at(-1)! > most.kb) most = { kb: laterKb.at(-1)!, query };
      servedTopThree.set(query, (await shownTopThree(page)).map(servedSitePath));
    }
    await page.close();
    const offlineSearch = await measureOfflineSearch(browser, zip, speechPath, [firstQuery, ...laterQueries], servedTopThree);
    return {
      speechPage,
      firstSearch: { kb: kb(Object.values(first).reduce((sum, value) => sum + value, 0)), ms: Math.round(firstMs) },
      laterSearch: { kb: round(median(laterKb), 1), ms: Math.round(median(laterMs)), most },
      offlineSearch,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function folderBytes(dir: string): { bytes: number; files: number } {
  const files = filesIn(dir, ['']);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

interface Row {
  n: number;
  pages: number;
  /** Each step of `npm run build`; the content check runs beside astro build. */
  phases: Record<string, Phase>;
  /** Check beside astro build, then the search index: see siteBuildEnd. */
  siteBuildSeconds: number;
  /** The whole `npm run build` but the PDF handouts: the site, the offline copy and its ZIP. */
  fullBuildSeconds: number;
  peakRssMb: number | undefined;
  floor: Record<string, Phase>;
  floorSeconds: number;
  floorPeakRssMb: number | undefined;
  ratio: number;
  /** Each of our runs' site build against the floor run just before it. */
  ratioByRun: number[];
  fullRatio: number;
  /** The PDF handouts, timed on their own (at the smallest N when it is at most 100, or with `--all-phases`). */
  handouts: Phase | undefined;
  dist: { mb: number; files: number };
  zipMb: number;
  speechPageKb: { htmlAndCss: number; fonts: number; js: number };
  /** The largest page of each page type: its HTML and CSS gzipped, its HTML raw (scripts/bench/page-sizes.ts). */
  largestPages: Record<string, { path: string; gzipKb: number; rawKb: number }>;
  firstSearch: { kb: number; ms: number };
  /** The median of the later queries, and the one that transferred most. */
  laterSearch: { kb: number; ms: number; most: { kb: number; query: string } };
  /** The same queries in the offline copy opened from disk (scripts/bench/offline-search.ts). */
  offlineSearch: OfflineSearch;
}

/** The run with the least of `cost`. */
function fastest<Run>(all: readonly Run[], cost: (run: Run) => number): Run {
  return all.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
}

/** The highest of the measured values, or undefined when none was measured. */
function highest(values: readonly (number | undefined)[]): number | undefined {
  const measured = values.filter((value): value is number => value !== undefined);
  return measured.length > 0 ? Math.max(...measured) : undefined;
}

function stepOf(timings: BuildTimings, name: string): BuildTimings['steps'][number] {
  const step = timings.steps.find((candidate) => candidate.step === name);
  if (!step) throw new Error(`The build's timings have no step "${name}".`);
  return step;
}

/**
 * Seconds from the start of the build to the site with its search index: the end of the later of
 * the content check and `astro build`, which run side by side, and of the search index, written
 * once `astro build` has exited.
 */
function siteBuildEnd(timings: BuildTimings): number {
  return Math.max(stepOf(timings, 'content check').end, stepOf(timings, 'astro build').end, stepOf(timings, 'search index').end);
}

function stepSeconds(timings: BuildTimings, name: string): number {
  const step = stepOf(timings, name);
  return round(step.end - step.start, 1);
}

async function benchmark(n: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const project = join(work, 'site');
    copyProject(project);
    writeSyntheticCorpus(join(project, 'content'), n);
    const floor = join(work, 'floor');
    writeFloorProject(floor, join(project, 'content'));
    const floorOut = join(floor, 'out');

    // Alternating the two spreads whatever else the machine does over both; the fastest run of each
    // is the nearest to what the build itself costs, and memory counts at its highest.
    const floorRuns: { astro: MeasuredRun; pagefind: MeasuredRun; seconds: number }[] = [];
    const ourRuns: { build: MeasuredRun; timings: BuildTimings }[] = [];
    for (let attempt = 1; attempt <= runs; attempt++) {
      console.error(`N = ${n}: floor (run ${attempt} of ${runs})…`);
      const astro = await run(floor, 'astro', ['build', '--outDir', floorOut]);
      const pagefind = await run(floor, 'pagefind', ['--site', floorOut]);
      floorRuns.push({ astro, pagefind, seconds: astro.seconds + pagefind.seconds });
      console.error(`N = ${n}: our build (run ${attempt} of ${runs})…`);
      const build = await run(project, 'node', ['scripts/build.ts']);
      ourRuns.push({ build, timings: JSON.parse(readFileSync(join(project, '.build', 'timings.json'), 'utf8')) as BuildTimings });
    }
    // Each of our runs against the floor run just before it: how far the ratio moves with the machine.
    const ratioByRun = ourRuns.map((ourRun, index) => round(siteBuildEnd(ourRun.timings) / floorRuns[index]!.seconds, 2));
    const { astro: floorAstro, pagefind: floorPagefind } = fastest(floorRuns, (floorRun) => floorRun.seconds);
    const { timings } = fastest(ourRuns, (ourRun) => siteBuildEnd(ourRun.timings));
    const fullBuildSeconds = Math.min(...ourRuns.map((ourRun) => ourRun.build.seconds));
    const peakRssMb = highest(ourRuns.map((ourRun) => ourRun.build.peakRssMb));
    const floorPeakRssMb = highest(floorRuns.flatMap((floorRun) => [floorRun.astro.peakRssMb, floorRun.pagefind.peakRssMb]));
    const out = join(project, 'dist');
    let handouts: Phase | undefined;
    if (allPhases || (n === Math.min(...sizes) && n <= handoutsUpTo)) {
      console.error(`N = ${n}: PDF handouts…`);
      handouts = { seconds: (await run(project, 'tsx', ['scripts/handouts/cli.ts', out], { SITE_HANDOUTS: 'on' })).seconds };
    }
    console.error(`N = ${n}: measuring pages and search…`);
    const site = await measureSite(out, `/vi/speeches/${benchSpeechId(Math.ceil(n / 2))}/`, join(out, offlineZipPath));
    const siteBuildSeconds = round(siteBuildEnd(timings), 1);
    const floorSeconds = round(floorAstro.seconds + floorPagefind.seconds, 1);
    const dist = folderBytes(out);
    const zipDir = join(out, 'offline');
    const zip = existsSync(zipDir) ? readdirSync(zipDir).find((name) => name.endsWith('.zip')) : undefined;
    return {
      n,
      pages: filesIn(out).length,
      phases: Object.fromEntries(['content check', 'astro build', 'search index', 'offline copy'].map((name) => [name, { seconds: stepSeconds(timings, name) }])),
      siteBuildSeconds,
      fullBuildSeconds,
      peakRssMb,
      floor: { astro: { seconds: floorAstro.seconds }, pagefind: { seconds: floorPagefind.seconds } },
      floorSeconds,
      floorPeakRssMb,
      ratio: round(siteBuildSeconds / floorSeconds, 2),
      ratioByRun,
      fullRatio: round(fullBuildSeconds / floorSeconds, 2),
      handouts,
      dist: { mb: round(dist.bytes / 1024 / 1024, 1), files: dist.files },
      zipMb: zip ? round(statSync(join(zipDir, zip)).size / 1024 / 1024, 1) : NaN,
      speechPageKb: { htmlAndCss: kb(site.speechPage.html + site.speechPage.css), fonts: kb(site.speechPage.fonts), js: kb(site.speechPage.js) },
      largestPages: Object.fromEntries([...largestPagesByType(out)].map(([type, size]) => [type, { path: size.path, gzipKb: kb(size.gzipBytes), rawKb: kb(size.rawBytes) }])),
      firstSearch: site.firstSearch,
      laterSearch: site.laterSearch,
      offlineSearch: site.offlineSearch,
    };
  } finally {
    if (keep) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The memory a build may take at N: 2 GiB up to three thousand speeches; beyond, half of what the
 * bare floor itself takes for the same corpus (which grows with it), and never more than 2 GiB's
 * worth of the floor's growth would allow.
 */
function memoryBudgetMb(row: Row): number {
  if (row.n <= 3000 || row.floorPeakRssMb === undefined) return 2048;
  return Math.round(row.floorPeakRssMb / 2);
}

/** The budgets at one N (docs/performance.md): the same at every N but memory. */
function budgets(row: Row): string[] {
  const memory = memoryBudgetMb(row);
  const lines: [string, boolean][] = [
    [`site build ${row.siteBuildSeconds} s ≤ 1.25 × floor ${row.floorSeconds} s (ratio ${row.ratio})`, row.ratio <= 1.25],
    [`full build with the offline copy and ZIP ${row.fullBuildSeconds} s ≤ 2 × floor (ratio ${row.fullRatio})`, row.fullRatio <= 2],
    [`peak RSS ${row.peakRssMb ?? '?'} MB ≤ ${memory} MB (every process of the build together; the floor's peak ${row.floorPeakRssMb ?? '?'} MB)`, (row.peakRssMb ?? Infinity) <= memory],
    [`speech page HTML+CSS ${row.speechPageKb.htmlAndCss} KB ≤ 15 KB gzip`, row.speechPageKb.htmlAndCss <= 15],
    [`speech page fonts ${row.speechPageKb.fonts} KB ≤ 80 KB`, row.speechPageKb.fonts <= 80],
    [`JS before the search opens ${row.speechPageKb.js} KB ≤ 5 KB`, row.speechPageKb.js <= 5],
    ...Object.entries(row.largestPages).map(([type, size]): [string, boolean] => [`largest ${type} page HTML+CSS ${size.gzipKb} KB ≤ 15 KB gzip (${size.path})`, size.gzipKb <= 15]),
    ...(row.largestPages.map ? [[`largest map page ${row.largestPages.map.rawKb} KB ≤ 200 KB (${row.largestPages.map.path})`, row.largestPages.map.rawKb <= 200] as [string, boolean]] : []),
    [`first search ${row.firstSearch.kb} KB ≤ 150 KB`, row.firstSearch.kb <= 150],
    [`later search ${row.laterSearch.kb} KB ≤ 60 KB (median; the most, ${row.laterSearch.most.kb} KB, for “${row.laterSearch.most.query}”)`, row.laterSearch.kb <= 60],
    [
      `offline copy from disk: the same first three results as served for ${row.offlineSearch.queries - row.offlineSearch.differing.length} of ${row.offlineSearch.queries} queries` +
        row.offlineSearch.differing.map(({ query, served, fromDisk }) => `; “${query}”: served ${served.join(', ') || '(none)'}, from disk ${fromDisk.join(', ') || '(none)'}`).join(''),
      row.offlineSearch.differing.length === 0,
    ],
  ];
  return lines.map(([text, ok]) => `${ok ? '✓' : '✗ OVER BUDGET'}  ${text}`);
}

const rows: Row[] = [];
for (const n of sizes) rows.push(await benchmark(n));

const header = ['N', 'pages', 'check s', 'astro s', 'index s', 'site s', 'offline s', 'full s', 'floor s', 'site ratio', 'full ratio', 'peak RSS MB', 'floor peak MB', 'dist MB', 'ZIP MB', 'page HTML+CSS KB', 'fonts KB', 'JS KB', 'first search KB / ms', 'later search median KB / ms', 'offline first search ms'];
const table = rows.map((row) => [
  row.n,
  row.pages,
  row.phases['content check']!.seconds,
  row.phases['astro build']!.seconds,
  row.phases['search index']!.seconds,
  row.siteBuildSeconds,
  row.phases['offline copy']!.seconds,
  row.fullBuildSeconds,
  row.floorSeconds,
  `${row.ratio}×`,
  `${row.fullRatio}×`,
  row.peakRssMb ?? '?',
  row.floorPeakRssMb ?? '?',
  row.dist.mb,
  row.zipMb,
  row.speechPageKb.htmlAndCss,
  row.speechPageKb.fonts,
  row.speechPageKb.js,
  `${row.firstSearch.kb} / ${row.firstSearch.ms}`,
  `${row.laterSearch.kb} / ${row.laterSearch.ms}`,
  row.offlineSearch.firstMs,
].map(String));
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(`Site build benchmark (${rows.map((row) => row.n).join(', ')} synthetic speeches in both languages, plus the real corpus)\n`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const cells of table) console.log(line(cells));
console.log('\nThe content check runs beside astro build, so "site s" is less than their sum; Pagefind indexes the pages as astro build renders them and writes the index ("index s") once astro build has exited. Peak RSS: every process of the build together.');
console.log(`Site ratio run by run (each of our builds against the floor's run just before it): ${rows.map((row) => `N = ${row.n}: ${row.ratioByRun.map((ratio) => `${ratio}×`).join(', ')}`).join('; ')}.`);
if (!rows.some((row) => row.handouts)) console.log(`PDF handouts not timed: they are timed at the smallest N when it is at most ${handoutsUpTo}, or with --all-phases.`);
for (const row of rows) {
  if (row.handouts) {
    const speeches = row.n + 2;
    console.log(`PDF handouts at N = ${row.n} (${speeches} speeches, three PDFs each): ${row.handouts.seconds} s, ${round(row.handouts.seconds / speeches, 2)} s a speech`);
  }
}
for (const row of rows) {
  console.log(`\nBudgets at N = ${row.n}:`);
  for (const budget of budgets(row)) console.log(`  ${budget}`);
}
mkdirSync('bench-results', { recursive: true });
const budgetsByN = Object.fromEntries(rows.map((row) => [row.n, budgets(row)]));
writeFileSync('bench-results/site.json', `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length }, rows, budgets: budgetsByN }, null, 2)}\n`);
console.log('\nWritten to bench-results/site.json.');
