/**
 * The calendar timeline's window, written into the address as it moves (policy in
 * shared/windowHistory.ts), and what the address says about it put back on the
 * timeline: where it opens, and where Back and Forward take it.
 */
import { useCallback, useRef } from 'react';
import type { DaySpan, ViewState } from '../shared/urlState';
import {
  daySpanOfWindow,
  historyStep,
  sameDaySpan,
  type WindowMove,
} from '../shared/windowHistory';

/**
 * Browsers cap how often a page may rewrite its address (Safari: 100 times in 30 s),
 * so a move's frames are written at most this often; its end always is.
 */
const FRAME_WRITE_MS = 250;

export function useWindowInAddress(
  current: () => ViewState,
  writeWindow: (span: DaySpan, how: 'push' | 'replace') => void,
) {
  const gestureOpen = useRef(false);
  const lastWrite = useRef(0);
  return useCallback(
    (window: { start: number; end: number }, move: WindowMove) => {
      const span = daySpanOfWindow(window.start, window.end);
      const named = current().window;
      const step = historyStep(gestureOpen.current, move, named !== null);
      // A move that has not yet left the days named opens no entry: the next frame may.
      if (step.write === 'push' && sameDaySpan(span, named)) return;
      gestureOpen.current = step.gestureOpen;
      if (!step.write) return;
      const now = performance.now();
      if (step.write === 'replace' && !move.settled && now - lastWrite.current < FRAME_WRITE_MS)
        return;
      lastWrite.current = now;
      writeWindow(span, step.write);
    },
    [current, writeWindow],
  );
}
