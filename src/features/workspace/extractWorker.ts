/**
 * The pipeline's pure core in a Web Worker (loaded only when the workspace opens):
 * a person's articles go through the same stages and assembly as the corpus's,
 * without holding up the page. The tagger's model is part of this chunk; its
 * engine is built on the first request, which says so in its progress.
 */
import { createPipeline, warmTagger, type KnowledgeBase } from '../../pipeline/core/createPipeline';
import type { ExtractReply, ExtractRequest } from './workerProtocol';
import type { Article } from '../../shared/schema';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractReply): void;
}
const scope = self as unknown as WorkerScope;

let pipeline: ReturnType<typeof createPipeline> | null = null;
let taggerReady = false;

function pipelineFor(knowledge: KnowledgeBase | undefined): ReturnType<typeof createPipeline> {
  if (knowledge) {
    pipeline = createPipeline(knowledge);
    analyses.clear();
  }
  if (!pipeline) throw new Error('the worker was given no knowledge base');
  return pipeline;
}

type Analysed = ReturnType<ReturnType<typeof createPipeline>['analyse']>;

/**
 * Each article's analysis, kept for the worker's life: the corpus's articles come
 * with every request (a person's article may tell one of their happenings), and
 * only the assembly needs doing again. Kept by id, used only while every field of
 * the article is the same: an edited article is read afresh.
 */
const analyses = new Map<string, { article: Article; analysed: Analysed }>();
function sameArticle(a: Article, b: Article): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Article)[]);
  return [...fields].every((field) => a[field] === b[field]);
}

function analysedOnce(stages: ReturnType<typeof createPipeline>, article: Article): Analysed {
  const kept = analyses.get(article.id);
  if (kept && sameArticle(kept.article, article)) return kept.analysed;
  const analysed = stages.analyse(article);
  analyses.set(article.id, { article, analysed });
  return analysed;
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
    return analysedOnce(stages, article);
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
