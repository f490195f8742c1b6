/**
 * The stages composed, for one knowledge base: pure, so the same core runs in the
 * CLI (runPipeline.ts), in its worker threads (parallel.ts) and in the browser's
 * Web Worker (src/features/workspace/). Reading files is the callers' business.
 */
import type { Actor, TimelineEvent, TimelineFile } from '../../shared/schema';
import { markOwnArticles } from '../../shared/corrections/ownArticles';
import { withTriggerDays } from '../knowledge/crisisTriggers';
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';
import { filingDay, splitSentences } from '../stages/splitSentences';
import { plainTitle, readableText, type ReadableText } from '../text/readable';
import { findDates } from '../stages/findDates';
import { createLinker } from '../stages/linkMentions';
import { createHappeningFinder } from '../stages/findHappenings';
import { createAssembler } from '../stages/assembleEvents';
import type { Article, LinkedSentence } from '../types';
import type { AssemblyInput } from '../assemblyInput';
import { tagSentence } from '../nlp/tagSentence';

export type { AssemblyInput, Article, KnowledgeBase };

/**
 * Builds the tagger's engine from its model now, rather than inside the first
 * article: the one slow step of a first run, which a worker reports as progress.
 */
export function warmTagger(): void {
  tagSentence('The model is ready.');
}

/** The knowledge base's actors as the timeline lists them. */
export function timelineActors(kb: KnowledgeBase): Actor[] {
  return kb.actors.map(({ id, name, shortName, kind, country, role }) => ({
    id,
    name,
    shortName,
    kind,
    ...(country ? { country } : {}),
    ...(role ? { role } : {}),
  }));
}

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
      ...timelineActors(kb),
      ...[...discovered.values()].sort((a, b) => a.id.localeCompare(b.id)),
    ];
    return markOwnArticles({
      schemaVersion: 1,
      articles,
      actors: actors.filter((a) => usedActors.has(a.id)),
      crises: withTriggerDays(kb.crises, kb.incidents),
      events,
    });
  }

  return { analyse, build, assemble };
}
