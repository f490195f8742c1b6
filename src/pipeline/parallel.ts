/**
 * The per-article stages in worker threads, one per core: each article's
 * analysis depends on nothing but its own text and the knowledge base, so the
 * articles are dealt out in contiguous chunks and only the assembly, which
 * needs them all, runs on the main thread. Node layer: it starts threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AssemblyInput } from './assemblyInput';
import type { Article } from './types';

/**
 * Below this, starting threads (each loads the tagger's model and warms up
 * cold) and posting the analyses back cost more than the second core saves;
 * docs/figures/bench-pipeline.md has the figures.
 */
export const PARALLEL_FROM = 5000;

/**
 * Run from source (tsx), a thread registers tsx itself (analyseWorker.mjs); run
 * from the compiled CLI (scripts/cli.mjs), the thread's compiled twin sits beside it.
 */
const THREAD_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./analyseWorker.mjs', import.meta.url)
  : new URL('./analyseThread.mjs', import.meta.url);

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function analyseInThreads(
  articles: Article[],
  corpusDir: string,
  knowledgeDir: string | undefined,
  threads = defaultThreads(),
): Promise<AssemblyInput[]> {
  const size = Math.ceil(articles.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) =>
    articles.slice(i * size, (i + 1) * size),
  ).filter((c) => c.length > 0);
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<AssemblyInput[]>((resolve, reject) => {
          const worker = new Worker(THREAD_ENTRY, {
            workerData: { articles: chunk, corpusDir, knowledgeDir },
          });
          worker.once('message', (analysed: AssemblyInput[]) => {
            resolve(analysed);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`analysis thread exited with code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}
