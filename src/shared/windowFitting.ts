/**
 * Where to put the timeline's window so that a span is shown whole and the
 * labels in it can be read. vis draws an event's label to the right of its
 * date, so a window that ends just after the last event (as vis's own fit
 * does) cuts the labels of the latest events to a few letters, and those are
 * often the ones a reader came for.
 */
import { fromIsoDay } from './partialDate';
import type { Crisis } from './schema';
import { indexesInWindow, type TimeIndex } from './timeWindow';

/** A label drawn rightwards from `at`, `px` wide. */
export interface LabelMark {
  at: number;
  px: number;
}

export interface FitOptions {
  /** Space left empty at either edge. */
  marginPx?: number;
  /**
   * At most this share of the width is kept for a label: on a narrow screen
   * a long title cannot fit whatever the window, and the dates still must.
   * The timeline wraps labels to fit this share (features/timeline/labelWidth.ts).
   */
  maxLabelShare?: number;
  /**
   * But never less than this: the width a label is wrapped at, at the least, with
   * its mark. Where the share is narrower (a narrow timeline), a label given only
   * the share would be cut at the right edge.
   */
  minLabelPx?: number;
  /** The shortest window, so a single day is not blown up to fill the screen. */
  minSpanMs?: number;
}

const DAY = 86_400_000;
const MARGIN_PX = 12;
export const MAX_LABEL_SHARE = 0.3;

/** The part of a label that is given room: all of it, up to the share of the width allowed. */
function labelRoomPx(
  px: number,
  widthPx: number,
  { marginPx = MARGIN_PX, maxLabelShare = MAX_LABEL_SHARE, minLabelPx = 0 }: FitOptions,
): number {
  return Math.min(
    Math.max(px, 0),
    Math.max(maxLabelShare * widthPx, minLabelPx),
    (widthPx - 2 * marginPx) / 2,
  );
}

/**
 * The window, in ms, that shows [span.start, span.end] within the margins and
 * leaves each mark that starts in the span room for its label. Without a width
 * (a page not laid out yet) it falls back to a margin of 2% either side.
 */
export function windowFitting(
  span: { start: number; end: number },
  marks: readonly LabelMark[],
  widthPx: number,
  options: FitOptions = {},
): { start: number; end: number } {
  const { marginPx = MARGIN_PX, minSpanMs = DAY } = options;
  const length = Math.max(span.end - span.start, minSpanMs);
  if (!(widthPx > 2 * marginPx)) {
    const margin = length * 0.02;
    return { start: span.start - margin, end: span.start + length + margin };
  }
  const usable = widthPx - 2 * marginPx;
  // The window's length in ms: each constraint is "this much time must fit in
  // that many pixels", and the window is as long as the tightest one needs.
  let windowMs = (length * widthPx) / usable;
  for (const mark of marks) {
    if (mark.at < span.start || mark.at > span.end) continue;
    const room = usable - labelRoomPx(mark.px, widthPx, options);
    windowMs = Math.max(windowMs, ((mark.at - span.start) * widthPx) / room);
  }
  const start = span.start - (marginPx * windowMs) / widthPx;
  return { start, end: start + windowMs };
}

/**
 * Whether a label can be read where it is: its date inside the window and as
 * much of it as windowFitting would make room for inside the right margin.
 */
export function isReadableIn(
  window: { start: number; end: number },
  mark: LabelMark,
  widthPx: number,
  options: FitOptions = {},
): boolean {
  const { marginPx = MARGIN_PX } = options;
  if (mark.at < window.start || mark.at > window.end) return false;
  if (!(widthPx > 2 * marginPx)) return true;
  const x = ((mark.at - window.start) / (window.end - window.start)) * widthPx;
  return x + labelRoomPx(mark.px, widthPx, options) <= widthPx - marginPx;
}

/** Every event in the index, from the first start to the last end; null when it is empty. */
export function spanOfAll(index: TimeIndex): { start: number; end: number } | null {
  const first = index.starts[0];
  return first === undefined ? null : { start: first, end: index.latestEnd };
}

/** From the first crisis's first day to the end of the last one's last day; null without crises. */
export function spanOfCrises(crises: readonly Crisis[]): { start: number; end: number } | null {
  if (crises.length === 0) return null;
  return {
    start: Math.min(...crises.map((c) => fromIsoDay(c.start).getTime())),
    // A crisis's end is the last day it covers.
    end: Math.max(...crises.map((c) => fromIsoDay(c.end).getTime())) + DAY,
  };
}

/** How far from the crises an event still counts as their run-up or aftermath. */
const NEAR_CRISES_MS = 365 * DAY;

/**
 * What the timeline opens on: the crises it is about and the events within a
 * year of them. A stray reference to 2001 stays out rather than squeezing
 * 2016–2025 into a corner ("Fit all" still shows it). With no crises, or no
 * event near them, every event. Null while no event is shown.
 */
export function openingSpan(
  index: TimeIndex,
  crises: readonly Crisis[],
): { start: number; end: number } | null {
  const all = spanOfAll(index);
  const covered = spanOfCrises(crises);
  if (!all || !covered) return all;
  const { start, end } = covered;
  const near = indexesInWindow(index, start - NEAR_CRISES_MS, end + NEAR_CRISES_MS);
  const first = near[0];
  if (first === undefined) return all;
  // A loop, not Math.max(...): 50,000 arguments overflow the stack.
  let latest = end;
  for (const i of near) latest = Math.max(latest, index.ends[i]!);
  // `near` is in start order.
  return { start: Math.min(start, index.starts[first]!), end: latest };
}
