/** Small calendar helpers for resolving expressions against a publication date. */
import { format } from 'date-fns/format';
import { fromIsoDay, toIsoDay } from '../../shared/partialDate';
import { MONTHS, WEEKDAYS } from '../../shared/dateFormat';

// The names are the app's too (shared/dateFormat.ts); the pipeline reads them from here.
export { MONTHS, WEEKDAYS };

export const MONTH_PATTERN = MONTHS.join('|');

/** Parts of the day, as TimeML writes them ("Friday evening" is 2019-03-01TEV). */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};
/** "Oct.", "Sept.", as wires abbreviate months ("May", "June" and "July" stay whole). */
export const MONTH_ABBREVIATIONS =
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');

export { fromIsoDay, toIsoDay };

// Explanations name the same few days over and over (every article names its own
// publication day several times) and date-fns formatting is a measurable cost at
// 10,000 articles; the names never change, so each is worked out once.
const longNames = new Map<string, string>();
function named(iso: string, pattern: string): string {
  const key = `${pattern}|${iso}`;
  let name = longNames.get(key);
  if (name === undefined) {
    name = format(fromIsoDay(iso), pattern);
    longNames.set(key, name);
  }
  return name;
}

/** "Friday 27 October 2017": the form every explanation uses, so readers can check it. */
export function longDay(iso: string): string {
  return named(iso, 'EEEE d MMMM yyyy');
}

/** "October 2017", for "2017-10". */
export function longMonth(isoMonthValue: string): string {
  return named(isoMonthValue, 'MMMM yyyy');
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
