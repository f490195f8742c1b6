import { describe, expect, it } from 'vitest';
import {
  alignedLanes,
  coverageNote,
  dayLabel,
  dayRangeOf,
  dayTicks,
  laneCoverage,
  stackRows,
} from '../../../src/shared/alignedDays';
import type { Crisis, TimelineEvent } from '../../../src/shared/schema';

const crisis = (id: string, start: string, triggerDay?: string): Crisis => ({
  id,
  name: id,
  start,
  end: '2030-01-01',
  trigger: triggerDay ? 'some-incident' : null,
  ...(triggerDay ? { triggerDay } : {}),
  description: 'Invented.',
});
const event = (
  id: string,
  start: string,
  crisisId: string | null,
  end?: string,
): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: {
    start,
    ...(end ? { end } : {}),
    precision: start.length === 10 ? 'day' : 'month',
    basis: 'explicit',
    explanation: '',
  },
  actors: [],
  crisis: crisisId,
  sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: start }],
});

describe('alignedLanes', () => {
  const crises = [crisis('a', '2020-03-01', '2020-03-05'), crisis('b', '2024-10-20')];
  const lanes = alignedLanes(crises, [
    event('later', '2020-03-17', 'a'),
    event('before', '2020-03-02', 'a'),
    // Across the end of daylight saving time (27 October 2024 in Europe): still whole days.
    event('dst', '2024-11-02', 'b'),
    event('month', '2024-11', 'b'),
    event('two-days', '2020-03-05', 'a', '2020-03-06'),
    event('elsewhere', '2020-03-10', null),
  ]);

  it('counts days from the trigger, or from the crisis’s first day without one', () => {
    expect(lanes.map((l) => [l.crisis.id, l.dayZero, l.fromTrigger])).toEqual([
      ['a', '2020-03-05', true],
      ['b', '2024-10-20', false],
    ]);
    expect(lanes[0]?.events.map((e) => [e.event.id, e.day, e.endDay])).toEqual([
      ['before', -3, -2],
      ['two-days', 0, 2],
      ['later', 12, 13],
    ]);
    expect(lanes[1]?.events.map((e) => [e.event.id, e.day, e.endDay])).toEqual([
      ['month', 12, 42],
      ['dst', 13, 14],
    ]);
  });

  it('spans every event and day 0, with a day either side', () => {
    expect(dayRangeOf(lanes)).toEqual({ from: -4, to: 43 });
    expect(dayRangeOf([])).toEqual({ from: -1, to: 2 });
  });
});

describe('dayTicks', () => {
  it.each([
    [{ from: -3, to: 10 }, 1000, [-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [{ from: -3, to: 30 }, 1000, [-2, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]],
    [{ from: -3, to: 30 }, 360, [0, 7, 14, 21, 28]],
    [{ from: -10, to: 160 }, 360, [0, 28, 56, 84, 112, 140]],
  ])('%j over %i px', (range, width, ticks) => {
    expect(dayTicks(range, width)).toEqual(ticks);
  });
});

describe('dayLabel', () => {
  it.each([
    [0, 'day 0'],
    [12, 'day +12'],
    [-3, 'day −3'],
  ])('%i', (day, label) => expect(dayLabel(day)).toBe(label));
});

describe('stackRows', () => {
  it('puts a label in the first row it fits, with a gap', () => {
    expect(
      stackRows([
        { startPx: 0, widthPx: 100 },
        { startPx: 50, widthPx: 100 },
        { startPx: 108, widthPx: 10 },
        { startPx: 110, widthPx: 10 },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });
});

describe('what the articles behind a lane cover', () => {
  const crisis = {
    id: 'c',
    name: 'C',
    start: '2019-02-14',
    end: '2019-03-31',
    trigger: null,
    triggerDay: '2019-02-14',
    description: '',
  };
  const told = (id: string, day: string, ...published: [string, string][]) => ({
    id,
    title: id,
    kind: 'statement' as const,
    date: { start: day, precision: 'day' as const, basis: 'explicit' as const, explanation: '' },
    actors: [],
    crisis: 'c',
    sources: published.map(([article, on]) => ({
      article,
      excerpt: 'x',
      offset: 0,
      length: 1,
      published: on,
    })),
  });

  it.each([
    [
      'one late article: the early days are what it recounts',
      [told('a', '2019-02-14', ['x', '2019-03-16']), told('b', '2019-03-15', ['x', '2019-03-16'])],
      { articles: 1, firstDay: 30, lastDay: 30 },
      /^From 1 article, published on day \+30: before then .* not a day nobody spoke\.$/,
    ],
    [
      'articles from day 0 on',
      [told('a', '2019-02-14', ['x', '2019-02-14'], ['y', '2019-02-20'])],
      { articles: 2, firstDay: 0, lastDay: 6 },
      /^From 2 articles, published from day 0 to day \+6\.$/,
    ],
  ])('%s', (_label, events, coverage, note) => {
    const [lane] = alignedLanes([crisis], events);
    expect(laneCoverage(lane!)).toEqual(coverage);
    expect(coverageNote(coverage)).toMatch(note);
  });

  it('says nothing for a lane with no events', () => {
    expect(laneCoverage(alignedLanes([crisis], [])[0]!)).toBeNull();
  });
});
