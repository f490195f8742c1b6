/* eslint-disable max-lines -- the timeline's lifecycle and window placement are one state machine, kept whole so that its order reads in one place. */
/**
 * The timeline without React: one vis-timeline instance, what it has been
 * given, and where its window stands. TimelineView is a thin hook over it (as
 * zustand keeps its store apart from React), so what happens when, which was
 * spread over a dozen refs and effects, is written down here in one place:
 *
 *   measure → build (a task later) → update, update, … → destroy
 *
 * and the window's placement is a small state machine (`Placement`). The parts
 * of vis it reaches into are `itemBatching.ts` and `axisRedraw.ts`, each checked
 * against the real vis-timeline package by its tests.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
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
  lastStartBefore,
  type PeriodSummary,
  type TimeIndex,
} from '../../shared/timeWindow';
import { openingSpan, spanOfAll, spanOfCrises, windowFitting } from '../../shared/windowFitting';
import { fromDrawnTime, toDrawnTime, type CalendarGap } from '../../shared/calendarGaps';
import { inOneDraw } from './itemBatching';
import './axisRedraw';
import { labelRoomFloorPx, labelWidthMeasurer, layOutLabels } from './labelWidth';
import { bringIntoView, revealInPage, zoomIntoSummary } from './windowMoves';
import type { DaySpan } from '../../shared/urlState';
import { windowOfDaySpan, type WindowMove } from '../../shared/windowHistory';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** A span to show, fitted to its labels; `byReader` when the reader asked for it (a history entry). */
  showSpan(start: string, end: string, options?: { byReader?: boolean }): void;
  /** Exactly these days, unfitted: a window the reader left, reopened from a link or Back. */
  showDays(span: DaySpan): void;
  /** Where the timeline opens when nothing places it: Back to before the reader moved it. */
  showOpening(): void;
  /** Exactly this window, now, as the reader's own move (the overview's brush). */
  moveWindow(start: number, end: number): void;
  visibleRange(): { start: Date; end: Date } | null;
}

export interface TimelineContent {
  /** The events to draw, indexed by time (built once per filter by the caller). */
  index: TimeIndex;
  crises: readonly Crisis[];
  /** Lanes to split the events into, or null for one lane. */
  lanes: Lanes | null;
  selectedId: string | null;
  /** Stretches of nothing left out of the axis (the whole file's, so a filter keeps them). */
  gaps: readonly CalendarGap[];
}

export interface TimelineCallbacks {
  onSelect(id: string | null): void;
  /** Called once, when vis has first drawn the events and so taken its height. */
  onFirstDraw?(): void;
  /** How much of the bottom of the screen something covers (a phone's event sheet), in px. */
  coveredBottom?(): number;
  /** The window moved: every frame of a move, then once more when it has settled. */
  onWindow?(window: { start: number; end: number }, move: WindowMove): void;
}

/** Exact: shown as it is, not fitted to the labels in it (a window given back, not a span to show). */
type Span = { start: number; end: number; exact?: boolean };

/**
 * Where the window stands. Unplaced: nothing shown yet (vis's own window is the
 * few days around today); a span asked for meanwhile (a link to a crisis) is
 * where it opens. Crises only: the filters match nothing, so it shows the crises'
 * years, to say where the reader is, until there are events. Placed: once, and
 * from then on the reader moves it.
 */
type Placement = { state: 'unplaced' | 'crises-only'; asked: Span | null } | { state: 'placed' };

const DAY = 86_400_000;
/**
 * More events than this in and near the view (half a window either side) and the
 * timeline shows counts per period instead. About half are in view, which stacked
 * is already a few screens of labels; and vis's cost grows with every new item,
 * so zooming from counts into a few hundred events blocked the page.
 */
const MAX_ITEMS = 200;
/**
 * How long after the reader asks for a zoom or fit the window's moves are theirs:
 * vis animates for 500 ms, then reports the end 200 ms later, as not by the user.
 */
const READER_MOVE_MS = 1000;
/** How much one press of + or − zooms: vis's own zoomIn(0.5) and zoomOut(0.5). */
const ZOOM_STEP = 1.5;
/** Room a count like "4,998 events" needs to be read. */
const SUMMARY_WIDTH_PX = 90;

