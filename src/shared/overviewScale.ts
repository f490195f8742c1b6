/**
 * The whole period at a glance, on one short strip: each crisis gets an equal
 * share of the width and each stretch between crises a small fixed one, however
 * many years it is, so 2016–2025 is not mostly empty years. A time maps to a place
 * on the strip and back (piecewise linear), which is what lets the strip show the
 * timeline's window and move it (the overview's brush).
 */
import { fromIsoDay } from './partialDate';
import type { Crisis } from './schema';

const DAY = 86_400_000;
/** A stretch between crises, as a share of one crisis's width. */
const GAP_WEIGHT = 0.35;

export interface OverviewSegment {
  start: number;
  end: number;
  /** Where the segment lies on the strip, 0 to 1. */
  x0: number;
  x1: number;
  /** The crisis it is, or null for a stretch between crises. */
  crisis: Crisis | null;
}

export interface OverviewScale {
  segments: OverviewSegment[];
  /** A time as a place on the strip, 0 to 1 (clamped). */
  toX(time: number): number;
  /** A place on the strip, 0 to 1, as a time. */
  toTime(x: number): number;
}

/** The scale over `span` (every event) and the crises, which it always holds whole. */
export function overviewScale(
  crises: readonly Crisis[],
  span: { start: number; end: number } | null,
): OverviewScale | null {
  const spans = crises
    .map((crisis) => ({
      crisis,
      start: fromIsoDay(crisis.start).getTime(),
      end: fromIsoDay(crisis.end).getTime() + DAY,
    }))
    .sort((a, b) => a.start - b.start);
  const first = Math.min(span?.start ?? Infinity, spans[0]?.start ?? Infinity);
  const last = Math.max(span?.end ?? -Infinity, spans[spans.length - 1]?.end ?? -Infinity);
  if (!(last > first)) return null;
  const pieces: { start: number; end: number; crisis: Crisis | null; weight: number }[] = [];
  let at = first;
  for (const s of spans) {
    // Crises that overlap are drawn one after the other from where the last ended.
    const start = Math.max(s.start, at);
    if (start > at) pieces.push({ start: at, end: start, crisis: null, weight: GAP_WEIGHT });
    if (s.end > start) pieces.push({ start, end: s.end, crisis: s.crisis, weight: 1 });
    at = Math.max(at, s.end);
  }
  if (last > at) pieces.push({ start: at, end: last, crisis: null, weight: GAP_WEIGHT });
  const total = pieces.reduce((sum, p) => sum + p.weight, 0);
  let x = 0;
  const segments = pieces.map(({ start, end, crisis, weight }) => {
    const x0 = x;
    x += weight / total;
    return { start, end, crisis, x0, x1: x };
  });
  const toX = (time: number) => {
    if (time <= first) return 0;
    if (time >= last) return 1;
    const s = segments.find((seg) => time < seg.end) ?? segments[segments.length - 1]!;
    return s.x0 + ((time - s.start) / (s.end - s.start)) * (s.x1 - s.x0);
  };
  const toTime = (place: number) => {
    if (place <= 0) return first;
    if (place >= 1) return last;
    const s = segments.find((seg) => place < seg.x1) ?? segments[segments.length - 1]!;
    return s.start + ((place - s.x0) / (s.x1 - s.x0)) * (s.end - s.start);
  };
  return { segments, toX, toTime };
}

/**
 * The window moved so that its middle is at `x` on the strip, its length kept,
 * and never wholly past either end of the period.
 */
export function windowCentredAt(
  scale: OverviewScale,
  x: number,
  window: { start: number; end: number },
): { start: number; end: number } {
  const length = window.end - window.start;
  const middle = scale.toTime(Math.min(1, Math.max(0, x)));
  return { start: middle - length / 2, end: middle + length / 2 };
}
