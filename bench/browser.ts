/**
 * The app and a bare vis-timeline page, side by side in one headless Chromium,
 * on synthetic data files of several sizes. Each page is opened afresh per run;
 * times are read off the page's own clock (performance.now from navigation).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { builtTimeline, copyBuildWithData, startHarness } from '../tests/e2e/harness';
import { syntheticTimeline } from './syntheticTimeline';
import { changeCosts, traced } from './mainThread';
import type { TimelineFile } from '../src/shared/schema';

export interface PageRun {
  firstItemsMs: number;
  heapMb: number;
  zoomFirstFrameMs: number;
  zoomSettledMs: number;
  /** Each filter change, set and unset, several per filter. App only. */
  filters: FilterSample[];
  longestTaskMs: number;
}

export type FilterName = 'text' | 'kind' | 'actor';

export interface FilterSample {
  filter: FilterName;
  /**
   * From the change to the end of the first frame painted after it (from the trace),
   * and to the page's next task after that frame (its own clock: deferred renders
   * queued before that task delay it, so it is an upper bound).
   */
  toFrameMs: number;
  pageClockMs: number;
  /** The main thread's work in that time (from a trace), and after it until idle. */
  toFrameBusyMs: number;
  afterFrameBusyMs: number;
}

export interface PageResult {
  runs: PageRun[];
  /** Set when the page did not show its items in time; no runs then. */
  timedOutAfterMs?: number;
}

export interface SizeResult {
  events: number;
  dataMb: number;
  app: PageResult;
  bare: PageResult;
}

type ProbeWindow = Window & { __probe: { firstItems: number | null } };

const PROBE = readFileSync(new URL('./browserProbe.js', import.meta.url), 'utf8');

/** Builds the bare page once, into `outDir`. */
async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: new URL('./bare', import.meta.url).pathname,
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

