/**
 * The timeline controller on its own, without React: where its window is placed
 * (the Placement state machine), whose moves it reports as the reader's, which
 * lanes it gives vis, and what a click on an item calls. vis is replaced by a
 * recorder, as in TimelineView.test.tsx: jsdom lays nothing out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Crisis, TimelineEvent } from '../../src/shared/schema';
import { buildTimeIndex } from '../../src/shared/timeWindow';
import { lanesFor } from '../../src/shared/lanes';
import { calendarGaps, type CalendarGap } from '../../src/shared/calendarGaps';

interface RecordedTimeline {
  setWindow: ReturnType<typeof vi.fn<(start: Date | number, end: Date | number) => void>>;
  setGroups: ReturnType<typeof vi.fn>;
  setOptions: ReturnType<typeof vi.fn>;
  options: { hiddenDates?: { start: Date; end: Date }[] };
  emit(event: string, props: unknown): void;
  window: { start: Date; end: Date };
}
const created: RecordedTimeline[] = [];

vi.mock('vis-timeline/esnext', () => ({
  timeline: { components: {} },
  Timeline: vi.fn(function (_el: unknown, _items: unknown, options: RecordedTimeline['options']) {
    const handlers = new Map<string, ((props: unknown) => void)[]>();
    const instance = {
      // vis opens on the days around today.
      window: { start: new Date(2026, 11, 1), end: new Date(2026, 11, 8) },
      on: (event: string, handler: (props: unknown) => void) =>
        handlers.set(event, [...(handlers.get(event) ?? []), handler]),
      off: (event: string, handler: (props: unknown) => void) =>
        handlers.set(
          event,
          (handlers.get(event) ?? []).filter((h) => h !== handler),
        ),
      emit: (event: string, props: unknown) => handlers.get(event)?.forEach((h) => h(props)),
      destroy: vi.fn(),
      setGroups: vi.fn(),
      setSelection: vi.fn(),
      redraw: vi.fn(),
      zoomIn: vi.fn(),
      focus: vi.fn(),
      zoomOut: vi.fn(),
      setWindow: vi.fn((start: Date | number, end: Date | number) => {
        instance.window = { start: new Date(start), end: new Date(end) };
      }),
      getWindow: () => instance.window,
      options,
      setOptions: vi.fn(),
    };
    created.push(instance);
    return instance;
  }),
}));
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}));

const { TimelineController } = await import('../../src/features/timeline/timelineController');

const DAY = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);

const event = (id: string, start: string, crisis: string | null = null): TimelineEvent => ({
  id,
  title: `${id} happened`,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis,
  sources: [{ article: 'a', excerpt: id, offset: 0, length: id.length, published: start }],
});
const CRISES: Crisis[] = [
  {
    id: 'c1',
    name: 'First',
    start: '2019-02-01',
    end: '2019-03-31',
    trigger: null,
    description: '',
  },
  {
    id: 'c2',
    name: 'Second',
    start: '2025-04-01',
    end: '2025-05-31',
    trigger: null,
    description: '',
  },
];
const EVENTS = [event('a', '2019-02-14', 'c1'), event('b', '2025-04-23', 'c2')];

function controllerWith(events: TimelineEvent[], callbacks = {}, widthPx = 1200) {
  const controller = new TimelineController();
  const onWindow = vi.fn();
  const onSelect = vi.fn();
  const onFirstDraw = vi.fn();
  controller.setCallbacks({ onSelect, onWindow, onFirstDraw, ...callbacks });
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { value: widthPx });
  controller.measure(element);
  const content = {
    index: buildTimeIndex(events),
    crises: CRISES,
    lanes: null,
    selectedId: null,
    gaps: [] as CalendarGap[],
  };
  return { controller, element, content, onWindow, onSelect, onFirstDraw };
}
const last = () => created.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('where the window is placed', () => {
  it('opens on the crises and their events once it has events', () => {
    const { controller, content } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    const { start, end } = last().window;
    expect(start.getTime()).toBeLessThanOrEqual(at('2019-02-01'));
    expect(end.getTime()).toBeGreaterThanOrEqual(at('2025-06-01'));
  });

  it('opens on a span asked for before it was placed, not on the opening', () => {
    const { controller, content } = controllerWith(EVENTS);
    controller.build();
    controller.handle.showSpan('2025-04-01', '2025-05-31');
    expect(last().setWindow).not.toHaveBeenCalled();
    controller.update(content);
    const { start, end } = last().window;
    expect(start.getTime()).toBeGreaterThanOrEqual(at('2025-03-01'));
    expect(end.getTime()).toBeLessThanOrEqual(at('2025-07-01'));
  });

  it('shows the crises’ years while nothing matches, then goes where asked at once', () => {
    const { controller, content } = controllerWith([]);
    controller.build();
    controller.update(content);
    expect(last().window.start.getTime()).toBeLessThanOrEqual(at('2019-02-01'));
    controller.handle.showSpan('2019-02-01', '2019-03-31');
    expect(last().window.end.getTime()).toBeLessThan(at('2020-01-01'));
  });

  it('stays where the reader put it on later updates', () => {
    const { controller, content } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    controller.handle.moveWindow(at('2021-01-01'), at('2021-02-01'));
    controller.update({ ...content, index: buildTimeIndex(EVENTS.slice(0, 1)) });
    expect(last().window.start.getTime()).toBe(at('2021-01-01'));
  });

  it('does not move for days it already shows to within half a day', () => {
    const { controller, content } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    controller.handle.moveWindow(at('2021-01-01') + DAY / 4, at('2021-01-11'));
    const calls = last().setWindow.mock.calls.length;
    controller.handle.showDays({ start: '2021-01-01', end: '2021-01-10' });
    expect(last().setWindow.mock.calls.length).toBe(calls);
    controller.handle.showDays({ start: '2021-01-03', end: '2021-01-10' });
    expect(last().setWindow.mock.calls.length).toBe(calls + 1);
  });
});

describe('gaps left out of the axis', () => {
  it('gives vis the gaps and fits the window in time as drawn, ending near the last event', () => {
    const plain = controllerWith(EVENTS);
    plain.controller.build();
    plain.controller.update(plain.content);
    const linearEnd = last().window.end.getTime();

    const { controller, content } = controllerWith(EVENTS);
    const gaps = calendarGaps(content.index, CRISES);
    expect(gaps).toHaveLength(1);
    controller.update({ ...content, gaps });
    controller.build();
    controller.refresh();
    expect(last().options.hiddenDates).toEqual([
      { start: new Date(gaps[0]!.start), end: new Date(gaps[0]!.end) },
    ]);
    const { start, end } = last().window;
    expect(start.getTime()).toBeLessThanOrEqual(at('2019-02-01'));
    expect(end.getTime()).toBeGreaterThanOrEqual(at('2025-06-01'));
    // The label room past the last event is a share of what is drawn, not of nine years.
    expect(end.getTime()).toBeLessThan(linearEnd);
    expect(end.getTime() - at('2025-06-01')).toBeLessThan(365 * DAY);
  });

  it('keeps every year on a phone-wide timeline, whose axis labels only every fifth', () => {
    const { controller, content } = controllerWith(EVENTS, {}, 380);
    controller.update({ ...content, gaps: calendarGaps(content.index, CRISES) });
    controller.build();
    controller.refresh();
    expect(last().options.hiddenDates).toEqual([]);
    expect(last().setOptions).not.toHaveBeenCalled();
  });

  it('hands vis new gaps only when they change', () => {
    const { controller, content } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    controller.update({ ...content, selectedId: 'a' });
    expect(last().setOptions).not.toHaveBeenCalled();
    controller.update({ ...content, gaps: [{ start: at('2020-01-01'), end: at('2024-01-01') }] });
    expect(last().setOptions).toHaveBeenCalledTimes(1);
  });
});

describe('whose move it was', () => {
  const move = { start: new Date(at('2019-01-01')), end: new Date(at('2019-06-01')) };

  it('reports a drag as the reader’s, and as settled only when vis says so', () => {
    const { controller, content, onWindow, element } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    last().emit('rangechange', { ...move, byUser: true });
    expect(element.dataset.windowState).toBe('moving');
    expect(onWindow).toHaveBeenLastCalledWith(expect.anything(), {
      settled: false,
      byReader: true,
    });
    last().setWindow(move.start, move.end);
    last().emit('rangechanged', { ...move, byUser: true });
    expect(element.dataset.windowState).toBe('settled');
    expect(onWindow).toHaveBeenLastCalledWith(
      { start: move.start.getTime(), end: move.end.getTime() },
      { settled: true, byReader: true },
    );
  });

  it('counts vis’s animation after a zoom button as the reader’s, for a second only', () => {
    const { controller, content, onWindow } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    controller.handle.zoomIn();
    last().emit('rangechange', move);
    expect(onWindow).toHaveBeenLastCalledWith(expect.anything(), {
      settled: false,
      byReader: true,
    });
    vi.setSystemTime(Date.now() + 1500);
    last().emit('rangechange', move);
    expect(onWindow).toHaveBeenLastCalledWith(expect.anything(), {
      settled: false,
      byReader: false,
    });
  });

  it('says it has first drawn once, after it was placed', () => {
    const { controller, content, onFirstDraw } = controllerWith(EVENTS);
    controller.build();
    last().emit('changed', {});
    expect(onFirstDraw).not.toHaveBeenCalled();
    controller.update(content);
    last().emit('changed', {});
    last().emit('changed', {});
    expect(onFirstDraw).toHaveBeenCalledTimes(1);
  });
});

describe('lanes and clicks', () => {
  it('gives vis only the lanes that hold events, and only when they change', () => {
    const lanes = lanesFor('crisis', CRISES, new Map());
    const { controller, content } = controllerWith(EVENTS.slice(0, 1));
    controller.build();
    controller.update({ ...content, lanes });
    expect(last().setGroups).toHaveBeenCalledTimes(1);
    const given = last().setGroups.mock.lastCall![0] as { getIds(): string[] };
    expect(given.getIds()).toEqual(['crisis:c1']);
    controller.update({ ...content, lanes, selectedId: 'a' });
    expect(last().setGroups).toHaveBeenCalledTimes(1);
    controller.update({ ...content, lanes: null });
    expect(last().setGroups).toHaveBeenLastCalledWith(null);
  });

  it('calls onSelect with the event clicked, and null for a click on nothing', () => {
    const { controller, content, onSelect } = controllerWith(EVENTS);
    controller.build();
    controller.update(content);
    last().emit('select', { items: ['b'] });
    last().emit('select', { items: [] });
    expect(onSelect.mock.calls).toEqual([['b'], [null]]);
  });
});
