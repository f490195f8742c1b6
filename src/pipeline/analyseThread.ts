/**
 * One thread of `analyseInThreads`: analyses its chunk of articles and posts
 * back what the assembly needs. Sentences are sent without their dates and
 * actor links, which only the analysis reads: posting everything cost more
 * than the second core saved.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { createPipeline, type AssemblyInput } from './runPipeline';
import type { Article, Happening, LinkedSentence } from './types';

const { articles, corpusDir, knowledgeDir } = workerData as {
  articles: Article[];
  corpusDir: string;
  knowledgeDir?: string;
};
const pipeline = createPipeline(loadKnowledge(corpusDir, knowledgeDir));

function forAssembly(happenings: Happening[]): Happening[] {
  const slim = new Map<LinkedSentence, LinkedSentence>();
  const of = (s: LinkedSentence) => {
    let copy = slim.get(s);
    if (!copy) {
      copy = { ...s, dates: [], actors: [] };
      slim.set(s, copy);
    }
    return copy;
  };
  return happenings.map((h) => ({ ...h, sentence: of(h.sentence) }));
}

const out: AssemblyInput[] = articles.map((article) => {
  const analysed = pipeline.analyse(article);
  return {
    article,
    happenings: forAssembly(analysed.happenings),
    dated: analysed.sentences.some((s) => s.dates.length > 0),
  };
});
parentPort!.postMessage(out);
