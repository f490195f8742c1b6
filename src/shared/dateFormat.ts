/**
 * Dates in words, British order ("Friday 15 March 2019", "Mar 2019"), from the
 * English names alone. Neither of the two ready-made ways is worth its cost here:
 * date-fns's `format` and its English locale were the largest part of date-fns
 * in the bundle, and Intl's first call makes the browser load its locale data in
 * the middle of the first render (app.test.ts holds the page to no Intl call).
 * Local time, as everywhere in partialDate.ts: a local-midnight Date is its
 * calendar day in every time zone.
 */

export interface DateWords {
  month: 'short' | 'long';
  /** With the day of the month (the default). */
  day?: boolean;
  /** With the year (the default). */
  year?: boolean;
  /** With the day of the week in full. */
  weekday?: boolean;
}

/** The calendar's English names, which the pipeline reads dates in too. */
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

/** "15 Mar 2019", "Friday 15 March 2019", "March 2019", "Mar". */
export function formatDateWords(date: Date, words: DateWords): string {
  const month = MONTHS[date.getMonth()]!;
  return [
    words.weekday ? WEEKDAYS[date.getDay()] : null,
    (words.day ?? true) ? String(date.getDate()) : null,
    words.month === 'short' ? month.slice(0, 3) : month,
    (words.year ?? true) ? String(date.getFullYear()) : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/** "2019-03-15", the local calendar day. */
export function formatIsoDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
