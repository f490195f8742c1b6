/** The stages, composed in order. Pure apart from reading the corpus folder. */
import { join } from 'node:path';
import type { TimelineFile } from '../shared/schema';
import { readCorpus } from './corpus/readCorpus';
import { loadKnowledge } from './knowledge/loadKnowledge';
import type { KnowledgeBase } from './knowledge/knowledgeSchema';
import { splitSentences } from './stages/splitSentences';
import { findDates } from './stages/findDates';
import { createLinker } from './stages/linkMentions';
import { createHappeningFinder } from './stages/findHappenings';
import { createAssembler } from './stages/assembleEvents';
import type { Article, Happening, LinkedSentence } from './types';

export interface AnalysedArticle {
  article: Article;
  sentences: LinkedSentence[];
  happenings: Happening[];
}

export function createPipeline(kb: KnowledgeBase) {
  const linker = createLinker(kb);
  const findHappenings = createHappeningFinder(kb);
  const assembleEvents = createAssembler(kb);

  function analyse(article: Article): AnalysedArticle {
    const sentences = splitSentences(article.id, article.text, article.dateline);
    const dates = findDates(sentences, article.published);
    const linked = linker.link(article, sentences, dates);
    return { article, sentences: linked, happenings: findHappenings(article, linked) };
  }

  function build(articles: Article[]): TimelineFile {
    return assemble(articles.map(analyse));
  }

  function assemble(analysed: AnalysedArticle[]): TimelineFile {
    const articles = analysed.map((a) => a.article);
    const events = assembleEvents(
      articles,
      new Map(analysed.map((a) => [a.article.id, a.happenings])),
    );
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
      crises: kb.crises,
      events,
    };
  }

  return { analyse, build, assemble };
}

export interface Extraction {
  timeline: TimelineFile;
  warnings: string[];
}

/** The whole run over a corpus folder; `knowledgeDir` defaults to its own knowledge/ folder. */
export function extractCorpus(corpusDir: string, knowledgeDir?: string): Extraction {
  const pipeline = createPipeline(loadKnowledge(corpusDir, knowledgeDir));
  const { articles, warnings } = readCorpus(corpusDir);
  const analysed = articles.map(pipeline.analyse);
  const timeline = pipeline.assemble(analysed);
  for (const { article, sentences } of analysed) {
    if (article.text.trim().length > 0 && sentences.every((s) => s.dates.length === 0)) {
      warnings.push(
        `${join(corpusDir, `${article.id}.txt`)}: no date expressions found; its events can only be dated by the knowledge base or the publication date.`,
      );
    }
  }
  return { timeline, warnings };
}

export function runPipeline(corpusDir: string, knowledgeDir?: string): TimelineFile {
  return extractCorpus(corpusDir, knowledgeDir).timeline;
}
