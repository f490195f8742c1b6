import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { bringIntoView, zoomIntoSummary } from '../../../src/features/timeline/windowMoves';

const DAY = 86_400_000;

/** Records what is asked of vis, with a window of its own. */
function fakeTimeline(start: number, end: number) {
  const calls: unknown[][] = [];
  let window = { start: new Date(start), end: new Date(end) };
  const instance = {
    getWindow: () => window,
    setWindow: (s: Date | number, e: Date | number, options?: unknown) => {
      calls.push(['setWindow', new Date(s).getTime(), new Date(e).getTime(), options]);
      window = { start: new Date(s), end: new Date(e) };
    },
    focus: (id: string, options: unknown) => calls.push(['focus', id, options]),
    setSelection: (ids: string[]) => calls.push(['setSelection', ids]),
  };
  return { instance: instance as unknown as Timeline, calls };
}

describe('bringIntoView', () => {
  it('leaves the window where it is for an event already readable', () => {
    const { instance, calls } = fakeTimeline(0, 100 * DAY);
    expect(bringIntoView(instance, 'e', { at: 20 * DAY, px: 200 }, 1000)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('counts a label as readable only with the room its wrap needs', () => {
    // At 240 of 400 px, a 150 px label: the share (120 px) fits, the floor of 200 does not.
    expect(
      bringIntoView(fakeTimeline(0, 100 * DAY).instance, 'e', { at: 60 * DAY, px: 150 }, 400),
    ).toBe(false);
    expect(
      bringIntoView(fakeTimeline(0, 100 * DAY).instance, 'e', { at: 60 * DAY, px: 150 }, 400, 200),
    ).toBe(true);
  });

  it.each([
    ['its date is outside the window', { at: 150 * DAY, px: 100 }],
    ['its label runs past the right edge', { at: 90 * DAY, px: 300 }],
  ])('centres the window on an event when %s', (_, mark) => {
    const { instance, calls } = fakeTimeline(0, 100 * DAY);
    expect(bringIntoView(instance, 'e', mark, 1000)).toBe(true);
    expect(calls).toEqual([
      [
        'focus',
        'e',
        { animation: { duration: 300, easingFunction: 'easeInOutQuad' }, zoom: false },
      ],
    ]);
  });
});

describe('zoomIntoSummary', () => {
  const summary = (start: number, end: number) => ({
    id: 's',
    start,
    end,
    count: 500,
    period: 'x',
  });

  it("zooms to the count's period, unselected", () => {
    const { instance, calls } = fakeTimeline(0, 3650 * DAY);
    zoomIntoSummary(instance, summary(365 * DAY, 730 * DAY));
    expect(calls).toEqual([
      ['setSelection', []],
      ['setWindow', 365 * DAY, 730 * DAY, undefined],
    ]);
  });

  it('zooms at least threefold, centred on the period, when the period is as wide as the view', () => {
    const { instance, calls } = fakeTimeline(0, 300 * DAY);
    zoomIntoSummary(instance, summary(0, 300 * DAY));
    expect(calls.at(-1)).toEqual(['setWindow', 100 * DAY, 200 * DAY, undefined]);
  });
});
