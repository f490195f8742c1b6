/**
 * One corpus size, in its own process so peak memory is that size's alone.
 * Prints one JSON line: per-run times and peak resident memory. With a third
 * argument N > 1, the per-article stages run in N worker threads (each run
 * starts its threads afresh, as a CLI run does).
 */
import { readCorpus } from '../src/pipeline/corpus/readCorpus';
import { loadKnowledge } from '../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../src/pipeline/runPipeline';
import { analyseInThreads } from '../src/pipeline/parallel';
import { syntheticCorpus } from './syntheticCorpus';

const size = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const threads = Number(process.argv[4] ?? 1);
const kb = loadKnowledge('seeds');
const corpus = syntheticCorpus(readCorpus('seeds').articles, kb, size);
const pipeline = createPipeline(kb);
pipeline.build(corpus.slice(0, 50)); // warm the JIT so the first run is not all compilation
const times: number[] = [];
let events = 0;
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const analysed =
    threads > 1
      ? await analyseInThreads(corpus, 'seeds', undefined, threads)
      : corpus.map(pipeline.analyse);
  events = pipeline.assemble(analysed).events.length;
  times.push(performance.now() - start);
}
process.stdout.write(
  `${JSON.stringify({ size, times, events, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
