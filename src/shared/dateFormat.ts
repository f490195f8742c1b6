/**
 * Dates in words, British order ("Friday 15 March 2019", "Mar 2019"), from the
 * platform's Intl.DateTimeFormat: every browser and Node ship it, so the app does
 * not carry a formatter of its own (date-fns's `format` and its English locale
 * were the largest part of date-fns in the bundle). Local time, as everywhere in
 * partialDate.ts: a local-midnight Date is its calendar day in every time zone.
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

/** One formatter per set of options: building one reads locale data, using one does not. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(words: DateWords): Intl.DateTimeFormat {
  const key = `${words.month}${words.day ?? true}${words.year ?? true}${words.weekday ?? false}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // en-US for its words only ("Sep", not en-GB's "Sept"); the order is ours.
    formatter = new Intl.DateTimeFormat('en-US', {
      month: words.month,
      ...((words.day ?? true) ? { day: 'numeric' } : {}),
      ...((words.year ?? true) ? { year: 'numeric' } : {}),
      ...(words.weekday ? { weekday: 'long' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const ORDER = ['weekday', 'day', 'month', 'year'] as const;

/** "15 Mar 2019", "Friday 15 March 2019", "March 2019", "Mar". */
export function formatDateWords(date: Date, words: DateWords): string {
  const parts = formatterFor(words).formatToParts(date);
  return ORDER.map((type) => parts.find((p) => p.type === type)?.value)
    .filter((value) => value !== undefined)
    .join(' ');
}

/** "2019-03-15", the local calendar day. */
export function formatIsoDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
