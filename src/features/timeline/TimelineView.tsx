/**
 * vis-timeline in React: created once, fed through a DataSet when the events
 * change (never re-created, so zoom and scroll survive filtering), destroyed on
 * unmount. Imperative zoom controls are exposed through a ref.
 *
 * Layout effects throughout: they run before the browser paints, so a change
 * shows in the next frame, a frame (and on a slow machine a few hundred ms)
 * sooner than passive effects would. vis itself is built a task later (`builds`).
 */
import { flushSync } from 'react-dom';
import {
  forwardRef,
  useCallback,
  useLayoutEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Crisis } from '../../shared/schema';
import { fromIsoDay } from '../../shared/partialDate';
import {
  crisisToBackground,
  eventLabel,
  eventToItem,
  itemSignature,
  renderItemLabel,
  summaryToItem,
  type TimelineItem,
} from './toTimelineItems';
import type { Lanes } from '../../shared/lanes';
import {
  contentForWindow,
  indexesInWindow,
  type PeriodSummary,
  type TimeIndex,
} from '../../shared/timeWindow';
import { openingSpan, spanOfAll, spanOfCrises, windowFitting } from '../../shared/windowFitting';
import { inOneDraw } from './itemBatching';
import './axisRedraw';
import { labelRoomFloorPx, labelWidthMeasurer, layOutLabels } from './labelWidth';
import { bringIntoView, revealInPage, zoomIntoSummary } from './windowMoves';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  showSpan(start: string, end: string): void;
  visibleRange(): { start: Date; end: Date } | null;
}

