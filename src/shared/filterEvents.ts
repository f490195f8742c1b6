/** Which events a view shows. Pure, so the list, the timeline and the count always agree. */
import { spanOfEventDate, fromIsoDay } from './partialDate';
import type { Actor } from './schema';
import type { ViewState } from './urlState';
import { buildSearchIndex, normaliseForSearch, queryTerms, type SearchIndex } from './searchIndex';
import type { EventOutline } from './timelineParts';

/**
 * Who stands for whom: an actor with a country (an official, a ministry, an
 * armed force) is counted as that country too, so that "United States" finds
 * what Pompeo or the State Department said. Only the country link is followed:
 * the data says whose an official is, not which body they belong to.
 */
export type ActorParents = ReadonlyMap<string, string>;

export function actorParents(actors: readonly Actor[]): ActorParents {
  const ids = new Set(actors.map((a) => a.id));
  return new Map(
    actors.flatMap((a) =>
      a.country && a.country !== a.id && ids.has(a.country) ? [[a.id, a.country] as const] : [],
    ),
  );
}

/**
 * Each event's actors with their countries, per map of parents: worked out once
 * per event, not per change. The actor filter and its counts walk every event on
 * every change, and building these afresh each time (a Set per event) took about
 * 20 ms of a choice at 10,000 events.
 */
const involvedOf = new WeakMap<EventOutline, [ActorParents, ReadonlySet<string>]>();

/** The actors an event involves, each with the country it stands for (each once). */
function involved(event: EventOutline, parents: ActorParents): ReadonlySet<string> {
  const known = involvedOf.get(event);
  if (known?.[0] === parents) return known[1];
  const ids = new Set<string>();
  for (const { id } of event.actors) {
    ids.add(id);
    const parent = parents.get(id);
    if (parent) ids.add(parent);
  }
  involvedOf.set(event, [parents, ids]);
  return ids;
}

type Filters = Pick<
  ViewState,
  'actors' | 'actorMatch' | 'kinds' | 'crisis' | 'query' | 'from' | 'to' | 'showContext'
>;

/** Whether any filter other than the search text would drop events. */
function narrowsBeyondText(state: Filters): boolean {
  return (
    state.crisis !== null ||
    state.actors.length > 0 ||
    state.kinds.length > 0 ||
    !state.showContext ||
    state.from !== null ||
    state.to !== null
  );
}

/**
 * The events of `index` that a view shows, in the index's order (with no filter
 * set, the index's own list: there is nothing to copy it for).
 */
export function filterEvents(
  index: SearchIndex,
  state: Filters,
  parents: ActorParents = new Map(),
): readonly EventOutline[] {
  const terms = queryTerms(state.query);
  const found =
    terms.length > 0 ? index.positionsMatching(terms).map((i) => index.events[i]!) : index.events;
  if (!narrowsBeyondText(state)) return found;
  const from = state.from ? fromIsoDay(state.from).getTime() : -Infinity;
  // `to` is inclusive: an event on that day is in the window.
  const to = state.to ? fromIsoDay(state.to).getTime() + 86_400_000 : Infinity;
  const kinds = new Set(state.kinds);
  const matchesActors =
    state.actorMatch === 'all'
      ? (ids: ReadonlySet<string>) => state.actors.every((a) => ids.has(a))
      : (ids: ReadonlySet<string>) => state.actors.some((a) => ids.has(a));
  return found.filter((event) => {
    if (state.crisis && event.crisis !== state.crisis) return false;
    if (kinds.size > 0 && !kinds.has(event.kind)) return false;
    if (!state.showContext && event.context) return false;
    if (state.actors.length > 0 && !matchesActors(involved(event, parents))) return false;
    if (state.from || state.to) {
      const span = spanOfEventDate(event.date);
      if (span.end.getTime() <= from || span.start.getTime() >= to) return false;
    }
    return true;
  });
}

/** The view's filters, one by one, each with what it is set to when off. */
const FILTERS_OFF = {
  crisis: { crisis: null },
  kinds: { kinds: [] },
  context: { showContext: true },
  actors: { actors: [], actorMatch: 'any' },
  dates: { from: null, to: null },
  query: { query: '' },
} satisfies Record<string, Partial<Filters>>;

export type FilterName = keyof typeof FILTERS_OFF;

const ALL_OFF: Filters = Object.assign({}, ...Object.values(FILTERS_OFF)) as Filters;

/**
 * Which filters, each alone, would hide `event`: what a link that opens an event
 * outside its own filters says, and what "show it in context" turns off. Asked of
 * the same filter as the view, so the two cannot disagree.
 */
export function filtersHiding(
  event: EventOutline,
  state: Filters,
  parents: ActorParents = new Map(),
): FilterName[] {
  const alone = buildSearchIndex([event]);
  return (Object.keys(FILTERS_OFF) as FilterName[]).filter((name) => {
    const onlyThis = { ...ALL_OFF } as Record<string, unknown>;
    for (const key of Object.keys(FILTERS_OFF[name])) onlyThis[key] = state[key as keyof Filters];
    return filterEvents(alone, onlyThis as Filters, parents).length === 0;
  });
}

/** The change that turns `names` off. */
export function filtersOff(names: readonly FilterName[]): Partial<Filters> {
  return Object.assign({}, ...names.map((name) => FILTERS_OFF[name])) as Partial<Filters>;
}

/**
 * How many of `events` each actor would show, with officials counted for their
 * country as the filter counts them.
 */
export function countByActor(
  events: readonly EventOutline[],
  parents: ActorParents = new Map(),
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const id of involved(event, parents)) counts.set(id, (counts.get(id) ?? 0) + 1);
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
