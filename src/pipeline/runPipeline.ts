/** The stages, composed in order (core/createPipeline.ts), over a corpus folder. */
import { join } from 'node:path';
import type { TimelineFile } from '../shared/schema';
import { readCorpus } from './corpus/readCorpus';
import { loadKnowledge } from './knowledge/loadKnowledge';
import type { Article } from './types';
import { analyseInThreads, defaultThreads, PARALLEL_FROM } from './parallel';
import { createPipeline, timelineActors, type AssemblyInput } from './core/createPipeline';
import { addedArticles, type CorrectionsInput } from './corpus/readCorrections';
import { applyCorrections, type CorrectedTimeline } from '../shared/corrections/applyCorrections';

export { createPipeline, timelineActors, type AnalysedArticle } from './core/createPipeline';
export type { AssemblyInput };

export interface Extraction {
  timeline: TimelineFile;
  warnings: string[];
}

/** Warnings for articles whose text gave no date at all, naming the file each came from. */
function undatedWarnings(
  corpusDir: string,
  analysed: AssemblyInput[],
  correctionsPath?: string,
): string[] {
  return analysed
    .filter(({ article, dated }) => article.text.trim().length > 0 && !dated)
    .map(
      ({ article }) =>
        `${article.own && correctionsPath ? `${correctionsPath}: article "${article.id}"` : join(corpusDir, `${article.id}.txt`)}: no date expressions found; its events can only be dated by the knowledge base or the publication date.`,
    );
}

/** The whole run over a corpus folder; `knowledgeDir` defaults to its own knowledge/ folder. */
export function extractCorpus(corpusDir: string, knowledgeDir?: string): Extraction {
  const pipeline = createPipeline(loadKnowledge(corpusDir, knowledgeDir));
  const { articles, warnings } = readCorpus(corpusDir);
  const analysed = articles.map(pipeline.analyse);
  return {
    timeline: pipeline.assemble(analysed),
    warnings: [...warnings, ...undatedWarnings(corpusDir, analysed)],
  };
}

export interface ThreadOptions {
  threads?: number;
  /** A person's added articles and corrections: the articles join the corpus, the corrections apply after. */
  corrections?: CorrectionsInput;
}

export interface CorrectedExtraction extends Extraction {
  /** Set when a corrections file was applied. */
  corrections?: Omit<CorrectedTimeline, 'timeline'>;
}

/** The corpus's articles and a person's own, in the corpus's order (by publication, then id). */
function withAdded(articles: Article[], corrections: CorrectionsInput | undefined): Article[] {
  if (!corrections) return articles;
  return [...articles, ...addedArticles(corrections, articles)].sort(
    (a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id),
  );
}

/**
 * The same run with the per-article stages spread over worker threads, for
 * corpora large enough to repay starting them (see parallel.ts); with a
 * corrections file, its articles are read with the corpus's and its corrections
 * applied to what the machine made.
 */
export async function extractCorpusInThreads(
  corpusDir: string,
  knowledgeDir?: string,
  { threads = defaultThreads(), corrections }: ThreadOptions = {},
): Promise<CorrectedExtraction> {
  const kb = loadKnowledge(corpusDir, knowledgeDir);
  const pipeline = createPipeline(kb);
  const corpus = readCorpus(corpusDir);
  const articles = withAdded(corpus.articles, corrections);
  const analysed =
    articles.length < PARALLEL_FROM || threads < 2
      ? articles.map(pipeline.analyse)
      : await analyseInThreads(articles, corpusDir, knowledgeDir, threads);
  const warnings = [...corpus.warnings, ...undatedWarnings(corpusDir, analysed, corrections?.path)];
  const machine = pipeline.assemble(analysed);
  if (!corrections) return { timeline: machine, warnings };
  const { timeline, applied, dangling } = applyCorrections(machine, corrections.file, {
    actors: timelineActors(kb),
  });
  return { timeline, warnings, corrections: { applied, dangling } };
}

export function runPipeline(corpusDir: string, knowledgeDir?: string): TimelineFile {
  return extractCorpus(corpusDir, knowledgeDir).timeline;
}