interface Props {
  /** The events to draw, indexed by time (built once per filter by the caller). */
  index: TimeIndex;
  crises: Crisis[];
  /** Lanes to split the events into, or null for one lane. */
  lanes: Lanes | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** How much of the bottom of the screen something covers (a phone's event sheet), in px. */
  coveredBottom?: () => number;
  /** Called once, when vis has first drawn the events and so taken its height. */
  onFirstDraw?: () => void;
}

const DAY = 86_400_000;
/**
 * More events than this in and near the view (half a window either side) and the
 * timeline shows counts per period instead. About half are in view, which stacked
 * is already a few screens of labels; and vis takes about a millisecond per new
 * item, so zooming from counts into 263 events blocked the page for 130–240 ms.
 */
const MAX_ITEMS = 200;
/** Room a count like "4,998 events" needs to be read. */
const SUMMARY_WIDTH_PX = 90;

/** How far the reader can pan. */
const EARLIEST = new Date(1990, 0, 1);
const LATEST = new Date(2045, 0, 1);

const OPTIONS: TimelineOptions = {
  stack: true,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  zoomMin: DAY * 2,
  // Room past the latest event for its label: "Fit all" reaches well beyond 2025,
  // and a window vis has to cut down to these limits loses those labels again.
  zoomMax: LATEST.getTime() - EARLIEST.getTime(),
  min: EARLIEST,
  max: LATEST,
  margin: { item: { horizontal: 4, vertical: 6 } },
  // Article text must never be parsed as HTML: labels come back as DOM text nodes.
  template: (item?: TimelineItem) => renderItemLabel(item),
  groupTemplate: (group?: TimelineItem) => renderItemLabel(group),
  xss: { disabled: false },
  tooltip: { followMouse: false, delay: 300 },
  // As tall as its stack of labels: the page, not a box inside it, scrolls to the rows
  // below. A box that overflows takes the wheel and, on a phone, every vertical swipe
  // (vis then claims all touch gestures), so the page could not be scrolled past it.
  minHeight: 180,
  verticalScroll: false,
  // The wheel scrolls the page, as everywhere else on it; Ctrl + wheel (and a trackpad's
  // pinch, which browsers send as one) zooms, as do the + and − buttons and keys.
  zoomKey: 'ctrlKey',
  // Between months and every other day vis has only weeks, and only if asked: without
  // them a crisis's six weeks showed month ticks alone. A week's tick says its day
  // ("14 Feb", not vis's week number), and vis keeps room for 5 characters a tick, not 7.
  showWeekScale: true,
  maxMinorChars: 5,
  format: { minorLabels: { week: 'D MMM' } },
  // The ResizeObserver below redraws on a change of size.
  autoResize: false,
};

/** Label widths in the page's font, once the timeline has a width to fit them in. */
function measurerFor(element: HTMLElement | null, widthPx: number) {
  return element && widthPx > 0 ? labelWidthMeasurer(element, widthPx) : null;
}

export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(
  { index, crises, lanes, selectedId, onSelect, coveredBottom = () => 0, onFirstDraw },
  ref,
) {
  const onFirstDrawRef = useRef(onFirstDraw);
  onFirstDrawRef.current = onFirstDraw;
  const firstDrawn = useRef(false);
  // Placed once, when there is first something to show.
  const placed = useRef(false);
  const coveredBottomRef = useRef(coveredBottom);
  coveredBottomRef.current = coveredBottom;
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  // Lazy: useRef(new DataSet()) would build and drop a DataSet on every render.
  const [items] = useState(() => new DataSet<TimelineItem>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const summaries = useRef(new Map<string, PeriodSummary>());
  const canvasWidth = useRef(0);
  /** The labels of the lanes vis holds, drawn in a column on the left of the canvas. */
  const laneLabels = useRef<string[]>([]);
  /** Where items are drawn, and so what windows are fitted to: the canvas less the lane labels. */
  const width = useRef(0);
  /** What vis holds now: id → signature, to find what a redraw changes. */
  const drawn = useRef(new Map<string, string>());
  /** The lanes vis holds now ('' for none), so a filter that keeps them costs nothing. */
  const givenLanes = useRef('');
  /** Lanes given to vis that it has not drawn yet, so it does not know where they are. */
  const lanesUndrawn = useRef(false);
  /**
   * The span the window was last fitted to, until the reader moves it: a change of
   * width fits it again, so the labels that had room keep it.
   */
  const fittedSpan = useRef<{ start: number; end: number } | null>(null);

  // Only what is in and near the window goes to vis; the rest waits for a pan or zoom.
  const redraw = useCallback(() => {
    const instance = timeline.current;
    if (!instance) return;
    const window = instance.getWindow();
    const content = contentForWindow(index, window.start.getTime(), window.end.getTime(), {
      maxItems: MAX_ITEMS,
      maxPeriods: Math.max(3, Math.floor(width.current / SUMMARY_WIDTH_PX)),
      selectedId,
      laneOf: lanes?.laneOf,
    });
    summaries.current = new Map(content.summaries.map((s) => [s.id, s]));
    const busiest = Math.max(0, ...content.summaries.map((s) => s.count));
    const next = [
      ...crises.map(crisisToBackground),
      ...content.events.map((e) => eventToItem(e, lanes?.laneOf(e))),
      ...content.summaries.map((s) => summaryToItem(s, busiest)),
    ];
    // Hand vis only what changed: it re-renders and re-measures every item it is
    // given, even an identical one, and most items survive a pan, zoom or filter.
    const nextDrawn = new Map(next.map((item) => [item.id, itemSignature(item)]));
    const stale = [...drawn.current.keys()].filter((id) => !nextDrawn.has(id));
    const changed = next.filter((item) => drawn.current.get(item.id) !== nextDrawn.get(item.id));
    // A changed item is removed and added again, not updated: vis redraws an updated
    // item on the spot, one forced layout each, but draws added ones in one batch.
    const replaced = changed.filter((item) => drawn.current.has(item.id)).map((item) => item.id);
    drawn.current = nextDrawn;
    inOneDraw(instance, () => {
      if (stale.length + replaced.length > 0) items.remove([...stale, ...replaced]);
      if (changed.length > 0) items.add(changed);
    });
    // A redrawn selected item comes back unselected.
    if (selectedId && replaced.includes(selectedId)) instance.setSelection([selectedId]);
  }, [items, index, crises, lanes, selectedId]);
  const redrawRef = useRef(redraw);
  redrawRef.current = redraw;

  /**
   * The window showing `span` (of everything filtered in, not just what is drawn
   * now, which is what vis's own fit() would use) with the labels in it readable.
   */
  const windowShowing = useCallback(
    (span: { start: number; end: number }) => {
      const found = indexesInWindow(index, span.start, span.end);
      // Past MAX_ITEMS the span is drawn as counts, which have no labels to fit.
      const measure =
        found.length <= MAX_ITEMS ? measurerFor(container.current, width.current) : null;
      const marks = measure
        ? found.map((i) => ({ at: index.starts[i]!, px: measure(eventLabel(index.events[i]!)) }))
        : [];
      const fitted = windowFitting(span, marks, width.current, { minLabelPx: labelRoomFloorPx() });
      return { start: new Date(fitted.start), end: new Date(fitted.end) };
    },
    [index],
  );
  const windowShowingRef = useRef(windowShowing);
  windowShowingRef.current = windowShowing;
  /** Fits the window to `span` and remembers it, to fit again on a change of width. */
  const fitTo = useCallback(
    (instance: Timeline, span: { start: number; end: number }, animate: boolean) => {
      fittedSpan.current = span;
      const { start, end } = windowShowing(span);
      instance.setWindow(start, end, animate ? undefined : { animation: false });
    },
    [windowShowing],
  );

  /**
   * Counts the timelines built. vis is built in a task of its own, after React's
   * commit: building it (three full redraws of vis, each forcing a layout) inside
   * the commit made the longest task of the page's start, and Lighthouse counts
   * every millisecond of a task past 50 against the page. The effects below that
   * drive vis run again once it exists, in that same task, so the first frame with
   * the timeline already has its items.
   */
  const [builds, setBuilds] = useState(0);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // Measured here, in React's commit, so that the whole page is laid out in this
    // task rather than in vis's. After that, only a change of size is measured:
    // reading clientWidth right after React has changed the page forces a layout of
    // the whole page, 30–50 ms at 10,000 events.
    canvasWidth.current = element.clientWidth;
    width.current = layOutLabels(element, canvasWidth.current, laneLabels.current);
    let built: { instance: Timeline; resized: ResizeObserver } | null = null;
    const timer = setTimeout(() => {
      const instance = new Timeline(element, items as never, OPTIONS);
      instance.on('select', (props: { items: (string | number)[] }) => {
        const id = props.items[0];
        const summary = typeof id === 'string' ? summaries.current.get(id) : undefined;
        if (summary) {
          zoomIntoSummary(instance, summary);
          return;
        }
        onSelectRef.current(typeof id === 'string' ? id : null);
      });
      // The visible window, readable from the page: tests and curious readers can see it.
      instance.on('rangechanged', (props: { start: Date; end: Date; byUser?: boolean }) => {
        element.dataset.windowStart = props.start.toISOString();
        element.dataset.windowEnd = props.end.toISOString();
        if (props.byUser) fittedSpan.current = null;
        redrawRef.current();
      });
      const resized = new ResizeObserver(([entry]) => {
        if (!entry) return;
        const size = entry.contentRect;
        // Its height is vis's own, following its content: only a new width calls for a redraw.
        if (size.width === canvasWidth.current) return;
        canvasWidth.current = size.width;
        width.current = layOutLabels(element, size.width, laneLabels.current);
        // In place of vis's autoResize (off in OPTIONS): that polls the container's size
        // every second for as long as the page is open, waking the CPU and forcing a
        // layout each time; the observer already hears of every change. vis's redraw()
        // measures every item again, as labels wrap at a new width.
        instance.redraw();
        const span = fittedSpan.current;
        if (span) {
          const fitted = windowShowingRef.current(span);
          instance.setWindow(fitted.start, fitted.end, { animation: false });
        }
      });
      resized.observe(element);
      // Fired at the end of each full draw, which places the lanes.
      instance.on('changed', () => {
        lanesUndrawn.current = false;
        if (placed.current && !firstDrawn.current) {
          firstDrawn.current = true;
          onFirstDrawRef.current?.();
        }
      });
      built = { instance, resized };
      timeline.current = instance;
      // A new instance has no lanes until it is given them (StrictMode builds it twice in development).
      givenLanes.current = '';
      flushSync(() => setBuilds((n) => n + 1));
    }, 0);
    return () => {
      clearTimeout(timer);
      built?.resized.disconnect();
      built?.instance.destroy();
      timeline.current = null;
    };
  }, [items]);

