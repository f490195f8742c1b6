/**
 * The explorer's view calculations, without React: what a loaded file and the
 * view state in the address make of the events (shown, counted, selected, where
 * the window goes). Explorer.tsx holds these in memos (useExplorerModel) and is
 * left as layout, as TimelineView is over timelineController; each step here is a
 * plain function a unit test can call with a tiny file.
 *
 *   fileModel (once per file) → effectiveView → filtered → counts, selection
 */
import type { Actor, Crisis, EventKind } from '../shared/schema';
import type { TimelineDetails } from '../shared/timelineDetails';
import {
  actorParents,
  actorPositions,
  filterEvents,
  filtersHiding,
  shownPositions,
  type ActorParents,
  type FilterName,
} from '../shared/filterEvents';
import { actorNames, buildSearchIndex, type SearchIndex } from '../shared/searchIndex';
import { passagesOf } from '../shared/passages';
import type { ActorsShown } from '../shared/actorCounts';
import { neighbours, sortEvents } from '../shared/eventOrder';
import type { DaySpan, ViewState } from '../shared/urlState';
import {
  chapterPlanFor,
  countChapters,
  crisesWithEvents,
  type Chapters,
} from '../shared/crisisChapters';
import { buildTimeIndex, indexAt, type TimeIndex } from '../shared/timeWindow';
import { spanOfAll } from '../shared/windowFitting';
import { linkNotices } from './linkNotices';
import { calendarGaps, type CalendarGap } from '../shared/calendarGaps';
import type { EventOutline, OutlineFile } from '../shared/timelineParts';

/** Indexes built once per file, never per render. */
export interface FileModel {
  /** Every event in reading order (by date, then id). */
  ordered: EventOutline[];
  actorById: Map<string, Actor>;
  crisisById: Map<string, Crisis>;
  parents: ActorParents;
  searchIndex: SearchIndex;
  /** The crises that have events (chapters), and those that have none. */
  chapterCrises: ReturnType<typeof crisesWithEvents>;
  /** Every event indexed by time, in reading order; filters take subsets of it. */
  timeIndex: TimeIndex;
  /** From the first event's start to the last one's end; null with no events. */
  allEvents: { start: number; end: number } | null;
  /** Long stretches with no event and no crisis, left out of the calendar's axis. */
  gaps: CalendarGap[];
}

/**
 * What a search reads of an event besides its own words: the names of its actors,
 * and, for an event in outline (which has no passages of its own), its passages
 * once they are in (`details`).
 */
function alsoSearchedOf(actorById: ReadonlyMap<string, Actor>, details: TimelineDetails) {
  return (event: EventOutline) => {
    const passages = passagesOf(event) ? '' : (details.passages(event.id) ?? '');
    return `${actorNames(event, actorById)}\n${passages}`;
  };
}

/**
 * `details` gives the passages the search reads: made again once they are all in,
 * when the file came in outline (src/app/loadTimeline.ts).
 */
export function fileModel(data: OutlineFile, details: TimelineDetails): FileModel {
  const ordered = sortEvents(data.events);
  const actorById = new Map(data.actors.map((a) => [a.id, a]));
  const timeIndex = buildTimeIndex(ordered);
  return {
    ordered,
    actorById,
    crisisById: new Map(data.crises.map((c) => [c.id, c])),
    parents: actorParents(data.actors),
    searchIndex: buildSearchIndex(ordered, alsoSearchedOf(actorById, details)),
    chapterCrises: crisesWithEvents(data.crises, data.events),
    timeIndex,
    allEvents: spanOfAll(timeIndex),
    gaps: calendarGaps(timeIndex, data.crises),
  };
}

/**
 * The view the filters apply: the query as searched (perhaps a spelling's
 * correction), and ids the file does not know left out, so that a stale link
 * shows everything it can (linkNotices says what was left out) rather than nothing.
 */
export function effectiveViewOf(view: ViewState, file: FileModel, query: string): ViewState {
  return {
    ...view,
    query,
    actors: view.actors.filter((a) => file.actorById.has(a)),
    crisis: view.crisis && file.crisisById.has(view.crisis) ? view.crisis : null,
  };
}

export function shownEvents(file: FileModel, view: ViewState): readonly EventOutline[] {
  return filterEvents(file.searchIndex, view, file.parents);
}

/**
 * What a view shows, as its time index (its events, in reading order, are the
 * index's), taken from the file's by position: the filter knows where its events
 * sit, so nothing is looked for. The file's time index lists the events in reading
 * order too (buildTimeIndex keeps the order of equal starts), so a position in one
 * is the same event in the other.
 */
