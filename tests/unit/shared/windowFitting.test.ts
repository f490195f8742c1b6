import { describe, expect, it } from 'vitest';
import {
  isReadableIn,
  MAX_LABEL_SHARE,
  openingSpan,
  spanOfCrises,
  spanOfAll,
  windowFitting,
} from '../../../src/shared/windowFitting';
import { buildTimeIndex } from '../../../src/shared/timeWindow';
import type { Crisis, TimelineEvent } from '../../../src/shared/schema';

const DAY = 86_400_000;
const t = (iso: string) => new Date(`${iso}T00:00:00`).getTime();
/** Where `at` is drawn, in px from the left edge, in a window `width` px wide. */
const xOf = (at: number, window: { start: number; end: number }, width: number) =>
  ((at - window.start) / (window.end - window.start)) * width;

describe('windowFitting', () => {
  const span = { start: 0, end: 100 * DAY };

  it.each([
    // name, marks, width, what must hold
    ['no labels: the span fills the width within the margins', [], 1000],
    ['a short label at the end', [{ at: 100 * DAY, px: 150 }], 1000],
    ['a label in the middle that fits without help', [{ at: 40 * DAY, px: 200 }], 1000],
    [
      'several labels near the end',
      [
        { at: 90 * DAY, px: 300 },
        { at: 99 * DAY, px: 120 },
      ],
      1000,
    ],
    ['a narrow screen', [{ at: 100 * DAY, px: 100 }], 400],
  ])('%s', (_name, marks, width) => {
    const window = windowFitting(span, marks, width);
    // The span is shown whole, inside the 12 px margins.
    expect(xOf(span.start, window, width)).toBeCloseTo(12, 6);
    expect(xOf(span.end, window, width)).toBeLessThanOrEqual(width - 12 + 1e-6);
    // Every label ends inside the right margin.
    for (const mark of marks)
      expect(xOf(mark.at, window, width) + mark.px).toBeLessThanOrEqual(width - 12 + 1e-6);
    // And the window is no longer than the tightest of those needs.
    const slack = Math.min(
      width - 12 - xOf(span.end, window, width),
      ...marks.map((m) => width - 12 - xOf(m.at, window, width) - m.px),
    );
    expect(slack).toBeCloseTo(0, 6);
  });

  it('gives a label at most its share of the width, so the dates still fit', () => {
    const window = windowFitting(span, [{ at: 100 * DAY, px: 5000 }], 1000);
    expect(xOf(100 * DAY, window, 1000)).toBeCloseTo(1000 - 12 - MAX_LABEL_SHARE * 1000, 6);
  });

  it('gives a label at least the floor it is wrapped at, where the share is narrower', () => {
    const window = windowFitting(span, [{ at: 100 * DAY, px: 5000 }], 400, { minLabelPx: 180 });
    expect(xOf(100 * DAY, window, 400)).toBeCloseTo(400 - 12 - 180, 6);
  });

  it('ignores labels of events outside the span', () => {
    const marks = [
      { at: -5 * DAY, px: 900 },
      { at: 150 * DAY, px: 900 },
    ];
    expect(windowFitting(span, marks, 1000)).toEqual(windowFitting(span, [], 1000));
  });

  it('falls back to a 2% margin before the page is laid out', () => {
    expect(windowFitting(span, [{ at: 100 * DAY, px: 300 }], 0)).toEqual({
      start: -2 * DAY,
      end: 102 * DAY,
    });
  });

  it('shows a single instant as at least a day', () => {
    const window = windowFitting({ start: 0, end: 0 }, [], 1000);
    expect(window.end - window.start).toBeGreaterThanOrEqual(DAY);
  });
});

describe('isReadableIn', () => {
  const window = { start: 0, end: 100 * DAY };
  it.each([
    // name, mark, width, readable
    ['a short label in the middle', { at: 50 * DAY, px: 100 }, 1000, true],
    ['a date before the window', { at: -1, px: 10 }, 1000, false],
    ['a date after the window', { at: 101 * DAY, px: 10 }, 1000, false],
    ['a label that runs past the right margin', { at: 80 * DAY, px: 250 }, 1000, false],
    ['a label that just fits', { at: 60 * DAY, px: 388 }, 1000, true],
    // Longer than windowFitting makes room for: judged by the part it would fit.
    ['a label too long for any window, early enough', { at: 50 * DAY, px: 900 }, 1000, true],
    ['a label too long for any window, too late', { at: 70 * DAY, px: 900 }, 1000, false],
    ['any date in the window before layout', { at: 99 * DAY, px: 900 }, 0, true],
  ])('%s', (_name, mark, width, readable) => {
    expect(isReadableIn(window, mark, width)).toBe(readable);
  });

  it('agrees with windowFitting: what it fits is readable', () => {
    const marks = [
      { at: 10 * DAY, px: 200 },
      { at: 95 * DAY, px: 300 },
      { at: 100 * DAY, px: 600 },
    ];
    const fitted = windowFitting(window, marks, 1200);
    for (const mark of marks) expect(isReadableIn(fitted, mark, 1200)).toBe(true);
  });
});

const event = (id: string, start: string): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: null,
  sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: start }],
});
const crisis = (id: string, start: string, end: string): Crisis => ({
  id,
  name: id,
  start,
  end,
  trigger: null,
  description: id,
});

describe('openingSpan', () => {
  const crises = [
    crisis('c2016', '2016-09-01', '2016-09-30'),
    crisis('c2019', '2019-02-14', '2019-03-31'),
  ];

  it.each([
    [
      'the crises, stretched to the run-up and aftermath within a year',
      ['2016-03-03', '2016-09-20', '2019-02-26', '2019-10-01'],
      { start: t('2016-03-03'), end: t('2019-10-02') },
    ],
    [
      'not to a stray reference years before',
      ['2001-09-11', '2016-09-20', '2019-02-26'],
      { start: t('2016-09-01'), end: t('2019-04-01') },
    ],
    [
      'every event when none is near a crisis',
      ['2001-09-11', '2002-01-01'],
      { start: t('2001-09-11'), end: t('2002-01-02') },
    ],
  ])('%s', (_name, days, expected) => {
    const index = buildTimeIndex(days.map((d) => event(d, d)));
    expect(openingSpan(index, crises)).toEqual(expected);
  });

  it('is every event without crises, and nothing without events', () => {
    const index = buildTimeIndex([event('a', '2001-09-11'), event('b', '2019-02-26')]);
    expect(openingSpan(index, [])).toEqual(spanOfAll(index));
    expect(openingSpan(buildTimeIndex([]), crises)).toBeNull();
  });
});

describe('spanOfCrises', () => {
  it('runs from the first crisis to the end of the last day of the last, in any order', () => {
    const crises = [
      crisis('c2019', '2019-02-14', '2019-03-31'),
      crisis('c2016', '2016-09-01', '2016-09-30'),
    ];
    expect(spanOfCrises(crises)).toEqual({ start: t('2016-09-01'), end: t('2019-04-01') });
  });

  it('is nothing without crises', () => {
    expect(spanOfCrises([])).toBeNull();
  });
});
