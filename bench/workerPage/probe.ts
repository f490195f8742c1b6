/**
 * A page that runs the workspace's extraction worker and nothing else, for the bench
 * (cold and warm times) and the browser test (the same events as in Node). The
 * worker starts on the first request, so a first request's time includes fetching
 * and compiling its chunk, the knowledge base and building the tagger's engine.
 */
import { startExtraction, type ExtractionClient } from '../../src/features/workspace/extractClient';
import type { Article, TimelineFile } from '../../src/shared/schema';

export interface ProbeResult {
  timeline: TimelineFile;
  /** From the request to the answer, on the page's clock. */
  pageMs: number;
  /** The worker's own time for it. */
  workerMs: number;
  /** Each progress message's stage, in order. */
  progress: string[];
}

let client: ExtractionClient | null = null;

async function extract(articles: Article[]): Promise<ProbeResult> {
  const started = performance.now();
  client ??= startExtraction('data/knowledge.json');
  const progress: string[] = [];
  const { timeline, ms } = await client.extract(articles, (p) => progress.push(p.stage));
  return { timeline, pageMs: performance.now() - started, workerMs: ms, progress };
}

(window as unknown as { __workerProbe: unknown }).__workerProbe = { extract };
