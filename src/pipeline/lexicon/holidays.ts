/**
 * Holidays news dates things by, as data: a fixed day of the year, or the nth
 * weekday of a month. Only days that one calendar fixes everywhere the name is
 * used: "Independence Day" is left out (4 July, 15 August and 14 August in the
 * three countries of this timeline), and so are lunar festivals such as Eid and
 * Diwali, whose day moves each year and needs a table, not a rule.
 */
import { localDay } from '../../shared/partialDate';

export interface Holiday {
  /** The names as news writes them, matched case-sensitively. */
  names: string[];
  month: number;
  /** A fixed day of the month... */
  day?: number;
  /** ...or the nth weekday (0 Sunday … 6 Saturday) of the month; n = -1 is the last. */
  nthWeekday?: { n: number; weekday: number };
  source: string;
}

export const HOLIDAYS: Holiday[] = [
  {
    names: ["New Year's Day", 'New Year’s Day'],
    month: 1,
    day: 1,
    source: 'https://en.wikipedia.org/wiki/New_Year%27s_Day',
  },
  {
    names: ["New Year's Eve", 'New Year’s Eve'],
    month: 12,
    day: 31,
    source: 'https://en.wikipedia.org/wiki/New_Year%27s_Eve',
  },
  {
    names: ['Christmas Eve'],
    month: 12,
    day: 24,
    source: 'https://en.wikipedia.org/wiki/Christmas_Eve',
  },
  {
    names: ['Christmas Day', 'Christmas'],
    month: 12,
    day: 25,
    source: 'https://en.wikipedia.org/wiki/Christmas',
  },
  {
    names: ['Fourth of July', 'July Fourth'],
    month: 7,
    day: 4,
    source: 'https://en.wikipedia.org/wiki/Independence_Day_(United_States)',
  },
  {
    // India's, on 26 January; the chief guest at its parade is often news.
    names: ['Republic Day'],
    month: 1,
    day: 26,
    source: 'https://en.wikipedia.org/wiki/Republic_Day_(India)',
  },
  {
    names: ['Pakistan Day'],
    month: 3,
    day: 23,
    source: 'https://en.wikipedia.org/wiki/Pakistan_Day',
  },
  {
    // The fourth Thursday of November in the United States.
    names: ['Thanksgiving Day', 'Thanksgiving'],
    month: 11,
    nthWeekday: { n: 4, weekday: 4 },
    source: 'https://en.wikipedia.org/wiki/Thanksgiving_(United_States)',
  },
  {
    names: ['Memorial Day'],
    month: 5,
    nthWeekday: { n: -1, weekday: 1 },
    source: 'https://en.wikipedia.org/wiki/Memorial_Day',
  },
  {
    names: ['Labor Day'],
    month: 9,
    nthWeekday: { n: 1, weekday: 1 },
    source: 'https://en.wikipedia.org/wiki/Labor_Day',
  },
];

/** The day of the month a holiday falls on in a given year. */
export function holidayDay(holiday: Holiday, year: number): number {
  if (holiday.day !== undefined) return holiday.day;
  const { n, weekday } = holiday.nthWeekday!;
  if (n > 0) {
    const first = localDay(year, holiday.month - 1, 1).getDay();
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const lastDate = localDay(year, holiday.month, 0);
  return lastDate.getDate() - ((lastDate.getDay() - weekday + 7) % 7);
}
