import { describe, expect, it } from 'vitest';
import {
  daySpanOfWindow,
  historyStep,
  windowOfDaySpan,
  type WindowMove,
} from '../../../src/shared/windowHistory';
import { localDay } from '../../../src/shared/partialDate';

const HOUR = 3_600_000;
const at = (y: number, m: number, d: number, hours = 0) =>
  localDay(y, m - 1, d).getTime() + hours * HOUR;

describe('daySpanOfWindow', () => {
  it.each([
    ['midnight to midnight', at(2019, 3, 4), at(2019, 3, 26), '2019-03-04', '2019-03-25'],
    [
      'ends rounded to the nearer midnight',
      at(2019, 3, 3, 13),
      at(2019, 3, 26, 11),
      '2019-03-04',
      '2019-03-25',
    ],
    ['and down', at(2019, 3, 4, 11), at(2019, 3, 25, 13), '2019-03-04', '2019-03-25'],
    ['across a year', at(2018, 12, 31, 20), at(2019, 1, 2, 3), '2019-01-01', '2019-01-01'],
    [
      'a window under a day keeps its day',
      at(2019, 3, 4, 1),
      at(2019, 3, 4, 10),
      '2019-03-04',
      '2019-03-04',
    ],
  ])('%s', (_name, start, end, first, last) => {
    expect(daySpanOfWindow(start, end)).toEqual({ start: first, end: last });
  });

  it('reopens within half a day of each end', () => {
    for (const [start, end] of [
      [at(2019, 3, 3, 13), at(2019, 3, 26, 11)],
      [at(2025, 4, 22, 2), at(2025, 5, 12, 23)],
    ] as const) {
      const back = windowOfDaySpan(daySpanOfWindow(start, end));
      expect(Math.abs(back.start - start)).toBeLessThanOrEqual(12 * HOUR);
      expect(Math.abs(back.end - end)).toBeLessThanOrEqual(12 * HOUR);
    }
  });
});

describe('windowOfDaySpan', () => {
  it('runs from the first midnight to the midnight after the last day', () => {
    expect(windowOfDaySpan({ start: '2019-02-28', end: '2019-02-28' })).toEqual({
      start: at(2019, 2, 28),
      end: at(2019, 3, 1),
    });
  });
});

describe('historyStep', () => {
  const reader = (settled: boolean): WindowMove => ({ settled, byReader: true });
  const other = (settled: boolean): WindowMove => ({ settled, byReader: false });
  it.each<[string, boolean, WindowMove, boolean, string | null, boolean]>([
    ["a reader's first frame pushes an entry", false, reader(false), false, 'push', true],
    ['its later frames replace it', true, reader(false), true, 'replace', true],
    ['its end replaces it and closes the gesture', true, reader(true), true, 'replace', false],
    ['a move with no frames pushes at its end', false, reader(true), false, 'push', false],
    [
      "another change's move replaces a window already named",
      false,
      other(true),
      true,
      'replace',
      false,
    ],
    ['and names none where the address has none', false, other(false), false, null, false],
  ])('%s', (_name, open, move, hasWindow, write, stillOpen) => {
    expect(historyStep(open, move, hasWindow)).toEqual({ write, gestureOpen: stillOpen });
  });
});
