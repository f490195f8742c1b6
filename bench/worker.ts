/**
 * The workspace's extraction worker in headless Chromium: the time to extract a
 * 2 KB article, cold (a fresh page with the browser's cache cleared: the worker's
 * chunk with the tagger's model, the knowledge base and the tagger's engine, then
 * the article) and warm (the same worker, another article of the same size).
 * Times are read off the page's clock, from the request to the events.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startHarness } from '../tests/e2e/harness';
import { buildWorkerPage } from './workerPage/build';
import { TWO_KB_ARTICLE } from './workerPage/article';
import type { ProbeResult } from './workerPage/probe';
import { cell } from './stats';
import type { Article } from '../src/shared/schema';
// @ts-expect-error: a plain ESM helper shared with the build.
import { precompress } from '../scripts/precompress.mjs';

export interface WorkerResult {
  articleBytes: number;
  /** The worker's chunk (pipeline core and the tagger's model), gzipped. */
  chunkGzipBytes: number;
  coldMs: number[];
  warmMs: number[];
  /** Events each request gave: a time for no events would have measured nothing. */
  coldEvents: number[];
  warmEvents: number[];
  /** The build's corpus read again with a new article, as adding one does: first, then once analysed. */
  corpusArticles: number;
  withCorpusFirstMs: number[];
  withCorpusLaterMs: number[];
}

/**
 * The article with every sentence ending in words of its own, so that none of its
 * sentences is in the tagger's cache from an earlier request: a new article, as a
 * person would paste, of the same size give or take a few words.
 */
function variant(article: Article, round: number): Article {
  return {
    ...article,
    id: `${article.id}-${round}`,
    text: article.text.replace(/\.(?=\s|$)/g, ` in round ${round}.`),
  };
}

function extractIn(page: Page, articles: Article[]): Promise<ProbeResult> {
  return page.evaluate(
    (a) =>
      (
        window as unknown as { __workerProbe: { extract(a: Article[]): Promise<ProbeResult> } }
      ).__workerProbe.extract(a),
    articles,
  );
}

function workerChunkGzipBytes(site: string): number {
  const chunk = readdirSync(join(site, 'assets')).find((f) => /^extractWorker-.*\.js$/.test(f));
  return chunk ? gzipSync(readFileSync(join(site, 'assets', chunk)), { level: 9 }).length : 0;
}

export async function benchWorker({
  runs,
  corpus,
}: {
  runs: number;
  /** The shipped articles the workspace reads again with a person's (withCorpus.ts). */
  corpus: Article[];
}): Promise<WorkerResult> {
  const site = mkdtempSync(join(tmpdir(), 'crisis-timeline-worker-bench-'));
  await buildWorkerPage(site);
  precompress(site);
  const harness = await startHarness({ root: site });
  const result: WorkerResult = {
    articleBytes: Buffer.byteLength(TWO_KB_ARTICLE.text),
    chunkGzipBytes: workerChunkGzipBytes(site),
    coldMs: [],
    warmMs: [],
    coldEvents: [],
    warmEvents: [],
    corpusArticles: corpus.length,
    withCorpusFirstMs: [],
    withCorpusLaterMs: [],
  };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await harness.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      await page.goto(harness.baseUrl);
      await page.waitForFunction(() => '__workerProbe' in window);
      const cold = await extractIn(page, [TWO_KB_ARTICLE]);
      result.coldMs.push(cold.pageMs);
      result.coldEvents.push(cold.timeline.events.length);
      for (let round = 1; round <= 3; round++) {
        const warm = await extractIn(page, [variant(TWO_KB_ARTICLE, round)]);
        result.warmMs.push(warm.pageMs);
        result.warmEvents.push(warm.timeline.events.length);
      }
      const first = await extractIn(page, [...corpus, variant(TWO_KB_ARTICLE, 10)]);
      result.withCorpusFirstMs.push(first.pageMs);
      const later = await extractIn(page, [...corpus, variant(TWO_KB_ARTICLE, 11)]);
      result.withCorpusLaterMs.push(later.pageMs);
      await page.close();
      process.stderr.write(
        `  worker ${run + 1}/${runs}: cold ${result.coldMs.at(-1)!.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await harness.close();
    rmSync(site, { recursive: true, force: true });
  }
  return result;
}

/** The worker's figures as the bench prints them; `nodeEvents`: the same article's events in Node. */
export function workerReport(worker: WorkerResult, runs: number, nodeEvents: number): string[] {
  return [
    `\nExtraction worker (headless Chromium, ${runs} runs, median [min–max]; an invented article of ${worker.articleBytes} bytes)`,
    `  worker chunk (pipeline core and tagger model): ${(worker.chunkGzipBytes / 1024).toFixed(1)} KiB gzip`,
    `  cold (fresh page, cache cleared: chunk, knowledge base, tagger, article): ${cell(worker.coldMs)} ms`,
    `  warm (the same worker, another article of the size; 3 a run): ${cell(worker.warmMs)} ms`,
    `  events found: cold ${cell(worker.coldEvents)}, warm ${cell(worker.warmEvents)} (the same pipeline in Node: ${nodeEvents})`,
    `  with the build's ${worker.corpusArticles} articles read again (adding an article): first ${cell(worker.withCorpusFirstMs)} ms, later ${cell(worker.withCorpusLaterMs)} ms`,
  ];
}
