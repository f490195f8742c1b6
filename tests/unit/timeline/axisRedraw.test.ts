import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real vis needs a DOM; these tests drive the patch on an axis of their own.
vi.mock('vis-timeline/esnext', () => ({ timeline: {} }));
const { skipUnchangedAxisRedraws } = await import('../../../src/features/timeline/axisRedraw');

/** Stands in for vis's TimeAxis: counts the redraws that reach it. */
class FakeAxis {
  drawn = 0;
  body = {
    range: { start: 0, end: 1000 },
    domProps: {
      root: { width: 800, height: 300 },
      center: { width: 800, height: 250 },
      top: { width: 800, height: 40 },
      bottom: { width: 800, height: 0 },
    } as Record<string, { width: number; height: number }>,
    hiddenDates: [] as unknown[],
  };
  dom = { foreground: { parentNode: null as unknown } };
  redraw(): boolean {
    this.drawn++;
    // As vis's own: the first redraw puts the axis in the page.
    this.dom.foreground.parentNode = {};
    return this.drawn === 1;
  }
  setOptions(options: unknown): void {
    void options;
  }
}
skipUnchangedAxisRedraws(FakeAxis.prototype);

describe('axis redraws', () => {
  let axis: FakeAxis;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2026, 10, 23, 12) });
    axis = new FakeAxis();
    expect(axis.redraw()).toBe(true);
    // Drawn again: the first redraw found it out of the page.
    axis.redraw();
    expect(axis.drawn).toBe(2);
  });
  afterEach(() => vi.useRealTimers());

  it('skips a redraw with nothing changed, and reports no resize', () => {
    expect(axis.redraw()).toBe(false);
    expect(axis.redraw()).toBe(false);
    expect(axis.drawn).toBe(2);
  });

  it('measures again after a redraw that put it in the page, whose text it measured out of it', () => {
    const fresh = new FakeAxis();
    fresh.redraw();
    fresh.redraw();
    fresh.redraw();
    expect(fresh.drawn).toBe(2);
  });

  // [what happens, the change, redraws it takes before skipping again]
  const changes: [string, (a: FakeAxis) => void, number][] = [
    ['the window moves', (a) => (a.body.range.start = 10), 1],
    ['the window zooms', (a) => (a.body.range.end = 500), 1],
    ['the timeline narrows', (a) => (a.body.domProps.root!.width = 400), 1],
    ['the centre panel narrows', (a) => (a.body.domProps.center!.width = 700), 1],
    ['the timeline grows taller', (a) => (a.body.domProps.root!.height = 500), 1],
    ['the top panel changes height', (a) => (a.body.domProps.top!.height = 60), 1],
    ['the bottom panel changes height', (a) => (a.body.domProps.bottom!.height = 20), 1],
    ['dates are hidden', (a) => a.body.hiddenDates.push({}), 1],
    ['the axis is taken out of the page', (a) => (a.dom.foreground.parentNode = null), 2],
    ['its options change', (a) => a.setOptions({ showMinorLabels: false }), 1],
    ['a day passes', () => vi.setSystemTime(new Date(2026, 10, 24, 0, 1)), 1],
  ];
  it.each(changes)('redraws when %s', (_, change, redraws) => {
    change(axis);
    axis.redraw();
    expect(axis.drawn).toBe(3);
    // And then skips again; out of the page, once it is back in and measured there.
    axis.redraw();
    axis.redraw();
    axis.redraw();
    expect(axis.drawn).toBe(2 + redraws);
  });

  it('skips a redraw when only the stack of items grows (a filter), which the axis never reads', () => {
    axis.body.domProps.center!.height = 1400;
    expect(axis.redraw()).toBe(false);
    expect(axis.drawn).toBe(2);
  });

  it('keeps one record per axis', () => {
    const other = new FakeAxis();
    other.redraw();
    other.redraw();
    expect(other.drawn).toBe(2);
    axis.body.range.start = 5;
    axis.redraw();
    other.redraw();
    expect([axis.drawn, other.drawn]).toEqual([3, 2]);
  });
});