  // Lanes only where events sit: an empty "Media" lane is noise.
  const [groups] = useState(() => new DataSet<TimelineItem>());
  useLayoutEffect(() => {
    const instance = timeline.current;
    const element = container.current;
    if (!instance || !element) return;
    const usedIds = new Set(lanes ? index.events.map((e) => lanes.laneOf(e)) : []);
    const used = lanes ? lanes.lanes.filter((l) => usedIds.has(l.id)) : [];
    const signature = lanes ? `lanes:${used.map((l) => `${l.id}=${l.label}`).join('|')}` : '';
    // vis rebuilds its whole item set on setGroups, even from none to none.
    if (signature === givenLanes.current) return;
    givenLanes.current = signature;
    lanesUndrawn.current = true;
    laneLabels.current = used.map((l) => l.label);
    width.current = layOutLabels(element, canvasWidth.current, laneLabels.current);
    if (!lanes) {
      instance.setGroups(null as never);
      return;
    }
    groups.clear();
    groups.add(used.map((l) => ({ id: l.id, content: '', label: l.label, start: 0 })));
    instance.setGroups(groups as never);
  }, [groups, lanes, index, builds]);

  /** A span asked for before the timeline was placed (a link to a crisis or dates): it opens there. */
  const askedSpan = useRef<{ start: number; end: number } | null>(null);
  /** Shown while there is nothing to show: vis's own window is the few days around today. */
  const showsCrisesOnly = useRef(false);
  useLayoutEffect(() => {
    const instance = timeline.current;
    if (placed.current || !instance) return;
    const span = askedSpan.current ?? openingSpan(index, crises);
    if (!span) {
      // A link whose filters match nothing: the crises' years, so that the axis says
      // where the reader is; placed for real once there are events.
      const covered = spanOfCrises(crises);
      if (covered && !showsCrisesOnly.current) {
        showsCrisesOnly.current = true;
        const { start, end } = windowShowing(covered);
        instance.setWindow(start, end, { animation: false });
      }
      return;
    }
    placed.current = true;
    askedSpan.current = null;
    fitTo(instance, span, false);
  }, [index, crises, windowShowing, fitTo, builds]);