export function shownOf(file: FileModel, view: ViewState): TimeIndex {
  const positions = shownPositions(file.searchIndex, view, file.parents);
  return positions ? indexAt(file.timeIndex, positions) : file.timeIndex;
}

/**
 * What one filter would offer under all the others (the chapters count without
 * the crisis filter, the legend without the kind filter). Unset, that is what is shown.
 */
export function shownWithout(
  file: FileModel,
  view: ViewState,
  shown: TimeIndex,
  filter: 'crisis' | 'kinds',
): TimeIndex {
  const set = filter === 'crisis' ? view.crisis !== null : view.kinds.length > 0;
  if (!set) return shown;
  const off = filter === 'crisis' ? { crisis: null } : { kinds: [] };
  return shownOf(file, { ...view, ...off });
}

/** Events in no chapter: told before the chapters, in the first paint, in one cheap pass. */
export function outsideCrisesCount(file: FileModel, events: readonly EventOutline[]): number {
  let count = 0;
  for (const event of events) if (!event.crisis || !file.crisisById.has(event.crisis)) count++;
  return count;
}

/** Each chapter's events and marks (the plan, a pass over the whole file, made here). */
export function chaptersOf(file: FileModel, shown: TimeIndex): Chapters {
  return countChapters(chapterPlanFor(file.chapterCrises.withEvents, file.timeIndex), shown);
}

/** How many of `events` there are of each kind. */
export function countByKind(events: readonly { kind: EventKind }[]): Map<EventKind, number> {
  const counts = new Map<EventKind, number>();
  for (const { kind } of events) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/**
 * What each actor's count in the actors filter counts among. With "any", what
 * choosing it alone would add; with "all", what it would leave of the events the
 * chosen ones share.
 */
export function actorsShown(file: FileModel, view: ViewState): ActorsShown {
  const actors = view.actorMatch === 'all' ? view.actors : [];
  const { searchIndex: index, parents } = file;
  return {
    byActor: actorPositions(index, parents),
    positions: shownPositions(index, { ...view, actors }, parents),
  };
}

export interface Selection {
  selected: EventOutline | null;
  /** The open event's neighbours in what is shown, or in every event when the filters hide it. */
  previous: EventOutline | null;
  next: EventOutline | null;
  /** The filters that hide the open event (a link opened it anyway); empty when it is shown. */
  hiding: FilterName[];
}

const NOTHING_OPEN: Selection = { selected: null, previous: null, next: null, hiding: [] };

export function selectionOf(
  file: FileModel,
  eventId: string | null,
  view: ViewState,
  shown: readonly EventOutline[],
): Selection {
  const selected = eventId ? file.ordered.find((e) => e.id === eventId) : undefined;
  // With nothing open there is nothing to look for: each walk is a pass over every event.
  if (!selected) return NOTHING_OPEN;
  const isShown = shown.includes(selected);
  const { previous, next } = neighbours(isShown ? shown : file.ordered, selected.id);
  const hiding = isShown ? [] : filtersHiding(selected, view, file.parents);
  return { selected, previous, next, hiding };
}

/** Where the calendar's window goes when the view places it. */
export type WindowPlacement =
  | { show: 'days'; days: DaySpan }
  | { show: 'span'; from: string; to: string }
  | { show: 'opening' };

/**
 * The window the address names, else the dates chosen, else the crisis; else,
 * after Back or Forward to an entry that names none of them, the opening window.
 * Null: nothing places it (the reader's own window stays).
 */
export function windowPlacement(
  view: ViewState,
  crisisById: Map<string, Crisis>,
  restored: boolean,
): WindowPlacement | null {
  if (view.window) return { show: 'days', days: view.window };
  if (view.from && view.to) return { show: 'span', from: view.from, to: view.to };
  const crisis = view.crisis ? crisisById.get(view.crisis) : undefined;
  if (crisis) return { show: 'span', from: crisis.start, to: crisis.end };
  return restored ? { show: 'opening' } : null;
}

/**
 * What a link asked for that the file lacks or the address could not say (see
 * linkNotices), and whether a search cannot yet read every passage.
 */
export function noticesOf(
  view: ViewState,
  file: FileModel,
  selected: EventOutline | null,
  rejected: readonly string[],
  passagesPending = false,
): string[] {
  const pending = passagesPending
    ? ['Searching titles and names for now: the passages are still loading.']
    : [];
  return pending.concat(
    linkNotices({
      missingEvent: view.event && !selected ? view.event : null,
      unknownActors: view.actors.filter((a) => !file.actorById.has(a)),
      missingCrisis: view.crisis && !file.crisisById.has(view.crisis) ? view.crisis : null,
      rejected,
    }),
  );
}
