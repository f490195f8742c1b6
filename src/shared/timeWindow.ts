/**
 * What the timeline draws. vis-timeline slows to a crawl past a few thousand
 * items, and nobody can read that many anyway, so it is given only the events
 * in and near the visible window, or, when even those are too many, one
 * summary item per period ("312 events") until the reader zooms in.
 */
import { spanOfEventDate } from './partialDate';
import { periodFor, type CalendarPeriod } from './calendarPeriods';
import type { EventOutline } from './timelineParts';

export interface TimeIndex {
  /** Events by start time. */
  events: EventOutline[];
  starts: Float64Array;
  ends: Float64Array;
  /** The longest span, so a search by start also finds long events begun earlier. */
  longest: number;
  /** When the last event ends, for "fit all". */
  latestEnd: number;
  /** Taken from another index by indexAt: where each event sits in that one. */
  positions?: ArrayLike<number>;
}

/**
 * Events with equal starts keep the order they are given in (the sort is stable),
 * so an index built from `sortEvents`' list holds the events in that very order,
 * and any filter of that list is a subsequence of `index.events`.
 */
export function buildTimeIndex(events: readonly EventOutline[]): TimeIndex {
  const spans = events.map((event) => spanOfEventDate(event.date));
  const order = Array.from(events.keys()).sort(
    (a, b) => spans[a]!.start.getTime() - spans[b]!.start.getTime(),
  );
  const starts = Float64Array.from(order, (i) => spans[i]!.start.getTime());
  const ends = Float64Array.from(order, (i) => spans[i]!.end.getTime());
  return { events: order.map((i) => events[i]!), starts, ends, ...extent(starts, ends) };
}

/**
 * The index of the events at `positions` in `index` (ascending): what a filter that
 * knows where its events sit gets without looking for them, in one pass over them.
 */
export function indexAt(index: TimeIndex, positions: readonly number[]): TimeIndex {
  const starts = new Float64Array(positions.length);
  const ends = new Float64Array(positions.length);
  // Filled in a walk: Float64Array.from with a mapping function was ten times slower.
  positions.forEach((at, k) => {
    starts[k] = index.starts[at]!;
    ends[k] = index.ends[at]!;
  });
  const events = positions.map((at) => index.events[at]!);
  return { events, starts, ends, positions, ...extent(starts, ends) };
}

function extent(starts: Float64Array, ends: Float64Array): { longest: number; latestEnd: number } {
  let longest = 0;
  let latestEnd = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    longest = Math.max(longest, ends[i]! - starts[i]!);
    latestEnd = Math.max(latestEnd, ends[i]!);
  }
  return { longest, latestEnd };
}

/** First index whose start is ≥ t. */
function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last event that starts before `time`, or -1. */
export function lastStartBefore(index: TimeIndex, time: number): number {
  return lowerBound(index.starts, time) - 1;
}

/** Indexes of events overlapping [from, to), in start order: O(log n + k). */
export function indexesInWindow(index: TimeIndex, from: number, to: number): number[] {
  const first = lowerBound(index.starts, from - index.longest);
  const last = lowerBound(index.starts, to);
  const found: number[] = [];
  for (let i = first; i < last; i++) if (index.ends[i]! > from) found.push(i);
  return found;
}

export interface PeriodSummary {
  id: string;
  start: number;
  end: number;
  count: number;
  /** The period in words: "Mar 2019", "2010s". */
  period: string;
  /** The lane it summarises, when the timeline has lanes. */
  lane?: string;
}

/**
 * One summary per calendar period (and lane) holding any of the `found` events.
 * `found` is in start order, so a period's bounds are computed once, not per event.
 */
export function summarise(
  index: TimeIndex,
  found: number[],
  period: CalendarPeriod,
  laneOf?: (event: EventOutline) => string,
): PeriodSummary[] {
  const summaries: PeriodSummary[] = [];
  // The summaries of the period at hand, by lane ('' without lanes): `found` is in
  // start order, so each period comes up once and its bounds are worked out once.
  let byLane = new Map<string, PeriodSummary>();
  let start = 0;
  let end = -Infinity;
  let name = '';
  for (const i of found) {
    const t = index.starts[i]!;
    if (t >= end) {
      const first = period.startOf(new Date(t));
      start = first.getTime();
      end = period.next(first).getTime();
      name = period.name(first);
      byLane = new Map();
    }
    const lane = laneOf?.(index.events[i]!) ?? '';
    const summary = byLane.get(lane);
    if (summary) {
      summary.count++;
      continue;
    }
    const id = `summary:${period.unit}:${start}${lane ? `:${lane}` : ''}`;
    const created = { id, start, end, count: 1, period: name, ...(lane ? { lane } : {}) };
    byLane.set(lane, created);
    summaries.push(created);
  }
  return summaries;
}

export interface WindowContent {
  events: EventOutline[];
  summaries: PeriodSummary[];
}

/**
 * The items for a window: the events themselves when there are at most
 * `maxItems` (looking half a window either side, so a small pan needs no
 * redraw), else period summaries. A selected event is always drawn.
 */
export function contentForWindow(
  index: TimeIndex,
  from: number,
  to: number,
  options: {
    maxItems: number;
    maxPeriods: number;
    selectedId?: string | null;
    laneOf?: (event: EventOutline) => string;
  },
): WindowContent {
  const margin = (to - from) / 2;
  const found = indexesInWindow(index, from - margin, to + margin);
  const selected = options.selectedId
    ? index.events.find((e) => e.id === options.selectedId)
    : undefined;
  if (found.length <= options.maxItems) {
    const events = found.map((i) => index.events[i]!);
    if (selected && !events.includes(selected)) events.push(selected);
    return { events, summaries: [] };
  }
  return {
    events: selected ? [selected] : [],
    // Periods sized by what is visible, so each summary is wide enough to read.
    summaries: summarise(index, found, periodFor(to - from, options.maxPeriods), options.laneOf),
  };
}
