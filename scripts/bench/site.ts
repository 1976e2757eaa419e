/**
 * `npm run bench:site` (part of `npm run bench`): how the build and the site scale with the corpus.
 * For each N (default 10, 100, 1000; `-- --sizes 10,100`) it writes N synthetic bilingual speeches
 * (scripts/bench/corpus.ts) beside the real content in a copy of the project in the system's temp
 * folder (never into content/), and measures:
 *   - wall time and peak RSS of each build phase: content check, astro build, search index, and the
 *     PDF handouts and offline copy (those two at N = 10 only unless `--all-phases`);
 *   - the same corpus built by a bare floor (scripts/bench/floor.ts: Astro + MDX + minimal layout,
 *     then Pagefind's CLI), and our site build (check + astro + search index) as a multiple of it;
 *   - dist/ size; what a speech page transfers before any interaction (HTML with its inline CSS,
 *     fonts, JavaScript; gzip sizes as a compressing host sends them); KB and time for the first
 *     search (search UI, Pagefind, index) and for later ones.
 * Prints a table, checks the budgets, writes bench-results/site.json. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { copyProject } from '../lib/project-copy';
import { timeQuery } from './time-query';
import { filesIn } from '../../tests/support/gates/files';
import { serveFolder } from '../../tests/support/static-server';
import { benchSpeechId, writeSyntheticSpeeches } from './corpus';
import { writeFloorProject } from './floor';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index < 0 ? undefined : args[index + 1];
};
const sizes = (option('sizes') ?? '10,100,1000').split(',').map(Number);
const allPhases = args.includes('--all-phases');
const keep = args.includes('--keep');
/** A fixed date for what the build states (the PDFs), as a commit would give. */
const env = { ...process.env, SOURCE_DATE_EPOCH: '1769558400', SITE_BASE: '/' } as Record<string, string>;
delete env['SITE_URL'];

interface Phase {
  seconds: number;
  peakRssMb: number | undefined;
}

