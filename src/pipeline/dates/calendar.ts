/** Small calendar helpers for resolving expressions against a publication date. */
import { format } from 'date-fns/format';
import { fromIsoDay, toIsoDay } from '../../shared/partialDate';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const MONTH_PATTERN = MONTHS.join('|');
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');

export { fromIsoDay, toIsoDay };

/** "Friday 27 October 2017": the form every explanation uses, so readers can check it. */
export function longDay(iso: string): string {
  return format(fromIsoDay(iso), 'EEEE d MMMM yyyy');
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}
