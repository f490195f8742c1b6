/**
 * The one place that decides the year of a date told without one: a month-day
 * ("March 30"), a month ("in January"), a quarter ("the third quarter") or a
 * fixed holiday. The clause's direction decides when it has one; otherwise the
 * nearest such date to the report, since a report that names "Dec. 15" at the
 * end of October means the coming one, and one that names "Feb. 14" in March
 * the last.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import type { Direction } from './direction';
import { localDay } from '../../shared/partialDate';

/** Months 1–12; a day when the date has one. The span runs to `lastMonth` (quarters). */
export interface YearlessDate {
  month: number;
  day?: number;
  lastMonth?: number;
}

export type YearChoice = 'latest' | 'next' | 'nearest';

/** A date without a year, or one whose day depends on the year (Thanksgiving). */
export type YearlessDay = YearlessDate | ((year: number) => YearlessDate);

function spanIn(year: number, day: YearlessDay): [Date, Date] {
  const date = typeof day === 'function' ? day(year) : day;
  const first = localDay(year, date.month - 1, date.day ?? 1);
  const last =
    date.day !== undefined
      ? first
      : lastDayOfMonth(localDay(year, (date.lastMonth ?? date.month) - 1, 1));
  return [first, last];
}

/** Days from the report to the span; zero when the report falls inside it. */
function distance(published: Date, [first, last]: [Date, Date]): number {
  if (published < first) return differenceInCalendarDays(first, published);
  if (published > last) return differenceInCalendarDays(published, last);
  return 0;
}

export function yearOf(
  date: YearlessDay,
  published: Date,
  direction: Direction,
): { year: number; choice: YearChoice } {
  const year = published.getFullYear();
  if (direction === 'past') {
    // The latest one that had begun by the report.
    const [first] = spanIn(year, date);
    return { year: first > published ? year - 1 : year, choice: 'latest' };
  }
  if (direction === 'future') {
    // The first one not yet over at the report.
    const [, last] = spanIn(year, date);
    return { year: last < published ? year + 1 : year, choice: 'next' };
  }
  // Nearest; a tie goes to the past, as reports look back more often than ahead.
  const candidates = [year - 1, year, year + 1];
  const best = candidates.reduce((a, b) =>
    distance(published, spanIn(b, date)) < distance(published, spanIn(a, date)) ? b : a,
  );
  return { year: best, choice: 'nearest' };
}

/** How an explanation says which year was taken. */
export function yearChoiceWords(choice: YearChoice): string {
  return choice === 'latest'
    ? 'the latest one up to the report, as the clause looks back'
    : choice === 'next'
      ? 'the first one after the report, as the clause speaks of what is to come'
      : 'the one nearest the report, as the clause has no tense to go by';
}