/** Runs a project's own binary, timing it; peak RSS (the largest process) from GNU time when present. */
function run(cwd: string, command: string, commandArgs: string[]): Phase {
  const rssFile = join(cwd, '.peak-rss');
  const binary = join(cwd, 'node_modules', '.bin', command);
  const timed = statSafe('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, binary, ...commandArgs], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(binary, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const kilobytes = timed ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { seconds: round(seconds, 1), peakRssMb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : undefined };
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** What a host sends for a response: gzip for text, the bytes as they are for binary formats. */
async function sentBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|svg/.test(type) ? Math.min(body.length, gzipSync(body).length) : body.length;
}

interface Transfer {
  html: number;
  css: number;
  fonts: number;
  js: number;
  other: number;
}

async function tally(responses: readonly Response[]): Promise<Transfer> {
  const transfer: Transfer = { html: 0, css: 0, fonts: 0, js: 0, other: 0 };
  for (const response of responses) {
    const kind = response.request().resourceType();
    const key = kind === 'document' ? 'html' : kind === 'stylesheet' ? 'css' : kind === 'font' ? 'fonts' : kind === 'script' ? 'js' : 'other';
    transfer[key] += await sentBytes(response);
  }
  return transfer;
}


interface SiteMeasures {
  speechPage: Transfer;
  firstSearch: { kb: number; ms: number };
  laterSearch: { kb: number; ms: number };
}

async function measureSite(siteDir: string, speechPath: string): Promise<SiteMeasures> {
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
    await timeQuery(page, 'chuyển đổi số');
    const firstMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const first = await tally(responses);

    const laterKb: number[] = [];
    const laterMs: number[] = [];
    for (const query of ['kinh te cua khau', 'phên giậu', 'nguồn nhân lực chất lượng cao', 'đột phá']) {
      responses.length = 0;
      laterMs.push(await timeQuery(page, query));
      await page.waitForLoadState('networkidle');
      const later = await tally(responses);
      laterKb.push(kb(Object.values(later).reduce((sum, value) => sum + value, 0)));
    }
    return {
      speechPage,
      firstSearch: { kb: kb(Object.values(first).reduce((sum, value) => sum + value, 0)), ms: Math.round(firstMs) },
      laterSearch: { kb: median(laterKb), ms: Math.round(median(laterMs)) },
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
  phases: Record<string, Phase>;
  siteBuildSeconds: number;
  siteBuildPeakRssMb: number | undefined;
  floor: Record<string, Phase>;
  floorSeconds: number;
  ratio: number;
  dist: { mb: number; files: number };
  speechPageKb: { htmlAndCss: number; fonts: number; js: number };
  firstSearch: { kb: number; ms: number };
  laterSearch: { kb: number; ms: number };
}

async function benchmark(n: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const project = join(work, 'site');
    copyProject(project);
    writeSyntheticSpeeches(join(project, 'content'), n);
    const floor = join(work, 'floor');
    writeFloorProject(floor, join(project, 'content'));
    const out = join(project, 'out');
    const floorOut = join(floor, 'out');

    console.error(`N = ${n}: floor…`);
    const floorPhases = {
      astro: run(floor, 'astro', ['build', '--outDir', floorOut]),
      pagefind: run(floor, 'pagefind', ['--site', floorOut]),
    };
    console.error(`N = ${n}: our build…`);
    const phases: Record<string, Phase> = {
      check: run(project, 'tsx', ['scripts/check/cli.ts']),
      astro: run(project, 'astro', ['build', '--outDir', out]),
      pagefind: run(project, 'tsx', ['scripts/search/index-site.ts', out]),
    };
    if (n === sizes[0] || allPhases) {
      phases['pdfs'] = run(project, 'tsx', ['scripts/handouts/cli.ts', out]);
      phases['offline'] = run(project, 'tsx', ['scripts/offline/cli.ts', out, join(project, 'offline')]);
    }
    console.error(`N = ${n}: measuring pages and search…`);
    const site = await measureSite(out, `/vi/speeches/${benchSpeechId(Math.ceil(n / 2))}/`);
    const siteBuildSeconds = round(phases['check']!.seconds + phases['astro']!.seconds + phases['pagefind']!.seconds, 1);
    const floorSeconds = round(floorPhases.astro.seconds + floorPhases.pagefind.seconds, 1);
    const rss = ['check', 'astro', 'pagefind'].map((name) => phases[name]!.peakRssMb).filter((value): value is number => value !== undefined);
    const dist = folderBytes(out);
    return {
      n,
      pages: filesIn(out).length,
      phases,
      siteBuildSeconds,
      siteBuildPeakRssMb: rss.length ? Math.max(...rss) : undefined,
      floor: floorPhases,
      floorSeconds,
      ratio: round(siteBuildSeconds / floorSeconds, 2),
      dist: { mb: round(dist.bytes / 1024 / 1024, 1), files: dist.files },
      speechPageKb: { htmlAndCss: kb(site.speechPage.html + site.speechPage.css), fonts: kb(site.speechPage.fonts), js: kb(site.speechPage.js) },
      firstSearch: site.firstSearch,
      laterSearch: site.laterSearch,
    };
  } finally {
    if (keep) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The budgets, for the largest N. */
function budgets(row: Row): string[] {
  const lines: [string, boolean][] = [
    [`site build ${row.siteBuildSeconds} s ≤ 1.25 × floor ${row.floorSeconds} s (ratio ${row.ratio})`, row.ratio <= 1.25],
    [`peak RSS ${row.siteBuildPeakRssMb ?? '?'} MB ≤ 2048 MB`, (row.siteBuildPeakRssMb ?? Infinity) <= 2048],
    [`speech page HTML+CSS ${row.speechPageKb.htmlAndCss} KB ≤ 15 KB gzip`, row.speechPageKb.htmlAndCss <= 15],
    [`speech page fonts ${row.speechPageKb.fonts} KB ≤ 80 KB`, row.speechPageKb.fonts <= 80],
    [`JS before the search opens ${row.speechPageKb.js} KB ≤ 5 KB`, row.speechPageKb.js <= 5],
    [`first search ${row.firstSearch.kb} KB ≤ 150 KB`, row.firstSearch.kb <= 150],
    [`later search ${row.laterSearch.kb} KB ≤ 60 KB`, row.laterSearch.kb <= 60],
  ];
  return lines.map(([text, ok]) => `${ok ? '✓' : '✗ OVER BUDGET'}  ${text}`);
}

const rows: Row[] = [];
for (const n of sizes) rows.push(await benchmark(n));

const header = ['N', 'pages', 'check s', 'astro s', 'index s', 'site s', 'floor s', 'ratio', 'peak RSS MB', 'dist MB', 'page HTML+CSS KB', 'fonts KB', 'JS KB', 'first search KB / ms', 'later search KB / ms'];
const table = rows.map((row) => [
  row.n,
  row.pages,
  row.phases['check']!.seconds,
  row.phases['astro']!.seconds,
  row.phases['pagefind']!.seconds,
  row.siteBuildSeconds,
  row.floorSeconds,
  `${row.ratio}×`,
  row.siteBuildPeakRssMb ?? '?',
  row.dist.mb,
  row.speechPageKb.htmlAndCss,
  row.speechPageKb.fonts,
  row.speechPageKb.js,
  `${row.firstSearch.kb} / ${row.firstSearch.ms}`,
  `${row.laterSearch.kb} / ${row.laterSearch.ms}`,
].map(String));
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(`Site build benchmark (${rows.map((row) => row.n).join(', ')} synthetic speeches in both languages, plus the real corpus)\n`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const cells of table) console.log(line(cells));
const first = rows[0]!;
for (const name of ['pdfs', 'offline']) {
  const phase = first.phases[name];
  if (phase) console.log(`\n${name === 'pdfs' ? 'PDF handouts' : 'Offline copy'} at N = ${first.n}: ${phase.seconds} s, peak RSS ${phase.peakRssMb ?? '?'} MB`);
}
const largest = rows[rows.length - 1]!;
console.log(`\nBudgets at N = ${largest.n}:`);
for (const budget of budgets(largest)) console.log(`  ${budget}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/site.json', `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length }, rows, budgets: budgets(largest) }, null, 2)}\n`);
console.log('\nWritten to bench-results/site.json.');
