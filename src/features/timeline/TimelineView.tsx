/**
 * vis-timeline in React: a thin hook over TimelineController, which holds the
 * instance and all that goes with it. The controller is created once per mount,
 * measured in React's commit, built a task later (`builds`), handed new content
 * in layout effects (which run before the browser paints, so a change shows in
 * the next frame), and destroyed on unmount.
 */
import { flushSync } from 'react-dom';
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Crisis } from '../../shared/schema';
import type { Lanes } from '../../shared/lanes';
import type { TimeIndex } from '../../shared/timeWindow';
import type { CalendarGap } from '../../shared/calendarGaps';
import {
  TimelineController,
  type TimelineCallbacks,
  type TimelineHandle,
} from './timelineController';

export type { TimelineHandle } from './timelineController';

interface Props {
  /** The events to draw, indexed by time (built once per filter by the caller). */
  index: TimeIndex;
  crises: Crisis[];
  /** Lanes to split the events into, or null for one lane. */
  lanes: Lanes | null;
  selectedId: string | null;
  /** Stretches of nothing left out of the axis (calendarGaps.ts); none by default. */
  gaps?: readonly CalendarGap[];
  onSelect(id: string | null): void;
  /** How much of the bottom of the screen something covers (a phone's event sheet), in px. */
  coveredBottom?: () => number;
  /** Called once, when vis has first drawn the events and so taken its height. */
  onFirstDraw?: () => void;
  /** The window moved: every frame of a move, then once more when it has settled. */
  onWindow?: TimelineCallbacks['onWindow'];
}

const NO_GAPS: readonly CalendarGap[] = [];

export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(
  {
    index,
    crises,
    lanes,
    selectedId,
    gaps = NO_GAPS,
    onSelect,
    coveredBottom,
    onFirstDraw,
    onWindow,
  },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const [controller] = useState(() => new TimelineController());
  // The latest callbacks, read by vis's event handlers when they fire.
  useLayoutEffect(() => {
    controller.setCallbacks({ onSelect, onFirstDraw, coveredBottom, onWindow });
  });

  // Counts the timelines built: the effect below runs again once vis exists, in the
  // task that built it, so the first frame with the timeline already has its items.
  const [builds, setBuilds] = useState(0);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    controller.measure(element);
    const timer = setTimeout(() => {
      controller.build();
      flushSync(() => setBuilds((n) => n + 1));
    }, 0);
    return () => {
      clearTimeout(timer);
      controller.destroy();
    };
  }, [controller]);

  useLayoutEffect(() => {
    controller.update({ index, crises, lanes, selectedId, gaps });
  }, [controller, index, crises, lanes, selectedId, gaps]);
  // A new instance gets what the old one had.
  useLayoutEffect(() => {
    if (builds > 0) controller.refresh();
  }, [controller, builds]);

  useImperativeHandle(ref, () => controller.handle, [controller]);

  return <div ref={container} className="timeline-canvas" data-testid="timeline" />;
});
