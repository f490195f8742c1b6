/**
 * The explorer's changes of view that read the calendar's window as it is now
 * (which moves without a render): clearing what placed the window keeps its days,
 * and a link to the view carries them.
 */
import { useCallback, type RefObject } from 'react';
import type { EventKind } from '../shared/schema';
import { NO_FILTERS, serialiseViewState, type ViewState } from '../shared/urlState';
import { daySpanOfWindow } from '../shared/windowHistory';
import type { TimelineHandle } from '../features/timeline/TimelineView';

export function useViewChanges(
  timeline: RefObject<TimelineHandle | null>,
  current: () => ViewState,
  update: (change: Partial<ViewState>) => void,
) {
  /** The days in view now, for a change that clears what placed them, to keep them. */
  const daysInView = useCallback(() => {
    const range = timeline.current?.visibleRange();
    return range ? daySpanOfWindow(range.start.getTime(), range.end.getTime()) : null;
  }, [timeline]);
  /** The address of the current view (the window as it is now), changed by `change`. */
  const viewUrl = (change: Partial<ViewState> = {}) =>
    `${window.location.origin}${window.location.pathname}${serialiseViewState({ ...current(), ...change })}`;
  const clearFilters = () => update({ ...NO_FILTERS, window: daysInView() });
  // Stable, so that the memoised chapters and legend render only when their data changes.
  const chooseCrisis = useCallback(
    (crisis: string | null) => update(crisis ? { crisis } : { crisis, window: daysInView() }),
    [update, daysInView],
  );
  const chooseKinds = useCallback((kinds: EventKind[]) => update({ kinds }), [update]);
  return { viewUrl, clearFilters, chooseCrisis, chooseKinds };
}
