import { describe, expect, it } from 'vitest';
import { overviewScale, windowCentredAt } from '../../../src/shared/overviewScale';
import { fromIsoDay } from '../../../src/shared/partialDate';
import type { Crisis } from '../../../src/shared/schema';

const crisis = (id: string, start: string, end: string): Crisis => ({
  id,
  name: id,
  start,
  end,
  trigger: null,
  description: '',
});
const t = (day: string) => fromIsoDay(day).getTime();
const CRISES = [crisis('a', '2016-09-18', '2016-10-03'), crisis('b', '2019-02-14', '2019-03-22')];
const scale = overviewScale(CRISES, { start: t('2016-09-01'), end: t('2025-05-10') })!;

describe('overviewScale', () => {
  it('gives each crisis an equal share and each stretch between a small fixed one', () => {
    const widths = scale.segments.map((s) => [s.crisis?.id ?? 'gap', +(s.x1 - s.x0).toFixed(3)]);
    // gap, a, gap (2016–2019), b, gap (2019–2025): 0.35 + 1 + 0.35 + 1 + 0.35 = 3.05.
    expect(widths).toEqual([
      ['gap', 0.115],
      ['a', 0.328],
      ['gap', 0.115],
      ['b', 0.328],
      ['gap', 0.115],
    ]);
  });

  it.each([
    ['the first day', '2016-09-01', 0],
    ['a crisis’s first day', '2019-02-14', 0.557],
    ['past the end', '2030-01-01', 1],
  ])('places %s', (_label, day, x) => {
    expect(scale.toX(t(day))).toBeCloseTo(x, 3);
  });

  it('maps back what it maps', () => {
    for (const day of ['2016-09-20', '2018-01-01', '2019-03-01', '2024-12-31'])
      expect(scale.toTime(scale.toX(t(day)))).toBeCloseTo(t(day), -3);
  });

  it('is null with nothing to show', () => {
    expect(overviewScale([], null)).toBeNull();
  });

  it('moves a window to a place on the strip, keeping its length', () => {
    const window = { start: t('2016-09-18'), end: t('2016-10-04') };
    const moved = windowCentredAt(scale, scale.toX(t('2019-03-01')), window);
    expect(moved.end - moved.start).toBe(window.end - window.start);
    expect((moved.start + moved.end) / 2).toBeCloseTo(t('2019-03-01'), -3);
  });
});
