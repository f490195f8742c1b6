import { describe, expect, it } from 'vitest';
import {
  buildTimeIndex,
  contentForWindow,
  indexesInWindow,
  indexAt,
  summarise,
} from '../../../src/shared/timeWindow';
import { CALENDAR_PERIODS, periodFor } from '../../../src/shared/calendarPeriods';
import type { TimelineEvent } from '../../../src/shared/schema';

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: { start, ...(end ? { end } : {}), precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: null,
  sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: start }],
});
const t = (iso: string) => new Date(`${iso}T00:00:00`).getTime();

describe('time window', () => {
  const index = buildTimeIndex([
    event('late', '2019-06-10'),
    event('early', '2019-01-01'),
    event('long', '2018-12-01', '2019-03-01'),
    event('march', '2019-03-15'),
  ]);

  it('orders events by start', () => {
    expect(index.events.map((e) => e.id)).toEqual(['long', 'early', 'march', 'late']);
  });

  it('finds events overlapping a window, including long ones begun before it', () => {
    const ids = (from: string, to: string) =>
      indexesInWindow(index, t(from), t(to)).map((i) => index.events[i]!.id);
    expect(ids('2019-02-01', '2019-04-01')).toEqual(['long', 'march']);
    expect(ids('2019-06-10', '2019-06-11')).toEqual(['late']);
    expect(ids('2020-01-01', '2021-01-01')).toEqual([]);
  });

  it('gives the events themselves when few, summaries when many, and always the selected one', () => {
    const few = contentForWindow(index, t('2019-01-01'), t('2019-12-31'), {
      maxItems: 10,
      maxPeriods: 20,
    });
    expect(few.events).toHaveLength(4);
    expect(few.summaries).toEqual([]);

    const many = buildTimeIndex(
      Array.from({ length: 5000 }, (_, i) => event(`e${i}`, `2019-0${1 + (i % 9)}-1${i % 10}`)),
    );
    const content = contentForWindow(many, t('2019-01-01'), t('2019-12-31'), {
      maxItems: 300,
      maxPeriods: 40,
      selectedId: 'e42',
    });
    expect(content.events.map((e) => e.id)).toEqual(['e42']);
    expect(content.summaries.length).toBeGreaterThan(0);
    expect(content.summaries.length).toBeLessThanOrEqual(40 * 2 + 2);
    expect(content.summaries.reduce((sum, s) => sum + s.count, 0)).toBe(5000);
  });

  it('takes the events at given positions, the whole and none', () => {
    const subset = indexAt(index, [0, 2]);
    expect(subset.events).toEqual([index.events[0], index.events[2]]);
    expect([...subset.starts]).toEqual([index.starts[0], index.starts[2]]);
    expect(Array.from(subset.positions!)).toEqual([0, 2]);
    expect(subset.latestEnd).toBe(Math.max(index.ends[0]!, index.ends[2]!));
    expect(indexAt(index, [0, 1, 2, 3]).events).toEqual(index.events);
    expect(indexAt(index, [])).toMatchObject({ events: [], latestEnd: -Infinity });
  });

  it('keeps the given order among events that start together', () => {
    const sameDay = [event('b', '2019-05-01', '2019-05-09'), event('a', '2019-05-01')];
    expect(buildTimeIndex(sameDay).events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('knows where the last event ends, for "fit all"', () => {
    expect(index.latestEnd).toBe(t('2019-06-11'));
    expect(buildTimeIndex([]).starts).toHaveLength(0);
  });

  it('summarises each lane separately, so counts sit in the lane they stand for', () => {
    const many = buildTimeIndex(
      Array.from({ length: 100 }, (_, i) => event(`e${i}`, `2019-03-${10 + (i % 5)}`)),
    );
    const laneOf = (e: { id: string }) => (Number(e.id.slice(1)) % 2 === 0 ? 'even' : 'odd');
    const { summaries } = contentForWindow(many, t('2019-03-01'), t('2019-04-01'), {
      maxItems: 10,
      maxPeriods: 10,
      laneOf,
    });
    const byLane = (lane: string) =>
      summaries.filter((s) => s.lane === lane).reduce((sum, s) => sum + s.count, 0);
    expect(byLane('even')).toBe(50);
    expect(byLane('odd')).toBe(50);
    // A month in view at ≤ 10 periods: calendar weeks, Monday to Monday.
    // 10 March 2019 was a Sunday: one day of events in the first week, four in the second.
    const rows = summaries.map((s) => `${s.period} ${s.lane} ${s.count}`).sort();
    expect(rows).toEqual([
      'week of 11 Mar 2019 even 40',
      'week of 11 Mar 2019 odd 40',
      'week of 4 Mar 2019 even 10',
      'week of 4 Mar 2019 odd 10',
    ]);
    expect(summaries[0]!.start).toBe(t('2019-03-04'));
    expect(summaries[0]!.end).toBe(t('2019-03-11'));
  });

  const DAY = 86_400_000;
  it.each([
    ['a week at most 10 periods', 7 * DAY, 10, 'day'],
    ['a month at most 10 periods', 31 * DAY, 10, 'week'],
    ['a year at most 14 periods', 365 * DAY, 14, 'month'],
    ['a year at most 4 periods', 365 * DAY, 4, 'quarter'],
    ['ten years at most 14 periods', 3653 * DAY, 14, 'year'],
    ['a century at most 10 periods', 36525 * DAY, 10, 'decade'],
    ['a millennium: the longest period there is', 365250 * DAY, 5, 'decade'],
  ])('summarises %s by the right period', (_, span, maxPeriods, unit) => {
    expect(periodFor(span, maxPeriods).unit).toBe(unit);
  });

  it.each([
    ['2019-03-15', 'day', '15 Mar 2019', '2019-03-16'],
    ['2019-03-14', 'week', 'week of 11 Mar 2019', '2019-03-18'],
    ['2019-03-15', 'month', 'Mar 2019', '2019-04-01'],
    ['2019-05-15', 'quarter', 'Q2 2019', '2019-07-01'],
    ['2019-05-15', 'year', '2019', '2020-01-01'],
    ['2019-05-15', 'decade', '2010s', '2020-01-01'],
  ])('puts %s in the %s it belongs to', (day, unit, name, next) => {
    const one = buildTimeIndex([event('x', day)]);
    const period = CALENDAR_PERIODS.find((p) => p.unit === unit)!;
    const [summary] = summarise(one, [0], period);
    expect(summary?.period).toBe(name);
    expect(summary?.end).toBe(t(next));
  });
});
