/**
 * The shipped timeline with a person's own articles added beside it, when the
 * corpus cannot be read again with them (withCorpus.ts says when): one file, so
 * the explorer draws their events on the same timeline and list as every other,
 * through the same calculations (explorerModel.ts is not told the difference).
 *
 * The worker extracts the added articles with the same knowledge base the shipped
 * file was built with, so their actors and crises carry the same ids and join the
 * shipped ones. Their events are not merged with the corpus's here: an event the
 * corpus also tells stays a separate row, marked "From an added article". An id the
 * shipped file already uses is given a suffix, so every link and list key stays unique.
 */
import type { TimelineFile } from '../../shared/schema';
import { boundedId } from '../../shared/ids';

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = boundedId(id, `-${n}`);
  taken.add(unique);
  return unique;
}

/** Those of `added` whose id `shipped` lacks, after the shipped ones. */
function union<T extends { id: string }>(shipped: readonly T[], added: readonly T[]): T[] {
  const ids = new Set(shipped.map((item) => item.id));
  return [...shipped, ...added.filter((item) => !ids.has(item.id))];
}

export function mergeOwnTimeline(shipped: TimelineFile, own: TimelineFile): TimelineFile {
  const eventIds = new Set(shipped.events.map((e) => e.id));
  return {
    ...shipped,
    articles: union(shipped.articles, own.articles),
    actors: union(shipped.actors, own.actors),
    crises: union(shipped.crises, own.crises),
    events: [
      ...shipped.events,
      ...own.events.map((event) => ({ ...event, id: uniqueId(event.id, eventIds) })),
    ],
  };
}
