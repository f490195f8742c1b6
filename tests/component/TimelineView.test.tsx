/**
 * The vis-timeline wrapper's lifecycle: one Timeline per mount, updated in place
 * when events change, destroyed on unmount. vis itself is replaced by a recorder:
 * jsdom does no layout, and what matters here is how the wrapper drives it.
 */
import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DATA } from './fixtures';
import type { TimelineEvent } from '../../src/shared/schema';
import { toIsoDay } from '../../src/shared/partialDate';
import { buildTimeIndex } from '../../src/shared/timeWindow';
import { lanesFor } from '../../src/shared/lanes';

interface RecordedTimeline {
  destroy: ReturnType<typeof vi.fn>;
  setWindow: ReturnType<typeof vi.fn>;
  setGroups: ReturnType<typeof vi.fn>;
  items: { getIds(): unknown[]; get(id: string): { start: Date; end: Date } | null };
  /** Stands in for vis firing an event to the wrapper. */
  emit(event: string, props: unknown): void;
  window: { start: Date; end: Date };
}
const created: RecordedTimeline[] = [];

vi.mock('vis-timeline/esnext', () => ({
  // No internals to patch: the wrapper must work without them.
  timeline: { components: {} },
  Timeline: vi.fn(function (
    this: Record<string, unknown>,
    _el: HTMLElement,
    items: RecordedTimeline['items'],
  ) {
    const handlers = new Map<string, (props: unknown) => void>();
    const instance = {
      items,
      window: { start: new Date(2016, 0, 1), end: new Date(2026, 0, 1) },
      on: (event: string, handler: (props: unknown) => void) => handlers.set(event, handler),
      emit: (event: string, props: unknown) => handlers.get(event)?.(props),
      destroy: vi.fn(),
      setGroups: vi.fn(),
      setSelection: vi.fn(),
      setWindow: vi.fn((start: Date | number, end: Date | number) => {
        instance.window = { start: new Date(start), end: new Date(end) };
      }),
      fit: vi.fn(),
      focus: vi.fn(),
      getWindow: () => instance.window,
    };
    created.push(instance);
    return instance;
  }),
}));
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}));

const { TimelineView } = await import('../../src/features/timeline/TimelineView');

/** vis is built in a task after React's commit: lets that task run. */
const built = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));

