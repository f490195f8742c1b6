import { describe, expect, it } from 'vitest';
import { buildTimeIndex, contentForWindow, indexesInWindow } from '../../../src/shared/timeWindow';
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
});
