/**
 * How an event's date is said, in one place for every place that shows or exports
 * one (the details, the list, tooltips, print, the citation, the share page and its
 * preview, the CSV, the calendar, TimelineJS): the date, and how sure it is, worded
 * by how it was found. A date the text gives is the text's day; one counted from
 * "on Friday" is right to within a day (a Washington evening is the next morning in
 * Delhi); a day the knowledge base supplied is said to be its; a report the text
 * does not date is "on or before" the day it was published, never that day, and so
 * is a date counted from such a day ("a day after" an undated briefing).
 */
// With extensions: the share pages reach this file from vite.config.ts.
import { formatEventDate, formatShortDate } from './partialDate.ts';
import type { EventDate } from './schema.ts';
import type { Precision } from './vocabulary.ts';

export type DateFacts = Pick<
  EventDate,
  'start' | 'end' | 'precision' | 'basis' | 'ongoing' | 'onOrBefore'
>;

const COARSE: Record<Exclude<Precision, 'day'>, string> = {
  week: 'known only to the week',
  month: 'known only to the month: any day of it',
  year: 'known only to the year',
  decade: 'known only to the decade',
};

/** The words after the date, the same wherever a date is shown. */
export const CERTAINTY = {
  explicit: 'the day the text gives',
  relative: 'worked out from the text, right to within a day',
  knowledgeBase: 'the day as the knowledge base has it: the text does not give it',
  publication: 'the latest day it can have happened: the text gives no date',
  /** A person gave the date (with "on or before" in `when` when they said so). */
  hand: 'dated by hand',
  /** Counted from a day that is itself only "on or before": the doubt carries over. */
  fromUndated: 'worked out from a day the text does not give, so no later than this',
} as const;

function certainty(date: DateFacts): string {
  if (date.basis === 'publication') return CERTAINTY.publication;
  if (date.basis === 'hand') return CERTAINTY.hand;
  if (date.onOrBefore) return CERTAINTY.fromUndated;
  if (date.precision !== 'day') return COARSE[date.precision];
  if (date.basis === 'knowledge-base') return CERTAINTY.knowledgeBase;
  if (date.basis === 'relative') return CERTAINTY.relative;
  return CERTAINTY.explicit;
}

/**
 * Whether the day shown is only the latest it can have been. The schema allows
 * `onOrBefore` on any basis, so a date worked out from an undated report keeps it;
 * a publication date is never more than that, flag or not.
 */
export function isOnOrBefore(date: Pick<EventDate, 'basis' | 'onOrBefore'>): boolean {
  return date.onOrBefore === true || date.basis === 'publication';
}

/** "15 Mar 2019", "13 Jun 2019 – 14 Jun 2019", "Jan 2018", "the 1990s": the date alone. */
export function shortDateOf(date: Pick<EventDate, 'start' | 'end' | 'precision'>): string {
  if (date.precision === 'decade') return `the ${date.start.slice(0, 3)}0s`;
  const first = formatShortDate(date.start);
  return date.end && date.end !== date.start ? `${first} – ${formatShortDate(date.end)}` : first;
}

export interface DateWording {
  /** "On or before Friday 9 September 2016": the date in full, with its qualifier. */
  when: string;
  /** "On or before 9 Sep 2016": the same, short, for rows, titles and slides. */
  short: string;
  /** "on or before 9 Sep 2016": the short form inside a sentence. */
  inSentence: string;
  /** "the latest day it can have happened: the text gives no date". */
  certainty: string;
  onOrBefore: boolean;
}

export function dateWording(date: DateFacts): DateWording {
  const onOrBefore = isOnOrBefore(date);
  const qualifier = date.ongoing ? 'since' : onOrBefore ? 'on or before' : '';
  const full = formatEventDate(date, {
    weekday: date.precision === 'day' && !date.end,
  });
  const short = shortDateOf(date);
  const withQualifier = (text: string, capital: boolean) => {
    if (!qualifier) return text;
    const q = capital ? `${qualifier[0]!.toUpperCase()}${qualifier.slice(1)}` : qualifier;
    return `${q} ${text}`;
  };
  return {
    when: withQualifier(full, true),
    short: withQualifier(short, true),
    inSentence: withQualifier(short, false),
    certainty: certainty(date),
    onOrBefore,
  };
}

/** "On or before Friday 9 September 2016 (the latest day it can have happened: the text gives no date)". */
export function dateSentence(date: DateFacts, form: 'full' | 'short' = 'full'): string {
  const wording = dateWording(date);
  return `${form === 'full' ? wording.when : wording.short} (${wording.certainty})`;
}
