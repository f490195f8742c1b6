/**
 * Places the calendar's window when the view asks for it: on a crisis or dates
 * chosen, a change of mode, or Back and Forward. The place is read from the latest
 * state (which the window's own moves keep ahead of the rendered one) when one of
 * those changes, not on every change of that state: the reader's own pans write
 * it too, and must not throw the window back.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { Crisis } from '../shared/schema';
import type { ViewState } from '../shared/urlState';
import type { TimelineHandle } from '../features/timeline/TimelineView';
import { windowPlacement } from './explorerModel';

export function useWindowPlacement(
  timeline: RefObject<TimelineHandle | null>,
  current: () => ViewState,
  crisisById: Map<string, Crisis>,
  /** The view as filtered: its crisis is one the file knows, or null. */
  asks: Pick<ViewState, 'crisis' | 'from' | 'to' | 'mode'>,
  restored: number,
): void {
  const place = useEffectEvent(() => {
    const calendar = timeline.current;
    const placement = windowPlacement(current(), crisisById, restored > 0);
    if (!calendar || !placement) return;
    if (placement.show === 'days') calendar.showDays(placement.days);
    else if (placement.show === 'span') calendar.showSpan(placement.from, placement.to);
    else calendar.showOpening();
  });
  const { crisis, from, to, mode } = asks;
  useEffect(() => place(), [crisis, from, to, mode, restored]);
}
