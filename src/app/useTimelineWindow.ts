/**
 * The calendar timeline's window as the explorer needs it: written into the address
 * as it moves (useWindowInAddress), kept for the overview's brush once a move has
 * settled (so a drag is not a render of the whole explorer per frame), and moved by
 * the brush as the reader's own move.
 */
import { useCallback, useState, type RefObject } from 'react';
import type { TimelineHandle } from '../features/timeline/TimelineView';
import type { DaySpan, ViewState } from '../shared/urlState';
import type { WindowMove } from '../shared/windowHistory';
import { useWindowInAddress } from './useWindowInAddress';

interface Window {
  start: number;
  end: number;
}

export function useTimelineWindow(
  timeline: RefObject<TimelineHandle | null>,
  current: () => ViewState,
  writeWindow: (span: DaySpan, how: 'push' | 'replace') => void,
): {
  /** Where the timeline last settled; null before it is placed. */
  shownWindow: Window | null;
  onWindow(window: Window, move: WindowMove): void;
  moveWindow(window: Window): void;
} {
  const writeWindowInAddress = useWindowInAddress(current, writeWindow);
  const [shownWindow, setShownWindow] = useState<Window | null>(null);
  const onWindow = useCallback(
    (window: Window, move: WindowMove) => {
      writeWindowInAddress(window, move);
      if (move.settled) setShownWindow(window);
    },
    [writeWindowInAddress],
  );
  const moveWindow = useCallback(
    (window: Window) => timeline.current?.moveWindow(window.start, window.end),
    [timeline],
  );
  return { shownWindow, onWindow, moveWindow };
}