  // After placing: vis reports a programmatic window change only 200 ms later, and
  // the first paint should already show the right items.
  useLayoutEffect(() => redraw(), [redraw, builds]);

  useLayoutEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    instance.setSelection(selectedId ? [selectedId] : []);
    const item = selectedId ? items.get(selectedId) : null;
    if (!selectedId || !item) return;
    const bringSelectedIntoView = () => {
      const measure = measurerFor(container.current, width.current);
      const mark = { at: new Date(item.start).getTime(), px: measure?.(item.label) ?? 0 };
      // An item selected as vis is still drawing it (a link opened) is revealed once drawn.
      const reveal = () => {
        instance.off('rangechanged', reveal);
        instance.off('changed', reveal);
        const element = container.current;
        if (element && !revealInPage(element, coveredBottomRef.current()))
          instance.on('changed', reveal);
      };
      // Where the window moves, the page follows once it has arrived.
      if (bringIntoView(instance, selectedId, mark, width.current, labelRoomFloorPx()))
        instance.on('rangechanged', reveal);
      else reveal();
    };
    if (!lanesUndrawn.current) {
      bringSelectedIntoView();
      return;
    }
    // vis finds an item from where its lane is, which it knows only once it has drawn
    // the lanes: asked before (a link with both lanes and an event) it scrolled to NaN
    // and then drew no item at all. Its next draw is already queued.
    const afterDraw = () => {
      instance.off('changed', afterDraw);
      bringSelectedIntoView();
    };
    instance.on('changed', afterDraw);
    return () => instance.off('changed', afterDraw);
  }, [items, selectedId, builds]);

  useImperativeHandle(ref, () => ({
    zoomIn: () => {
      fittedSpan.current = null;
      timeline.current?.zoomIn(0.5);
    },
    zoomOut: () => {
      fittedSpan.current = null;
      timeline.current?.zoomOut(0.5);
    },
    fit: () => {
      const span = spanOfAll(index);
      if (span && timeline.current) fitTo(timeline.current, span, true);
    },
    showSpan: (first, last) => {
      const span = { start: fromIsoDay(first).getTime(), end: fromIsoDay(last).getTime() + DAY };
      if (!timeline.current || !placed.current) {
        askedSpan.current = span;
        // Nothing matches yet and the timeline shows only the crises' years: go there now too.
        if (!timeline.current || !showsCrisesOnly.current) return;
      }
      fitTo(timeline.current, span, true);
    },
    visibleRange: () => timeline.current?.getWindow() ?? null,
  }));

  return <div ref={container} className="timeline-canvas" data-testid="timeline" />;
});
