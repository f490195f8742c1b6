/**
 * Calendar periods to count events by when there are too many to draw. Aligned
 * to the calendar (months start on the 1st, weeks on Monday) so a count lines up
 * with the timeline's axis and can be named: "Mar 2019", "Q2 2019", "2010s".
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { formatDateWords } from './dateFormat';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfDecade } from 'date-fns/startOfDecade';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfYear } from 'date-fns/startOfYear';

export interface CalendarPeriod {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
  /** Typical length in ms, for choosing a period that fits the view. */
  approxLength: number;
  startOf(date: Date): Date;
  next(start: Date): Date;
  name(start: Date): string;
}

const DAY = 86_400_000;

/** Shortest first. */
export const CALENDAR_PERIODS: readonly CalendarPeriod[] = [
  {
    unit: 'day',
    approxLength: DAY,
    startOf: startOfDay,
    next: (d) => addDays(d, 1),
    name: (d) => formatDateWords(d, { month: 'short' }),
  },
  {
    unit: 'week',
    approxLength: 7 * DAY,
    startOf: startOfISOWeek,
    next: (d) => addWeeks(d, 1),
    name: (d) => `week of ${formatDateWords(d, { month: 'short' })}`,
  },
  {
    unit: 'month',
    approxLength: 30.44 * DAY,
    startOf: startOfMonth,
    next: (d) => addMonths(d, 1),
    name: (d) => formatDateWords(d, { month: 'short', day: false }),
  },
  {
    unit: 'quarter',
    approxLength: 91.31 * DAY,
    startOf: startOfQuarter,
    next: (d) => addQuarters(d, 1),
    name: (d) => `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`,
  },
  {
    unit: 'year',
    approxLength: 365.25 * DAY,
    startOf: startOfYear,
    next: (d) => addYears(d, 1),
    name: (d) => String(d.getFullYear()),
  },
  {
    unit: 'decade',
    approxLength: 3652.5 * DAY,
    startOf: startOfDecade,
    next: (d) => addYears(d, 10),
    name: (d) => `${d.getFullYear()}s`,
  },
];

/** The shortest period that keeps a view `span` ms wide to at most `maxPeriods` periods. */
export function periodFor(span: number, maxPeriods: number): CalendarPeriod {
  return (
    CALENDAR_PERIODS.find((p) => span / p.approxLength <= maxPeriods) ?? CALENDAR_PERIODS.at(-1)!
  );
}
