/** Which events a view shows. Pure, so the list, the timeline and the count always agree. */
import { spanOfEventDate, fromIsoDay } from './partialDate';
import type { Actor } from './schema';
import type { ViewState } from './urlState';
import {
  buildSearchIndex,
  intersectSorted,
  normaliseForSearch,
  queryTerms,
  type SearchIndex,
} from './searchIndex';
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

type Filters = Pick<
  ViewState,
  'actors' | 'actorMatch' | 'kinds' | 'crisis' | 'query' | 'from' | 'to' | 'showContext'
>;

/** Whether any filter other than the search text and the actors would drop events. */
function narrowsByEvent(state: Filters): boolean {
  return (
    state.crisis !== null ||
    state.kinds.length > 0 ||
    !state.showContext ||
    state.from !== null ||
    state.to !== null
  );
}

/**
 * Where each actor's events sit in `index.events` (ascending), an official's also
 * under their country: built once per index on the first actor filter, so that a
 * choice walks the chosen actors' events rather than asking every event about its
 * actors (a Set lookup each, most of a choice's filtering at 10,000 events).
 */
const actorPositionsOf = new WeakMap<SearchIndex, [ActorParents, Map<string, number[]>]>();

export function actorPositions(index: SearchIndex, parents: ActorParents): Map<string, number[]> {
  const known = actorPositionsOf.get(index);
  if (known?.[0] === parents) return known[1];
  const positions = new Map<string, number[]>();
  const note = (id: string, i: number) => {
    const list = positions.get(id);
    // An event whose official and country are both named counts once for the country.
    if (!list) positions.set(id, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  index.events.forEach((event, i) => {
    for (const { id } of event.actors) {
      note(id, i);
      const parent = parents.get(id);
      if (parent) note(parent, i);
    }
  });
  actorPositionsOf.set(index, [parents, positions]);
  return positions;
}

/** The positions in at least `need` of `lists` (each ascending, no repeats), ascending. */
function positionsInAtLeast(lists: readonly (readonly number[])[], need: number, size: number) {
  // One list (`need` is then 1 whatever the match) is the answer itself.
  if (lists.length === 1) return lists[0]!;
  // A count per position, then one walk in order: no sorting, and no merging of lists.
  const hits = new Int32Array(size);
  for (const list of lists) for (const i of list) hits[i]!++;
  const found: number[] = [];
  for (let i = 0; i < size; i++) if (hits[i]! >= need) found.push(i);
  return found;
}

/**
 * The positions the search and the actors leave (null: they leave every event), from
 * their indexes, so that the other filters ask only those events.
 */
function candidatePositions(
  index: SearchIndex,
  state: Filters,
  parents: ActorParents,
): readonly number[] | null {
  const terms = queryTerms(state.query);
  const found = terms.length > 0 ? index.positionsMatching(terms) : null;
  if (state.actors.length === 0) return found;
  const byActor = actorPositions(index, parents);
  const lists = state.actors.map((id) => byActor.get(id) ?? []);
  const need = state.actorMatch === 'all' ? lists.length : 1;
  const ofActors = positionsInAtLeast(lists, need, index.events.length);
  return found ? intersectSorted(found, ofActors) : ofActors;
}

/**
 * The positions in `index.events` of the events a view shows, ascending; null when
 * no filter is set (every event: there is nothing to list).
 */
export function shownPositions(
  index: SearchIndex,
  state: Filters,
  parents: ActorParents = new Map(),
): readonly number[] | null {
  const candidates = candidatePositions(index, state, parents);
  if (!narrowsByEvent(state)) return candidates;
  const from = state.from ? fromIsoDay(state.from).getTime() : -Infinity;
  // `to` is inclusive: an event on that day is in the window.
  const to = state.to ? fromIsoDay(state.to).getTime() + 86_400_000 : Infinity;
  const kinds = new Set(state.kinds);
  const keeps = (event: EventOutline) => {
    if (state.crisis && event.crisis !== state.crisis) return false;
    if (kinds.size > 0 && !kinds.has(event.kind)) return false;
    if (!state.showContext && event.context) return false;
    if (state.from || state.to) {
      const span = spanOfEventDate(event.date);
      if (span.end.getTime() <= from || span.start.getTime() >= to) return false;
    }
    return true;
  };
  const kept: number[] = [];
  for (const i of candidates ?? index.events.keys()) if (keeps(index.events[i]!)) kept.push(i);
  return kept;
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
  const positions = shownPositions(index, state, parents);
  return positions ? positions.map((i) => index.events[i]!) : index.events;
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
    return shownPositions(alone, onlyThis as Filters, parents)?.length === 0;
  });
}

/** The change that turns `names` off. */
export function filtersOff(names: readonly FilterName[]): Partial<Filters> {
  return Object.assign({}, ...names.map((name) => FILTERS_OFF[name])) as Partial<Filters>;
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
