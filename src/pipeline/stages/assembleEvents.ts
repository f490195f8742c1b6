/**
 * Stage 5: turn happenings into timeline events, one event per happening
 * however many sentences and articles tell it (src/pipeline/assembly/ says
 * how each kind is placed), then name and date each.
 */
import type { TimelineEvent } from '../../shared/schema';
import { createActorFamily } from '../assembly/actorFamily';
import { DraftBook } from '../assembly/drafts';
import { mergeDrafts } from '../assembly/mergeDrafts';
import { placeArticle, type PlacingContext } from '../assembly/placeHappenings';
import { foldQuotedDayWords } from '../assembly/quotedDeixis';
import { createPublisherCountry, datesWhereTheyHappened } from '../assembly/reportingDay';
import { createEventBuilder } from '../assembly/toEvent';
import type { KnowledgeBase } from '../knowledge/knowledgeSchema';
import type { Article, Happening } from '../types';

export function createAssembler(kb: KnowledgeBase) {
  const incidentById = new Map(kb.incidents.map((i) => [i.id, i]));
  const countries = new Map(kb.actors.filter((a) => a.kind === 'country').map((a) => [a.id, a]));
  const publisherCountry = createPublisherCountry(kb.outlets ?? [], [...countries.values()]);

  return function assemble(
    articles: Article[],
    happeningsByArticle: Map<string, Happening[]>,
  ): TimelineEvent[] {
    // Newcomers join the known actors as articles name them; each run starts afresh.
    const actors: PlacingContext['actors'] = new Map(kb.actors.map((a) => [a.id, a]));
    const ctx: PlacingContext = {
      book: new DraftBook(),
      family: createActorFamily((id) => actors.get(id)),
      incidentById,
      actors,
    };
    const countryOf = (id: string) => {
      const actor = actors.get(id);
      return countries.get(actor?.kind === 'country' ? id : (actor?.country ?? ''));
    };
    for (const article of articles) {
      const told = placeArticle(article, happeningsByArticle.get(article.id) ?? [], ctx);
      foldQuotedDayWords(told, article, ctx.book);
      datesWhereTheyHappened(told, article, publisherCountry(article), countryOf);
    }
    const textEnd = new Map(articles.map((a) => [a.id, a.text.trimEnd().length]));
    const toEvent = createEventBuilder(kb.crises, {
      shortName: (id) => actors.get(id)?.shortName,
      aliases: (id) => actors.get(id)?.aliases ?? [],
      isPerson: (id) => actors.get(id)?.kind === 'person',
      endsItsText: (s) => textEnd.get(s.article) === s.offset + s.length,
    });
    return mergeDrafts(ctx.book.drafts, ctx.family)
      .filter((d) => d.sources.size > 0)
      .map(toEvent)
      .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  };
}
