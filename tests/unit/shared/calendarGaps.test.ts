import { describe, expect, it } from 'vitest';
import {
  calendarGaps,
  fromDrawnTime,
  gapInWords,
  toDrawnTime,
} from '../../../src/shared/calendarGaps';
import { buildTimeIndex } from '../../../src/shared/timeWindow';
import type { Crisis, TimelineEvent } from '../../../src/shared/schema';

const DAY = 86_400_000;
const at = (day: string) => new Date(`${day}T00:00:00`).getTime();
const event = (id: string, start: string): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: null,
  sources: [{ article: 'a', excerpt: id, offset: 0, length: 1, published: start }],
});
const crisis = (id: string, start: string, end: string): Crisis => ({
  id,
  name: id,
  start,
  end,
  trigger: null,
  description: '',
});
const gapsOf = (days: string[], crises: Crisis[] = []) =>
  calendarGaps(buildTimeIndex(days.map((d, i) => event(`e${i}`, d))), crises);

describe('calendarGaps', () => {
  it.each([
    ['no events, no gaps', [], 0],
    ['a year apart is kept whole', ['2019-02-14', '2020-02-14'], 0],
    ['six years apart leaves most of them out', ['2019-02-14', '2025-04-22'], 1],
    ['two long stretches, two gaps', ['2001-09-11', '2016-09-18', '2025-04-22'], 2],
  ])('%s', (_, days, count) => {
    expect(gapsOf(days)).toHaveLength(count);
  });

  it('keeps room after the last event and before the next, drawn', () => {
    const [gap] = gapsOf(['2019-02-14', '2025-04-22']);
    expect(gap!.start).toBeGreaterThan(at('2020-06-01'));
    expect(gap!.end).toBeLessThan(at('2025-03-01'));
    expect(gapInWords(gap!)).toMatch(/^\w{3} 2020 to \w{3} 2025$/);
  });

  it('counts a crisis with no event as covered: its band is never left out', () => {
    const gaps = gapsOf(['2016-09-18', '2025-04-22'], [crisis('c', '2019-02-14', '2019-03-01')]);
    // 2016 to the crisis is under three years: only the stretch after it goes.
    expect(gaps).toHaveLength(1);
    for (const gap of gaps)
      expect(gap.end < at('2019-02-14') || gap.start > at('2019-03-02')).toBe(true);
  });
});

describe('time as drawn', () => {
  const gaps = [
    { start: at('2020-01-01'), end: at('2024-01-01') },
    { start: at('2025-01-01'), end: at('2026-01-01') },
  ];
  it.each([
    ['before every gap', at('2019-06-01')],
    ['between the gaps', at('2024-06-01')],
    ['after both', at('2026-06-01')],
  ])('goes there and back %s', (_, time) => {
    expect(fromDrawnTime(gaps, toDrawnTime(gaps, time))).toBe(time);
  });

  it('draws a time inside a gap where the gap is, and leaves the gaps’ length out', () => {
    expect(toDrawnTime(gaps, at('2022-01-01'))).toBe(at('2020-01-01'));
    const hidden = at('2024-01-01') - at('2020-01-01') + (at('2026-01-01') - at('2025-01-01'));
    expect(at('2026-06-01') - toDrawnTime(gaps, at('2026-06-01'))).toBe(hidden);
    expect(toDrawnTime([], 5 * DAY)).toBe(5 * DAY);
  });
});
