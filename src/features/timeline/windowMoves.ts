/**
 * The ways the app moves vis-timeline's window on the reader's behalf, as
 * functions of the instance: what to show is decided in `shared/windowFitting`,
 * these only say how vis is asked for it.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { isReadableIn } from '../../shared/windowFitting';
import type { PeriodSummary } from '../../shared/timeWindow';

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
 * out of it; otherwise vis only scrolls down its stack.
 */
export function bringIntoView(
  instance: Timeline,
  id: string,
  mark: { at: number; px: number },
  widthPx: number,
): void {
  const window = instance.getWindow();
  const readable = isReadableIn(
    { start: window.start.getTime(), end: window.end.getTime() },
    mark,
    widthPx,
  );
  if (!readable) {
    instance.focus(id, {
      animation: { duration: 300, easingFunction: 'easeInOutQuad' },
      zoom: false,
    });
    return;
  }
  // vis scrolls to an item only as part of centring the window on it, so the
  // window is put back at once, before anything is painted: a shared link opens
  // on the same view as the timeline itself, not on one shifted to centre the event.
  instance.focus(id, { zoom: false, animation: false });
  instance.setWindow(window.start, window.end, { animation: false });
}
