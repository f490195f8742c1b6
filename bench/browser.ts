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
import type { TimelineFile } from '../src/shared/schema';

export interface PageRun {
  firstItemsMs: number;
  heapMb: number;
  zoomFirstFrameMs: number;
  zoomSettledMs: number;
  /** Six per run: three searches that narrow, each then cleared. App only. */
  filterMs: number[];
  longestTaskMs: number;
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
  const filterMs: number[] = [];
  if (isApp) {
    // A word, a whole word that is also the start of a longer name, and a misspelling
    // (its correction comes a task later, from the speller's chunk), each then cleared.
    for (const text of ['tillerson', 'jaish', 'harboring']) {
      filterMs.push(
        (await page.evaluate(`window.__probe.search(${JSON.stringify(text)})`)) as number,
      );
      filterMs.push((await page.evaluate('window.__probe.search("")')) as number);
    }
  }
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
    filterMs,
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
