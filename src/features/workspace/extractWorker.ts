/**
 * The pipeline's pure core in a Web Worker (loaded only when the workspace opens):
 * a person's articles go through the same stages and assembly as the corpus's,
 * without holding up the page. The tagger's model is part of this chunk; its
 * engine is built on the first request, which says so in its progress.
 */
import { createPipeline, warmTagger, type KnowledgeBase } from '../../pipeline/core/createPipeline';
import type { ExtractReply, ExtractRequest } from './workerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractReply): void;
}
const scope = self as unknown as WorkerScope;

let pipeline: ReturnType<typeof createPipeline> | null = null;
let taggerReady = false;

function pipelineFor(knowledge: KnowledgeBase | undefined): ReturnType<typeof createPipeline> {
  if (knowledge) pipeline = createPipeline(knowledge);
  if (!pipeline) throw new Error('the worker was given no knowledge base');
  return pipeline;
}

function extract({ request, articles, knowledge }: ExtractRequest): void {
  const started = performance.now();
  const progress = (stage: 'tagger' | 'article' | 'assembly', done: number, total: number) =>
    scope.postMessage({ type: 'progress', request, stage, done, total });
  const stages = pipelineFor(knowledge);
  if (!taggerReady) {
    progress('tagger', 0, 1);
    warmTagger();
    taggerReady = true;
    progress('tagger', 1, 1);
  }
  const analysed = articles.map((article, i) => {
    progress('article', i, articles.length);
    return stages.analyse(article);
  });
  progress('assembly', 0, 1);
  const timeline = stages.assemble(analysed);
  scope.postMessage({ type: 'done', request, timeline, ms: performance.now() - started });
}

scope.onmessage = (event) => {
  try {
    extract(event.data);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      request: event.data.request,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
