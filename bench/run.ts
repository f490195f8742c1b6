/**
 * `npm run bench`: measures and prints; asserts nothing (CI machines are noisy).
 * A full run writes each part's printout, with the machine and the date, to
 * docs/figures/bench-<part>.md, which docs/performance.md links; a --quick run
 * leaves those as they were. Raw results also go to bench/results/<timestamp>.json
 * (not committed). npm test never runs this.
 *
 *   npm run bench                   everything: pipeline at 1k and 10k articles, --explain on one
 *                                   article, the data files' cost per event, the app and a bare
 *                                   vis-timeline page on the seeds and 1k, 10k, 50k and 100k events,
 *                                   the workspace's worker, Lighthouse on
 *                                   the seeds, the bundle
 *   npm run bench -- --quick        smaller and fewer: pipeline at 1k, browser on the seeds and 1k, 3 runs
 *   npm run bench -- --only=browser one part: pipeline, explain, data, browser, worker, lighthouse
 *                                   or bundle (comma-separated)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, packageShares, upFrontJsBytes } from './bundleSize';
import { writeReadmePerformance } from './readmeFigures';
import { benchBrowser } from './browser';
import { benchExplain } from './explain';
import { cell, median, spread } from './stats';
import { browserTable } from './browserTable';
import { benchDataFormat, dataFormatTable } from './dataFormat';
import { benchLighthouse, type LighthouseRun } from './lighthouse';
import { benchWorker, workerReport } from './worker';
import { TWO_KB_ARTICLE } from './workerPage/article';
import { createPipeline } from '../src/pipeline/runPipeline';
import { loadKnowledge } from '../src/pipeline/knowledge/loadKnowledge';
import type { TimelineFile } from '../src/shared/schema';
import { machine, writeFigures } from '../scripts/figuresFile';
// @ts-expect-error: a plain ESM helper shared with the tests.
import { chromiumPath } from '../scripts/chromium-path.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const parts = new Set(
  (only ?? 'pipeline,explain,data,browser,worker,lighthouse,bundle').split(','),
);
const runs = quick ? 3 : 5;
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

/** What this part has printed so far, for its figures file. */
let printed: string[] = [];
function log(text = ''): void {
  console.log(text);
  printed.push(...text.replace(/^\n/, '').split('\n'));
}

const PART_TITLES: Record<string, string> = {
  pipeline: 'Pipeline speed',
  explain: '`--explain` on one article',
  data: 'The data files: bytes and parse time per event',
  browser: 'The app in the browser, and a bare vis-timeline page',
  worker: "The workspace's extraction worker in the browser",
  lighthouse: 'Lighthouse on the seeds',
  bundle: 'Bundle size',
};

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath() as string, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Ends a part: its printout goes to docs/figures/bench-<part>.md, on a full run. */
function endPart(part: string): void {
  if (!quick) {
    const inBrowser = part === 'browser' || part === 'worker' || part === 'lighthouse';
    const path = writeFigures(`bench-${part}`, {
      title: PART_TITLES[part]!,
      command: `npm run bench -- --only=${part}`,
      about: [
        'The machine:',
        '',
        ...machine(inBrowser ? { Chromium: chromiumVersion() } : {}),
        ...(part === 'bundle'
          ? []
          : [
              '',
              'Timings on a shared machine vary with what else runs on it: compare builds by runs that alternate them, not against an older file.',
            ]),
      ],
      body: printed,
    });
    console.log(`  written ${path}`);
  }
  printed = [];
}

interface PipelineResult {
  size: number;
  times: number[];
  events: number;
  peakRssMb: number;
}

if (parts.has('pipeline')) {
  const sizes = quick ? [1000] : [1000, 10000];
  const pipeline: (PipelineResult & {
    threads: number;
    medianMs: number;
    articlesPerSecond: number;
  })[] = [];
  log(`Pipeline (${runs} runs each, synthetic corpora made from the seeds)`);
  log('  articles  threads   median ms    min ms    max ms   articles/s   events   peak RSS MB');
  for (const [size, threads] of sizes.flatMap((s): [number, number][] => [
    [s, 1],
    [s, 2],
  ])) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/pipelineWorker.ts', String(size), String(runs), String(threads)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as PipelineResult;
    const med = median(result.times);
    const row = { ...result, threads, medianMs: med, articlesPerSecond: (size / med) * 1000 };
    pipeline.push(row);
    const [min, max] = spread(result.times);
    log(
      `  ${pad(size, 8)} ${pad(threads, 8)} ${pad(med, 11)} ${pad(min, 9)} ${pad(max, 9)} ${pad(row.articlesPerSecond, 12)} ${pad(result.events, 8)} ${pad(result.peakRssMb, 13)}`,
    );
  }
  const [small, large] = pipeline.filter((r) => r.threads === 1);
  if (small && large)
    log(
      `  growth 1k → 10k: ×${(large.medianMs / small.medianMs).toFixed(2)} time for ×10 articles (linear = ×10)`,
    );
  results.pipeline = pipeline;
  endPart('pipeline');
}

if (parts.has('explain')) {
  const explainRuns = quick ? 5 : 15;
  const times = benchExplain(explainRuns, 1000);
  log(
    `\n--explain on one article (SEED: ${times.article}, ${times.bytes.toLocaleString('en')} bytes): a whole process, ${explainRuns} runs of each in turn, after one run not counted; median [min–max] (target: 500 ms)`,
  );
  log(`  ${'command'.padEnd(44)} ${'wall ms'.padEnd(19)} processor ms`);
  for (const row of times.rows)
    log(`  ${row.command.padEnd(44)} ${cell(row.wallMs).padEnd(19)} ${cell(row.cpuMs)}`);
  results.explain = times;
  endPart('explain');
}

