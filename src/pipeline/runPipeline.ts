/** The stages, composed in order. Pure apart from reading the corpus folder. */
import { join } from 'node:path';
import type { TimelineEvent, TimelineFile } from '../shared/schema';
import { readCorpus } from './corpus/readCorpus';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { withTriggerDays } from './knowledge/crisisTriggers';
import type { KnowledgeBase } from './knowledge/knowledgeSchema';
import { filingDay, splitSentences } from './stages/splitSentences';
import { plainTitle, readableText, type ReadableText } from './text/readable';
import { findDates } from './stages/findDates';
import { createLinker } from './stages/linkMentions';
import { createHappeningFinder } from './stages/findHappenings';
import { createAssembler } from './stages/assembleEvents';
import type { Article, LinkedSentence } from './types';
import { analyseInThreads, defaultThreads, PARALLEL_FROM } from './parallel';
import type { AssemblyInput } from './assemblyInput';

export type { AssemblyInput };

export interface AnalysedArticle extends AssemblyInput {
  /** Offsets into the reading text (text/readable.ts); `reading` maps them to the verbatim text. */
  sentences: LinkedSentence[];
  reading: ReadableText;
}

/**
 * The article as the stages read it. A dateline dated before the page ("New Delhi,
 * June 20" on a page of 21 June) says when the report was written: the stages count
 * from that day, and place undated news on or before it.
 */
function readingOf(article: Article, reading: ReadableText): Article {
  // The manifest's place of filing is matched against the text: read the same way.
  const dateline = article.dateline === null ? null : readableText(article.dateline).text;
  const filed = filingDay(reading.text, dateline, article.published);
  return reading.changed || dateline !== article.dateline || filed
    ? { ...article, text: reading.text, dateline, published: filed ?? article.published }
    : article;
}

/** An event found in the reading text, its sources pointing into the verbatim text and its title plain. */
function inVerbatimText(
  event: TimelineEvent,
  readings: ReadonlyMap<string, { text: string; published: string; reading: ReadableText }>,
): TimelineEvent {
  const sources = event.sources.map((source) => {
    const found = readings.get(source.article);
    // A source is dated by its page, whatever day its dateline says it was filed.
    const paged =
      found && found.published !== source.published
        ? { ...source, published: found.published }
        : source;
    if (!found?.reading.changed) return paged;
    const { text, reading } = found;
    const [start, end] = reading.toOriginal(source.offset, source.offset + source.length);
    return { ...paged, offset: start, length: end - start, excerpt: text.slice(start, end) };
  });
  return { ...event, title: plainTitle(event.title), sources };
}

export function createPipeline(kb: KnowledgeBase) {
  const linker = createLinker(kb);
  const findHappenings = createHappeningFinder(kb);
  const assembleEvents = createAssembler(kb);

  /**
   * The stages read the article through one normalisation (text/readable.ts), with
   * offsets into that reading; `assemble` maps them back into the verbatim text.
   */
  function analyse(article: Article): AnalysedArticle {
    const reading = readableText(article.text);
    const read = readingOf(article, reading);
    const sentences = splitSentences(read.id, read.text, read.dateline);
    const dates = findDates(sentences, read.published);
    const linked = linker.link(read, sentences, dates);
    return {
      article,
      sentences: linked,
      reading,
      happenings: findHappenings(read, linked),
      dated: linked.some((s) => s.dates.length > 0),
    };
  }

  function build(articles: Article[]): TimelineFile {
    return assemble(articles.map(analyse));
  }

  function assemble(analysed: AssemblyInput[]): TimelineFile {
    const articles = analysed.map((a) => a.article);
    const readings = new Map(
      articles.map((a) => [
        a.id,
        { text: a.text, published: a.published, reading: readableText(a.text) },
      ]),
    );
    const events = assembleEvents(
      articles.map((a) => readingOf(a, readings.get(a.id)!.reading)),
      new Map(analysed.map((a) => [a.article.id, a.happenings])),
    ).map((event) => inVerbatimText(event, readings));
    const usedActors = new Set(events.flatMap((e) => e.actors.map((a) => a.id)));
    const known = new Set(kb.actors.map((a) => a.id));
    // People the articles name that the knowledge base does not know, once each.
    const discovered = new Map(
      analysed
        .flatMap((a) => a.happenings)
        .flatMap((h) => (h.type !== 'incident' && h.discovered ? [h.discovered] : []))
        .filter((d) => !known.has(d.id))
        .map((d) => [d.id, d]),
    );
    const actors = [
      ...kb.actors.map(({ id, name, shortName, kind, country, role }) => ({
        id,
        name,
        shortName,
        kind,
        ...(country ? { country } : {}),
        ...(role ? { role } : {}),
      })),
      ...[...discovered.values()].sort((a, b) => a.id.localeCompare(b.id)),
    ];
    return {
      schemaVersion: 1,
      articles,
      actors: actors.filter((a) => usedActors.has(a.id)),
      crises: withTriggerDays(kb.crises, kb.incidents),
      events,
    };
  }

  return { analyse, build, assemble };
}

export interface Extraction {
  timeline: TimelineFile;
  warnings: string[];
}

/** Warnings for articles whose text gave no date at all. */
function undatedWarnings(corpusDir: string, analysed: AssemblyInput[]): string[] {
  return analysed
    .filter(({ article, dated }) => article.text.trim().length > 0 && !dated)
    .map(
      ({ article }) =>
        `${join(corpusDir, `${article.id}.txt`)}: no date expressions found; its events can only be dated by the knowledge base or the publication date.`,
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

/**
 * The same run with the per-article stages spread over worker threads, for
 * corpora large enough to repay starting them (see parallel.ts).
 */
export async function extractCorpusInThreads(
  corpusDir: string,
  knowledgeDir?: string,
  threads = defaultThreads(),
): Promise<Extraction> {
  const pipeline = createPipeline(loadKnowledge(corpusDir, knowledgeDir));
  const { articles, warnings } = readCorpus(corpusDir);
  const analysed =
    articles.length < PARALLEL_FROM || threads < 2
      ? articles.map(pipeline.analyse)
      : await analyseInThreads(articles, corpusDir, knowledgeDir, threads);
  return {
    timeline: pipeline.assemble(analysed),
    warnings: [...warnings, ...undatedWarnings(corpusDir, analysed)],
  };
}

export function runPipeline(corpusDir: string, knowledgeDir?: string): TimelineFile {
  return extractCorpus(corpusDir, knowledgeDir).timeline;
}