describe('TimelineView', () => {
  it('creates one timeline, updates its items in place, and destroys it on unmount', async () => {
    const props = { crises: [], lanes: null, selectedId: null, onSelect: () => {} };
    const { rerender, unmount } = render(
      <TimelineView {...props} index={buildTimeIndex(DATA.events)} />,
    );
    await built();
    expect(created).toHaveLength(1);
    const ids = () => created[0]!.items.getIds().filter((id) => !String(id).startsWith('crisis:'));
    expect(ids()).toHaveLength(3);

    rerender(<TimelineView {...props} index={buildTimeIndex(DATA.events.slice(0, 1))} />);
    expect(created).toHaveLength(1);
    expect(ids()).toEqual([DATA.events[0]!.id]);

    unmount();
    expect(created[0]!.destroy).toHaveBeenCalledTimes(1);

    // A second mount gets a fresh timeline; the first stays destroyed.
    const second = render(<TimelineView {...props} index={buildTimeIndex(DATA.events)} />);
    await built();
    second.unmount();
    expect(created).toHaveLength(2);
    expect(created[1]!.destroy).toHaveBeenCalledTimes(1);
    expect(created[0]!.destroy).toHaveBeenCalledTimes(1);

    // Unmounted before its task ran: no timeline is built at all.
    render(<TimelineView {...props} index={buildTimeIndex(DATA.events)} />).unmount();
    await built();
    expect(created).toHaveLength(2);
  });

  it('draws counts per period when too many events are in view, and a click on one zooms in', async () => {
    const template = DATA.events[0]!;
    // 600 events over 2016–2025: more than anyone can read at once, 60 a year.
    const many: TimelineEvent[] = Array.from({ length: 600 }, (_, i) => {
      const day = toIsoDay(new Date(2016, 0, 1 + Math.floor(i * 6.08)));
      return { ...template, id: `e${i}`, date: { ...template.date, start: day } };
    });
    // jsdom lays nothing out; a desktop-wide timeline has room for 13 counts.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    render(
      <TimelineView
        crises={[]}
        lanes={null}
        selectedId={null}
        onSelect={() => {}}
        index={buildTimeIndex(many)}
      />,
    );
    await built();
    const timeline = created.at(-1)!;
    const drawn = () => timeline.items.getIds().map(String);
    // One count per year.
    expect(drawn()).toHaveLength(10);
    expect(drawn().every((id) => id.startsWith('summary:'))).toBe(true);

    // Clicking a count zooms to its period; once vis reports the new window, the events appear.
    const summary = drawn().find((id) => timeline.items.get(id)!.start.getFullYear() === 2019)!;
    act(() => timeline.emit('select', { items: [summary] }));
    // The whole period, not the drawn item (inset so neighbours never touch).
    const [start, end] = timeline.setWindow.mock.lastCall as [number, number];
    expect(start).toBeLessThan(timeline.items.get(summary)!.start.getTime());
    expect(end).toBeGreaterThan(timeline.items.get(summary)!.end.getTime());
    expect(end - start).toBeLessThanOrEqual(366 * 86_400_000);
    act(() => timeline.emit('rangechanged', timeline.window));
    expect(drawn().some((id) => id.startsWith('e'))).toBe(true);
    expect(drawn().some((id) => id.startsWith('summary:'))).toBe(false);
  });

  it('hands vis only the items that changed', async () => {
    const props = { crises: [], lanes: null, selectedId: null, onSelect: () => {} };
    const { rerender } = render(<TimelineView {...props} index={buildTimeIndex(DATA.events)} />);
    await built();
    const timeline = created.at(-1)!;
    const dataSet = timeline.items as unknown as { update: () => void; remove: () => void };
    const update = vi.spyOn(dataSet, 'update');
    const remove = vi.spyOn(dataSet, 'remove');

    // The same window again: nothing to do.
    act(() => timeline.emit('rangechanged', timeline.window));
    expect(update).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();

    // One event filtered out: one removal, no updates to the two that stay.
    rerender(<TimelineView {...props} index={buildTimeIndex(DATA.events.slice(1))} />);
    expect(remove).toHaveBeenCalledWith([DATA.events[0]!.id]);
    expect(update).not.toHaveBeenCalled();
  });

  it('gives vis its lanes again only when a filter changes which lanes hold events', async () => {
    const props = { crises: [], selectedId: null, onSelect: () => {} };
    const byCrisis = lanesFor('crisis', DATA.crises, new Map());
    const [pulwama] = DATA.events.filter((e) => e.crisis !== null);
    const outsideCrises = DATA.events.filter((e) => e.crisis === null);
    const { rerender } = render(
      <TimelineView {...props} lanes={byCrisis} index={buildTimeIndex(DATA.events)} />,
    );
    await built();
    const timeline = created.at(-1)!;
    // The wrapper refills one DataSet of lanes: note what it held at each call.
    const given = timeline.setGroups.mock.calls.map(([groups]) => groups?.getIds() ?? null);
    timeline.setGroups.mockImplementation((groups: { getIds(): string[] } | null) =>
      given.push(groups?.getIds() ?? null),
    );
    expect(given).toEqual([['crisis:2019-pulwama-balakot', 'no-crisis']]);

    // Fewer events, the same two lanes: vis would rebuild every item for nothing.
    rerender(
      <TimelineView
        {...props}
        lanes={byCrisis}
        index={buildTimeIndex([pulwama!, outsideCrises[0]!])}
      />,
    );
    expect(given).toHaveLength(1);

    // No event left in the crisis: its lane goes.
    rerender(<TimelineView {...props} lanes={byCrisis} index={buildTimeIndex(outsideCrises)} />);
    expect(given.at(-1)).toEqual(['no-crisis']);

    // One lane: vis is told once, not again on every filter change.
    rerender(<TimelineView {...props} lanes={null} index={buildTimeIndex(outsideCrises)} />);
    rerender(<TimelineView {...props} lanes={null} index={buildTimeIndex(DATA.events)} />);
    expect(given.slice(2)).toEqual([null]);
  });
});
