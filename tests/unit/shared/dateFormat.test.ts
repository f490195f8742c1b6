import { describe, expect, it } from 'vitest';
import { formatDateWords, formatIsoDay, type DateWords } from '../../../src/shared/dateFormat';
import { localDay } from '../../../src/shared/partialDate';

describe('formatDateWords', () => {
  const friday = localDay(2019, 2, 15);
  it.each<[DateWords, string]>([
    [{ month: 'short' }, '15 Mar 2019'],
    [{ month: 'long' }, '15 March 2019'],
    [{ month: 'long', weekday: true }, 'Friday 15 March 2019'],
    [{ month: 'long', day: false }, 'March 2019'],
    [{ month: 'short', day: false }, 'Mar 2019'],
    [{ month: 'short', day: false, year: false }, 'Mar'],
  ])('%o → %s', (words, expected) => {
    expect(formatDateWords(friday, words)).toBe(expected);
  });

  it('shortens September to "Sep", as news does', () => {
    expect(formatDateWords(localDay(2016, 8, 18), { month: 'short' })).toBe('18 Sep 2016');
  });

  it('keeps the calendar day of a local midnight', () => {
    expect(formatDateWords(localDay(2025, 0, 1), { month: 'short' })).toBe('1 Jan 2025');
    expect(formatDateWords(localDay(2024, 11, 31), { month: 'short' })).toBe('31 Dec 2024');
  });
});

describe('formatIsoDay', () => {
  it.each([
    [localDay(2019, 2, 5), '2019-03-05'],
    [localDay(2025, 11, 31), '2025-12-31'],
    [localDay(33, 0, 1), '0033-01-01'],
  ])('%s → %s', (date, expected) => {
    expect(formatIsoDay(date)).toBe(expected);
  });
});
