/**
 * The ways the app moves vis-timeline's window on the reader's behalf, as
 * functions of the instance: what to show is decided in `shared/windowFitting`,
 * these only say how vis is asked for it.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { isReadableIn } from '../../shared/windowFitting';
import type { PeriodSummary } from '../../shared/timeWindow';
import { toDrawnTime, type CalendarGap } from '../../shared/calendarGaps';

/**
 * A count stands for too many events to draw: clicking it zooms into its period.
 * On a narrow screen a period can be as wide as the view: always zoom at least ×3.
 */
export function zoomIntoSummary(instance: Timeline, summary: PeriodSummary): void {
  const view = instance.getWindow();
  const span = Math.min(
    summary.end - summary.start,
    (view.end.getTime() - view.start.getTime()) / 3,
  );
  const middle = (summary.start + summary.end) / 2;
  instance.setSelection([]);
  instance.setWindow(middle - span / 2, middle + span / 2);
}

/**
 * Brings the item `id` (its date and its label's width as `mark`) into view on a
 * timeline `widthPx` wide: the window moves only when the item or its label is
 * out of it. Returns whether it moved (then vis animates there, reporting
 * 'rangechanged' once it has arrived).
 */
export function bringIntoView(
  instance: Timeline,
  id: string,
  mark: { at: number; px: number },
  widthPx: number,
  /** The least room a label is given (labelWidth.ts's labelRoomFloorPx). */
  minLabelPx = 0,
  /** Stretches left out of the axis: readability is judged in time as drawn. */
  gaps: readonly CalendarGap[] = [],
): boolean {
  const window = instance.getWindow();
  const drawn = (time: number) => toDrawnTime(gaps, time);
  const readable = isReadableIn(
    { start: drawn(window.start.getTime()), end: drawn(window.end.getTime()) },
    { at: drawn(mark.at), px: mark.px },
    widthPx,
    { minLabelPx },
  );
  if (readable) return false;
  instance.focus(id, {
    animation: { duration: 300, easingFunction: 'easeInOutQuad' },
    zoom: false,
  });
  return true;
}

/**
 * Scrolls the page, if need be, so that the selected item of the timeline in
 * `container` is in the part of the screen left uncovered: on a phone the open
 * event's sheet covers the bottom `coveredBottomPx`, and an item tapped there
 * would be hidden by its own details. False when vis has not drawn the item yet.
 */
export function revealInPage(container: HTMLElement, coveredBottomPx: number): boolean {
  const item = container.querySelector('.vis-item.vis-selected');
  if (!item) return false;
  const box = item.getBoundingClientRect();
  const visibleBottom = window.innerHeight - coveredBottomPx;
  if (box.top >= 0 && box.bottom <= visibleBottom) return true;
  // A third of the way down the uncovered part: the axis above it stays in view too.
  window.scrollBy({
    top: box.top - Math.max(0, visibleBottom - box.height) / 3,
    behavior: 'instant',
  });
  return true;
}
