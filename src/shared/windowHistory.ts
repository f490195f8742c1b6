/**
 * The calendar timeline's window in the address bar (`?window=`): which days it
 * names, and when a move becomes a history entry. Moving writes the address as it
 * goes, on one entry per gesture (a drag, a pinch, a zoom step), so Back undoes a
 * whole move, not a frame of it; a move that follows some other change (a crisis
 * chosen, an event brought into view) belongs to that change's entry.
 */
import { fromIsoDay, localDay, toIsoDay } from './partialDate';
import type { DaySpan } from './urlState';

/** The local midnight nearest to `ms`. */
function nearestMidnight(ms: number): Date {
  const at = new Date(ms);
  const midnight = localDay(at.getFullYear(), at.getMonth(), at.getDate());
  const next = daysAfter(midnight, 1);
  return ms - midnight.getTime() <= next.getTime() - ms ? midnight : next;
}

function daysAfter(date: Date, days: number): Date {
  return localDay(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * The days a window shows, its ends rounded to the nearest midnight: reopened, it
 * is within half a day of where it was at either end, at any width.
 */
export function daySpanOfWindow(start: number, end: number): DaySpan {
  const startDay = toIsoDay(nearestMidnight(start));
  const endDay = toIsoDay(daysAfter(nearestMidnight(end), -1));
  return { start: startDay, end: endDay < startDay ? startDay : endDay };
}

/** From the first day's midnight to the midnight after the last day. */
export function windowOfDaySpan(span: DaySpan): { start: number; end: number } {
  return {
    start: fromIsoDay(span.start).getTime(),
    end: daysAfter(fromIsoDay(span.end), 1).getTime(),
  };
}

export function sameDaySpan(a: DaySpan | null, b: DaySpan | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

export interface WindowMove {
  /** The move has ended (vis's `rangechanged`), rather than being under way. */
  settled: boolean;
  /** The reader moved it (drag, wheel, pinch, zoom buttons and keys, "Fit all"). */
  byReader: boolean;
}

export type HistoryWrite = 'push' | 'replace' | null;

/**
 * How to write a move, given whether a gesture's entry is open: the reader's first
 * frame of a move pushes an entry, its later frames and its end replace it. A move
 * the reader did not make replaces, and only when the address already names a
 * window: one the reader never moved is where the other parameters put it.
 */
export function historyStep(
  gestureOpen: boolean,
  move: WindowMove,
  addressHasWindow: boolean,
): { write: HistoryWrite; gestureOpen: boolean } {
  if (!move.byReader) return { write: addressHasWindow ? 'replace' : null, gestureOpen };
  return { write: gestureOpen ? 'replace' : 'push', gestureOpen: !move.settled };
}
