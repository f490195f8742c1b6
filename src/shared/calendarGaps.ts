/**
 * Long stretches with nothing in them, left out of the calendar. Drawn at full
 * width, the years between two crises with no event (2020–2024 in the seeds)
 * took half the axis of "Fit all", and the crises, where the events are, were
 * squeezed into the rest. vis-timeline can leave periods out of its axis
 * (`hiddenDates`); these are the periods, worked out once per file, so that a
 * filter never moves the axis under the reader, and the mapping between the
 * calendar's time and the time as drawn, which fitting a window to its labels needs.
 */
import type { Crisis } from './schema';
import { formatDateWords } from './dateFormat';
import { fromIsoDay } from './partialDate';
import type { TimeIndex } from './timeWindow';

const DAY = 86_400_000;
/** Nothing for this long (events and crises alike) and the stretch is left out. */
export const LONG_GAP_MS = 3 * 365 * DAY;
/**
 * Kept on either side of a gap, drawn. After the last event: room for its label
 * when the whole period is in view (a label is about a sixth of the width, some
 * 15 months of the seeds' compressed decade); with less, the labels of the
 * events before a gap ran over those after it, and every later event was stacked
 * below them, off the first screen. Before the next event: enough that the
 * break is seen as one.
 */
const KEPT_AFTER_MS = 548 * DAY;
const KEPT_BEFORE_MS = 60 * DAY;

export interface CalendarGap {
  /** The part left out: [start, end). */
  start: number;
  end: number;
}

/** The stretches, in time order, that events and crises cover. */
function coveredStretches(index: TimeIndex, crises: readonly Crisis[]) {
  const spans = crises.map((c) => ({
    start: fromIsoDay(c.start).getTime(),
    end: fromIsoDay(c.end).getTime() + DAY,
  }));
  for (let i = 0; i < index.starts.length; i++)
    spans.push({ start: index.starts[i]!, end: index.ends[i]! });
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The parts of each stretch of nothing longer than LONG_GAP_MS left out of the calendar. */
export function calendarGaps(index: TimeIndex, crises: readonly Crisis[]): CalendarGap[] {
  const covered = coveredStretches(index, crises);
  const gaps: CalendarGap[] = [];
  for (let i = 1; i < covered.length; i++) {
    const before = covered[i - 1]!.end;
    const after = covered[i]!.start;
    if (after - before < LONG_GAP_MS) continue;
    gaps.push({ start: before + KEPT_AFTER_MS, end: after - KEPT_BEFORE_MS });
  }
  return gaps;
}

/**
 * Time as drawn: the calendar's time less what the gaps before it leave out (a
 * time inside a gap is drawn where the gap is). Fitting a window to its labels
 * works in this time, where a pixel is the same length of time everywhere.
 */
export function toDrawnTime(gaps: readonly CalendarGap[], time: number): number {
  let drawn = time;
  for (const gap of gaps) {
    if (time <= gap.start) break;
    drawn -= Math.min(time, gap.end) - gap.start;
  }
  return drawn;
}

/** The calendar's time of a time as drawn (the end of a gap for the place where one was). */
export function fromDrawnTime(gaps: readonly CalendarGap[], drawn: number): number {
  let time = drawn;
  for (const gap of gaps) {
    if (time < gap.start) break;
    time += gap.end - gap.start;
  }
  return time;
}

/** "Jun 2020 to Sep 2024": a gap in words, as the note under the timeline gives it. */
export function gapInWords(gap: CalendarGap): string {
  const month = (time: number) => formatDateWords(new Date(time), { month: 'short', day: false });
  return `${month(gap.start)} to ${month(gap.end - 1)}`;
}