/** A site folder: the built app and the bare page over the same synthetic data file. */
function makeSite(
  seeds: TimelineFile,
  size: number | 'seeds',
  bareDir: string,
): { root: string; data: TimelineFile; dataMb: number } {
  const data = size === 'seeds' ? seeds : syntheticTimeline(seeds, size);
  const { root, bytes } = copyBuildWithData(data, `bench-${size}`);
  cpSync(bareDir, join(root, 'bare'), { recursive: true });
  return { root, data, dataMb: bytes / 1e6 };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * Each filter as a reader changes it, set and then unset: a search typed whole (a
 * word; a whole word that also starts a longer name; a misspelling, whose correction
 * comes a task later from the speller's chunk), two kinds pressed in the legend, and
 * two actors chosen in the actors list. Traced, for the main thread's share.
 */
export async function measureFilters(page: Page): Promise<FilterSample[]> {
  const changes: [FilterName, string][] = [
    ...['tillerson', 'jaish', 'harboring'].flatMap((word): [FilterName, string][] => [
      ['text', `textFilter("text ${word}", ${JSON.stringify(word)})`],
      ['text', `textFilter("text ${word} cleared", "")`],
    ]),
    ...[0, 1].flatMap((nth): [FilterName, string][] => [
      ['kind', `kindFilter("kind ${nth}", ${nth})`],
      ['kind', `kindFilter("kind ${nth} off", ${nth})`],
    ]),
    ...[0, 1].flatMap((nth): [FilterName, string][] => [
      ['actor', `actorFilter("actor ${nth}", ${nth})`],
      ['actor', `actorFilter("actor ${nth} off", ${nth})`],
    ]),
  ];
  const toFrame: number[] = [];
  const trace = await traced(page, async () => {
    for (const [filter, call] of changes) {
      // The actors list is opened before the first actor and closed after the last, untimed.
      if (filter === 'actor' && call.includes('"actor 0"'))
        await page.evaluate('window.__probe.toggleActorList(true)');
      toFrame.push((await page.evaluate(`window.__probe.${call}`)) as number);
    }
    await page.evaluate('window.__probe.toggleActorList(false)');
  });
  const costs = changeCosts(trace);
  return changes.map(([filter], i) => ({
    filter,
    toFrameMs: costs[i]?.toFrameMs ?? NaN,
    pageClockMs: toFrame[i]!,
    toFrameBusyMs: costs[i]?.toFrameBusyMs ?? NaN,
    afterFrameBusyMs: costs[i]?.afterFrameBusyMs ?? NaN,
  }));
}

async function measurePage(
  page: Page,
  url: string,
  isApp: boolean,
  timeoutMs: number,
): Promise<PageRun | null> {
  await page.addInitScript(PROBE);
  // Our own timer, not Playwright's timeouts: those are serviced through the page,
  // and a page whose main thread vis holds for minutes (the bare page at 50,000
  // items) never lets them fire.
  const shown = (async () => {
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the app's CSP forbids the eval a string predicate needs.
    await page.waitForFunction(
      () => (window as unknown as ProbeWindow).__probe.firstItems !== null,
      null,
      { timeout: 0, polling: 100 },
    );
    return true;
  })();
  // Once the browser is killed the abandoned wait rejects; nobody is listening then.
  shown.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const wasShown = await Promise.race([shown, timedOut]).finally(() => clearTimeout(timer));
  if (!wasShown) return null;
  const firstItemsMs = (await page.evaluate('window.__probe.firstItems')) as number;
  // Let deferred work (the app warms its search index after the first paint) finish.
  await page.waitForTimeout(1000);
  const heap = await heapMb(page);
  const filters = isApp ? await measureFilters(page) : [];
  const zoom = (await page.evaluate('window.__probe.zoomIn()')) as {
    firstFrame: number;
    settled: number;
  };
  const longestTaskMs = (await page.evaluate('window.__probe.longestTaskSince(0)')) as number;
  return {
    firstItemsMs,
    heapMb: heap,
    zoomFirstFrameMs: zoom.firstFrame,
    zoomSettledMs: zoom.settled,
    filters,
    longestTaskMs,
  };
}

export async function benchBrowser(options: {
  /** Events per data file; 'seeds' is the seeds' own timeline.json. */
  sizes: (number | 'seeds')[];
  runs: number;
  /** A page that shows nothing by then is recorded as timed out, and not retried. */
  timeoutMs: number;
  /** The app alone, for a quick look while working on it. */
  skipBare?: boolean;
}): Promise<SizeResult[]> {
  const seeds = builtTimeline();
  const bareDir = mkdtempSync(join(tmpdir(), 'crisis-timeline-bare-'));
  await buildBarePage(bareDir);
  const results: SizeResult[] = [];
  try {
    for (const size of options.sizes) {
      const site = makeSite(seeds, size, bareDir);
      let harness = await startHarness({ root: site.root });
      const result: SizeResult = {
        events: site.data.events.length,
        dataMb: site.dataMb,
        app: { runs: [] },
        bare: { runs: [] },
      };
      try {
        // Alternating app and bare runs, so drift on a noisy machine hits both alike.
        for (let run = 0; run < options.runs; run++) {
          for (const [name, url] of [
            ['app', harness.baseUrl],
            ['bare', `${harness.baseUrl}bare/`],
          ] as const) {
            const target = result[name];
            if (target.timedOutAfterMs !== undefined || (name === 'bare' && options.skipBare))
              continue;
            const page = await harness.newPage();
            const measured = await measurePage(page, url, name === 'app', options.timeoutMs);
            if (measured) {
              await page.close();
              target.runs.push(measured);
            } else {
              target.timedOutAfterMs = options.timeoutMs;
              // A page that timed out is still busy (vis at 50,000 items runs for many
              // minutes) and closing it, or its browser, waits for it: killed instead.
              await harness.kill();
              harness = await startHarness({ root: site.root });
            }
            // Progress on stderr: a full run takes minutes, the table comes at the end.
            process.stderr.write(
              `  ${result.events} events, ${name} ${run + 1}/${options.runs}: ${
                measured ? `${measured.firstItemsMs.toFixed(0)} ms` : 'nothing shown'
              }\n`,
            );
          }
        }
      } finally {
        await harness.close();
        rmSync(site.root, { recursive: true, force: true });
      }
      results.push(result);
    }
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
  return results;
}
