/** The one function that picks the year of a date told without one. */
import { describe, expect, it } from 'vitest';
import { yearOf, type YearlessDate } from '../../../src/pipeline/dates/yearOf';
import type { Direction } from '../../../src/pipeline/dates/direction';

const on = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

describe('yearOf', () => {
  it.each<[string, YearlessDate, Direction, number]>([
    // looking back: the latest one that had begun by the report
    ['2019-03-05', { month: 2, day: 14 }, 'past', 2019],
    ['2019-03-05', { month: 12, day: 28 }, 'past', 2018],
    ['2019-03-05', { month: 3 }, 'past', 2019],
    // looking forward: the first one not over at the report ("in March", said in March, is this one)
    ['2018-12-10', { month: 1, day: 14 }, 'future', 2019],
    ['2019-03-05', { month: 3 }, 'future', 2019],
    ['2019-03-05', { month: 3, day: 1 }, 'future', 2020],
    // no tense: the nearest, ties to the past
    ['1989-10-31', { month: 12, day: 15 }, 'unknown', 1989],
    ['2019-03-05', { month: 12, day: 15 }, 'unknown', 2018],
    ['1998-12-05', { month: 4 }, 'unknown', 1999],
    ['2019-07-01', { month: 1 }, 'unknown', 2019],
    // a quarter in progress is the nearest
    ['1989-11-02', { month: 10, lastMonth: 12 }, 'unknown', 1989],
  ])('%s %j %s → %i', (published, date, direction, year) => {
    expect(yearOf(date, on(published), direction).year).toBe(year);
  });

  it('takes a day that moves with the year (the fourth Thursday of November)', () => {
    const thanksgiving = (year: number) => ({
      month: 11,
      day: 1 + ((4 - new Date(year, 10, 1).getDay() + 7) % 7) + 21,
    });
    expect(yearOf(thanksgiving, on('2000-01-07'), 'past').year).toBe(1999);
  });
});
