/**
 * Calendar dates at a known precision ("2018", "2018-01", "2018-01-04").
 * Everything here works on local-midnight Date objects: the timeline draws days,
 * not instants, so a date must land on the same calendar day in every time zone.
 */
// With extensions: vite.config.ts reaches this file (the build's share pages), and
// Vite's native config loader wants them.
import { formatDateWords, formatIsoDay } from './dateFormat.ts';
import type { EventDate } from './schema';

export interface CalendarParts {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Local midnight of a calendar day, for any year: the Date constructor reads
 * years 0–99 as 1900–1999, setFullYear does not.
 */
export function localDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

export function parsePartialDate(value: string): CalendarParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    // 30 February rolls over to March: the day no longer matches.
    if (localDay(year, (month ?? 1) - 1, day).getDate() !== day) return null;
  }
  return { year, month, day };
}

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2019-02-30). */
export function isCalendarDay(value: string): boolean {
  const parts = parsePartialDate(value);
  return parts !== null && parts.day !== undefined;
}

export function toIsoDay(date: Date): string {
  return formatIsoDay(date);
}

export function fromIsoDay(value: string): Date {
  return firstDay(partsOf(value));
}

function partsOf(value: string): CalendarParts {
  const parts = parsePartialDate(value);
  if (!parts) throw new Error(`not a date: ${value}`);
  return parts;
}

function firstDay(parts: CalendarParts): Date {
  return localDay(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** First day covered by a partial date. */
export function startOfPartial(value: string): Date {
  return fromIsoDay(value);
}

/** The day after the last day covered by a partial date (an exclusive bound). */
export function endOfPartialExclusive(value: string): Date {
  // The Date constructor rolls over (32 January is 1 February): no date library
  // needed, and this runs for every event in the file.
  const { year, month, day } = partsOf(value);
  if (month === undefined) return localDay(year + 1, 0, 1);
  if (day === undefined) return localDay(year, month, 1);
  return localDay(year, month - 1, day + 1);
}

export interface DaySpan {
  readonly start: Date;
  readonly end: Date;
}

/**
 * Remembered per date object: sorting, indexing and filtering 50,000 events ask
 * for the same spans again and again. The strings are checked on every hit, so a
 * date edited in place is worked out afresh. Callers must not mutate the Dates.
 */
const spans = new WeakMap<object, { start: string; end?: string; span: DaySpan }>();

/**
 * Day bounds per date string, as times: 50,000 events share a few thousand
 * dates, and a Date built from a time skips the parsing and the time-zone
 * arithmetic of building it from its parts (a fifth of a second at 50,000).
 */
const startTimes = new Map<string, number>();
const endTimes = new Map<string, number>();

function timeOf(cache: Map<string, number>, value: string, bound: (value: string) => Date) {
  let time = cache.get(value);
  if (time === undefined) {
    time = bound(value).getTime();
    cache.set(value, time);
  }
  return time;
}

/** The whole stretch of days an event date may cover: [start, end). */
export function spanOfEventDate(date: Pick<EventDate, 'start' | 'end'>): DaySpan {
  const known = spans.get(date);
  if (known && known.start === date.start && known.end === date.end) return known.span;
  const span = {
    start: new Date(timeOf(startTimes, date.start, startOfPartial)),
    end: new Date(timeOf(endTimes, date.end ?? date.start, endOfPartialExclusive)),
  };
  spans.set(date, { start: date.start, end: date.end, span });
  return span;
}

/** A day-precise event with no end is drawn as a point; everything else has width. */
export function isPointDate(date: Pick<EventDate, 'start' | 'end' | 'precision'>): boolean {
  return date.precision === 'day' && (date.end === undefined || date.end === date.start);
}

function formatOne(value: string, withWeekday: boolean): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const date = fromIsoDay(value);
  if (parts.day !== undefined)
    return formatDateWords(date, { month: 'long', weekday: withWeekday });
  if (parts.month !== undefined) return formatDateWords(date, { month: 'long', day: false });
  return String(parts.year);
}

/** "Monday 23 October 2017", "13 June 2019 – 14 June 2019", "January 2018", "the 1990s". */
export function formatEventDate(
  date: Pick<EventDate, 'start' | 'end' | 'precision'>,
  options: { weekday?: boolean } = {},
): string {
  if (date.precision === 'decade') return `the ${date.start.slice(0, 3)}0s`;
  const first = formatOne(date.start, options.weekday ?? false);
  if (!date.end || date.end === date.start) return first;
  if (date.precision === 'week') return `week of ${first}`;
  return `${first} – ${formatOne(date.end, options.weekday ?? false)}`;
}

/**
 * Remembered per date string: every list row and timeline label asks, on every
 * filter change, and formatting a date is far slower than looking one up (it showed
 * in every keystroke at 10,000 events). A corpus has a few thousand distinct dates at most.
 */
const shortDates = new Map<string, string>();

/** Short label for crowded places: "23 Oct 2017", "Jan 2018", "2001". */
export function formatShortDate(value: string): string {
  let label = shortDates.get(value);
  if (label === undefined) {
    label = formatShortDateOnce(value);
    shortDates.set(value, label);
  }
  return label;
}

function formatShortDateOnce(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const date = fromIsoDay(value);
  if (parts.day !== undefined) return formatDateWords(date, { month: 'short' });
  if (parts.month !== undefined) return formatDateWords(date, { month: 'short', day: false });
  return String(parts.year);
}

/** Whether two partial-date spans share a day ("2019-02" and "2019-02-14" do). */
export function spansOverlap(
  a: { start: string; end?: string },
  b: { start: string; end?: string },
): boolean {
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  // Partial dates compare correctly as strings once padded to a day: a month's
  // last day is written 31 whatever the month, which sorts the same.
  const lo = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const hi = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
  return lo(a.start) <= hi(bEnd) && lo(b.start) <= hi(aEnd);
}