if (parts.has('data')) {
  if (!existsSync('dist/data/timeline.json')) throw new Error('No build: run npm run build first.');
  const seeds = JSON.parse(readFileSync('dist/data/timeline.json', 'utf8')) as TimelineFile;
  const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
  log(
    `\nThe data files, timeline.json whole and the outline the app reads first (synthetic timelines made from the seeds; JSON.parse in Node, median of ${runs})`,
  );
  const rows = benchDataFormat(seeds, sizes, runs);
  for (const line of dataFormatTable(rows)) log(line);
  results.data = rows;
  endPart('data');
}

if (parts.has('browser')) {
  if (!existsSync('dist/data/timeline.json')) throw new Error('No build: run npm run build first.');
  const sizes = quick
    ? (['seeds', 1000] as const)
    : (['seeds', 1000, 10000, 50000, 100000] as const);
  const timeoutMs = quick ? 30_000 : 90_000;
  log(
    `\nBrowser (headless Chromium, ${runs} runs each, median [min–max]; a page showing nothing after ${timeoutMs / 1000} s is stopped)`,
  );
  const browser = await benchBrowser({ sizes: [...sizes], runs, timeoutMs });
  for (const line of browserTable(browser)) log(line);
  results.browser = browser;
  if (!quick)
    await writeReadmePerformance(
      browser,
      upFrontJsBytes(bundleSizes(), readFileSync('dist/index.html', 'utf8')),
    );
  endPart('browser');
}

if (parts.has('worker')) {
  const shipped = JSON.parse(readFileSync('dist/data/timeline.json', 'utf8')) as TimelineFile;
  const worker = await benchWorker({ runs, corpus: shipped.articles });
  const nodeEvents = createPipeline(loadKnowledge('seeds')).build([TWO_KB_ARTICLE]).events.length;
  for (const line of workerReport(worker, runs, nodeEvents)) log(line);
  results.worker = worker;
  endPart('worker');
}

if (parts.has('lighthouse')) {
  const lighthouseRuns = quick ? 1 : 3;
  log(
    `\nLighthouse on the seeds (${lighthouseRuns} runs per preset, median; targets: performance ≥ 95, accessibility 100)`,
  );
  const lighthouse = await benchLighthouse(lighthouseRuns);
  log('  preset    performance  accessibility  FCP ms  LCP ms  TBT ms  CLS');
  for (const preset of ['mobile', 'desktop'] as const) {
    const runsOf = lighthouse.filter((r) => r.preset === preset);
    const m = (pick: (r: LighthouseRun) => number) => median(runsOf.map(pick));
    log(
      `  ${preset.padEnd(8)} ${pad(
        m((r) => r.performance),
        12,
      )} ${pad(
        m((r) => r.accessibility),
        14,
      )} ${pad(
        m((r) => r.firstContentfulPaint),
        7,
      )} ${pad(
        m((r) => r.largestContentfulPaint),
        7,
      )} ${pad(
        m((r) => r.totalBlockingTime),
        7,
      )}  ${m((r) => r.cumulativeLayoutShift).toFixed(3)}`,
    );
    const failing = [...new Set(runsOf.flatMap((r) => r.failing))];
    if (failing.length > 0) log(`           costing points: ${failing.join('; ')}`);
  }
  results.lighthouse = lighthouse;
  endPart('lighthouse');
}

if (parts.has('bundle')) {
  if (!existsSync('dist/assets')) throw new Error('No build: run npm run build first.');
  const bundle = bundleSizes();
  const kib = (n: number) => (n / 1024).toFixed(1).padStart(8);
  log('\nBundle (dist/assets)');
  log('  file                                   minified KiB   gzip KiB');
  for (const f of bundle) log(`  ${f.file.padEnd(38)} ${kib(f.bytes)}     ${kib(f.gzipBytes)}`);
  const js = bundle.filter((f) => f.file.endsWith('.js')).reduce((s, f) => s + f.gzipBytes, 0);
  // What index.html itself loads; other chunks are fetched only when needed (the
  // aligned view, About, Share and export and each export's writer, zod's verdict).
  const upFront = upFrontJsBytes(bundle, readFileSync('dist/index.html', 'utf8'));
  // In bytes too: a tenth of a KiB hides whether a build is over the line or under it.
  log(
    `  JS loaded up front: ${(upFront / 1024).toFixed(1)} KiB gzip, ${upFront.toLocaleString('en')} bytes (target ≤ 200 KiB, ${(200 * 1024).toLocaleString('en')} bytes)`,
  );
  log(
    `  JS fetched only when asked for: ${((js - upFront) / 1024).toFixed(1)} KiB gzip; all JS: ${(js / 1024).toFixed(1)} KiB`,
  );
  const packages = await packageShares(js);
  log('  by package (≈ gzip KiB):');
  for (const p of packages.filter((p) => p.gzipBytes >= 512))
    log(`    ${p.name.padEnd(28)} ${kib(p.gzipBytes)}`);
  results.bundle = { files: bundle, packages };
  endPart('bundle');
}

mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten ${file}`);

function pad(value: number, width: number): string {
  return value.toFixed(0).padStart(width);
}
