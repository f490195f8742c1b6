/**
 * What the timeline draws. vis-timeline slows to a crawl past a few thousand
 * items, and nobody can read that many anyway, so it is given only the events
 * in and near the visible window, or, when even those are too many, one
 * summary item per period ("312 events") until the reader zooms in.
 */
import { spanOfEventDate } from './partialDate';
import type { TimelineEvent } from './schema';

export interface TimeIndex {
  /** Events by start time. */
  events: TimelineEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** The longest span, so a search by start also finds long events begun earlier. */
  longest: number;
}

export function buildTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
  const spans = events.map((event) => ({ event, ...spanOfEventDate(event.date) }));
  spans.sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.event.id.localeCompare(b.event.id),
  );
  const starts = Float64Array.from(spans, (s) => s.start.getTime());
  const ends = Float64Array.from(spans, (s) => s.end.getTime());
  let longest = 0;
  for (let i = 0; i < starts.length; i++) longest = Math.max(longest, ends[i]! - starts[i]!);
  return { events: spans.map((s) => s.event), starts, ends, longest };
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
}

const DAY = 86_400_000;
/** Period lengths to summarise by, shortest first. */
const PERIODS = [DAY, 7 * DAY, 30.44 * DAY, 91.31 * DAY, 365.25 * DAY, 3652.5 * DAY];

/** One summary per period, with the shortest period that keeps them to `maxPeriods` in the window. */
export function summarise(
  index: TimeIndex,
  found: number[],
  from: number,
  to: number,
  maxPeriods: number,
): PeriodSummary[] {
  const period = PERIODS.find((p) => (to - from) / p <= maxPeriods) ?? PERIODS.at(-1)!;
  const counts = new Map<number, number>();
  for (const i of found) {
    const bucket = Math.floor(index.starts[i]! / period);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([bucket, count]) => ({
      id: `summary:${period}:${bucket}`,
      start: bucket * period,
      end: (bucket + 1) * period,
      count,
    }));
}

export interface WindowContent {
  events: TimelineEvent[];
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
  options: { maxItems: number; maxPeriods: number; selectedId?: string | null },
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
    summaries: summarise(index, found, from - margin, to + margin, options.maxPeriods),
  };
}
