/** Which events a view shows. Pure, so the list, the timeline and the count always agree. */
import { spanOfEventDate, fromIsoDay } from './partialDate';
import type { TimelineEvent } from './schema';
import type { ViewState } from './urlState';
import { normaliseForSearch, queryTerms, type SearchIndex } from './searchIndex';

/**
 * The events of `index` that a view shows, in the index's order (with no filter
 * set, the index's own list: there is nothing to copy it for).
 */
export function filterEvents(
  index: SearchIndex,
  state: Pick<ViewState, 'actors' | 'crisis' | 'query' | 'from' | 'to'>,
): readonly TimelineEvent[] {
  const terms = queryTerms(state.query);
  const found =
    terms.length > 0 ? index.positionsMatching(terms).map((i) => index.events[i]!) : index.events;
  if (!state.crisis && state.actors.length === 0 && !state.from && !state.to) return found;
  const from = state.from ? fromIsoDay(state.from).getTime() : -Infinity;
  // `to` is inclusive: an event on that day is in the window.
  const to = state.to ? fromIsoDay(state.to).getTime() + 86_400_000 : Infinity;
  return found.filter((event) => {
    if (state.crisis && event.crisis !== state.crisis) return false;
    // Several actors narrow the view: an event must involve all of them.
    if (
      state.actors.length > 0 &&
      !state.actors.every((a) => event.actors.some((ea) => ea.id === a))
    )
      return false;
    if (state.from || state.to) {
      const span = spanOfEventDate(event.date);
      if (span.end.getTime() <= from || span.start.getTime() >= to) return false;
    }
    return true;
  });
}

/** How many events each actor has, for the filter's labels. */
export function countByActor(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const actor of event.actors) counts.set(actor.id, (counts.get(actor.id) ?? 0) + 1);
  return counts;
}

/** Splits text into plain and matching parts, for highlighting without HTML. */
export function highlightParts(text: string, query: string): { text: string; match: boolean }[] {
  const terms = queryTerms(query).filter((t) => t.length > 1 || queryTerms(query).length === 1);
  if (terms.length === 0) return [{ text, match: false }];
  // Match on the normalised text, cut the original: NFKD keeps most Latin text the same length.
  const normal = normaliseForSearch(text);
  if (normal.length !== text.length) return [{ text, match: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let i = normal.indexOf(term); i >= 0; i = normal.indexOf(term, i + 1))
      marks.fill(true, i, i + term.length);
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    parts.push({ text: text.slice(i, j), match: marks[i] ?? false });
    i = j;
  }
  return parts;
}