/** How far the reader can pan. */
const EARLIEST = new Date(1990, 0, 1);
const LATEST = new Date(2045, 0, 1);

export const OPTIONS: TimelineOptions = {
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

/** The gaps as vis takes them. */
const hiddenDatesOf = (gaps: readonly CalendarGap[]) =>
  gaps.map((gap) => ({ start: new Date(gap.start), end: new Date(gap.end) }));

/**
 * Below this width the calendar keeps every year. A phone's axis has room for a
 * label every five years, and vis, stepping over the years left out, labelled it
 * 2016, 2026, 2031 with 2019 and 2025 between: worse than the empty years. The
 * note under the timeline hides at the same width (styles.css, a container query).
 */
export const GAPS_MIN_WIDTH_PX = 640;
const gapsFor = (gaps: readonly CalendarGap[], widthPx: number) =>
  widthPx >= GAPS_MIN_WIDTH_PX ? gaps : [];

const sameGaps = (a: readonly CalendarGap[], b: readonly CalendarGap[]) =>
  a.length === b.length && a.every((gap, i) => gap.start === b[i]?.start && gap.end === b[i]?.end);

const NO_EVENTS: TimeIndex = {
  events: [],
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  longest: 0,
  latestEnd: 0,
};

export class TimelineController {
  private instance: Timeline | null = null;
  private element: HTMLElement | null = null;
  private resized: ResizeObserver | null = null;
  private readonly items = new DataSet<TimelineItem>();
  private readonly groups = new DataSet<TimelineItem>();
  private content: TimelineContent = {
    index: NO_EVENTS,
    crises: [],
    lanes: null,
    selectedId: null,
    gaps: [],
  };
  private callbacks: TimelineCallbacks = { onSelect: () => {} };
  /** Counts standing in for events, by item id: a click on one zooms into its period. */
  private summaries = new Map<string, PeriodSummary>();
  private canvasWidth = 0;
  /** The labels of the lanes vis holds, drawn in a column on the left of the canvas. */
  private laneLabels: string[] = [];
  /** Where items are drawn, and so what windows are fitted to: the canvas less the lane labels. */
  private width = 0;
  /** What vis holds now: id → signature, to find what a redraw changes. */
  private drawn = new Map<string, string>();
  /** The lanes vis holds now ('' for none), so a filter that keeps them costs nothing. */
  private givenLanes = '';
  /** Lanes given to vis that it has not drawn yet, so it does not know where they are. */
  private lanesUndrawn = false;
  /** The span the window was last fitted to, until the reader moves it: a new width fits it again. */
  private fittedSpan: Span | null = null;
  private placement: Placement = { state: 'unplaced', asked: null };
  /** The gaps vis leaves out of its axis now (none on a narrow timeline: see `gapsFor`). */
  private gaps: readonly CalendarGap[] = [];
  private firstDrawn = false;
  /** Stops waiting for vis to draw lanes before bringing the selected item into view. */
  private cancelSelection: (() => void) | null = null;
  /** Until when the window's moves answer the reader's zoom or fit (a time from Date.now()). */
  private readerMoveUntil = 0;

  setCallbacks(callbacks: TimelineCallbacks): void {
    this.callbacks = callbacks;
  }

  /**
   * Measured in React's commit, so that the whole page is laid out in that task
   * rather than in vis's. After that, only a change of size is measured: reading
   * clientWidth right after React has changed the page forces a layout of the
   * whole page, which at 10,000 events is a long task of its own.
   */
  measure(element: HTMLElement): void {
    this.element = element;
    this.canvasWidth = element.clientWidth;
    this.width = layOutLabels(element, this.canvasWidth, this.laneLabels);
  }

  /**
   * Builds vis, in a task of its own after React's commit: building it (three full
   * redraws, each forcing a layout) inside the commit made the longest task of the
   * page's start, and Lighthouse counts every millisecond past 50 against the page.
   */
  build(): void {
    const element = this.element;
    if (!element || this.instance) return;
    this.gaps = gapsFor(this.content.gaps, this.canvasWidth);
    const instance = new Timeline(element, this.items as never, {
      ...OPTIONS,
      hiddenDates: hiddenDatesOf(this.gaps),
    });
    instance.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      const summary = typeof id === 'string' ? this.summaries.get(id) : undefined;
      if (summary) {
        this.readerMoves();
        zoomIntoSummary(instance, summary);
      } else this.callbacks.onSelect(typeof id === 'string' ? id : null);
    });
    // Readable from the page, for tests and curious readers: data-window-state is
    // "moving" from a move's first frame until vis reports where it settled, then
    // "settled", with that window in data-window-start and data-window-end.
    instance.on('rangechange', (props: { start: Date; end: Date; byUser?: boolean }) => {
      element.dataset.windowState = 'moving';
      this.reportWindow(props, false);
    });
    instance.on('rangechanged', (props: { start: Date; end: Date; byUser?: boolean }) => {
      element.dataset.windowStart = props.start.toISOString();
      element.dataset.windowEnd = props.end.toISOString();
      // vis reports a move without animation 200 ms after it, by then perhaps inside
      // an animated move that followed it: settled only if the window is still there.
      const now = instance.getWindow();
      if (
        now.start.getTime() === props.start.getTime() &&
        now.end.getTime() === props.end.getTime()
      )
        element.dataset.windowState = 'settled';
      if (props.byUser) this.fittedSpan = null;
      this.reportWindow(props, true);
      this.readerMoveUntil = 0;
      this.redraw();
    });
    // Fired at the end of each full draw, which places the lanes.
    instance.on('changed', () => {
      this.lanesUndrawn = false;
      if (this.placement.state === 'placed' && !this.firstDrawn) {
        this.firstDrawn = true;
        this.callbacks.onFirstDraw?.();
      }
    });
    // In place of vis's autoResize (off in OPTIONS): that polls the container's size
    // every second for as long as the page is open, waking the CPU and forcing a
    // layout each time; the observer already hears of every change.
    this.resized = new ResizeObserver(([entry]) => {
      if (entry) this.resize(entry.contentRect.width);
    });
    this.resized.observe(element);
    this.instance = instance;
    // A new instance has no lanes until it is given them, and opens where it is told
    // (StrictMode builds it twice in development).
    this.givenLanes = '';
    if (this.placement.state === 'placed') this.placement = { state: 'unplaced', asked: null };
  }

  destroy(): void {
    this.cancelSelection?.();
    this.resized?.disconnect();
    this.instance?.destroy();
    this.instance = null;
    this.resized = null;
  }

  /**
   * New content from React. Lanes first (the window is fitted to the room they
   * leave), then the window's placement, then the items, then the selection:
   * vis reports a programmatic window change only 200 ms later, and the first
   * paint should already show the right items.
   */
  update(content: TimelineContent): void {
    const previous = this.content;
    this.content = content;
    const instance = this.instance;
    if (!instance) return;
    // The same content again (refresh, after a build): all of it is applied anew.
    const whole = previous === content;
    this.applyGaps(instance);
    if (whole || previous.lanes !== content.lanes || previous.index !== content.index)
      this.applyLanes(instance);
    const { selectedId } = content;
    const selectedWasDrawn = selectedId !== null && this.drawn.has(selectedId);
    this.place(instance);
    this.redraw();
    // The open event drawn for the first time (a filter that hid it turned off) is
    // selected and brought into view as if just opened.
    const selectedAppears = selectedId !== null && !selectedWasDrawn && this.drawn.has(selectedId);
    if (whole || previous.selectedId !== selectedId || selectedAppears) this.select(instance);
  }

  /** After a build, the content it was last given, applied to the new instance. */
  refresh(): void {
    this.update(this.content);
  }

  readonly handle: TimelineHandle = {
    zoomIn: () => this.zoom(1 / ZOOM_STEP),
    zoomOut: () => this.zoom(ZOOM_STEP),
    fit: () => {
      const span = spanOfAll(this.content.index);
      this.readerMoves();
      if (span && this.instance) this.fitTo(this.instance, span, true);
    },
    showSpan: (first, last, options) => {
      if (options?.byReader) this.readerMoves();
      this.show({ start: fromIsoDay(first).getTime(), end: fromIsoDay(last).getTime() + DAY });
    },
    showDays: (days) => {
      const span = windowOfDaySpan(days);
      const now = this.instance?.getWindow();
      // Already there, to within half a day at each end (what a link can say): stay.
      const there =
        now &&
        Math.abs(now.start.getTime() - span.start) <= DAY / 2 &&
        Math.abs(now.end.getTime() - span.end) <= DAY / 2;
      if (!there) this.show({ ...span, exact: true });
    },
    showOpening: () => {
      const span = openingSpan(this.content.index, this.content.crises);
      if (span) this.show(span);
    },
    moveWindow: (start, end) => {
      this.fittedSpan = null;
      this.readerMoves();
      this.instance?.setWindow(start, end, { animation: false });
    },
    visibleRange: () => this.instance?.getWindow() ?? null,
  };

  /** Shows `span` now, or, before the window is first placed, opens there. */
  private show(span: Span): void {
    const { instance, placement } = this;
    if (placement.state !== 'placed') {
      this.placement = { ...placement, asked: span };
      // Nothing matches yet and the timeline shows only the crises' years: go there now too.
      if (placement.state !== 'crises-only') return;
    }
    // A window given back (Back, a link) snaps there: it is where the reader already was.
    if (instance) this.fitTo(instance, span, !span.exact);
  }

  /**
   * The window `factor` times as long, about its middle, in time as drawn. vis's own
   * zoomIn and zoomOut take the middle in the calendar's time, which with years left
   * out of the axis can fall inside them: vis then snapped the window to the nearest
   * stretch shown, and zooming out did nothing at all.
   */
  private zoom(factor: number): void {
    const instance = this.instance;
    if (!instance) return;
    this.fittedSpan = null;
    this.readerMoves();
    const { gaps } = this;
    const now = instance.getWindow();
    const start = toDrawnTime(gaps, now.start.getTime());
    const end = toDrawnTime(gaps, now.end.getTime());
    const middle = (start + end) / 2;
    const half = ((end - start) * factor) / 2;
    instance.setWindow(fromDrawnTime(gaps, middle - half), fromDrawnTime(gaps, middle + half));
  }

  private readerMoves(): void {
    this.readerMoveUntil = Date.now() + READER_MOVE_MS;
  }

  private reportWindow(props: { start: Date; end: Date; byUser?: boolean }, settled: boolean) {
    const byReader = props.byUser === true || Date.now() < this.readerMoveUntil;
    this.callbacks.onWindow?.(
      { start: props.start.getTime(), end: props.end.getTime() },
      { settled, byReader },
    );
  }

  /** Only what is in and near the window goes to vis; the rest waits for a pan or zoom. */
  private redraw(): void {
    const instance = this.instance;
    if (!instance) return;
    const { index, crises, lanes, selectedId } = this.content;
    const window = instance.getWindow();
    const content = contentForWindow(index, window.start.getTime(), window.end.getTime(), {
      maxItems: MAX_ITEMS,
      maxPeriods: Math.max(3, Math.floor(this.width / SUMMARY_WIDTH_PX)),
      selectedId,
      laneOf: lanes?.laneOf,
    });
    this.summaries = new Map(content.summaries.map((s) => [s.id, s]));
    const busiest = Math.max(0, ...content.summaries.map((s) => s.count));
    const next = [
      ...crises.map(crisisToBackground),
      ...content.events.map((e) => eventToItem(e, lanes?.laneOf(e))),
      ...content.summaries.map((s) => summaryToItem(s, busiest)),
    ];
    // Hand vis only what changed: it re-renders and re-measures every item it is
    // given, even an identical one, and most items survive a pan, zoom or filter.
    const nextDrawn = new Map(next.map((item) => [item.id, itemSignature(item)]));
    const stale = [...this.drawn.keys()].filter((id) => !nextDrawn.has(id));
    const changed = next.filter((item) => this.drawn.get(item.id) !== nextDrawn.get(item.id));
    // A changed item is removed and added again, not updated: vis redraws an updated
    // item on the spot, one forced layout each, but draws added ones in one batch.
    const replaced = changed.filter((item) => this.drawn.has(item.id)).map((item) => item.id);
    this.drawn = nextDrawn;
    inOneDraw(instance, () => {
      if (stale.length + replaced.length > 0) this.items.remove([...stale, ...replaced]);
      if (changed.length > 0) this.items.add(changed);
    });
    // A redrawn selected item comes back unselected.
    if (selectedId && replaced.includes(selectedId)) instance.setSelection([selectedId]);
  }

  /** The gaps for the content and width now, handed to vis when they differ from its own. */
  private applyGaps(instance: Timeline): void {
    const gaps = gapsFor(this.content.gaps, this.canvasWidth);
    // vis lays its whole axis out again on setOptions: only for gaps that differ.
    if (sameGaps(gaps, this.gaps)) return;
    this.gaps = gaps;
    instance.setOptions({ hiddenDates: hiddenDatesOf(gaps) });
  }

  /** Lanes only where events sit: an empty "Media" lane is noise. */
  private applyLanes(instance: Timeline): void {
    const { lanes, index } = this.content;
    const usedIds = new Set(lanes ? index.events.map((e) => lanes.laneOf(e)) : []);
    const used = lanes ? lanes.lanes.filter((l) => usedIds.has(l.id)) : [];
    const signature = lanes ? `lanes:${used.map((l) => `${l.id}=${l.label}`).join('|')}` : '';
    // vis rebuilds its whole item set on setGroups, even from none to none.
    if (signature === this.givenLanes) return;
    this.givenLanes = signature;
    this.lanesUndrawn = true;
    this.laneLabels = used.map((l) => l.label);
    if (this.element) this.width = layOutLabels(this.element, this.canvasWidth, this.laneLabels);
    if (!lanes) {
      instance.setGroups(null as never);
      return;
    }
    this.groups.clear();
    this.groups.add(used.map((l) => ({ id: l.id, content: '', label: l.label, start: 0 })));
    instance.setGroups(this.groups as never);
  }

  private place(instance: Timeline): void {
    const { placement } = this;
    if (placement.state === 'placed') return;
    const { index, crises } = this.content;
    const span = placement.asked ?? openingSpan(index, crises);
    if (!span) {
      const covered = spanOfCrises(crises);
      if (covered && placement.state !== 'crises-only') {
        this.placement = { state: 'crises-only', asked: placement.asked };
        const { start, end } = this.windowShowing(covered);
        instance.setWindow(start, end, { animation: false });
      }
      return;
    }
    this.placement = { state: 'placed' };
    this.fitTo(instance, span, false);
  }

  /**
   * The window showing `span` (of everything filtered in, not just what is drawn
   * now, which is what vis's own fit() would use) with the labels in it readable.
   */
  private windowShowing(span: Span): { start: Date; end: Date } {
    // Past MAX_ITEMS the span is drawn as counts, which have no labels to fit or measure.
    const drawsItems =
      indexesInWindow(this.content.index, span.start, span.end).length <= MAX_ITEMS;
    const measure = drawsItems ? this.measurer() : null;
    let window = this.fittedWindow(span, measure);
    // The label of the event just before the span, drawn rightwards across the left
    // edge, would be cut there. With years left out of the axis (calendarGaps) a stray
    // event of 2001 stands close before 2016: it is taken in rather than cut.
    const before = measure ? this.labelAcrossStart(window, measure) : null;
    if (before !== null) window = this.fittedWindow({ ...span, start: before }, measure);
    return { start: new Date(window.start), end: new Date(window.end) };
  }

  /** `span` with room for the labels in it, in the calendar's time. */
  private fittedWindow(span: Span, measure: ((label: string) => number) | null): Span {
    const { index } = this.content;
    const { gaps } = this;
    const found = indexesInWindow(index, span.start, span.end);
    const marks =
      measure && found.length <= MAX_ITEMS
        ? found.map((i) => ({ at: index.starts[i]!, px: measure(eventLabel(index.events[i]!)) }))
        : [];
    // Fitted in time as drawn, where a pixel is the same length of time on either side of a gap.
    const drawn = (time: number) => toDrawnTime(gaps, time);
    const fitted = windowFitting(
      { start: drawn(span.start), end: drawn(span.end) },
      marks.map((mark) => ({ at: drawn(mark.at), px: mark.px })),
      this.width,
      { minLabelPx: labelRoomFloorPx() },
    );
    return { start: fromDrawnTime(gaps, fitted.start), end: fromDrawnTime(gaps, fitted.end) };
  }

  /** When the last event before `window` has a label that reaches into it: its date. */
  private labelAcrossStart(window: Span, measure: (label: string) => number): number | null {
    const { index } = this.content;
    const { gaps } = this;
    const i = lastStartBefore(index, window.start);
    if (i < 0 || this.width <= 0) return null;
    const drawn = (time: number) => toDrawnTime(gaps, time);
    const msPerPx = (drawn(window.end) - drawn(window.start)) / this.width;
    const at = index.starts[i]!;
    const labelEnd = drawn(at) + measure(eventLabel(index.events[i]!)) * msPerPx;
    return labelEnd > drawn(window.start) ? at : null;
  }

  /**
   * Fits the window to `span` and remembers it, to fit again on a change of width;
   * an exact span is the window itself, at any width.
   */
  private fitTo(instance: Timeline, span: Span, animate: boolean): void {
    this.fittedSpan = span.exact ? null : span;
    const { start, end } = span.exact
      ? { start: new Date(span.start), end: new Date(span.end) }
      : this.windowShowing(span);
    instance.setWindow(start, end, animate ? undefined : { animation: false });
  }

  /** Label widths in the page's font, once the timeline has a width to fit them in. */
  private measurer() {
    return this.element && this.width > 0 ? labelWidthMeasurer(this.element, this.width) : null;
  }

  /** Its height is vis's own, following its content: only a new width calls for a redraw. */
  private resize(widthPx: number): void {
    const { instance, element } = this;
    if (!instance || !element || widthPx === this.canvasWidth) return;
    this.canvasWidth = widthPx;
    this.width = layOutLabels(element, widthPx, this.laneLabels);
    this.applyGaps(instance);
    // vis's redraw() measures every item again, as labels wrap at a new width.
    instance.redraw();
    if (this.fittedSpan) {
      const { start, end } = this.windowShowing(this.fittedSpan);
      instance.setWindow(start, end, { animation: false });
    }
  }

  private select(instance: Timeline): void {
    this.cancelSelection?.();
    this.cancelSelection = null;
    const { selectedId } = this.content;
    instance.setSelection(selectedId ? [selectedId] : []);
    const item = selectedId ? this.items.get(selectedId) : null;
    if (!selectedId || !item) return;
    if (!this.lanesUndrawn) {
      this.bringIntoView(instance, selectedId, item);
      return;
    }
    // vis finds an item from where its lane is, which it knows only once it has drawn
    // the lanes: asked before (a link with both lanes and an event) it scrolled to NaN
    // and then drew no item at all. Its next draw is already queued.
    const afterDraw = () => {
      instance.off('changed', afterDraw);
      this.cancelSelection = null;
      this.bringIntoView(instance, selectedId, item);
    };
    instance.on('changed', afterDraw);
    this.cancelSelection = () => instance.off('changed', afterDraw);
  }

  /** The window moves to the item if need be; then the page scrolls it into the uncovered screen. */
  private bringIntoView(instance: Timeline, id: string, item: TimelineItem): void {
    const measure = this.measurer();
    const mark = { at: new Date(item.start).getTime(), px: measure?.(item.label) ?? 0 };
    // An item selected as vis is still drawing it (a link opened) is revealed once drawn.
    const reveal = () => {
      instance.off('rangechanged', reveal);
      instance.off('changed', reveal);
      const { element } = this;
      if (element && !revealInPage(element, this.callbacks.coveredBottom?.() ?? 0))
        instance.on('changed', reveal);
    };
    if (bringIntoView(instance, id, mark, this.width, labelRoomFloorPx(), this.gaps))
      instance.on('rangechanged', reveal);
    else reveal();
  }
}
