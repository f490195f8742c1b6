/**
 * vis-timeline in React: created once, fed through a DataSet when the events
 * change (never re-created, so zoom and scroll survive filtering), destroyed on
 * unmount. Imperative zoom controls are exposed through a ref.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Crisis, TimelineEvent } from '../../shared/schema';
import { fromIsoDay } from '../../shared/partialDate';
import {
  crisisToBackground,
  eventToItem,
  renderItemLabel,
  type TimelineItem,
} from './toTimelineItems';
import type { Lanes } from '../../shared/lanes';
import { addDays } from 'date-fns/addDays';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  showSpan(start: string, end: string): void;
  visibleRange(): { start: Date; end: Date } | null;
}

interface Props {
  events: TimelineEvent[];
  crises: Crisis[];
  /** Lanes to split the events into, or null for one lane. */
  lanes: Lanes | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
}

const DAY = 86_400_000;

const OPTIONS: TimelineOptions = {
  stack: true,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  zoomMin: DAY * 2,
  zoomMax: DAY * 365 * 30,
  min: new Date(1995, 0, 1),
  max: new Date(2035, 0, 1),
  margin: { item: { horizontal: 4, vertical: 6 } },
  // Article text must never be parsed as HTML: labels come back as DOM text nodes.
  template: (item?: TimelineItem) => renderItemLabel(item),
  groupTemplate: (group?: TimelineItem) => renderItemLabel(group),
  xss: { disabled: false },
  tooltip: { followMouse: false },
  height: '100%',
  verticalScroll: true,
};

export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(
  { events, crises, lanes, selectedId, onSelect },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  // Lazy: useRef(new DataSet()) would build and drop a DataSet on every render.
  const [items] = useState(() => new DataSet<TimelineItem>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const instance = new Timeline(container.current, items as never, OPTIONS);
    instance.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      onSelectRef.current(typeof id === 'string' ? id : null);
    });
    // The visible window, readable from the page: tests and curious readers can see it.
    const element = container.current;
    instance.on('rangechanged', (props: { start: Date; end: Date }) => {
      element.dataset.windowStart = props.start.toISOString();
      element.dataset.windowEnd = props.end.toISOString();
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
    };
  }, [items]);

  // Lanes only where events sit: an empty "Media" lane is noise.
  const [groups] = useState(() => new DataSet<TimelineItem>());
  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    if (!lanes) {
      instance.setGroups(null as never);
      return;
    }
    const used = new Set(events.map((e) => lanes.laneOf(e)));
    groups.clear();
    groups.add(
      lanes.lanes
        .filter((l) => used.has(l.id))
        .map((l) => ({ id: l.id, content: '', label: l.label, start: 0 })),
    );
    instance.setGroups(groups as never);
  }, [groups, lanes, events]);

  // Diff rather than clear-and-add: vis redraws only what changed.
  useEffect(() => {
    const next = [
      ...crises.map(crisisToBackground),
      ...events.map((e) => eventToItem(e, lanes?.laneOf(e))),
    ];
    const keep = new Set(next.map((i) => i.id));
    const stale = items.getIds().filter((id) => !keep.has(id));
    items.remove(stale);
    items.update(next);
  }, [items, events, crises, lanes]);

  // Open on the crises this timeline is about; a stray reference to 2001 should not
  // squeeze 2016–2025 into a corner. "Fit all" still shows everything.
  const placed = useRef(false);
  useEffect(() => {
    const instance = timeline.current;
    if (placed.current || !instance || events.length === 0) return;
    placed.current = true;
    const first = crises.map((c) => c.start).sort()[0];
    const last = crises
      .map((c) => c.end)
      .sort()
      .at(-1);
    if (first && last)
      instance.setWindow(addDays(fromIsoDay(first), -60), addDays(fromIsoDay(last), 60), {
        animation: false,
      });
    else instance.fit({ animation: false });
  }, [events, crises, lanes]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    instance.setSelection(selectedId ? [selectedId] : []);
    if (selectedId && items.get(selectedId)) {
      instance.focus(selectedId, {
        animation: { duration: 300, easingFunction: 'easeInOutQuad' },
        zoom: false,
      });
    }
  }, [items, selectedId]);

  useImperativeHandle(ref, () => ({
    zoomIn: () => timeline.current?.zoomIn(0.5),
    zoomOut: () => timeline.current?.zoomOut(0.5),
    fit: () => timeline.current?.fit(),
    showSpan: (start, end) =>
      timeline.current?.setWindow(addDays(fromIsoDay(start), -3), addDays(fromIsoDay(end), 4)),
    visibleRange: () => timeline.current?.getWindow() ?? null,
  }));

  return <div ref={container} className="timeline-canvas" data-testid="timeline" />;
});
