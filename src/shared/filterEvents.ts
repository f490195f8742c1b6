/** Which events a view shows. Pure, so the list, the timeline and the count always agree. */
import { spanOfEventDate, fromIsoDay } from './partialDate';
import type { TimelineEvent } from './schema';
import type { ViewState } from './urlState';

/** Lower-cased, accent-free text, so "Pulwama" matches "pulwama" and "Zakaria" matches "Zakária". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Searchable text (title and excerpts) of each event, normalised on first use:
 * at 50,000 events normalising everything up front would hold up the first paint
 * by a quarter of a second for a search the reader may never make. `warm` does
 * it ahead of time in slices, between the reader's clicks.
 */
export interface SearchIndex {
  textOf(event: TimelineEvent): string;
  /** Normalises up to `count` more events; true once every event is done. */
  warm(count: number): boolean;
}

export function buildSearchIndex(events: readonly TimelineEvent[]): SearchIndex {
  const texts = new Map<string, string>();
  const textOf = (event: TimelineEvent) => {
    let text = texts.get(event.id);
    if (text === undefined) {
      text = normaliseForSearch([event.title, ...event.sources.map((s) => s.excerpt)].join('\n'));
      texts.set(event.id, text);
    }
    return text;
  };
  let warmed = 0;
  return {
    textOf,
    warm(count) {
      const end = Math.min(events.length, warmed + count);
      for (; warmed < end; warmed++) textOf(events[warmed]!);
      return warmed === events.length;
    },
  };
}

export function queryTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export function filterEvents(
  events: readonly TimelineEvent[],
  state: Pick<ViewState, 'actors' | 'crisis' | 'query' | 'from' | 'to'>,
  index: SearchIndex,
): TimelineEvent[] {
  const terms = queryTerms(state.query);
  const from = state.from ? fromIsoDay(state.from).getTime() : -Infinity;
  // `to` is inclusive: an event on that day is in the window.
  const to = state.to ? fromIsoDay(state.to).getTime() + 86_400_000 : Infinity;
  return events.filter((event) => {
    if (state.crisis && event.crisis !== state.crisis) return false;
    // Several actors narrow the view: an event must involve all of them.
    if (
      state.actors.length > 0 &&
      !state.actors.every((a) => event.actors.some((ea) => ea.id === a))
    )
      return false;
    if (terms.length > 0) {
      const text = index.textOf(event);
      if (!terms.every((t) => text.includes(t))) return false;
    }
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
